"""Reads for the API: active services with their definitions, and feedback items as public
service requests (with the resident's first message and the latest staff reply, never an
internal note)."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Subquery

from participation.feedback.models import (
    READABLE_STATUSES,
    FeedbackItem,
    Kind,
    Message,
    ServiceAttribute,
    ServiceAttributeValue,
    ServiceCategory,
)
from participation.feedback.selectors import active_categories

from . import conf

Status = FeedbackItem.Status


def services() -> QuerySet[ServiceCategory]:
    return active_categories().annotate(
        has_attributes=Exists(ServiceAttribute.objects.filter(category=OuterRef("pk")))
    )


def service_with_definition(code: str) -> ServiceCategory | None:
    """An active service and its attributes with their answer options."""
    return (
        services()
        .prefetch_related(
            Prefetch(
                "attributes",
                queryset=ServiceAttribute.objects.order_by("order", "code").prefetch_related(
                    Prefetch("values", queryset=ServiceAttributeValue.objects.order_by("pk"))
                ),
            )
        )
        .filter(code=code)
        .first()
    )


@dataclass(frozen=True)
class RequestSearch:
    """GET requests' filters, checked (see params.read_search)."""

    ids: tuple[int, ...] | None = None  # None: not searching by id
    service_codes: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    statuses: tuple[str, ...] = ()  # "open", "closed"


def public_requests() -> QuerySet[FeedbackItem]:
    """Items that are Open311 service requests: every kind residents send about a service
    (event survey answers are not), newest first, with the texts the API shows."""
    resident_messages = Message.objects.filter(
        item=OuterRef("pk"), author=Message.Author.RESIDENT
    ).order_by("pk")
    # Only replies the resident can read count: one waiting for its translation is not out yet.
    staff_replies = Message.objects.filter(
        item=OuterRef("pk"),
        author=Message.Author.STAFF,
        is_internal=False,
        translation_status__in=READABLE_STATUSES,
    ).order_by("-created_at", "-pk")
    return (
        FeedbackItem.objects.filter(category__isnull=False)
        .exclude(kind=Kind.EVENT_SURVEY)
        .select_related("category", "department")
        .annotate(
            first_resident_text=Subquery(resident_messages.values("text")[:1]),
            latest_reply_id=Subquery(staff_replies.values("pk")[:1]),
        )
        .order_by("-created_at", "-pk")
    )


def search_requests(search: RequestSearch) -> list[FeedbackItem]:
    """At most conf.MAX_REQUESTS items. Ids, when given, override every other filter (spec)."""
    items = public_requests()
    if search.ids is not None:
        items = items.filter(pk__in=search.ids)
    else:
        if search.service_codes:
            items = items.filter(category__code__in=search.service_codes)
        if search.start is not None:
            items = items.filter(created_at__gte=search.start)
        if search.end is not None:
            items = items.filter(created_at__lte=search.end)
        if set(search.statuses) == {"open"}:
            items = items.filter(status__in=FeedbackItem.OPEN_STATUSES)
        elif set(search.statuses) == {"closed"}:
            items = items.exclude(status__in=FeedbackItem.OPEN_STATUSES)
    return with_latest_replies(list(items[: conf.MAX_REQUESTS]))


def parse_public_id(value: str) -> int | None:
    """The item id in a service_request_id, if it can be one (a database integer)."""
    value = value.strip()
    return int(value) if value.isdigit() and len(value) <= 18 else None


def request_by_id(public_id: str) -> FeedbackItem | None:
    pk = parse_public_id(public_id)
    item = public_requests().filter(pk=pk).first() if pk is not None else None
    return with_latest_replies([item])[0] if item else None


def with_latest_replies(items: list[FeedbackItem]) -> list[FeedbackItem]:
    """Set `latest_reply` (a staff Message or None) on each item, in one query."""
    reply_ids = [item.latest_reply_id for item in items if item.latest_reply_id]
    replies = Message.objects.only(
        "text", "translated_text", "translation_language", "translation_status"
    ).in_bulk(reply_ids)
    for item in items:
        item.latest_reply = replies.get(item.latest_reply_id)
    return items
