"""Demo activity for `make run`: what people did on the portal since 2024, so that the KPI
dashboard has a story to tell right after the demo content is loaded.

- editions.py: registrations for every demo edition that is over — confirmed, waitlisted,
  cancelled, offered a place —, check-ins, survey answers, and registrants' questions and
  comments about the edition; people return from edition to edition.
- feedback.py: residents' feedback in seven languages over the demo service categories, with
  staff answers in Korean, mostly within the SLA.
- conversations.py: one feedback item's timeline and the rows it leaves.

Deterministic: every draw comes from a generator seeded by what it is about (an edition, a
day), so the same day gives the same data. Idempotent: demo people write from
demo-…@example.org; an edition with demo registrations and a feedback item whose address is
present are left alone, so a second run adds nothing. Nothing is emailed or translated by a
provider: rows are written directly, with the timestamps of when things happened.
"""

from collections.abc import Callable, Iterator
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from cms.models import EventPage
from participation.feedback.models import Department, FeedbackItem, ServiceCategory
from participation.registrations.models import CheckIn, Registration

from .common import DEMO_START, demo_email_filter
from .conversations import write_items
from .editions import plan_editions, write_edition
from .feedback import plan_feedback

__all__ = ["DEMO_START", "load_demo_activity"]

EVENTS_CATEGORY = "events-programs"
# An edition counts as past a day after it ended: its survey went out and was answered.
PAST_AFTER = timedelta(days=1)


def load_demo_activity(*, progress: Callable[[Iterator], Iterator] = iter) -> dict[str, int]:
    """Write what is missing of the demo activity up to now; returns how many demo
    registrations, check-ins and feedback items there are. Needs the demo content and the
    feedback reference data. `progress` wraps the list of steps (a progress bar)."""
    now = timezone.now()
    categories = {category.code: category for category in ServiceCategory.objects.all()}
    events = list(
        EventPage.objects.filter(
            locale=Locale.get_default(), live=True, ends_at__lte=now - PAST_AFTER
        ).order_by("starts_at", "pk")
    )
    programs = {event.pk: event.get_parent().specific for event in events}
    editions = plan_editions(events, programs, events_category=categories[EVENTS_CATEGORY], now=now)
    general = plan_feedback(
        categories=categories,
        routing=dict(Department.objects.values_list("code", "pk")),
        event_items=[item for edition in editions for item in edition.feedback],
        now=now,
    )

    done = set(
        Registration.objects.filter(**demo_email_filter("email")).values_list("event_id", flat=True)
    )
    new_editions = [edition for edition in editions if edition.event.pk not in done]
    present = set(
        FeedbackItem.objects.filter(**demo_email_filter("contact_email")).values_list(
            "contact_email", flat=True
        )
    )
    new_items = [item for edition in new_editions for item in edition.feedback]
    new_items += [item for item in general if item.contact_email not in present]

    steps = [
        *[
            (edition.event.slug, lambda edition=edition: write_edition(edition))
            for edition in new_editions
        ],
        ("feedback", lambda: write_items(new_items, now=now)),
    ]
    with transaction.atomic():
        for _label, step in progress(steps):
            step()
    return demo_activity_counts()


def demo_activity_counts() -> dict[str, int]:
    registrations = Registration.objects.filter(**demo_email_filter("email"))
    return {
        "registrations": registrations.count(),
        "check-ins": CheckIn.objects.filter(registration__in=registrations).count(),
        "feedback items": FeedbackItem.objects.filter(
            Q(**demo_email_filter("contact_email")) | Q(registration__in=registrations)
        ).count(),
    }
