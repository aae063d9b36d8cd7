"""Staff follow up the offline app's conflicts (models.CheckInConflict): a ticket let in twice
is marked resolved with a note of what they found. A resolved conflict stays listed, shown as
resolved, and is no longer counted as open."""

from django.db import transaction
from django.utils import timezone

from ..errors import ConflictAlreadyResolved, NotCheckInStaff, ResolutionNoteMissing
from ..models import CheckInConflict
from ..permissions import may_check_in

MAX_NOTE = 1000


def resolve_check_in_conflict(
    *, conflict: CheckInConflict, staff, note: str, now=None
) -> CheckInConflict:
    """Mark `conflict` resolved by `staff`, who must be allowed to check people in at its
    event. Raises NotCheckInStaff, ResolutionNoteMissing or ConflictAlreadyResolved (the first
    resolution stands)."""
    now = now or timezone.now()
    note = (note or "").strip()[:MAX_NOTE]
    if not note:
        raise ResolutionNoteMissing()
    with transaction.atomic():
        locked = (
            CheckInConflict.objects.select_for_update(of=("self",))
            .select_related("registration__event")
            .get(pk=conflict.pk)
        )
        if not may_check_in(staff, locked.registration.event):
            raise NotCheckInStaff()
        if locked.resolved_at is not None:
            raise ConflictAlreadyResolved()
        locked.resolved_at = now
        locked.resolved_by = staff
        locked.resolution_note = note
        locked.save(update_fields=["resolved_at", "resolved_by", "resolution_note"])
    return locked
