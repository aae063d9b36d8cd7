"""Rebuild the monthly roll-ups of some months from the source rows, all in SQL: grouped
aggregates (Count/Sum with Case/When filters, TruncMonth in Asia/Seoul), one query per kind
of date, never a Python loop over items. A month is replaced as a whole in one transaction."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.db.models import (
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
)
from django.db.models.functions import Length, Lower, Substr, TruncMonth
from django.utils import timezone
from wagtail.models import Locale

from cms.calendar import SEOUL
from cms.models import EventPage, ProgramPage
from participation.feedback.models import FeedbackItem, Kind
from participation.registrations.models import ParticipationRecord, Registration

from ..models import EventRollup, FeedbackMonthly, ParticipationMonthly
from ..periods import add_months, seoul_midnight

Status = FeedbackItem.Status
RecordKind = ParticipationRecord.Kind
FEEDBACK_KEYS = ("kind", "category_id", "program_id", "language")
PARTICIPATION_KEYS = (
    "kind",
    "program_id",
    "strategy_axis_id",
    "cluster_id",
    "language",
    "nationality",
    "resident_type",
)
KOREAN = "KR"


def month_range(months: Iterable[date]) -> tuple:
    months = sorted(months)
    return seoul_midnight(months[0]), seoul_midnight(add_months(months[-1], 1))


def in_month(field: str) -> TruncMonth:
    return TruncMonth(field, tzinfo=SEOUL)


def _duration(later: str, earlier: str):
    return Sum(ExpressionWrapper(F(later) - F(earlier), output_field=DurationField()))


def _seconds(value) -> int:
    return int(value.total_seconds()) if value is not None else 0


def rebuild_rollups(*, months: Iterable[date], now=None) -> None:
    """Recompute every roll-up of `months` (first days); contiguous or not."""
    for run in _contiguous_runs(sorted(set(months))):
        rebuild_feedback_rollup(months=run, now=now)
        rebuild_participation_rollup(months=run)
        rebuild_event_rollup(months=run)


def _contiguous_runs(months: list[date]) -> list[list[date]]:
    runs: list[list[date]] = []
    for month in months:
        if runs and add_months(runs[-1][-1], 1) == month:
            runs[-1].append(month)
        else:
            runs.append([month])
    return runs


# --- Feedback ------------------------------------------------------------------------------


def _feedback_groups(date_field: str, start, end, **aggregates):
    """Items grouped by month of `date_field` and the roll-up keys, with `aggregates`."""
    return (
        FeedbackItem.objects.filter(**{f"{date_field}__gte": start, f"{date_field}__lt": end})
        .annotate(month=in_month(date_field))
        .values("month", *FEEDBACK_KEYS)
        .annotate(**aggregates)
        .order_by()
    )


def feedback_rows(*, months: list[date], now=None) -> list[FeedbackMonthly]:
    now = now or timezone.now()
    start, end = month_range(months)
    handled = ~Q(kind=Kind.EVENT_SURVEY)  # surveys count for satisfaction only
    queries = [
        _feedback_groups("created_at", start, end, received=Count("pk")),
        # Due items whose due date passed, or that were answered already.
        _feedback_groups(
            "due_at",
            start,
            end,
            due=Count(
                "pk", filter=handled & (Q(due_at__lte=now) | Q(first_answered_at__isnull=False))
            ),
            due_answered_on_time=Count(
                "pk", filter=handled & Q(first_answered_at__lte=F("due_at"))
            ),
        ),
        _feedback_groups(
            "first_answered_at",
            start,
            end,
            answered=Count("pk"),
            response=_duration("first_answered_at", "created_at"),
        ),
        _feedback_groups(
            "closed_at",
            start,
            end,
            finished=Count("pk", filter=Q(status__in=FeedbackItem.FINAL_STATUSES)),
            resolved=Count("pk", filter=handled & Q(status=Status.CLOSED)),
            rejected=Count("pk", filter=handled & Q(status=Status.REJECTED)),
            duplicates=Count("pk", filter=handled & Q(status=Status.DUPLICATE)),
            resolution=_duration("closed_at", "created_at"),
        ),
        _feedback_groups(
            "rated_at",
            start,
            end,
            rated=Count("pk", filter=Q(rating__isnull=False)),
            rating_sum=Sum("rating"),
        ),
    ]
    merged: dict[tuple, dict] = defaultdict(dict)
    for query in queries:
        for group in query:
            key = (group.pop("month"), *(group.pop(name) for name in FEEDBACK_KEYS))
            merged[key].update(group)
    axes_and_clusters = _program_classification({key[3] for key in merged})
    rows = []
    for (month, kind, category_id, program_id, language), values in merged.items():
        axis_id, cluster_id = axes_and_clusters.get(program_id, (None, None))
        rows.append(
            FeedbackMonthly(
                month=_as_date(month),
                kind=kind,
                category_id=category_id,
                program_id=program_id,
                strategy_axis_id=axis_id,
                cluster_id=cluster_id,
                language=language,
                received=values.get("received", 0),
                due=values.get("due", 0),
                due_answered_on_time=values.get("due_answered_on_time", 0),
                answered=values.get("answered", 0),
                response_seconds=_seconds(values.get("response")),
                finished=values.get("finished", 0),
                resolved=values.get("resolved", 0),
                rejected=values.get("rejected", 0),
                duplicates=values.get("duplicates", 0),
                resolution_seconds=_seconds(values.get("resolution")),
                rated=values.get("rated", 0),
                rating_sum=values.get("rating_sum") or 0,
            )
        )
    return rows


@transaction.atomic
def rebuild_feedback_rollup(*, months: list[date], now=None) -> int:
    rows = feedback_rows(months=months, now=now)
    FeedbackMonthly.objects.filter(month__in=months).delete()
    FeedbackMonthly.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _program_classification(program_ids) -> dict[int, tuple]:
    ids = [pk for pk in program_ids if pk is not None]
    return {
        row["pk"]: (row["strategy_axis_id"], row["cluster_id"])
        for row in ProgramPage.objects.filter(pk__in=ids).values(
            "pk", "strategy_axis_id", "cluster_id"
        )
    }


def _as_date(value) -> date:
    # TruncMonth returns a Seoul-aware datetime for a DateTimeField.
    return timezone.localtime(value, SEOUL).date() if hasattr(value, "hour") else value


# --- Participation -------------------------------------------------------------------------


def earlier_check_in_elsewhere():
    """True for a check-in record whose registrant (same email address, any case) had checked
    in at another event before. Evaluated in SQL at roll-up time: no address is copied out.
    The status filter is the predicate of the registrations' partial index on lower(email)."""
    return Exists(
        Registration.objects.annotate(person=Lower("email"))
        .filter(
            person=OuterRef("person"),
            status__in=Registration.ACTIVE_STATUSES,
            check_in__checked_in_at__lt=OuterRef("at"),
        )
        .exclude(event_id=OuterRef("event_id"))
    )


