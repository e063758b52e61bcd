"""gunicorn settings for the portal (docs/DEPLOY.md): `gunicorn -c deploy/gunicorn.conf.py`.

Every value can be changed from the environment, so the same file serves every instance."""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8000")
# Page views wait on Halo (I/O), so several processes per core pay off; each keeps its
# database connection for DATABASE_CONN_MAX_AGE seconds (60 unless set).
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
# A page may wait for Halo for HALO_TIMEOUT seconds per call; stay above a few of them.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# Only the reverse proxy on this host may say the client came over https.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
