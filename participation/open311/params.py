"""The query parameters of GET requests, checked."""

import re
from datetime import datetime, time

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from . import conf
from .errors import (
    DATE_INVALID,
    DATES_REVERSED,
    STATUS_INVALID,
    WINDOW_TOO_LONG,
    Open311Error,
)
from .selectors import RequestSearch, parse_public_id
from .serializers import SEOUL

PUBLIC_STATUSES = ("open", "closed")
_DATE_ONLY = re.compile(r"^\d{4}-\d\d-\d\d$")
# "+09:00" sent unencoded in a query string arrives as " 09:00".
_UNENCODED_OFFSET = re.compile(r"(\d\d:\d\d(?::\d\d(?:\.\d+)?)?) (\d\d(?::?\d\d)?)$")


def read_search(params, *, now: datetime | None = None) -> RequestSearch:
    """Filters from `params` (a QueryDict). Without dates the last conf.WINDOW; one date
    alone spans conf.WINDOW from it; a longer span is refused."""
    if params.get("service_request_id", "").strip():
        ids = (parse_public_id(value) for value in _comma_list(params["service_request_id"]))
        return RequestSearch(ids=tuple(pk for pk in ids if pk is not None)[: conf.MAX_REQUESTS])
    statuses = tuple(value.lower() for value in _comma_list(params.get("status")))
    if any(status not in PUBLIC_STATUSES for status in statuses):
        raise Open311Error(STATUS_INVALID)
    start = _moment(params, "start_date", end_of_day=False)
    end = _moment(params, "end_date", end_of_day=True)
    if start is None and end is None:
        end = now or timezone.now()
    if start is None:
        start = end - conf.WINDOW
    if end is None:
        end = start + conf.WINDOW
    if end < start:
        raise Open311Error(DATES_REVERSED)
    if end - start > conf.WINDOW:
        raise Open311Error(WINDOW_TOO_LONG, days=conf.WINDOW.days)
    return RequestSearch(
        service_codes=tuple(_comma_list(params.get("service_code"))),
        start=start,
        end=end,
        statuses=statuses,
    )


def _comma_list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _moment(params, name: str, *, end_of_day: bool) -> datetime | None:
    """A W3C date-time (a date alone means its whole day); no offset means Seoul time."""
    value = (params.get(name) or "").strip()
    if not value:
        return None
    value = _UNENCODED_OFFSET.sub(r"\1+\2", value)
    try:
        day = parse_date(value) if _DATE_ONLY.match(value) else None
        if day is not None:
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        else:
            moment = parse_datetime(value)
    except ValueError:
        moment = None
    if moment is None:
        raise Open311Error(DATE_INVALID, parameter=name)
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=SEOUL)
    return moment
