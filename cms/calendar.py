"""iCalendar (RFC 5545) for events: the feed of upcoming events and one event's file.

A registration for one of an event's sessions gets the session's times and title instead
(registration_calendar, google_calendar_url(session=...)); the event page keeps the event's."""

from datetime import UTC
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.links import page_url

SEOUL = ZoneInfo("Asia/Seoul")
UID_DOMAIN = "gangnam-glocal-portal"


def event_uid(event, session=None) -> str:
    # The translation key is shared by an event's (and a session's) language versions: one
    # event, one UID; each session its own.
    if session is not None:
        return f"session-{session.translation_key}@{UID_DOMAIN}"
    return f"event-{event.translation_key}@{UID_DOMAIN}"


def calendar_summary(event, session=None) -> str:
    """The calendar entry's title: the event's, followed by the session's when there is one."""
    return f"{event.title} – {session.title}" if session is not None else event.title


def event_component(event, request, *, session=None) -> icalendar.Event:
    """`event` as a VEVENT; with `session` (one of its sessions), the session's times and title."""
    timed = session if session is not None else event
    component = icalendar.Event()
    component.add("uid", event_uid(event, session))
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("dtstart", timezone.localtime(timed.starts_at, SEOUL))
    component.add("dtend", timezone.localtime(timed.ends_at, SEOUL))
    component.add("summary", calendar_summary(event, session))
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


def google_calendar_url(event, *, link: str = "", session=None) -> str:
    """An "add to Google Calendar" link for `event`, beside its .ics file: times in UTC (the
    trailing Z), every value URL-escaped; `link` (the event's page) ends the description. With
    `session` (one of the event's sessions), the session's times and title."""
    timed = session if session is not None else event

    def utc(moment) -> str:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    details = "\n\n".join(part for part in (event.summary, link) if part)
    parameters = {
        "action": "TEMPLATE",
        "text": calendar_summary(event, session),
        "dates": f"{utc(timed.starts_at)}/{utc(timed.ends_at)}",
        "details": details,
        "location": event_location(event),
        "ctz": "Asia/Seoul",
    }
    return f"{GOOGLE_CALENDAR_TEMPLATE}?{urlencode(parameters, quote_via=quote)}"


def calendar_of(events, request, *, name: str) -> bytes:
    components = [event_component(event, request) for event in events]
    return calendar_with(components, name=name)


def registration_calendar(event, *, session=None) -> bytes:
    """The .ics file of a registration: its event, or the session it is for."""
    component = event_component(event, None, session=session)
    return calendar_with([component], name=calendar_summary(event, session))


def sessions_calendar(event, sessions) -> bytes:
    """One .ics file with an entry for each of `sessions` (of `event`)."""
    components = [event_component(event, None, session=session) for session in sessions]
    return calendar_with(components, name=event.title)


def calendar_with(components, *, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Gangnam-gu Office//Gangnam Glocal Portal//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Seoul")
    for component in components:
        calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def upcoming_events_calendar(events, request) -> bytes:
    return calendar_of(events, request, name=_("Gangnam Glocal Portal events"))
