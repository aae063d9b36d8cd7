"""iCalendar (RFC 5545) for events: the feed of upcoming events and one event's file."""

from datetime import UTC
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.links import page_url

SEOUL = ZoneInfo("Asia/Seoul")
UID_DOMAIN = "gangnam-glocal-portal"


def event_uid(event) -> str:
    # The translation key is shared by an event's language versions: one event, one UID.
    return f"event-{event.translation_key}@{UID_DOMAIN}"


def event_component(event, request) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("dtstart", timezone.localtime(event.starts_at, SEOUL))
    component.add("dtend", timezone.localtime(event.ends_at, SEOUL))
    component.add("summary", event.title)
    component.add("description", event.summary)
    component.add("location", event_location(event))
    component.add("url", page_url(event, request))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def event_location(event) -> str:
    parts = []
    if event.venue:
        parts += [event.venue.name, event.venue.address]
    if event.address:
        parts.append(event.address)
    if event.online_url:
        parts.append(event.online_url)
    return ", ".join(part for part in parts if part)


GOOGLE_CALENDAR_TEMPLATE = "https://calendar.google.com/calendar/render"


def google_calendar_url(event, *, link: str = "") -> str:
    """An "add to Google Calendar" link for `event`, beside its .ics file: times in UTC (the
    trailing Z), every value URL-escaped; `link` (the event's page) ends the description."""

    def utc(moment) -> str:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    details = "\n\n".join(part for part in (event.summary, link) if part)
    parameters = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{utc(event.starts_at)}/{utc(event.ends_at)}",
        "details": details,
        "location": event_location(event),
        "ctz": "Asia/Seoul",
    }
    return f"{GOOGLE_CALENDAR_TEMPLATE}?{urlencode(parameters, quote_via=quote)}"


def calendar_of(events, request, *, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Gangnam-gu Office//Gangnam Glocal Portal//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Seoul")
    for event in events:
        calendar.add_component(event_component(event, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def upcoming_events_calendar(events, request) -> bytes:
    return calendar_of(events, request, name=_("Gangnam Glocal Portal events"))
