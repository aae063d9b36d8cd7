"""An item's status change with its timestamps and history row, shared by every writer."""

from django.utils import timezone

from ..models import FeedbackItem, StatusChange

Status = FeedbackItem.Status


def change_status_quietly(*, item: FeedbackItem, status: str, user=None, now=None) -> None:
    """Record the status change and its timestamps (no email). Inside the caller's transaction."""
    now = now or timezone.now()
    previous = item.status
    item.status = status
    if status in FeedbackItem.FINAL_STATUSES:
        item.closed_at = now
    else:
        item.closed_at = None
    if status in (Status.ANSWERED, Status.CLOSED) and item.first_answered_at is None:
        item.first_answered_at = now
    item.save()
    StatusChange.objects.create(
        item=item, from_status=previous, to_status=status, changed_by=user, changed_at=now
    )
