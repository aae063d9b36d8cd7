"""The query parameters of GET requests, checked."""

from datetime import datetime

from django.utils import timezone

from . import conf, dates
from .errors import (
    DATE_INVALID,
    DATE_OUT_OF_RANGE,
    DATES_REVERSED,
    STATUS_INVALID,
    WINDOW_TOO_LONG,
    Open311Error,
)
from .selectors import RequestSearch, parse_public_id

PUBLIC_STATUSES = ("open", "closed")


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
    try:
        moment = dates.parse_moment(value, end_of_day=end_of_day)
    except dates.OutOfRange:
        raise Open311Error(
            DATE_OUT_OF_RANGE, parameter=name, first=dates.FIRST_YEAR, last=dates.LAST_YEAR
        ) from None
    if moment is None:
        raise Open311Error(DATE_INVALID, parameter=name)
    return moment