def participation_rows(*, months: list[date]) -> list[ParticipationMonthly]:
    start, end = month_range(months)
    records = ParticipationRecord.objects.filter(at__gte=start, at__lt=end).annotate(
        month=in_month("at")
    )
    totals = (
        records.values("month", *PARTICIPATION_KEYS)
        .annotate(records=Count("pk"), people=Sum("party_size"))
        .order_by()
    )
    returning = (
        records.filter(kind=RecordKind.CHECKED_IN, registration__isnull=False)
        .annotate(person=Lower("registration__email"))
        .filter(earlier_check_in_elsewhere())
        .values("month", *PARTICIPATION_KEYS)
        .annotate(returning=Count("pk"))
        .order_by()
    )
    merged: dict[tuple, dict] = defaultdict(dict)
    for query in (totals, returning):
        for group in query:
            key = (group.pop("month"), *(group.pop(name) for name in PARTICIPATION_KEYS))
            merged[key].update(group)
    return [
        ParticipationMonthly(
            month=_as_date(key[0]),
            **dict(zip(PARTICIPATION_KEYS, key[1:], strict=True)),
            records=values.get("records", 0),
            people=values.get("people") or 0,
            returning=values.get("returning", 0),
        )
        for key, values in merged.items()
    ]


@transaction.atomic
def rebuild_participation_rollup(*, months: list[date]) -> int:
    rows = participation_rows(months=months)
    ParticipationMonthly.objects.filter(month__in=months).delete()
    ParticipationMonthly.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


