"""Reads for the offline check-in app: the ticket list a device downloads, and the conflicts
and refused late scans shown to staff.

The list holds only what the door needs: a hash of each ticket code (never the code, which is
the personal link's credential), the party size, the name's first letter for staff to confirm
and whether the ticket is checked in. The hash is SHA-256 of "<salt>:<code>" with a salt of
the event's own, so a list reveals no code and one event's hashes match no other's. The
device hashes a scanned code the same way (SubtleCrypto) to find it in the list.
"""

import hashlib
import hmac
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from cms.calendar import SEOUL
from cms.models import EventPage

from .models import CheckIn, CheckInConflict, OfflineScan, Registration

Status = Registration.Status
# The sync's result for a scan made after the list expired (services/offline_sync.py).
AFTER_EXPIRY = "after_expiry"


def list_salt(event: EventPage) -> str:
    """The event's salt: derived from SECRET_KEY, so nothing is stored and it cannot be
    guessed without the key; `event` is the default-language page."""
    message = f"offline-check-in:{event.pk}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]


def code_hash(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


def list_expires_at(event: EventPage) -> datetime:
    """The end of the event's last day, Seoul time: after it no device may download the list
    (and the app deletes its copy)."""
    last_day = timezone.localtime(event.ends_at or event.starts_at, SEOUL).date()
    return datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=SEOUL)


def masked_initial(name: str) -> str:
    """ "김민지" → "김**": enough for staff to tell a ticket from the person holding it."""
    name = (name or "").strip()
    return (name[:1] + "*" * min(len(name) - 1, 3)) if name else ""


def ticket_list(*, event: EventPage, now=None) -> dict:
    """The download for `event` (the default-language page): confirmed tickets and tickets
    already checked in, in one query."""
    now = now or timezone.now()
    salt = list_salt(event)
    rows = (
        Registration.objects.filter(event=event, status=Status.CONFIRMED)
        .annotate(checked_in=Exists(CheckIn.objects.filter(registration=OuterRef("pk"))))
        .order_by("pk")
        .values_list("ticket_token", "name", "party_size", "checked_in", "session__title")
    )
    return {
        "event": event.pk,
        "salt": salt,
        "generated_at": now.isoformat(),
        "expires_at": list_expires_at(event).isoformat(),
        "tickets": [
            {
                "hash": code_hash(salt, token),
                "initial": masked_initial(name),
                "party_size": party_size,
                "checked_in": checked_in,
                # At an event with sessions, the session the ticket is for (one per session).
                **({"session": session} if session else {}),
            }
            for token, name, party_size, checked_in, session in rows
        ],
    }


def tokens_by_hash(*, event: EventPage) -> dict[str, str]:
    """{hash: ticket code} of every registration of `event`, to turn a synced hash back into
    the code the check-in service takes."""
    salt = list_salt(event)
    tokens = Registration.objects.filter(event=event).values_list("ticket_token", flat=True)
    return {code_hash(salt, token): token for token in tokens}


def check_in_conflicts(*, event_id: int):
    """Every conflict of the event: open ones first (newest first), then resolved ones
    (latest resolved first)."""
    return (
        CheckInConflict.objects.filter(registration__event_id=event_id)
        .select_related("registration", "scan", "scan__synced_by", "resolved_by")
        .order_by(F("resolved_at").desc(nulls_first=True), "-recorded_at", "-pk")
    )


def open_check_in_conflicts(*, event_id: int):
    """The conflicts staff have not marked resolved: the ones counted as open."""
    return CheckInConflict.objects.filter(registration__event_id=event_id, resolved_at__isnull=True)


def scans_after_expiry(*, event_id: int):
    """Offline check-ins refused at sync because they were scanned after the list expired."""
    return (
        OfflineScan.objects.filter(event_id=event_id, result=AFTER_EXPIRY)
        .select_related("registration", "synced_by")
        .order_by("-scanned_at", "-pk")
    )
