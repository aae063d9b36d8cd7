"""Production settings plus one bench-only URL (urls.py): the minimal view beside registration."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.registration.urls"
