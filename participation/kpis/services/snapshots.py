"""Compute and store the KPI snapshots of some periods from the roll-ups, then mark what public
output must suppress (disclosure.py). A period's snapshots are replaced in one transaction."""

from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from ..dimensions import Dimension
from ..disclosure import Cell, is_small, protect, smallest_group
from ..formulas import FORMULAS, Source
from ..models import KpiDefinition, KpiSnapshot
from ..periods import Period, PeriodKind, periods_covering
from ..selectors.dashboard import bump_generation
from ..selectors.totals import OVERALL_KEY, agreement_totals, gather_totals


def computed_definitions() -> list[KpiDefinition]:
    definitions = KpiDefinition.objects.filter(source="computed").exclude(formula="")
    return [definition for definition in definitions if definition.formula in FORMULAS]


def compute_period(*, period: Period, definitions: list[KpiDefinition], now) -> list[KpiSnapshot]:
    sources = {source for d in definitions for source in FORMULAS[d.formula].sources}
    totals = gather_totals(period=period, sources=sources, now=now)
    today = timezone.localtime(now).date()
    snapshots = []
    for definition in definitions:
        formula = FORMULAS[definition.formula]
        extra = {}
        if Source.AGREEMENTS in formula.sources:
            extra = agreement_totals(period=period, definition=definition, today=today)
        for dimension in formula.dimensions:
            for key, group_totals in totals.groups(dimension, formula.sources).items():
                result = formula({**group_totals, **extra})
                smallest = smallest_group(result.people_counts)
                snapshots.append(
                    KpiSnapshot(
                        definition=definition,
                        period_kind=period.kind,
                        period_start=period.start,
                        dimension=dimension,
                        dimension_key=key,
                        value=result.value,
                        numerator=result.numerator,
                        denominator=result.denominator,
                        inputs=result.inputs,
                        smallest_group=smallest,
                        is_suppressed=is_small(smallest),
                        computed_at=now,
                    )
                )
    return snapshots


def compute_snapshots(*, periods: Iterable[Period], now=None, progress=None) -> int:
    """Recompute the snapshots of `periods` (those that have started); returns how many."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    definitions = computed_definitions()
    written, years = 0, set()
    for period in periods:
        if period.start > today:
            continue
        snapshots = compute_period(period=period, definitions=definitions, now=now)
        with transaction.atomic():
            KpiSnapshot.objects.filter(
                period_kind=period.kind, period_start=period.start, definition__in=definitions
            ).delete()
            KpiSnapshot.objects.bulk_create(snapshots, batch_size=1000)
        written += len(snapshots)
        years.add(period.start.year)
        if progress:
            progress(period)
    additive = [d for d in definitions if FORMULAS[d.formula].additive]
    for year in sorted(years):
        for definition in additive:
            protect_additive_snapshots(definition=definition, year=year)
    bump_generation()
    return written


def compute_snapshots_for_months(*, months, now=None, progress=None) -> int:
    return compute_snapshots(periods=periods_covering(months), now=now, progress=progress)


@transaction.atomic
def protect_additive_snapshots(*, definition: KpiDefinition, year: int) -> None:
    """Complementary suppression (disclosure.py, rule 2) over one KPI's snapshots of a year."""
    snapshots = list(
        KpiSnapshot.objects.select_for_update().filter(
            definition=definition, period_start__year=year
        )
    )
    cells = {}
    for snapshot in snapshots:
        key = (
            snapshot.period_kind,
            snapshot.period_start,
            snapshot.dimension,
            snapshot.dimension_key,
        )
        cells[key] = Cell(key, snapshot.value or 0, is_small(snapshot.smallest_group))
    equations = []
    breakdowns = defaultdict(list)
    series = defaultdict(list)
    for cell in cells.values():
        kind, start, dimension, key = cell.key
        if dimension != Dimension.OVERALL:
            breakdowns[(kind, start, dimension)].append(cell)
        series[(kind, dimension, key)].append(cell)
    for (kind, start, _dimension), members in breakdowns.items():
        total = cells.get((kind, start, Dimension.OVERALL, OVERALL_KEY))
        if total:
            equations.append((total, members))
    for (kind, dimension, key), members in series.items():
        if kind == PeriodKind.MONTH:
            for container in (PeriodKind.QUARTER, PeriodKind.YEAR):
                _add_containment(equations, cells, members, container, dimension, key)
        elif kind == PeriodKind.QUARTER:
            _add_containment(equations, cells, members, PeriodKind.YEAR, dimension, key)
    protect(equations)
    changed = []
    for snapshot in snapshots:
        key = (
            snapshot.period_kind,
            snapshot.period_start,
            snapshot.dimension,
            snapshot.dimension_key,
        )
        if snapshot.is_suppressed != cells[key].suppressed:
            snapshot.is_suppressed = cells[key].suppressed
            changed.append(snapshot)
    KpiSnapshot.objects.bulk_update(changed, ["is_suppressed"], batch_size=1000)


def _add_containment(equations, cells, members, container_kind, dimension, key) -> None:
    by_container = defaultdict(list)
    for cell in members:
        container = Period.containing(container_kind, cell.key[1])
        by_container[container.start].append(cell)
    for start, parts in by_container.items():
        total = cells.get((container_kind, start, dimension, key))
        if total:
            equations.append((total, parts))
