"""Test suite: fast hashing, locmem email, eager Celery; DATABASE_URL and REDIS_URL come from
the environment. A Celery worker started by the integration tests uses these settings too, with
EMAIL_URL and CELERY_TASK_ALWAYS_EAGER=false set in its environment."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
# Residents' test attachments go to a temporary folder, never into the checkout.
# One folder per test process when pytest-xdist runs the suite in several.
STORAGES["private"]["OPTIONS"]["location"] = env.path(
    "PRIVATE_MEDIA_ROOT",
    default=Path(tempfile.gettempdir())
    / f"portal-test-private-media-{env('PYTEST_XDIST_WORKER', default='gw0')}",
)
# Wagtail images and their renditions likewise.
MEDIA_ROOT = env.path(
    "MEDIA_ROOT",
    default=Path(tempfile.gettempdir())
    / f"portal-test-media-{env('PYTEST_XDIST_WORKER', default='gw0')}",
)
# A per-process cache: allauth's rate limits never leak between test runs.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
PORTAL_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
