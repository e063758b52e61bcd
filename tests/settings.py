"""Test settings: the runtime module with test-only overrides."""

import os
import tempfile

_tmp = tempfile.mkdtemp(prefix="portal-tests-")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("FIELD_ENCRYPTION_KEY", "x8Z3fXzQm2VbNVpQ0yJv1hT2q9gS7cK4dL6wE5rA3uY=")
os.environ.setdefault("PORTAL_DATA_DIR", _tmp)
os.environ.setdefault("CACHE_URL", "locmem://")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# A connection per request, as Django's test tools expect (the test database is dropped at the
# end; a kept connection in a server thread would hold it).
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "0")
# Every page view renders, so a test that changes a row behind the portal's back sees it at once;
# tests/portal/test_page_memo.py turns kept pages on.
os.environ.setdefault("PAGE_MEMO_SECONDS", "0")
# `make test-postgres` (and CI) run the suite on PostgreSQL: DATABASE_URL, else TEST_DATABASE_URL
# (e.g. postgres://postgres@127.0.0.1:5432/portal_test); SQLite when neither is set. An explicit
# DATABASE_URL wins, so a test that starts the portal on its own database keeps it.
if os.environ.get("TEST_DATABASE_URL"):
    os.environ.setdefault("DATABASE_URL", os.environ["TEST_DATABASE_URL"])

from portal.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CELERY_BROKER_URL = "memory://"
CELERY_TASK_ALWAYS_EAGER = False
ASK_REQUESTS_PER_MINUTE = 0  # tests that need the limit set it themselves
WRITE_REQUESTS_PER_MINUTE = 0
