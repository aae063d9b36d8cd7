"""The sync of the offline check-in app (services/offline_sync.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from participation.registrations.check_in_list import (
    code_hash,
    list_expires_at,
    list_salt,
    scans_after_expiry,
)
from participation.registrations.models import (
    CheckIn,
    CheckInConflict,
    OfflineScan,
    ParticipationRecord,
)
from participation.registrations.services.offline_sync import (
    OfflineCheckIn,
    sync_offline_check_ins,
)
from tests.factories import RegistrationFactory, StaffUserFactory
from tests.participation.registrations.helpers import attend

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return StaffUserFactory()


def scan(event, registration, *, device="phone-a", client="1", minutes_ago=10, **extra):
    return OfflineCheckIn(
        device_id=device,
        client_id=client,
        scanned_at=timezone.now() - timedelta(minutes=minutes_ago),
        code_hash=code_hash(list_salt(event), registration.ticket_token),
        **extra,
    )


def test_a_synced_check_in_counts_at_the_time_it_was_scanned(event, staff):
    registration = RegistrationFactory(event=event)
    item = scan(event, registration, minutes_ago=30)

    (result,) = sync_offline_check_ins(event=event, check_ins=[item], staff=staff)

    assert (result.client_id, result.result, result.replayed) == ("1", "checked_in", False)
    check_in = CheckIn.objects.get()
    assert check_in.registration == registration and check_in.checked_in_by == staff
    assert check_in.checked_in_at == item.scanned_at
    assert ParticipationRecord.objects.filter(kind="checked_in").count() == 1
    assert OfflineScan.objects.get().registration == registration


def test_retrying_the_same_batch_changes_nothing(event, staff):
    registrations = [RegistrationFactory(event=event) for _ in range(3)]
    batch = [scan(event, r, client=str(n)) for n, r in enumerate(registrations)]

    first = sync_offline_check_ins(event=event, check_ins=batch, staff=staff)
    again = sync_offline_check_ins(event=event, check_ins=batch, staff=staff)

    assert [r.result for r in first] == ["checked_in"] * 3
    assert [(r.result, r.replayed) for r in again] == [("checked_in", True)] * 3
    assert CheckIn.objects.count() == 3
    assert OfflineScan.objects.count() == 3
    assert CheckInConflict.objects.count() == 0
    assert ParticipationRecord.objects.filter(kind="checked_in").count() == 3


def test_one_ticket_from_two_devices_counts_once_and_is_a_conflict(event, staff):
    registration = RegistrationFactory(event=event)
    on_a = scan(event, registration, device="phone-a", minutes_ago=20)
    on_b = scan(event, registration, device="phone-b", minutes_ago=5)

    sync_offline_check_ins(event=event, check_ins=[on_a], staff=staff)
    (result,) = sync_offline_check_ins(event=event, check_ins=[on_b], staff=staff)
    (retried,) = sync_offline_check_ins(event=event, check_ins=[on_b], staff=staff)

    assert result.result == "conflict" and (retried.result, retried.replayed) == ("conflict", True)
    assert CheckIn.objects.get().checked_in_at == on_a.scanned_at
    conflict = CheckInConflict.objects.get()
    assert conflict.registration == registration
    assert conflict.first_device_id == "phone-a"
    assert conflict.first_checked_in_at == on_a.scanned_at
    assert (conflict.scan.device_id, conflict.scan.scanned_at) == ("phone-b", on_b.scanned_at)


def test_a_ticket_checked_in_on_the_page_then_offline_is_a_conflict(event, staff):
    registration = attend(event)

    (result,) = sync_offline_check_ins(
        event=event, check_ins=[scan(event, registration)], staff=staff
    )

    assert result.result == "conflict"
    assert CheckInConflict.objects.get().first_device_id == ""


def test_negative_control_the_same_device_twice_is_a_repeat_not_a_conflict(event, staff):
    registration = RegistrationFactory(event=event)
    batch = [scan(event, registration, client="1"), scan(event, registration, client="2")]

    results = sync_offline_check_ins(event=event, check_ins=batch, staff=staff)

    assert [r.result for r in results] == ["checked_in", "already_checked_in"]
    assert CheckIn.objects.count() == 1
    assert CheckInConflict.objects.count() == 0


def test_unknown_cancelled_and_other_events_tickets_are_not_checked_in(event, make_event, staff):
    cancelled = RegistrationFactory(event=event, status="cancelled")
    elsewhere = RegistrationFactory(event=make_event(title="다른 행사", slug="other"))
    batch = [
        scan(event, cancelled, client="1"),
        OfflineCheckIn(
            device_id="phone-a", client_id="2", scanned_at=timezone.now(), code_hash="0" * 64
        ),
        scan(event, elsewhere, client="3"),
        OfflineCheckIn(
            device_id="phone-a",
            client_id="4",
            scanned_at=timezone.now(),
            code=elsewhere.ticket_token,
        ),
    ]

    results = sync_offline_check_ins(event=event, check_ins=batch, staff=staff)

    assert [r.result for r in results] == [
        "cancelled",
        "unknown_code",
        "unknown_code",
        "not_for_this_event",
    ]
    assert CheckIn.objects.count() == 0


def test_a_scan_time_in_the_future_is_taken_as_the_sync_time(event, staff):
    registration = RegistrationFactory(event=event)
    now = timezone.now()

    sync_offline_check_ins(
        event=event, check_ins=[scan(event, registration, minutes_ago=-60)], staff=staff, now=now
    )

    assert CheckIn.objects.get().checked_in_at == now


# --- the late sync rule: the scan time decides, not the sync time ---------------------------


def scan_at(event, registration, moment, *, client="1"):
    return OfflineCheckIn(
        device_id="phone-a",
        client_id=client,
        scanned_at=moment,
        code_hash=code_hash(list_salt(event), registration.ticket_token),
    )


def test_a_scan_before_the_expiry_synced_after_it_still_counts(event, staff):
    registration = RegistrationFactory(event=event)
    expires_at = list_expires_at(event)
    item = scan_at(event, registration, expires_at - timedelta(minutes=1))

    (result,) = sync_offline_check_ins(
        event=event, check_ins=[item], staff=staff, now=expires_at + timedelta(days=2)
    )

    assert result.result == "checked_in"
    assert CheckIn.objects.get().checked_in_at == item.scanned_at


@pytest.mark.parametrize("after", [timedelta(0), timedelta(hours=3)])
def test_a_scan_at_or_after_the_expiry_is_refused_and_kept_for_staff(event, staff, after):
    registration = RegistrationFactory(event=event)
    expires_at = list_expires_at(event)
    item = scan_at(event, registration, expires_at + after)
    now = expires_at + timedelta(days=1)

    (result,) = sync_offline_check_ins(event=event, check_ins=[item], staff=staff, now=now)
    (again,) = sync_offline_check_ins(event=event, check_ins=[item], staff=staff, now=now)

    assert result.result == "after_expiry"
    assert (again.result, again.replayed) == ("after_expiry", True)
    assert CheckIn.objects.count() == 0 and CheckInConflict.objects.count() == 0
    stored = OfflineScan.objects.get()
    assert (stored.result, stored.registration, stored.synced_by) == (
        "after_expiry",
        registration,
        staff,
    )
    assert list(scans_after_expiry(event_id=event.pk)) == [stored]


def test_a_device_clock_running_fast_is_taken_at_the_sync_time(event, staff):
    """A scan cannot have been made after it arrived: a device clock past the expiry at a
    sync before it is read as the sync time, and the check-in counts."""
    registration = RegistrationFactory(event=event)
    expires_at = list_expires_at(event)
    now = expires_at - timedelta(minutes=30)
    item = scan_at(event, registration, expires_at + timedelta(hours=1))

    (result,) = sync_offline_check_ins(event=event, check_ins=[item], staff=staff, now=now)

    assert result.result == "checked_in"
    assert CheckIn.objects.get().checked_in_at == now
