"""Dates and times as the W3C profile of ISO 8601 writes them, and nothing else: ASCII digits
only (no full-width forms, no week or ordinal dates, no endless fractions), years the
portal's searches can reach."""

import re
from datetime import date, datetime, time

from django.utils import timezone

from .serializers import SEOUL

FIRST_YEAR = 1900
LAST_YEAR = 2999
# [0-9], never \d: \d also matches full-width and other Unicode digits.
DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
DATETIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?$"
)
# "+09:00" sent unencoded in a query string arrives as " 09:00".
_UNENCODED_OFFSET = re.compile(r"(T[0-9:.]+) ([0-9]{2}:[0-9]{2})$")


class OutOfRange(ValueError):
    pass


def parse_moment(value: str, *, end_of_day: bool = False) -> datetime | None:
    """An aware datetime (no offset: Seoul time; a date alone: the start or end of its day),
    None for anything that is not a W3C date or date-time; OutOfRange outside the years
    FIRST_YEAR–LAST_YEAR."""
    value = _UNENCODED_OFFSET.sub(r"\1+\2", value.strip())
    try:
        if DATE.match(value):
            day = date.fromisoformat(value)
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        elif DATETIME.match(value):
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            return None
    except ValueError:  # 2026-02-30, 25:00, an offset of 24 hours or more
        return None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise OutOfRange(value)
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=SEOUL)
    return moment
