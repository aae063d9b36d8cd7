"""The calendar of a registration for a session: the session's times, and its title after the
event's, on the personal page (.ics and Google link) and in the emails' calendar files."""

from datetime import UTC
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from cms.calendar import SEOUL
from participation.registrations import services
from tests.participation.registrations.helpers import register
from tests.participation.registrations.session_helpers import register_sessions, sessions_by_title

pytestmark = pytest.mark.django_db


def url(name, language="ko", **kwargs):
    with translation.override(language):
        return reverse(f"registrations:{name}", kwargs=kwargs)


@pytest.fixture
def sessions(session_event):
    return sessions_by_title(session_event)


def vevents(ics: bytes):
    return icalendar.Calendar.from_ical(ics).walk("VEVENT")


def utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def seoul(moment):
    return timezone.localtime(moment, SEOUL).replace(microsecond=0)


def test_the_ics_file_of_a_session_registration_has_the_sessions_times(
    session_event, sessions, client
):
    tour = sessions["투어"]
    [registration] = register_sessions(session_event, [tour])

    [vevent] = vevents(client.get(url("ics", token=registration.ticket_token)).content)

    assert vevent["dtstart"].dt == seoul(tour.starts_at)
    assert vevent["dtend"].dt == seoul(tour.ends_at)
    assert str(vevent["summary"]) == f"{session_event.title} – 투어"
    assert str(vevent["uid"]) == f"session-{tour.translation_key}@gangnam-glocal-portal"


def test_the_google_link_on_the_personal_page_has_the_sessions_times(
    session_event, sessions, client
):
    workshop = sessions["워크숍"]
    [registration] = register_sessions(session_event, [workshop])

    response = client.get(url("manage", token=registration.ticket_token))

    query = parse_qs(urlsplit(response.context["google_calendar_url"]).query)
    assert query["text"] == [f"{session_event.title} – 워크숍"]
    assert query["dates"] == [f"{utc(workshop.starts_at)}/{utc(workshop.ends_at)}"]


def test_without_a_session_the_calendar_is_the_events(event, client):
    registration = register(event)

    [vevent] = vevents(client.get(url("ics", token=registration.ticket_token)).content)

    assert vevent["dtstart"].dt == seoul(event.starts_at)
    assert str(vevent["summary"]) == event.title


def test_the_sessions_email_carries_a_calendar_of_the_confirmed_sessions(
    session_event, sessions, django_capture_on_commit_callbacks
):
    register_sessions(session_event, [sessions["워크숍"]])  # the workshop's one place
    with django_capture_on_commit_callbacks(execute=True):
        register_sessions(session_event, [sessions["기조연설"], sessions["워크숍"]])

    sent = mail.outbox[-1]
    attachments = {name: content for name, content, _mimetype in sent.attachments}
    [keynote] = vevents(attachments["sessions.ics"])  # the workshop is only waiting
    assert str(keynote["summary"]) == f"{session_event.title} – 기조연설"
    assert keynote["dtstart"].dt == seoul(sessions["기조연설"].starts_at)


def test_the_confirmation_after_an_offer_has_the_sessions_calendar(
    session_event, sessions, django_capture_on_commit_callbacks
):
    workshop = sessions["워크숍"]
    [held] = register_sessions(session_event, [workshop])
    [waiting] = register_sessions(session_event, [workshop])
    services.cancel_registration(registration=held)
    waiting.refresh_from_db()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.accept_offer(registration=waiting)

    [confirmed] = [email for email in mail.outbox if "event.ics" in dict_names(email)]
    ics = {name: content for name, content, _mimetype in confirmed.attachments}["event.ics"]
    [vevent] = vevents(ics)
    assert vevent["dtstart"].dt == seoul(workshop.starts_at)
    assert str(vevent["summary"]) == f"{session_event.title} – 워크숍"


def dict_names(email):
    return {name for name, _content, _mimetype in email.attachments}
