"""Reads for the resident's status page, the staff queue and the API."""

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from .codes import normalize_tracking_code
from .models import Attachment, FeedbackItem, Message, ServiceCategory


def item_by_tracking_code(typed: str) -> FeedbackItem | None:
    code = normalize_tracking_code(typed)
    if code is None:
        return None
    return (
        FeedbackItem.objects.select_related("category", "duplicate_of")
        .filter(tracking_code=code)
        .first()
    )


def resident_conversation(item: FeedbackItem) -> list[Message]:
    """What the resident sees: every message but internal notes, with its attachments."""
    return list(
        item.messages.filter(is_internal=False).prefetch_related(
            Prefetch("attachments", queryset=Attachment.objects.order_by("pk"))
        )
    )


def staff_conversation(item: FeedbackItem) -> list[Message]:
    return list(item.messages.select_related("author_user").prefetch_related("attachments"))


def status_history(item: FeedbackItem):
    return item.status_changes.all()


def active_categories() -> QuerySet[ServiceCategory]:
    return ServiceCategory.objects.filter(is_active=True).select_related("department")


def overdue_q(now=None) -> Q:
    now = now or timezone.now()
    return Q(status__in=FeedbackItem.OPEN_STATUSES, due_at__lt=now)


def first_message(item: FeedbackItem) -> Message | None:
    return item.messages.filter(author=Message.Author.RESIDENT).order_by("pk").first()
