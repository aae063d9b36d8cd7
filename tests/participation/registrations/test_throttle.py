"""Rate limits on registration posts, with the moment injected: every attempt of a test falls
in one fixed-window minute, whatever the real clock says."""

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from participation.registrations.throttle import in_opening_rush, registration_retry_after

OPENS_AT = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)  # 10:00 in Seoul
CARRIER_ADDRESS = "203.0.113.7"  # a mobile carrier's shared (CGNAT) address


def an_event(opens_at=OPENS_AT):
    return SimpleNamespace(translation_key=uuid.uuid4(), registration_opens_at=opens_at)


def attempts(event, *, now, emails, address=CARRIER_ADDRESS):
    return [
        registration_retry_after(event=event, address=address, email=email, now=now)
        for email in emails
    ]


def people(count, prefix="fan"):
    return [f"{prefix}{n}@example.org" for n in range(count)]


@pytest.mark.parametrize(
    ("offset", "rush"),
    [
        (timedelta(seconds=-1), False),
        (timedelta(0), True),
        (timedelta(minutes=59, seconds=59), True),
        (timedelta(minutes=60), False),
    ],
)
def test_the_opening_rush_is_the_first_hour_after_registration_opens(offset, rush):
    assert in_opening_rush(event=an_event(), now=OPENS_AT + offset) is rush


def test_no_opening_time_means_no_rush():
    assert not in_opening_rush(event=an_event(opens_at=None), now=OPENS_AT)


def test_300_people_behind_one_address_register_in_the_opening_minute():
    event = an_event()
    now = OPENS_AT + timedelta(seconds=5)

    answers = attempts(event, now=now, emails=people(300))

    assert answers == [None] * 300
    # The allowance is a limit still: the 301st attempt in that minute waits for the next.
    assert attempts(event, now=now, emails=["late@example.org"]) == [55]


def test_one_email_hammering_is_refused_even_in_the_rush_and_from_many_addresses():
    event = an_event()
    now = OPENS_AT + timedelta(seconds=20)

    answers = [
        registration_retry_after(
            event=event, address=f"198.51.100.{n}", email=" Fan@Example.org ", now=now
        )
        for n in range(7)
    ]

    assert answers == [None] * 5 + [40, 40]
    # Another person behind the same addresses is not held up by it.
    assert attempts(event, now=now, emails=["other@example.org"], address="198.51.100.1") == [None]


def test_one_address_outside_the_first_hour_is_limited_as_before():
    event = an_event()
    now = OPENS_AT + timedelta(hours=1, seconds=30)

    answers = attempts(event, now=now, emails=people(11))

    assert answers == [None] * 10 + [30]


def test_the_rush_allowance_is_for_the_opening_event_only():
    opening, long_open = an_event(), an_event(opens_at=OPENS_AT - timedelta(days=3))
    now = OPENS_AT + timedelta(seconds=10)
    attempts(opening, now=now, emails=people(50))

    answers = attempts(long_open, now=now, emails=people(11, prefix="other"))

    assert answers == [None] * 10 + [50]


def test_the_next_minute_starts_a_new_count():
    event = an_event(opens_at=OPENS_AT - timedelta(days=3))
    now = OPENS_AT + timedelta(seconds=59)
    attempts(event, now=now, emails=people(10))
    assert attempts(event, now=now, emails=["eleventh@example.org"]) == [1]

    assert attempts(event, now=now + timedelta(seconds=1), emails=["next@example.org"]) == [None]
