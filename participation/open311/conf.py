"""Open311 settings, read with defaults so that nothing is needed in portal/settings.

- OPEN311_CONTACT: who API clients write to (default: a sentence pointing at the portal team).
- OPEN311_KEY_SERVICE: how clients get an API key (default: staff issue them on request).
- OPEN311_RATE_LIMIT_PER_HOUR: POSTs per API key an hour, valid or not (300); each resident's
  email address also counts against FEEDBACK_RATE_LIMIT_PER_HOUR, as on the web form.
- OPEN311_FAILED_KEY_LIMIT_PER_HOUR: POSTs with a missing or invalid api_key per client
  address an hour (20); past it, 429 with Retry-After, so nobody probes keys at leisure.
- OPEN311_JURISDICTION_ID: the jurisdiction_id clients may send (default: gangnam.go.kr);
  any other is a 404.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext_lazy as _

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
# When this API last changed in a way clients notice (discovery's "changeset").
CHANGESET = datetime(2026, 11, 29, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))

# format extension → media type
MEDIA_TYPES = {"json": "application/json", "xml": "text/xml"}

# GET requests: the window of requested_datetime searched, and the most items returned.
WINDOW = timedelta(days=90)
MAX_REQUESTS = 1000

# Published coordinates are rounded to 3 decimals: 0.001° is 111 m north–south and 88 m
# east–west at Seoul's latitude, so a point names a block, not a house.
PUBLISHED_COORDINATE_DECIMALS = 3

MAX_NAME_LENGTH = 200
MAX_ADDRESS_LENGTH = 255
MAX_STRING_ANSWER_LENGTH = 255

DEFAULT_CONTACT = _(
    "Gangnam Glocal Portal team, Gangnam-gu Office. Use the feedback form of the portal to "
    "reach us."
)
DEFAULT_KEY_SERVICE = _(
    "API keys for posting service requests are issued by the portal's staff on request. "
    "Reading services and requests needs no key."
)


def contact() -> str:
    return getattr(settings, "OPEN311_CONTACT", "") or str(DEFAULT_CONTACT)


def key_service() -> str:
    return getattr(settings, "OPEN311_KEY_SERVICE", "") or str(DEFAULT_KEY_SERVICE)


def rate_limit_per_hour() -> int:
    return int(getattr(settings, "OPEN311_RATE_LIMIT_PER_HOUR", 300))


def failed_key_limit_per_hour() -> int:
    return int(getattr(settings, "OPEN311_FAILED_KEY_LIMIT_PER_HOUR", 20))


DEFAULT_JURISDICTION_ID = "gangnam.go.kr"


def jurisdiction_id() -> str:
    return getattr(settings, "OPEN311_JURISDICTION_ID", "") or DEFAULT_JURISDICTION_ID
