"""An event's sessions on the pages: the event page and its form, the personal and account
pages, and the staff's list, export, check-in page and offline ticket list."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from cms.models import EventSession
from participation.registrations.check_in_list import ticket_list
from participation.registrations.models import Registration
from tests.factories import UserFactory
from tests.participation.registrations.session_helpers import register_sessions, sessions_by_title
from tests.participation.registrations.test_admin_views import (
    csv_rows,
    csv_url,
    index_url,
    staff_user,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]
Status = Registration.Status


def url(name, language="vi", **kwargs):
    with translation.override(language):
        return reverse(f"registrations:{name}", kwargs=kwargs)


@pytest.fixture
def sessions(session_event):
    return sessions_by_title(session_event)


@pytest.fixture
def vietnamese_sessions(session_event, vietnamese_event):
    """The sessions of the Vietnamese page (copied with it), titled in Vietnamese."""
    titles = {"기조연설": "Bài phát biểu chính", "워크숍": "Hội thảo", "투어": "Tham quan"}
    for session in EventSession.objects.filter(page=vietnamese_event):
        session.title = titles[session.title]
        session.save()
    return vietnamese_event


def answers(session_ids, **fields):
    values = {
        "name": "Nguyễn An",
        "email": "an@example.org",
        "preferred_language": "vi",
        "party_size": "1",
        "consent": "on",
        "sessions": [str(pk) for pk in session_ids],
    }
    values.update(fields)
    return values


def test_translated_sessions_share_the_source_translation_key(session_event, vietnamese_event):
    source = sorted(session_event.sessions.values_list("translation_key", flat=True))
    copied = EventSession.objects.filter(page=vietnamese_event)
    assert sorted(copied.values_list("translation_key", flat=True)) == source
    assert {session.locale.language_code for session in copied} == {"vi"}


def test_the_event_page_lists_sessions_with_times_and_free_places(
    vietnamese_sessions, sessions, client
):
    register_sessions(sessions["워크숍"].page, [sessions["워크숍"]])  # its only place

    page = client.get(vietnamese_sessions.url).content.decode()

    assert 'id="sessions-heading"' in page
    assert "Bài phát biểu chính" in page and "Tham quan" in page
    assert f'datetime="{timezone.localtime(sessions["투어"].starts_at).isoformat()}"' in page
    with translation.override("vi"):
        assert translation.gettext("Full: you can join the waiting list") in page
    # The form: a checkbox per session, the full one saying it is a waiting list.
    assert page.count('name="sessions"') == 3
    assert 'type="checkbox"' in page
    with translation.override("vi"):
        assert "Hội thảo – " in page
        assert translation.gettext("full: waiting list") in page


def test_registering_for_two_sessions_from_the_vietnamese_page(
    vietnamese_sessions, sessions, client, django_capture_on_commit_callbacks
):
    chosen = [sessions["기조연설"].pk, sessions["투어"].pk]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("register", event_id=vietnamese_sessions.pk), answers(chosen))

    assert response.status_code == 302
    assert response["Location"] == url("check_email")
    registrations = Registration.objects.order_by("session__sort_order")
    assert [r.session.title for r in registrations] == ["기조연설", "투어"]
    assert {r.status for r in registrations} == {Status.CONFIRMED}
    [sent] = mail.outbox
    assert "Bài phát biểu chính" in sent.body and "Tham quan" in sent.body  # in Vietnamese


def test_no_session_chosen_shows_a_translated_error(vietnamese_sessions, client):
    response = client.post(url("register", event_id=vietnamese_sessions.pk), answers([]))

    assert response.status_code == 200
    assert "Vui lòng chọn ít nhất một phiên." in response.content.decode()
    assert not Registration.objects.exists()


def test_an_unknown_session_is_refused(vietnamese_sessions, client):
    response = client.post(url("register", event_id=vietnamese_sessions.pk), answers([999_999]))

    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_the_personal_and_account_pages_show_the_session(vietnamese_sessions, sessions, client):
    resident = UserFactory(email="an@example.org")
    [tour] = register_sessions(
        vietnamese_sessions, [sessions["투어"]], email="an@example.org", preferred_language="vi"
    )
    tour.user = resident
    tour.save()

    page = client.get(url("manage", token=tour.ticket_token)).content.decode()
    assert "Tham quan" in page
    # The session's own time, not the event's.
    assert f'datetime="{timezone.localtime(sessions["투어"].starts_at).isoformat()}"' in page

    client.force_login(resident)
    mine = client.get(url("mine")).content.decode()
    assert "Tham quan" in mine


def test_staff_see_and_export_the_session(session_event, sessions, client):
    client.force_login(staff_user("check_in_registrations"))
    register_sessions(session_event, [sessions["워크숍"]], name="김민지")

    page = client.get(index_url(session_event)).content.decode()
    rows = csv_rows(client.get(csv_url(session_event)))

    assert "<th>Session</th>" in page and "워크숍" in page
    assert rows[0][9] == "Session"
    assert rows[1][0] == "김민지" and rows[1][9] == "워크숍"


def test_without_sessions_the_export_has_no_session_column(event, client):
    client.force_login(staff_user("check_in_registrations"))

    rows = csv_rows(client.get(csv_url(event)))

    assert "Session" not in rows[0]


def test_check_in_shows_the_session_of_the_ticket(session_event, sessions, client):
    checker = UserFactory(is_staff=True)
    checker.user_permissions.add(Permission.objects.get(codename="check_in_registrations"))
    client.force_login(checker)
    [ticket] = register_sessions(session_event, [sessions["투어"]])
    with translation.override("en"):
        check_in_url = reverse("registrations:check_in", kwargs={"event_id": session_event.pk})

    response = client.post(check_in_url, {"code": ticket.ticket_token})
    answer = client.post(
        check_in_url, {"code": ticket.ticket_token}, headers={"accept": "application/json"}
    ).json()

    assert "Session: 투어" in response.content.decode()
    assert answer["session"] == "투어"


def test_the_offline_ticket_list_names_each_tickets_session(session_event, sessions):
    register_sessions(session_event, [sessions["기조연설"], sessions["투어"]])

    tickets = ticket_list(event=session_event)["tickets"]

    assert sorted(ticket["session"] for ticket in tickets) == ["기조연설", "투어"]
