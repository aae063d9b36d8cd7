"""Demo activity for `make run`: what people did on the portal since 2024, so that the KPI
dashboard has a story to tell right after the demo content is loaded.

- editions.py: every demo edition that is over, played out through the registration services
  with `now=` — registrations, waitlist offers, cancellations, reminders, check-ins, survey
  invitations —, then survey answers and registrants' questions and comments about the
  edition; people return from edition to edition.
- feedback.py: residents' feedback in seven languages over the demo service categories, with
  staff answers in Korean, mostly within the SLA.
- proposals.py: the Multilingual Governance Day proposal round, in seven languages, with
  supports, comments and staff answers at every status.
- conversations.py: one feedback item's timeline, played through the feedback services by the
  office staff (people.py).
- offline.py: the emails the services queue for demo people are never delivered, and no
  message is sent to a translation provider.

Deterministic: every draw comes from a generator seeded by what it is about (an edition, a
day), so the same day gives the same data. Idempotent: demo people write from
demo-…@example.org; an edition with demo registrations and a feedback item whose address is
present are left alone, so a second run adds nothing.
"""

from collections.abc import Callable, Iterator
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from cms.models import EventPage
from participation.feedback.models import Department, FeedbackItem, ServiceCategory
from participation.proposals.models import Proposal
from participation.registrations.models import CheckIn, Registration

from .common import DEMO_START, demo_email_filter
from .conversations import play_items
from .editions import EditionPlayer, PlannedEdition
from .feedback import plan_feedback
from .offline import nothing_sent_out
from .people import office_staff
from .proposals import play_proposals

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
    done = set(
        Registration.objects.filter(**demo_email_filter("email")).values_list("event_id", flat=True)
    )
    player = EditionPlayer(
        programs=programs, events_category=categories[EVENTS_CATEGORY], done=done, now=now
    )
    editions: list[PlannedEdition] = []
    steps = [
        *[(event.slug, lambda e=event: editions.append(player.play(e))) for event in events],
        ("feedback", lambda: _write_feedback(editions, categories, done=done, now=now)),
        ("proposals", lambda: _write_proposals(now=now)),
    ]
    with transaction.atomic(), nothing_sent_out():
        for _label, step in progress(steps):
            step()
    return demo_activity_counts()


def _write_feedback(editions: list[PlannedEdition], categories: dict, *, done: set, now) -> None:
    general = plan_feedback(
        categories=categories,
        routing=dict(Department.objects.values_list("code", "pk")),
        event_items=[item for edition in editions for item in edition.feedback],
        now=now,
    )
    present = set(
        FeedbackItem.objects.filter(**demo_email_filter("contact_email")).values_list(
            "contact_email", flat=True
        )
    )
    new_items = [
        item for edition in editions if edition.event.pk not in done for item in edition.feedback
    ]
    new_items += [item for item in general if item.contact_email not in present]
    with office_staff() as staff:
        play_items(new_items, staff=staff)


def _write_proposals(*, now) -> None:
    with office_staff() as staff:
        play_proposals(staff=staff, now=now)


def demo_activity_counts() -> dict[str, int]:
    registrations = Registration.objects.filter(**demo_email_filter("email"))
    return {
        "registrations": registrations.count(),
        "check-ins": CheckIn.objects.filter(registration__in=registrations).count(),
        "feedback items": FeedbackItem.objects.filter(
            Q(**demo_email_filter("contact_email")) | Q(registration__in=registrations)
        ).count(),
        "proposals": Proposal.objects.filter(**demo_email_filter("author__email")).count(),
    }
