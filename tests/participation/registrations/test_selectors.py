import pytest

from participation.registrations import selectors, services
from participation.registrations.checkin import check_in
from tests.factories import StaffUserFactory
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db


def test_counts_per_status_and_check_ins(event):
    first = register(event)
    register(event)
    register(event)  # waiting
    services.cancel_registration(registration=first)  # the waiting one is offered
    late = register(event, email="late@example.org")
    check_in(token=late.ticket_token, event=event, staff=StaffUserFactory())

    counts = selectors.registration_counts(event_id=event.pk)

    assert counts["confirmed"] == 1
    assert counts["offered"] == 1
    assert counts["waiting"] == 1
    assert counts["cancelled"] == 1
    assert counts["checked_in"] == 0  # `late` waits: no check-in


def test_interpretation_requests_count_places_held(event):
    register(event, interpretation_language="vi", party_size=2)
    register(event, interpretation_language="ja", party_size=1, email="waits@example.org")
    register(event, interpretation_language="vi", email="w2@example.org")  # waiting

    assert selectors.interpretation_requests(event_id=event.pk) == {"vi": 2}


def test_the_event_in_the_registrants_language_or_the_source(event, vietnamese_event):
    assert selectors.localized_event(event, "vi") == vietnamese_event
    assert selectors.localized_event(event, "ja") == event
    assert selectors.source_event(vietnamese_event) == event


def test_free_places_count_confirmed_and_offered_party_sizes_only(make_event):
    event = make_event(capacity=10)
    first = register(event, party_size=3)
    register(event, party_size=4)
    services.cancel_registration(registration=first)
    register(event, party_size=2)  # 6 held
    register(event, party_size=4)  # exactly the 4 places left
    register(event, party_size=1)  # waits, holds nothing

    free, starts_at = selectors.free_places_and_start(event_id=event.pk)

    assert free == 0
    assert starts_at == event.starts_at


def test_free_places_go_below_zero_when_the_capacity_was_lowered(make_event):
    event = make_event(capacity=3)
    register(event, party_size=3)
    event.capacity = 1
    event.save_revision().publish()

    assert selectors.free_places_and_start(event_id=event.pk)[0] == -2


def test_the_duplicate_check_matches_the_email_in_any_case_and_only_active_ones(event):
    registration = register(event, email="Minji.Kim@Example.org")

    found = selectors.active_registration_for(event_id=event.pk, email="minji.kim@EXAMPLE.ORG")
    services.cancel_registration(registration=registration)

    assert found == registration
    assert selectors.active_registration_for(event_id=event.pk, email=registration.email) is None