# --- Events (editions) ---------------------------------------------------------------------


def _editions(start, end):
    """Live Korean events starting in [start, end), with their program (the parent page)."""
    parent = ProgramPage.objects.filter(path=OuterRef("parent_path")).values("pk")[:1]
    confirmed = Registration.objects.filter(
        event=OuterRef("pk"), status=Registration.Status.CONFIRMED
    )
    return (
        EventPage.objects.filter(
            locale=Locale.get_default(), live=True, starts_at__gte=start, starts_at__lt=end
        )
        .annotate(
            parent_path=Substr("path", 1, Length("path") - EventPage.steplen),
            month=in_month("starts_at"),
        )
        .annotate(
            program_id=Subquery(parent),
            confirmed=Subquery(_count_of(confirmed)),
            confirmed_people=Subquery(_sum_of(confirmed, "party_size")),
        )
        .values(
            "pk", "program_id", "month", "starts_at", "ends_at", "confirmed", "confirmed_people"
        )
    )


def _count_of(queryset):
    return queryset.order_by().values("event").annotate(n=Count("pk")).values("n")


def _sum_of(queryset, field):
    return queryset.order_by().values("event").annotate(n=Sum(field)).values("n")


def event_rows(*, months: list[date]) -> list[EventRollup]:
    start, end = month_range(months)
    editions = list(_editions(start, end))
    has_nationality = ~Q(nationality="")
    check_ins = {
        row.pop("event_id"): row
        for row in ParticipationRecord.objects.filter(
            kind=RecordKind.CHECKED_IN, event_id__in=[edition["pk"] for edition in editions]
        )
        .values("event_id")
        .annotate(
            checked_in=Count("pk"),
            checked_in_people=Sum("party_size"),
            nationality_known=Count("pk", filter=has_nationality),
            foreign_checked_in=Count("pk", filter=has_nationality & ~Q(nationality=KOREAN)),
        )
        .order_by()
    }
    classification = _program_classification({edition["program_id"] for edition in editions})
    rows = []
    for edition in editions:
        axis_id, cluster_id = classification.get(edition["program_id"], (None, None))
        counts = check_ins.get(edition["pk"], {})
        rows.append(
            EventRollup(
                event_id=edition["pk"],
                program_id=edition["program_id"],
                strategy_axis_id=axis_id,
                cluster_id=cluster_id,
                month=_as_date(edition["month"]),
                starts_at=edition["starts_at"],
                ends_at=edition["ends_at"],
                confirmed=edition["confirmed"] or 0,
                confirmed_people=edition["confirmed_people"] or 0,
                checked_in=counts.get("checked_in", 0),
                checked_in_people=counts.get("checked_in_people") or 0,
                nationality_known=counts.get("nationality_known", 0),
                foreign_checked_in=counts.get("foreign_checked_in", 0),
            )
        )
    return rows


@transaction.atomic
def rebuild_event_rollup(*, months: list[date]) -> int:
    rows = event_rows(months=months)
    # An event moved to another month leaves its old row behind: one row per event.
    EventRollup.objects.filter(
        Q(month__in=months) | Q(event_id__in=[row.event_id for row in rows])
    ).delete()
    EventRollup.objects.bulk_create(rows, batch_size=1000)
    return len(rows)
