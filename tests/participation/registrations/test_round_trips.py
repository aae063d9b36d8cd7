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
