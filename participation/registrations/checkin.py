"""Staff check-in by ticket code (the QR code holds the personal link's token)."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from cms.calendar import SEOUL
from cms.models import EventPage

from .models import CheckIn, Registration
from .records import Kind, record_participation
from .selectors import registration_by_token, source_event

Status = Registration.Status


class CheckInStatus(models.TextChoices):
    CHECKED_IN = "checked_in", _("Checked in.")
    ALREADY_CHECKED_IN = "already_checked_in", _("Already checked in.")
    CANCELLED = "cancelled", _("This registration was cancelled.")
    NOT_CONFIRMED = "not_confirmed", _("This person is on the waiting list, not confirmed.")
    NOT_FOR_THIS_EVENT = "not_for_this_event", _("This ticket is for another event.")
    UNKNOWN_CODE = "unknown_code", _("Unknown code.")


_already_at = lazy(lambda time: str(_("Already checked in at %(time)s.")) % {"time": time}, str)


@dataclass(frozen=True)
class CheckInResult:
    status: CheckInStatus
    registration: Registration | None = None
    checked_in_at: datetime | None = None

    @property
    def message(self) -> str:
        if self.status == CheckInStatus.ALREADY_CHECKED_IN and self.checked_in_at:
            return _already_at(timezone.localtime(self.checked_in_at, SEOUL).strftime("%H:%M"))
        return self.status.label


def check_in(*, token: str, event: EventPage, staff, now=None) -> CheckInResult:
    """Check a ticket in at `event` (any language version). A repeated scan records nothing
    and answers ALREADY_CHECKED_IN with the time of the first."""
    now = now or timezone.now()
    registration = registration_by_token((token or "").strip())
    if registration is None:
        return CheckInResult(CheckInStatus.UNKNOWN_CODE)
    if registration.event_id != source_event(event).pk:
        return CheckInResult(CheckInStatus.NOT_FOR_THIS_EVENT)
    try:
        with transaction.atomic():
            # Concurrent scans of one ticket queue here; the second sees the first's row.
            registration = (
                Registration.objects.select_for_update(of=("self",))
                .select_related("event", "session")
                .get(pk=registration.pk)
            )
            existing = CheckIn.objects.filter(registration=registration).first()
            if existing is not None:
                return _already(registration, existing)
            if registration.status in (Status.CANCELLED, Status.DECLINED, Status.EXPIRED):
                return CheckInResult(CheckInStatus.CANCELLED, registration)
            if registration.status != Status.CONFIRMED:
                return CheckInResult(CheckInStatus.NOT_CONFIRMED, registration)
            CheckIn.objects.create(
                registration=registration, checked_in_at=now, checked_in_by=staff
            )
            record_participation(kind=Kind.CHECKED_IN, registration=registration, at=now)
    except IntegrityError:
        # The one-to-one constraint: another scan won (only without row locks, e.g. SQLite).
        return _already(registration, CheckIn.objects.get(registration=registration))
    return CheckInResult(CheckInStatus.CHECKED_IN, registration, now)


def _already(registration: Registration, check_in_row: CheckIn) -> CheckInResult:
    return CheckInResult(CheckInStatus.ALREADY_CHECKED_IN, registration, check_in_row.checked_in_at)
