import pytest
from django.utils import timezone, translation

from participation.registrations import services
from participation.registrations.checkin import CheckInStatus, check_in
from participation.registrations.models import CheckIn, ParticipationRecord
from tests.factories import StaffUserFactory
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return StaffUserFactory()


def test_a_confirmed_ticket_is_checked_in_once(event, staff):
    registration = register(event)
    at = timezone.make_aware(
        timezone.datetime(2026, 10, 3, 9, 41), timezone.get_fixed_timezone(540)
    )

    first = check_in(token=registration.ticket_token, event=event, staff=staff, now=at)
    retried = check_in(token=registration.ticket_token, event=event, staff=staff)

    assert first.status == CheckInStatus.CHECKED_IN
    assert retried.status == CheckInStatus.ALREADY_CHECKED_IN
    assert retried.checked_in_at == at
    with translation.override("en"):
        assert retried.message == "Already checked in at 09:41."
    assert CheckIn.objects.get().checked_in_by == staff
    kinds = ParticipationRecord.objects.filter(kind=ParticipationRecord.Kind.CHECKED_IN)
    assert kinds.count() == 1


def test_a_translation_of_the_event_checks_in_the_same_tickets(event, vietnamese_event, staff):
    registration = register(event)

    result = check_in(token=registration.ticket_token, event=vietnamese_event, staff=staff)

    assert result.status == CheckInStatus.CHECKED_IN


def test_a_cancelled_ticket(event, staff):
    registration = register(event)
    services.cancel_registration(registration=registration)

    result = check_in(token=registration.ticket_token, event=event, staff=staff)

    assert result.status == CheckInStatus.CANCELLED
    assert CheckIn.objects.count() == 0


def test_a_waiting_ticket_is_not_confirmed(event, staff):
    register(event), register(event)
    waiting = register(event)

    result = check_in(token=waiting.ticket_token, event=event, staff=staff)

    assert result.status == CheckInStatus.NOT_CONFIRMED


def test_a_ticket_for_another_event(event, make_event, staff):
    other = register(make_event(slug="other"))

    result = check_in(token=other.ticket_token, event=event, staff=staff)

    assert result.status == CheckInStatus.NOT_FOR_THIS_EVENT
    assert result.registration is None  # nothing about the other event is shown


@pytest.mark.parametrize("token", ["", "1", "x" * 500, "not-a-real-code"])
def test_unknown_codes(event, staff, token):
    register(event)

    result = check_in(token=token, event=event, staff=staff)

    assert result.status == CheckInStatus.UNKNOWN_CODE
    assert str(result.message)
