"""Production settings plus one bench-only URL (urls.py): an empty view beside the pages."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.pages.urls"
