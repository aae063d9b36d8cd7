"""Who may check people in at one event (models.CheckInAssignment). Managed by holders of the
global check-in permission; see permissions.py for how the two combine."""

from django.contrib.auth import get_user_model
from django.db import transaction

from cms.models import EventPage

from ..errors import NotStaffAccount
from ..models import CheckInAssignment
from ..selectors import source_event


def assign_check_in_staff(*, event: EventPage, email: str, assigned_by) -> CheckInAssignment:
    """Let the active staff account with `email` check people in at `event` (any language
    version). Assigning twice changes nothing. Raises NotStaffAccount."""
    user = (
        get_user_model()
        .objects.filter(email__iexact=(email or "").strip(), is_active=True, is_staff=True)
        .first()
    )
    if user is None:
        raise NotStaffAccount()
    with transaction.atomic():
        assignment, _created = CheckInAssignment.objects.get_or_create(
            event=source_event(event), user=user, defaults={"assigned_by": assigned_by}
        )
    return assignment


def remove_check_in_staff(*, event: EventPage, user_id: int) -> None:
    """Withdraw one person's check-in assignment for `event`; removing twice is harmless."""
    with transaction.atomic():
        CheckInAssignment.objects.filter(event=source_event(event), user_id=user_id).delete()
