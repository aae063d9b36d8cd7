"""Database round trips of one registration on PostgreSQL, where they are what the event's
capacity lock is held for. Each captured query is one round trip: the lock batch is one entry,
and the transaction's BEGIN and COMMIT are listed too — inside the test's transaction they are
a SAVEPOINT and its RELEASE, as many round trips."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from participation.registrations import services
from participation.registrations.errors import AlreadyRegistered
from participation.registrations.models import (
    ParticipationRecord,
    Registration,
    RegistrationNotice,
)
from participation.registrations.notifications import outbox
from tests.participation.registrations.helpers import register

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="round trips are counted on PostgreSQL"
    ),
    pytest.mark.django_db,
]

MAX_ROUND_TRIPS = 4


@pytest.fixture
def round_trips(monkeypatch):
    # The notice's task is published to Redis after COMMIT: not a database round trip.
    monkeypatch.setattr(outbox, "enqueue", lambda row_id: None)
    return lambda: CaptureQueriesContext(connection)


def guest(n, **fields):
    return {
        "name": f"참가자 {n}",
        "email": f"fan{n}@example.org",
        "consent": True,
        "preferred_language": "ko",
        **fields,
    }


def test_a_registration_takes_at_most_four_round_trips(event, round_trips):
    register(event)  # the capacity row exists and the program is cached, as under load

    with round_trips() as counted:
        registration = services.register(event=event, **guest(1))

    assert len(counted) <= MAX_ROUND_TRIPS, [query["sql"] for query in counted]
    assert registration.status == Registration.Status.CONFIRMED
    assert ParticipationRecord.objects.filter(registration=registration).count() == 1
    assert RegistrationNotice.objects.get(registration=registration).kind == "confirmed"


def test_joining_the_waitlist_takes_as_few(event, round_trips):
    for _seat in range(event.capacity):
        register(event)

    with round_trips() as counted:
        registration = services.register(event=event, **guest(2))

    assert len(counted) <= MAX_ROUND_TRIPS
    assert registration.status == Registration.Status.WAITING


def test_the_same_email_again_is_still_found(event):
    first = services.register(event=event, **guest(3))

    with pytest.raises(AlreadyRegistered) as refused:
        services.register(event=event, **guest(3, email="FAN3@example.org"))

    assert refused.value.registration_id == first.pk
    assert Registration.objects.count() == 1


def test_the_registration_view_adds_only_the_event_lookup(event, client, round_trips):
    register(event)
    url = reverse("registrations:register", kwargs={"event_id": event.pk})
    answers = {"name": "An", "email": "an@example.org", "preferred_language": "ko"}

    with round_trips() as counted:
        response = client.post(url, {**answers, "party_size": "1", "consent": "on"})

    assert response.status_code == 302
    assert len(counted) <= MAX_ROUND_TRIPS + 1, [query["sql"] for query in counted]


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_a_registration_is_one_round_trip(event, round_trips):
    # As in a request: the whole registration is one batch, BEGIN to COMMIT.
    register(event)

    with round_trips() as counted:
        registration = services.register(event=event, **guest(5))

    assert len(counted) == 1, [query["sql"] for query in counted]
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.confirmed_at == registration.created_at
    assert [record.kind for record in registration.records.all()] == ["registered"]
    assert [notice.kind for notice in registration.notices.all()] == ["confirmed"]


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_same_email_again_is_one_round_trip_too(event, round_trips):
    first = services.register(event=event, **guest(6))

    with round_trips() as counted, pytest.raises(AlreadyRegistered) as refused:
        services.register(event=event, **guest(6, email="FAN6@Example.org"))

    assert len(counted) == 1
    assert refused.value.registration_id == first.pk
    first.refresh_from_db()
    assert first.asked_again_at is not None
    kinds = sorted(record.kind for record in first.records.all())
    assert kinds == ["asked_again", "registered"]
    assert sorted(notice.kind for notice in first.notices.all()) == ["confirmed", "existing"]


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_full_event_puts_newcomers_on_the_waitlist(event):
    people = [
        services.register(event=event, **guest(n)) for n in range(10, 10 + event.capacity + 2)
    ]

    statuses = [person.status for person in people]

    assert statuses == ["confirmed"] * event.capacity + ["waiting"] * 2
    assert Registration.objects.filter(status="confirmed").count() == event.capacity
    waiting = Registration.objects.filter(status="waiting").order_by("created_at")
    assert [person.pk for person in waiting] == [person.pk for person in people[-2:]]


@pytest.mark.django_db(transaction=True)
def test_a_registration_post_is_two_round_trips_the_event_and_the_batch(event, client, round_trips):
    register(event)
    url = reverse("registrations:register", kwargs={"event_id": event.pk})
    answers = {"name": "An", "email": "an@example.org", "preferred_language": "ko"}

    with round_trips() as counted:
        response = client.post(url, {**answers, "party_size": "1", "consent": "on"})

    assert response.status_code == 302
    assert len(counted) == 2, [query["sql"] for query in counted]
