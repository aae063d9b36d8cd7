"""The totals formulas read: sums of roll-up columns over one period, overall and per group of a
dimension — one grouped SQL aggregate per source and dimension."""

from collections import defaultdict
from datetime import date, datetime

from django.db.models import Count, Q, Sum
from django.db.models.functions import Upper
from wagtail.models import Locale

from cms.models import Agreement
from participation.registrations.models import ParticipationRecord

from ..dimensions import Dimension
from ..formulas import Source
from ..models import EventRollup, FeedbackMonthly, ParticipationMonthly
from ..periods import Period, seoul_today
from .schedule import schedule_totals

RecordKind = ParticipationRecord.Kind
OVERALL_KEY = ""

# How each roll-up names the group of a dimension (None: the dimension does not apply).
GROUP_FIELDS = {
    Dimension.OVERALL: None,
    Dimension.AXIS: "strategy_axis__code",
    Dimension.CLUSTER: "cluster_key",
    Dimension.PROGRAM: "program_id",
    Dimension.LANGUAGE: "language",
    Dimension.NATIONALITY: "nationality",
    Dimension.KIND: "kind",
    Dimension.CATEGORY: "category__code",
}
DIMENSIONS_OF = {
    Source.FEEDBACK: (
        Dimension.OVERALL,
        Dimension.AXIS,
        Dimension.CLUSTER,
        Dimension.PROGRAM,
        Dimension.LANGUAGE,
        Dimension.KIND,
        Dimension.CATEGORY,
    ),
    Source.PARTICIPATION: (
        Dimension.OVERALL,
        Dimension.AXIS,
        Dimension.CLUSTER,
        Dimension.PROGRAM,
        Dimension.LANGUAGE,
        Dimension.NATIONALITY,
    ),
    Source.EVENTS: (Dimension.OVERALL, Dimension.AXIS, Dimension.CLUSTER, Dimension.PROGRAM),
}

FEEDBACK_SUMS = {
    name: Sum(name)
    for name in (
        "received",
        "due",
        "due_answered_on_time",
        "answered",
        "response_seconds",
        "finished",
        "resolved",
        "rejected",
        "duplicates",
        "resolution_seconds",
        "rated",
        "rating_sum",
    )
}
NEW_REGISTRATION = Q(kind__in=[RecordKind.REGISTERED, RecordKind.WAITLISTED])
CHECKED_IN = Q(kind=RecordKind.CHECKED_IN)
PARTICIPATION_SUMS = {
    "registrations": Sum("records", filter=NEW_REGISTRATION),
    "registered_people": Sum("people", filter=NEW_REGISTRATION),
    "check_ins": Sum("records", filter=CHECKED_IN),
    "check_in_people": Sum("people", filter=CHECKED_IN),
    "returning": Sum("returning", filter=CHECKED_IN),
}


def _event_sums(now: datetime) -> dict:
    ended = Q(ends_at__lte=now)
    return {
        "editions": Count("pk", filter=Q(starts_at__lte=now)),
        "editions_ended": Count("pk", filter=ended),
        "confirmed": Sum("confirmed", filter=ended),
        "checked_in": Sum("checked_in", filter=ended),
        "checked_in_people": Sum("checked_in_people", filter=ended),
        "nationality_known": Sum("nationality_known", filter=ended),
        "foreign_checked_in": Sum("foreign_checked_in", filter=ended),
    }


def _grouped(queryset, dimension: str, sums: dict) -> dict[str, dict]:
    """{group key: {column: total}}; rows without a group (e.g. no program) are left out."""
    field = GROUP_FIELDS[dimension]
    if field is None:
        totals = queryset.aggregate(**sums)
        return {OVERALL_KEY: {name: value or 0 for name, value in totals.items()}}
    if field == "cluster_key":
        queryset = queryset.annotate(cluster_key=Upper("cluster__code"))
    groups = queryset.exclude(**{f"{field}__isnull": True}).values(field).annotate(**sums)
    return {
        str(row.pop(field)): {name: value or 0 for name, value in row.items()}
        for row in groups.order_by()
    }


class PeriodTotals:
    """{dimension: {key: {column: total}}} for one period, remembering which source had which
    groups, so a formula gets only the groups of its own sources."""

    def __init__(self):
        self.values: dict[str, dict[str, dict]] = defaultdict(lambda: defaultdict(dict))
        self.present: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, source: str, dimension: str, groups: dict[str, dict]) -> None:
        for key, values in groups.items():
            self.values[dimension][key].update(values)
            self.present[(source, dimension)].add(key)

    def groups(self, dimension: str, sources) -> dict[str, dict]:
        if dimension == Dimension.OVERALL:
            return {OVERALL_KEY: self.values[dimension].get(OVERALL_KEY, {})}
        keys = set().union(*(self.present[(source, dimension)] for source in sources))
        return {key: self.values[dimension][key] for key in sorted(keys)}


def gather_totals(*, period: Period, sources, now: datetime) -> PeriodTotals:
    """The period's totals from the sources asked for: one grouped query per dimension."""
    totals = PeriodTotals()
    months = period.months
    rollups = {
        Source.FEEDBACK: (FeedbackMonthly, FEEDBACK_SUMS),
        Source.PARTICIPATION: (ParticipationMonthly, PARTICIPATION_SUMS),
        Source.EVENTS: (EventRollup, _event_sums(now)),
    }
    for source, (model, sums) in rollups.items():
        if source not in sources:
            continue
        queryset = model.objects.filter(month__in=months)
        for dimension in DIMENSIONS_OF[source]:
            totals.add(source, dimension, _grouped(queryset, dimension, sums))
    if Source.SCHEDULE in sources:
        for dimension, groups in schedule_totals(period=period, now=now).items():
            totals.add(Source.SCHEDULE, dimension, groups)
    return totals


# --- Agreements ----------------------------------------------------------------------------


def agreements_in_force(day: date) -> int:
    """Korean agreement rows in force on `day`: signed by then, not ended before, and active —
    or expired with an end date (in force until it). Planned and suspended ones are not."""
    status = Agreement.Status
    return (
        Agreement.objects.filter(locale=Locale.get_default(), signed_on__lte=day)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))
        .filter(Q(status=status.ACTIVE) | Q(status=status.EXPIRED, ends_on__isnull=False))
        .count()
    )


def agreement_totals(*, period: Period, definition, today: date | None = None) -> dict:
    today = today or seoul_today()
    on = min(period.last_day, today)
    baseline = None
    if definition.baseline_value is not None:
        baseline = float(definition.baseline_value)
    elif definition.baseline_year:
        baseline = agreements_in_force(date(definition.baseline_year, 12, 31))
    return {
        "agreements_active": agreements_in_force(on),
        "agreements_on": on.isoformat(),
        "agreements_baseline": baseline,
        "baseline_year": definition.baseline_year,
    }
