"""An event's sessions (services/sessions.py): each has its own places and waiting list; one
registration per session chosen, all in one transaction, one email listing them."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError, transaction

from participation.registrations import services
from participation.registrations.errors import (
    AlreadyRegistered,
    InvalidRegistrationData,
    PartySizeInvalid,
    SessionRequired,
)
from participation.registrations.links import registration_url
from participation.registrations.models import (
    ParticipationRecord,
    Registration,
    RegistrationNotice,
)
from participation.registrations.selectors import free_places_and_start, sessions_of
from tests.factories import RegistrationFactory
from tests.participation.registrations.helpers import register
from tests.participation.registrations.session_helpers import register_sessions, sessions_by_title

pytestmark = pytest.mark.django_db

Status = Registration.Status
Kind = ParticipationRecord.Kind


@pytest.fixture
def sessions(session_event):
    return sessions_by_title(session_event)


def test_each_session_has_its_own_places_and_waiting_list(session_event, sessions):
    workshop = sessions["워크숍"]  # 1 place

    [first] = register_sessions(session_event, [workshop])
    [second] = register_sessions(session_event, [workshop])
    [keynote] = register_sessions(session_event, [sessions["기조연설"]])

    assert (first.status, second.status, keynote.status) == (
        Status.CONFIRMED,
        Status.WAITING,
        Status.CONFIRMED,
    )
    assert first.session == second.session == workshop
    assert free_places_and_start(event_id=session_event.pk, session_id=workshop.pk) == (
        0,
        workshop.starts_at,
    )
    free = {session.title: session.free_places for session in sessions_of(session_event)}
    assert free == {"기조연설": 1, "워크숍": 0, "투어": 2}


def test_several_sessions_in_one_go_each_decided_on_its_own(
    session_event, sessions, django_capture_on_commit_callbacks
):
    register_sessions(session_event, [sessions["워크숍"]])  # now full

    with django_capture_on_commit_callbacks(execute=True):
        registrations = register_sessions(
            session_event,
            [sessions["기조연설"], sessions["워크숍"], sessions["투어"]],
            email="three@example.org",
            party_size=1,
        )

    assert [(r.session.title, r.status) for r in registrations] == [
        ("기조연설", Status.CONFIRMED),
        ("워크숍", Status.WAITING),
        ("투어", Status.CONFIRMED),
    ]
    assert len({r.ticket_token for r in registrations}) == 3  # a ticket per session
    kinds = ParticipationRecord.objects.filter(registration__in=registrations)
    assert sorted(kinds.values_list("kind", flat=True)) == sorted(
        [Kind.REGISTERED, Kind.WAITLISTED, Kind.REGISTERED]
    )
    # One email listing every session and its state.
    notices = RegistrationNotice.objects.filter(registration__email="three@example.org")
    assert list(notices.values_list("kind", flat=True)) == ["sessions"]
    [sent] = [message for message in mail.outbox if message.to == ["three@example.org"]]
    for registration in registrations:
        assert registration.session.title in sent.body
        assert registration_url(registration) in sent.body


def test_the_same_email_is_refused_a_second_registration_per_session(session_event, sessions):
    register_sessions(session_event, [sessions["기조연설"]], email="dup@example.org")

    with pytest.raises(AlreadyRegistered):
        register_sessions(session_event, [sessions["기조연설"]], email="DUP@example.org")

    # Another session is fine, and the one registered already is left as it is.
    [tour] = register_sessions(
        session_event, [sessions["기조연설"], sessions["투어"]], email="Dup@Example.org"
    )
    assert tour.session == sessions["투어"]
    assert Registration.objects.filter(email__iexact="dup@example.org").count() == 2


def test_the_database_refuses_a_second_active_registration_per_session(session_event, sessions):
    RegistrationFactory(event=session_event, session=sessions["투어"], email="x@example.org")
    RegistrationFactory(event=session_event, session=sessions["워크숍"], email="x@example.org")

    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=session_event, session=sessions["투어"], email="X@example.org")


@pytest.mark.parametrize("chosen", [[], [999_999]])
def test_at_least_one_session_of_the_event_must_be_chosen(session_event, chosen):
    with pytest.raises(SessionRequired) as error:
        services.register_for_sessions(
            event=session_event,
            session_ids=chosen,
            name="김민지",
            email="m@example.org",
            consent=True,
            preferred_language="ko",
        )

    assert isinstance(error.value, InvalidRegistrationData)
    assert not Registration.objects.exists()


def test_another_events_session_is_refused(session_event, make_event, make_session):
    other = make_session(make_event(title="다른 행사", slug="other"))

    with pytest.raises(SessionRequired):
        register_sessions(session_event, [other])


def test_an_event_with_sessions_refuses_a_registration_without_one(session_event):
    with pytest.raises(SessionRequired):
        register(session_event)

    assert not Registration.objects.exists()


def test_the_usual_checks_apply(session_event, sessions):
    with pytest.raises(InvalidRegistrationData):
        register_sessions(session_event, [sessions["투어"]], email="not an email")
    with pytest.raises(PartySizeInvalid):
        register_sessions(session_event, [sessions["투어"]], party_size=5)


def test_cancelling_frees_that_sessions_place_for_its_own_waiting_list(session_event, sessions):
    workshop, tour = sessions["워크숍"], sessions["투어"]
    [held] = register_sessions(session_event, [workshop])
    [waiting_for_workshop] = register_sessions(session_event, [workshop])
    register_sessions(session_event, [tour], party_size=2)
    [waiting_for_tour] = register_sessions(session_event, [tour])

    services.cancel_registration(registration=held)

    waiting_for_workshop.refresh_from_db()
    waiting_for_tour.refresh_from_db()
    assert waiting_for_workshop.status == Status.OFFERED
    assert waiting_for_tour.status == Status.WAITING  # the tour is still full

    services.accept_offer(registration=waiting_for_workshop)
    waiting_for_workshop.refresh_from_db()
    assert waiting_for_workshop.status == Status.CONFIRMED


def test_a_declined_offer_goes_to_the_next_waiting_for_that_session(session_event, sessions):
    workshop = sessions["워크숍"]
    [held] = register_sessions(session_event, [workshop])
    [first, second] = [register_sessions(session_event, [workshop])[0] for _ in range(2)]
    services.cancel_registration(registration=held)
    first.refresh_from_db()

    services.decline_offer(registration=first)

    second.refresh_from_db()
    assert second.status == Status.OFFERED


def test_fewer_places_are_offered_per_session(session_event, sessions):
    tour = sessions["투어"]  # 2 places
    [pair] = register_sessions(session_event, [tour], party_size=2)
    [trio] = register_sessions(session_event, [tour], party_size=3)
    # The keynote's free places are not the tour's.
    register_sessions(session_event, [sessions["기조연설"]])

    services.cancel_registration(registration=pair)

    trio.refresh_from_db()
    assert trio.status == Status.WAITING
    assert trio.fewer_places_offered == 2
    services.accept_fewer_places(registration=trio)
    trio.refresh_from_db()
    assert (trio.status, trio.party_size) == (Status.CONFIRMED, 2)


def test_raising_capacity_offers_each_sessions_places_to_its_own_list(session_event, sessions):
    workshop = sessions["워크숍"]
    register_sessions(session_event, [workshop])
    [waiting] = register_sessions(session_event, [workshop])
    workshop.capacity = 2
    workshop.save()

    offered = services.offer_free_seats(event=session_event)

    assert offered == [waiting]


def test_cancelling_closes_before_the_session_starts(session_event, sessions, settings):
    tour = sessions["투어"]  # on the third day
    [registration] = register_sessions(session_event, [tour])

    refusal = services.cancellation_refusal(
        registration=registration, now=session_event.starts_at + timedelta(hours=6)
    )

    assert refusal is None  # the event has begun, but not the tour


def test_reminders_follow_the_sessions_start(session_event, sessions):
    keynote, tour = sessions["기조연설"], sessions["투어"]
    register_sessions(session_event, [keynote, tour], email="r@example.org")

    sent = services.send_reminders(now=tour.starts_at - timedelta(hours=1))

    reminded = Registration.objects.filter(reminder_sent_at__isnull=False)
    assert sent == 1
    assert [registration.session for registration in reminded] == [tour]
