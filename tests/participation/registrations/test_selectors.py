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
