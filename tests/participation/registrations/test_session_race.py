"""No session's place is taken twice: registrations for sessions racing from separate
PostgreSQL connections (the harness of test_concurrency.py). The sessions share their event's
capacity lock."""

import os

import pytest

from participation.registrations.models import Registration
from participation.registrations.services import sessions as session_services
from tests.participation.registrations.session_helpers import register_sessions
from tests.participation.registrations.test_concurrency import (  # noqa: F401 - a fixture
    patient_lock,
    run_in_threads,
)

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="row locks and concurrent connections need PostgreSQL (set DATABASE_URL)",
    ),
    pytest.mark.django_db(transaction=True),
]

Status = Registration.Status


def racing_calls(event, sessions, count, prefix="racer"):
    return [
        lambda n=n: register_sessions(
            event, sessions, email=f"{prefix}{n}@example.org", name=f"{prefix} {n}"
        )
        for n in range(count)
    ]


def statuses(session) -> dict[str, int]:
    rows = list(Registration.objects.filter(session=session).values_list("status", flat=True))
    return {status: rows.count(status) for status in set(rows)}


@pytest.mark.usefixtures("patient_lock")
def test_100_racing_registrants_for_a_session_of_10_places(make_event, make_session):
    event = make_event(capacity=500, max_party_size=1)
    session = make_session(event, capacity=10)

    results = run_in_threads(racing_calls(event, [session], 100))

    assert [result for result in results if isinstance(result, BaseException)] == []
    assert statuses(session) == {Status.CONFIRMED: 10, Status.WAITING: 90}
    # First come, first served within the session.
    confirmed = Registration.objects.filter(session=session, status=Status.CONFIRMED)
    waiting = Registration.objects.filter(session=session, status=Status.WAITING)
    assert max(confirmed.values_list("created_at", flat=True)) <= min(
        waiting.values_list("created_at", flat=True)
    )


@pytest.mark.usefixtures("patient_lock")
def test_racing_for_two_sessions_at_once_fills_each_exactly(make_event, make_session):
    event = make_event(capacity=500, max_party_size=1)
    day_one, day_two = make_session(event, capacity=10), make_session(event, capacity=5)

    results = run_in_threads(racing_calls(event, [day_one, day_two], 60))

    assert [result for result in results if isinstance(result, BaseException)] == []
    assert statuses(day_one) == {Status.CONFIRMED: 10, Status.WAITING: 50}
    assert statuses(day_two) == {Status.CONFIRMED: 5, Status.WAITING: 55}


def test_negative_control_without_the_lock_the_session_overbooks(
    make_event, make_session, monkeypatch
):
    # Production has no switch for this: the lock is left out here only.
    monkeypatch.setattr(session_services, "lock_event_capacity", lambda event_id: None)
    event = make_event(capacity=500, max_party_size=1)
    session = make_session(event, capacity=10)

    run_in_threads(racing_calls(event, [session], 100))

    confirmed = Registration.objects.filter(session=session, status=Status.CONFIRMED).count()
    assert confirmed > 10, "the race was not seen: the test could not detect overbooking"
