"""The portal's only runtime settings module. Every deployment-specific value comes from the
environment; see the README's "Configuration" table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from portal.env import env_bool, env_float, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("PORTAL_DATA_DIR", str(BASE_DIR / "data")))

# --- Core ---------------------------------------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_secret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set (or DEBUG=1 for a throwaway dev key)")
    SECRET_KEY = "dev-only-insecure-key"  # noqa: S105 - only ever used with DEBUG on
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "mozilla_django_oidc",
    "axes",
    "csp",
    "halo_integration",
    "portal",
    "notifications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.NotFoundPage",  # before CommonMiddleware: see its docstring
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.LoginRequiredMiddleware",
    "portal.middleware.SessionRefresh",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        # DATABASE_URL_FILE works too: the URL carries the database password.
        env_secret("DATABASE_URL", f"sqlite:///{DATA_DIR / 'portal.sqlite3'}"),
        # A connection kept between requests: opening one (and SQLite's per-connection set-up)
        # cost about as much CPU as a whole trivial request. Checked before reuse.
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web, worker and beat write to one file: wait for the lock instead of failing, and take the
    # write lock when a transaction starts so two writers never deadlock upgrading their locks.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": env_int("SQLITE_TIMEOUT", 20), "transaction_mode": "IMMEDIATE"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (the Halo token is shared through it, so it must span processes) -------------------
_cache_url = env_str("CACHE_URL", f"file://{DATA_DIR / 'cache'}")
_cache: dict[str, Any]
if _cache_url.startswith(("redis://", "rediss://")):
    _cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _cache_url}
elif _cache_url.startswith("file://"):
    _cache = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": _cache_url.removeprefix("file://"),
        # Django's default of 300 entries is below one small office's sessions and kept pages:
        # past it, a third of the entries (the token, the catalog, a generation) would go.
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 5000)},
    }
elif _cache_url.startswith("locmem://"):
    _cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
else:
    raise ImproperlyConfigured(
        "CACHE_URL must start with redis://, rediss://, file:// or locmem://"
    )
CACHES = {"default": _cache}

# --- Auth ---------------------------------------------------------------------------------------
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# --- Auth/OIDC (sign-in) ---------------------------------------------------------------------
# SSO is on when OIDC_ISSUER is set. The IdP's endpoints come from its discovery document
# (portal/oidc.py), so the issuer, client id and secret are all any standard IdP needs.
OIDC_ISSUER = env_str("OIDC_ISSUER").strip()
OIDC_RP_CLIENT_ID = env_str("OIDC_CLIENT_ID")
OIDC_RP_CLIENT_SECRET = env_secret("OIDC_CLIENT_SECRET")
if OIDC_ISSUER and not (OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET):
    raise ImproperlyConfigured(
        "OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be"
    )
OIDC_RP_SCOPES = env_str("OIDC_SCOPES", "openid email profile")
if "openid" not in OIDC_RP_SCOPES.split():
    raise ImproperlyConfigured("OIDC_SCOPES must include 'openid'")
OIDC_GROUPS_CLAIM = env_str("OIDC_GROUPS_CLAIM", "groups")  # a dotted path reaches nested claims
OIDC_ADMIN_GROUPS = env_list("OIDC_ADMIN_GROUPS", [])
OIDC_TIMEOUT = env_int("OIDC_TIMEOUT", 10)
OIDC_DISCOVERY_TTL = env_int("OIDC_DISCOVERY_TTL", 3600)
# Silently re-check the IdP session this often (GET requests only); 0 turns the re-check off.
OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS = env_int("OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS", 900)
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_STORE_ID_TOKEN = True  # the id_token_hint of RP-initiated logout
OIDC_OP_LOGOUT_URL_METHOD = "portal.oidc.provider_logout_url"
OIDC_EXEMPT_URLS = ["login", "breakglass-login", "healthz", "readyz"]

# Password sign-in for everyone is off unless asked for (the demo turns it on); the break-glass
# page for superusers is always there. Both are throttled by django-axes.
PASSWORD_LOGIN_ENABLED = env_bool("PASSWORD_LOGIN_ENABLED", False)
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # must be first: it refuses locked-out attempts
    "portal.auth.PasswordBackend",
    "portal.auth.PortalOIDCBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("LOGIN_LOCKOUT_MINUTES", 15) / 60  # hours
# Per user name and address: an attacker cannot lock the break-glass admin out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_WHITELIST_CALLABLE = "portal.auth.is_not_a_password_attempt"  # SSO callbacks aren't counted
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

# No inline scripts or styles. form-action names the IdP because browsers apply it to the
# redirect after a form post, and "Sign out" posts to us and is redirected to the IdP.
_OIDC_ORIGIN = "/".join(OIDC_ISSUER.split("/")[:3]) if OIDC_ISSUER else ""
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # Pico draws its form icons as data: SVGs
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'", *([_OIDC_ORIGIN] if _OIDC_ORIGIN else [])],
        "frame-ancestors": ["'none'"],
    }
}

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
# Every signed-in page reads the session: from the shared cache, the database only on a miss
# (writes go to both, so a lost cache signs nobody out).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- HTTPS (docs/DEPLOY.md) ----------------------------------------------------------------------
# Off by default so the demo and tests run over plain http; a production deployment sets them.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# Load balancers probe over plain http inside the network: never redirect their checks.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Opt-in, and only behind a proxy that sets (and strips from clients) this header: e.g.
# "X-Forwarded-Proto: https". Trusting it without such a proxy would let anyone claim https.
_proxy_header = env_str("SECURE_PROXY_SSL_HEADER").strip()
if _proxy_header:
    _name, _sep, _value = _proxy_header.partition(":")
    if not _sep or not _name.strip() or not _value.strip():
        raise ImproperlyConfigured(
            "SECURE_PROXY_SSL_HEADER must look like 'X-Forwarded-Proto: https'"
        )
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _name.strip().upper().replace("-", "_"),
        _value.strip(),
    )

# --- Internationalisation -----------------------------------------------------------------------
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "en")
# Only the languages the portal's own pages are written in. LocaleMiddleware honours a
# browser's preference among these alone; with Django's full list a French browser would get
# lang="fr" and Django's French labels on pages that are otherwise English.
LANGUAGES = [("en", "English"), ("de", "Deutsch")]
LANGUAGE_COOKIE_NAME = "portal_language"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# --- Static files -------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))  # collectstatic's target
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Halo ---------------------------------------------------------------------------------------
# The connection an admin saved (halo_connect or Django admin) wins; these bootstrap a first one.
FIELD_ENCRYPTION_KEY = env_secret("FIELD_ENCRYPTION_KEY")
if not FIELD_ENCRYPTION_KEY and not DEBUG:
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_KEY must be set: one or more comma-separated Fernet keys "
        "(python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')"
    )
HALO_URL = env_str("HALO_URL")
HALO_TENANT = env_str("HALO_TENANT")
HALO_AUTH_URL = env_str("HALO_AUTH_URL")
HALO_CLIENT_ID = env_str("HALO_CLIENT_ID")
HALO_CLIENT_SECRET = env_secret("HALO_CLIENT_SECRET")
HALO_SCOPE = env_str("HALO_SCOPE", "all")
HALO_PRODUCT = env_str("HALO_PRODUCT", "psa")
HALO_TIMEOUT = env_float("HALO_TIMEOUT", 15.0)
HALO_CATALOG_TTL = env_int("HALO_CATALOG_TTL", 300)
ASK_REQUESTS_PER_MINUTE = env_int("ASK_REQUESTS_PER_MINUTE", 30)  # per person; 0 turns it off
# Changes one person may submit per minute, over every write channel together; 0: no limit.
WRITE_REQUESTS_PER_MINUTE = env_int("WRITE_REQUESTS_PER_MINUTE", 20)
ASK_PLAN_MAX_AGE = env_int("ASK_PLAN_MAX_AGE", 600)  # seconds a Confirm card stays valid
HALO_RETRY_BASE_SECONDS = env_float("HALO_RETRY_BASE_SECONDS", 5.0)  # first retry of a queued write
HEALTH_CHECK_TIMEOUT = env_float("HEALTH_CHECK_TIMEOUT", 3.0)  # seconds per /readyz check
HEALTH_HALO_TTL = env_int("HEALTH_HALO_TTL", 30)  # seconds /readyz reuses its Halo answer
# How long one delivery attempt holds a write. An attempt still holding it after this is taken to
# have died: the next one first looks in Halo for what it may have stored. Must exceed the longest
# attempt (HALO_TIMEOUT times the client's tries).
OUTBOX_CLAIM_SECONDS = env_float("OUTBOX_CLAIM_SECONDS", 120.0)
# The local mirror of Halo (pages read from it); off: every page reads Halo (pass-through).
HALO_MIRROR = env_bool("HALO_MIRROR", True)
HALO_MAX_STALENESS = env_int("HALO_MAX_STALENESS", 30)  # seconds before a page re-reads a ticket
# An employee page kept in the shared cache while nothing it shows changes and the delta sync
# keeps confirming it (portal.page_memo); at most this long (0: every view renders).
PAGE_MEMO_SECONDS = env_int("PAGE_MEMO_SECONDS", 300)
# Below HALO_MAX_STALENESS, so a page never needs its background re-read while beat runs; a
# delta pass costs one Halo call when nothing changed (15 per 5 minutes at 20 s).
HALO_SYNC_INTERVAL = env_int("HALO_SYNC_INTERVAL", 20)  # seconds between delta syncs (beat)
HALO_FULL_SYNC_INTERVAL = env_int("HALO_FULL_SYNC_INTERVAL", 86400)  # deletions, moves (0: off)
HALO_BUDGET = env_int("HALO_BUDGET", 250)  # portal's Halo calls per rolling 5 minutes (0: no cap)
HALO_BUDGET_READ_SHARE = env_float("HALO_BUDGET_READ_SHARE", 0.8)  # reads' share; writes get all
HALO_WEBHOOK_USERNAME = env_str("HALO_WEBHOOK_USERNAME")
HALO_WEBHOOK_PASSWORD = env_secret("HALO_WEBHOOK_PASSWORD")
AUDIT_READ_WINDOW = env_int(
    "AUDIT_READ_WINDOW", 300
)  # seconds one person's repeated reads share a row

# --- Employee self-service: reopening and attachments -------------------------------------------
REOPEN_DAYS = env_int("REOPEN_DAYS", 14)  # a resolved ticket can be reopened this long
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)  # per file
ATTACHMENT_MAX_FILES = env_int("ATTACHMENT_MAX_FILES", 5)  # per ticket or note
# File name endings employees may attach. Never HTML, SVG or scripts: the portal serves files
# back only as downloads, but Halo's agents open them too.
ATTACHMENT_TYPES = env_list(
    "ATTACHMENT_TYPES",
    ["png", "jpg", "jpeg", "gif", "webp", "pdf", "txt", "log", "csv", "docx", "xlsx", "pptx"],
)

# --- Home, e-mail notifications ------------------------------------------------------------------
# Extra status names (comma-separated) that mean "waiting on the employee", besides those the
# portal recognises by name on the instance ("With User", "Awaiting customer reply", ...).
WAITING_ON_USER_STATUSES = env_list("WAITING_ON_USER_STATUSES", [])
NUDGE_AFTER_DAYS = env_int("NUDGE_AFTER_DAYS", 3)  # reminder after this many days waiting on you
NOTIFY_EVERY_SECONDS = env_int("NOTIFY_EVERY_SECONDS", 300)  # how often tickets are checked
# The address mails link to (e.g. https://portal.example.com); empty: the first ALLOWED_HOSTS.
PORTAL_URL = env_str("PORTAL_URL").rstrip("/")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "IT self-service <it-portal@localhost>")

# --- Celery -------------------------------------------------------------------------------------
OUTBOX_SWEEP_SECONDS = env_float("OUTBOX_SWEEP_SECONDS", 60.0)  # how often beat sweeps the outbox
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    # Writes whose own retry task was lost (e.g. the broker restarted) are picked up here.
    "deliver-due-writes": {
        "task": "halo_integration.tasks.deliver_due_writes",
        "schedule": OUTBOX_SWEEP_SECONDS,
    },
    # E-mail the requesters of tickets IT changed (each change once; see notifications/).
    "notify-ticket-changes": {
        "task": "notifications.tasks.notify_ticket_changes",
        "schedule": float(NOTIFY_EVERY_SECONDS),
    },
    # The mirror's delta sync: tickets changed in Halo since the last pass.
    "halo-sync": {
        "task": "halo_integration.tasks.halo_sync",
        "schedule": float(HALO_SYNC_INTERVAL),
    },
    **(
        {
            # The full pass: deleted tickets and tickets moved to another requester.
            "halo-full-sync": {
                "task": "halo_integration.tasks.halo_sync",
                "schedule": float(HALO_FULL_SYNC_INTERVAL),
                "kwargs": {"full": True},
            }
        }
        if HALO_FULL_SYNC_INTERVAL > 0
        else {}
    ),
    # Read audit rows recorded cheaply on the request path are chained here in batches.
    "chain-audit-reads": {"task": "halo_integration.tasks.chain_audit_reads", "schedule": 10.0},
}
if CELERY_BROKER_URL.startswith("filesystem://"):
    _queue_dir = DATA_DIR / "celery"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir / "queue"),
        "data_folder_out": str(_queue_dir / "queue"),
        "processed_folder": str(_queue_dir / "processed"),
        "control_folder": str(_queue_dir / "control"),
        "store_processed": False,
    }

# --- Logging ------------------------------------------------------------------------------------
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "httpx": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
        # "AXES: BEGIN version ..." at every start of every process (manage.py, the worker).
        "axes.apps": {"level": "WARNING"},
    },
}

DATA_DIR.mkdir(parents=True, exist_ok=True)
