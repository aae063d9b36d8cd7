"""Editors add an event's sessions in the page editor, and cannot delete one people registered
for."""

import pytest
from django.urls import reverse

from cms.models import EventPage, EventSession
from tests.cms.test_admin import add_event, event_form, sessions_management
from tests.factories import EventPageFactory, RegistrationFactory, StaffUserFactory


@pytest.fixture
def editor_client(client):
    client.force_login(StaffUserFactory())
    return client


def session_fields(number, title, starts_at, ends_at, capacity, pk="", delete=""):
    prefix = f"sessions-{number}"
    return {
        f"{prefix}-id": str(pk),
        f"{prefix}-ORDER": str(number + 1),
        f"{prefix}-DELETE": delete,
        f"{prefix}-title": title,
        f"{prefix}-starts_at": starts_at,
        f"{prefix}-ends_at": ends_at,
        f"{prefix}-capacity": str(capacity),
    }


TWO_SESSIONS = {
    **sessions_management(2),
    **session_fields(0, "1일차: 기조연설", "2027-10-11 18:00", "2027-10-11 19:00", 100),
    **session_fields(1, "워크숍: AI 행정", "2027-10-11 19:30", "2027-10-11 21:00", 20),
}


@pytest.mark.django_db
def test_editor_adds_sessions_to_an_event(editor_client, program):
    response = add_event(editor_client, program, event_form(**TWO_SESSIONS))

    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="2027")
    sessions = list(event.sessions.order_by("sort_order"))
    assert [(session.title, session.capacity) for session in sessions] == [
        ("1일차: 기조연설", 100),
        ("워크숍: AI 행정", 20),
    ]
    assert sessions[0].starts_at.isoformat() == "2027-10-11T09:00:00+00:00"  # Seoul time
    assert {session.locale_id for session in sessions} == {event.locale_id}


@pytest.mark.django_db
def test_a_session_must_end_after_it_starts(editor_client, program):
    data = event_form(
        **sessions_management(1),
        **session_fields(0, "워크숍", "2027-10-11 19:00", "2027-10-11 18:00", 20),
    )

    response = add_event(editor_client, program, data)

    assert response.status_code == 200
    assert "A session must end after it starts." in response.content.decode()
    assert not EventPage.objects.filter(slug="2027").exists()


def edit_event(client, event, data):
    url = reverse("wagtailadmin_pages:edit", args=(event.pk,))
    return client.post(url, data, headers={"accept-language": "en"})


def saved_sessions_data(event, delete_index=None):
    sessions = list(event.sessions.order_by("sort_order"))
    data = sessions_management(len(sessions), initial=len(sessions))
    for number, session in enumerate(sessions):
        data |= session_fields(
            number,
            session.title,
            "2027-10-11 18:00" if number == 0 else "2027-10-11 19:30",
            "2027-10-11 19:00" if number == 0 else "2027-10-11 21:00",
            session.capacity,
            pk=session.pk,
            delete="1" if number == delete_index else "",
        )
    return data


@pytest.mark.django_db
def test_a_session_with_registrations_cannot_be_deleted(editor_client, program):
    add_event(editor_client, program, event_form(**TWO_SESSIONS))
    event = EventPage.objects.get(slug="2027")
    workshop = event.sessions.get(title="워크숍: AI 행정")
    RegistrationFactory(event=event, session=workshop)

    response = edit_event(editor_client, event, event_form(**saved_sessions_data(event, 1)))

    assert response.status_code == 200
    assert "has registrations and cannot be deleted" in response.content.decode()
    assert EventSession.objects.filter(pk=workshop.pk).exists()


@pytest.mark.django_db
def test_a_session_without_registrations_can_be_deleted(editor_client, program):
    add_event(editor_client, program, event_form(**TWO_SESSIONS))
    event = EventPage.objects.get(slug="2027")
    keynote = event.sessions.get(title="1일차: 기조연설")
    RegistrationFactory(event=event, session=keynote)

    response = edit_event(editor_client, event, event_form(**saved_sessions_data(event, 1)))

    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(event.sessions.values_list("title", flat=True)) == ["1일차: 기조연설"]


@pytest.mark.django_db
def test_deleting_the_whole_event_deletes_its_sessions_and_registrations(program):
    event = EventPageFactory(parent=program)
    session = EventSession.objects.create(
        page=event, title="1일차", starts_at=event.starts_at, ends_at=event.ends_at, capacity=5
    )
    RegistrationFactory(event=event, session=session)

    event.delete()

    assert not EventSession.objects.filter(pk=session.pk).exists()
