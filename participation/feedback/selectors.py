"""Reads for the resident's status page, the staff queue and the API."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Left
from django.utils import timezone

from . import conf
from .codes import normalize_tracking_code
from .models import (
    AWAITING_STATUSES,
    Attachment,
    FeedbackItem,
    Message,
    ServiceCategory,
    TranslationStatus,
)

# How much of the first message a queue row shows.
PREVIEW_LENGTH = 300


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


# --- the staff queue ---------------------------------------------------------------------


def queue_rows(items):
    """`items` with what a queue row shows: the first resident message's text and Korean
    translation (shortened), and whether any message waits for a translation."""
    first = Message.objects.filter(item=OuterRef("pk"), author=Message.Author.RESIDENT).order_by(
        "pk"
    )
    conversation = Message.objects.filter(item=OuterRef("pk"), is_internal=False)
    return items.select_related("category", "department").annotate(
        first_text=Subquery(first.annotate(head=Left("text", PREVIEW_LENGTH)).values("head")[:1]),
        first_translation=Subquery(
            first.annotate(head=Left("translated_text", PREVIEW_LENGTH)).values("head")[:1]
        ),
        first_translation_status=Subquery(first.values("translation_status")[:1]),
        needs_manual_translation=Exists(
            conversation.filter(translation_status=TranslationStatus.NEEDS_MANUAL)
        ),
        translation_pending=Exists(
            conversation.filter(translation_status=TranslationStatus.PENDING)
        ),
    )


def status_counts(items, *, now) -> dict:
    counts = dict(items.order_by().values_list("status").annotate(count=Count("pk")))
    return {
        "statuses": [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in FeedbackItem.Status.choices
        ],
        "overdue": items.filter(overdue_q(now)).count(),
    }


# --- replies awaiting translation ----------------------------------------------------------


def replies_awaiting_translation(items) -> QuerySet[Message]:
    """Staff replies on `items` the resident cannot read yet, oldest first."""
    return (
        Message.objects.filter(
            item__in=items,
            author=Message.Author.STAFF,
            is_internal=False,
            translation_status__in=AWAITING_STATUSES,
        )
        .select_related("item", "author_user")
        .order_by("created_at", "pk")
    )


def translation_overdue_before(now=None):
    """Replies written before this moment are overdue for their translation."""
    return (now or timezone.now()) - conf.translation_due_period()
