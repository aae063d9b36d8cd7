"""Production: PostgreSQL, Redis cache and broker, HTTPS, MFA for staff."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CELERY_BROKER_URL, REDIS_URL, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured("SECRET_KEY must be a random string of at least 50 characters.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
if not REDIS_URL or not CELERY_BROKER_URL:
    raise ImproperlyConfigured(
        "Production needs REDIS_URL (cache, rate limits) and a Celery broker."
    )
_base_url = urlsplit(env("PORTAL_BASE_URL", default=""))
if _base_url.scheme != "https" or not _base_url.hostname:
    raise ImproperlyConfigured(
        "PORTAL_BASE_URL must be the https:// address residents reach the portal at "
        "(e.g. https://portal.gangnam.go.kr): emails, calendar files, feeds and the sitemap "
        "link to it."
    )
CELERY_TASK_ALWAYS_EAGER = False
# Persistent connections: opening a PostgreSQL connection costs more than most requests do.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

PORTAL_REQUIRE_STAFF_MFA = env.bool("PORTAL_REQUIRE_STAFF_MFA", default=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
