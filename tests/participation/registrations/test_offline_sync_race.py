"""Two devices syncing the same ticket at the same moment, from separate PostgreSQL
connections: one check-in counts, the other is the conflict; and one device's retry racing
its own first send records the item once."""

import os

import pytest
from django.utils import timezone

from participation.registrations.check_in_list import code_hash, list_salt
from participation.registrations.models import CheckIn, CheckInConflict, OfflineScan
from participation.registrations.services.offline_sync import (
    OfflineCheckIn,
    sync_offline_check_ins,
)
from tests.factories import RegistrationFactory, StaffUserFactory
from tests.participation.registrations.test_concurrency import run_in_threads

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="row locks and concurrent connections need PostgreSQL (set DATABASE_URL)",
    ),
    pytest.mark.django_db(transaction=True),
]


def item(event, registration, device, client="1"):
    return OfflineCheckIn(
        device_id=device,
        client_id=client,
        scanned_at=timezone.now(),
        code_hash=code_hash(list_salt(event), registration.ticket_token),
    )


def test_two_devices_racing_at_sync_count_once_and_flag_one_conflict(event):
    staff = StaffUserFactory()
    registration = RegistrationFactory(event=event)
    sends = [item(event, registration, device) for device in ("phone-a", "phone-b")]

    results = run_in_threads(
        [
            lambda send=send: sync_offline_check_ins(event=event, check_ins=[send], staff=staff)
            for send in sends
        ]
    )

    assert sorted(result[0].result for result in results) == ["checked_in", "conflict"]
    assert CheckIn.objects.count() == 1
    conflict = CheckInConflict.objects.get()
    assert {conflict.first_device_id, conflict.scan.device_id} == {"phone-a", "phone-b"}


def test_a_retry_racing_the_first_send_records_the_item_once(event):
    staff = StaffUserFactory()
    registration = RegistrationFactory(event=event)
    send = item(event, registration, "phone-a")

    results = run_in_threads(
        [lambda: sync_offline_check_ins(event=event, check_ins=[send], staff=staff)] * 2
    )

    assert sorted((r[0].result, r[0].replayed) for r in results) == [
        ("checked_in", False),
        ("checked_in", True),
    ]
    assert (CheckIn.objects.count(), OfflineScan.objects.count()) == (1, 1)
    assert CheckInConflict.objects.count() == 0
