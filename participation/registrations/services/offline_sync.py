"""Sync of the offline check-in app: each device sends the check-ins it queued while offline.

Every item is decided by the check-in service (checkin.check_in), as a scan at the door is, and
stored as an OfflineScan under the device's (device_id, client_id): a retried batch finds its
rows and answers the stored results again, changing nothing. A ticket that is already checked
in when a device syncs its own check-in of it was let in twice: the first check-in counts, the
second is recorded as a CheckInConflict for staff. The same device sending a ticket twice is
only a repeat, not a conflict.

The late sync rule: what decides is when the ticket was scanned (the device's time), not when
it arrives. A scan made before the list expired (check_in_list.list_expires_at) counts however
late it is synced; a scan made at or after the expiry is refused as AFTER_EXPIRY and stored,
so staff see it, without checking anyone in. The scan time is the device's, but never later
than the sync that brings it.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.models import EventPage

from ..check_in_list import AFTER_EXPIRY, list_expires_at, tokens_by_hash
from ..checkin import CheckInStatus, check_in
from ..models import CheckInConflict, OfflineScan
from ..selectors import registration_by_token, source_event

CONFLICT = "conflict"


@dataclass(frozen=True)
class OfflineCheckIn:
    """One queued check-in as the device sent it: the code's hash (or, typed, the code)."""

    device_id: str
    client_id: str
    scanned_at: datetime
    code_hash: str = ""
    code: str = ""


@dataclass(frozen=True)
class SyncResult:
    client_id: str
    result: str
    replayed: bool = False


def sync_offline_check_ins(
    *, event: EventPage, check_ins: list[OfflineCheckIn], staff, now=None
) -> list[SyncResult]:
    """Record `check_ins` at `event` (any language version), each in a transaction of its own
    so that one ticket's row lock is never held while the rest of the batch runs."""
    now = now or timezone.now()
    source = source_event(event)
    tokens = tokens_by_hash(event=source)
    expires_at = list_expires_at(source)
    return [_sync_one(source, item, tokens, staff, now, expires_at) for item in check_ins]


def _sync_one(event, item: OfflineCheckIn, tokens: dict, staff, now, expires_at) -> SyncResult:
    with transaction.atomic():
        try:
            # Claim the client id first: a concurrent retry of the same item waits here on
            # the unique index and then replays this one's result.
            with transaction.atomic():
                scan = OfflineScan.objects.create(
                    event=event,
                    device_id=item.device_id,
                    client_id=item.client_id,
                    scanned_at=item.scanned_at,
                    result="",
                    synced_at=now,
                    synced_by=staff,
                )
        except IntegrityError:
            stored = OfflineScan.objects.get(
                event=event, device_id=item.device_id, client_id=item.client_id
            )
            return SyncResult(item.client_id, stored.result, replayed=True)
        token = item.code or tokens.get(item.code_hash, "")
        # A scan cannot have been made after it arrived (a device clock running fast).
        if min(item.scanned_at, now) >= expires_at:
            return _refused_after_expiry(scan, event, token)
        # The time the person came in, not the time the device got a network back.
        answer = check_in(token=token, event=event, staff=staff, now=min(item.scanned_at, now))
        scan.registration = answer.registration
        scan.result = answer.status.value
        if answer.status == CheckInStatus.ALREADY_CHECKED_IN:
            scan.result = _conflict_or_repeat(scan, answer.checked_in_at, now)
        scan.save(update_fields=["registration", "result"])
    return SyncResult(item.client_id, scan.result)


def _conflict_or_repeat(scan: OfflineScan, first_at, now) -> str:
    first = (
        OfflineScan.objects.filter(
            registration=scan.registration, result=CheckInStatus.CHECKED_IN.value
        )
        .exclude(pk=scan.pk)
        .first()
    )
    if first is not None and first.device_id == scan.device_id:
        return CheckInStatus.ALREADY_CHECKED_IN.value
    CheckInConflict.objects.create(
        registration=scan.registration,
        scan=scan,
        first_device_id=first.device_id if first else "",
        first_checked_in_at=first_at,
        recorded_at=now,
    )
    return CONFLICT


def _refused_after_expiry(scan: OfflineScan, event, token: str) -> SyncResult:
    registration = registration_by_token(token) if token else None
    if registration is not None and registration.event_id == event.pk:
        scan.registration = registration
    scan.result = AFTER_EXPIRY
    scan.save(update_fields=["registration", "result"])
    return SyncResult(scan.client_id, scan.result)
