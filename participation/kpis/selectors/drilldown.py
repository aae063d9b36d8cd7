"""Staff drill-down: categories, a program's editions and schedule, and the feedback items
behind a figure. Counts come from the roll-ups; only the item list reads items (paginated, and
only those the staff member may see)."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Sum, Value
from django.db.models.functions import Coalesce

from cms.models import ProgramPage
from participation.feedback.models import ServiceCategory
from participation.feedback.permissions import visible_items

from ..formulas import Display, ratio
from ..models import EventRollup, FeedbackMonthly
from ..periods import Period, PeriodKind
from ..presentation import format_value
from .schedule import program_schedules
from .totals import FEEDBACK_SUMS

SECONDS_PER_DAY = 86400


def year_period(year: int) -> Period:
    return Period.containing(PeriodKind.YEAR, date(year, 1, 1))


def category_rows(*, year: int, program_id: int | None = None) -> list[dict]:
    """Per category (and a row for items without one): volumes, timeliness and ratings."""
    rollup = FeedbackMonthly.objects.filter(month__in=year_period(year).months)
    if program_id is not None:
        rollup = rollup.filter(program_id=program_id)
    groups = (
        rollup.annotate(code=Coalesce("category__code", Value("")))
        .values("code")
        .annotate(**FEEDBACK_SUMS)
        .order_by("code")
    )
    names = {c.code: c.name for c in ServiceCategory.objects.all()}
    rows = []
    for group in groups:
        rows.append(
            {
                "code": group["code"],
                "name": names.get(group["code"], group["code"]),
                "received": group["received"] or 0,
                "on_time": format_value(
                    ratio(group["due_answered_on_time"], group["due"]), Display.SHARE
                ),
                "response_days": format_value(
                    ratio((group["response_seconds"] or 0) / SECONDS_PER_DAY, group["answered"]),
                    Display.DAYS,
                ),
                "resolution_days": format_value(
                    ratio((group["resolution_seconds"] or 0) / SECONDS_PER_DAY, group["finished"]),
                    Display.DAYS,
                ),
                "rating": format_value(ratio(group["rating_sum"], group["rated"]), Display.NUMBER),
                "rated": group["rated"] or 0,
            }
        )
    return rows


def program_events(*, program: ProgramPage, year: int) -> list[dict]:
    editions = (
        EventRollup.objects.filter(program=program, month__in=year_period(year).months)
        .select_related("event")
        .order_by("starts_at")
    )
    return [
        {
            "event": edition.event,
            "title": edition.event.title if edition.event else "—",
            "starts_at": edition.starts_at,
            "confirmed": edition.confirmed,
            "checked_in": edition.checked_in,
            "participants": edition.checked_in_people,
            "attendance": format_value(ratio(edition.checked_in, edition.confirmed), Display.SHARE),
            "foreign": format_value(
                ratio(edition.foreign_checked_in, edition.nationality_known), Display.SHARE
            ),
        }
        for edition in editions
    ]


@dataclass(frozen=True)
class SlotRow:
    month: date
    held: bool


def program_slots(*, program: ProgramPage, year: int, now: datetime) -> list[SlotRow]:
    for schedule in program_schedules(period=year_period(year), now=now):
        if schedule.program_id == program.pk:
            return [SlotRow(slot.start, held) for slot, held in schedule.slots]
    return []


def program_participation(*, program: ProgramPage, year: int) -> dict:
    totals = EventRollup.objects.filter(
        program=program, month__in=year_period(year).months
    ).aggregate(
        confirmed=Sum("confirmed"),
        checked_in=Sum("checked_in"),
        participants=Sum("checked_in_people"),
    )
    return {name: value or 0 for name, value in totals.items()}


def feedback_items(*, user, year: int, month: int | None = None, **filters):
    """The items the staff member may see, received in the year (or month), newest first.
    `filters`: category (code, '' for none), program, event (ids), kind."""
    period = year_period(year)
    if month:
        period = Period.containing(PeriodKind.MONTH, date(year, month, 1))
    items = visible_items(user).filter(
        created_at__gte=period.starts_at, created_at__lt=period.ends_at
    )
    if "category" in filters and filters["category"] is not None:
        code = filters["category"]
        items = items.filter(category__code=code) if code else items.filter(category=None)
    for name in ("program", "event"):
        if filters.get(name):
            items = items.filter(**{f"{name}_id": filters[name]})
    if filters.get("kind"):
        items = items.filter(kind=filters["kind"])
    return items.select_related("category", "program", "event").order_by("-created_at", "-pk")
