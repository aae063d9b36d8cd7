"""What the dashboards show for one year, read from the snapshots (a few thousand rows at most,
however many feedback items there are). `public=True` applies small-count suppression and
leaves out KPIs that are not public."""

from dataclasses import dataclass, field
from datetime import date

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language

from .. import conf
from ..charts import Bar, BarChart, Point, TrendChart
from ..dimensions import Dimension
from ..formulas import Display
from ..models import ExternalKpiValue, KpiDefinition, KpiSnapshot
from ..periods import Period, PeriodKind, months_of_year, seoul_today
from ..presentation import Figure, display_of, external_value_text, figure, format_value
from .labels import key_labels, sort_keys

HEADLINE = ("trust_index", "exchange_agreements", "programs_on_schedule")
TRUST_COMPONENTS = (
    "trust_satisfaction",
    "trust_responsiveness",
    "trust_resolution",
    "trust_return_participation",
)
PARTICIPATION = (
    "registrations",
    "check_ins",
    "attendance_rate",
    "feedback_received",
    "mean_response_days",
    "mean_resolution_days",
)
PROGRAM_COLUMNS = (
    "programs_on_schedule",
    "editions_held",
    "participants_per_edition",
    "foreign_participant_share",
    "trust_index",
    "feedback_received",
)
GENERATION_KEY = "kpis:generation"


def generation() -> str:
    """Changes whenever snapshots, definitions or external values change (cache keys)."""
    return str(cache.get_or_set(GENERATION_KEY, 1, timeout=None))


def bump_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


class SnapshotIndex:
    """The year's snapshots by (code, period, dimension, key)."""

    def __init__(self, definitions: dict[str, KpiDefinition], snapshots):
        by_id = {definition.pk: code for code, definition in definitions.items()}
        self.rows = {
            (
                by_id[s.definition_id],
                Period(s.period_kind, s.period_start),
                s.dimension,
                s.dimension_key,
            ): s
            for s in snapshots
        }

    def get(self, code, period, dimension=Dimension.OVERALL, key=""):
        return self.rows.get((code, period, dimension, key))

    def keys(self, code, period, dimension) -> list[str]:
        return [k[3] for k in self.rows if k[0] == code and k[1] == period and k[2] == dimension]


@dataclass
class Breakdown:
    """Bars per cluster, axis, language … with the same rows as a table."""

    chart: BarChart
    rows: list[dict]


@dataclass
class Dashboard:
    year: int
    years: list[int]
    public: bool
    headline: list[Figure] = field(default_factory=list)
    trust: Figure | None = None
    trust_components: list[Figure] = field(default_factory=list)
    trust_trend: TrendChart | None = None
    trust_by_cluster: Breakdown | None = None
    trust_by_axis: Breakdown | None = None
    external_by_cluster: list[dict] = field(default_factory=list)
    agreements: Figure | None = None
    agreement_years: list[Figure] = field(default_factory=list)
    schedule: Figure | None = None
    programs: list[dict] = field(default_factory=list)
    participation: list[Figure] = field(default_factory=list)
    registrations_trend: TrendChart | None = None
    feedback_trend: TrendChart | None = None
    feedback_languages: Breakdown | None = None
    registration_languages: Breakdown | None = None
    feedback_kinds: Breakdown | None = None
    external_values: list[dict] = field(default_factory=list)


def available_years() -> list[int]:
    return list(range(conf.first_year(), seoul_today().year + 1))


def load_definitions(*, public: bool) -> dict[str, KpiDefinition]:
    definitions = KpiDefinition.objects.all()
    if public:
        definitions = definitions.filter(is_public=True)
    return {definition.code: definition for definition in definitions}


def build_dashboard(*, year: int, public: bool) -> Dashboard:
    key = f"kpis:dashboard:{generation()}:{get_language()}:{year}:{int(public)}"
    dashboard = cache.get(key)
    if dashboard is None:
        dashboard = _build(year=year, public=public)
        cache.set(key, dashboard, timeout=60 * 60)
    return dashboard


def _build(*, year: int, public: bool) -> Dashboard:
    definitions = load_definitions(public=public)
    index = SnapshotIndex(definitions, year_snapshots(definitions, year))
    the_year = Period.containing(PeriodKind.YEAR, date(year, 1, 1))
    dashboard = Dashboard(year=year, years=available_years(), public=public)

    def year_figure(code, dimension=Dimension.OVERALL, key=""):
        definition = definitions.get(code)
        if definition is None:
            return None
        snapshot = index.get(code, the_year, dimension, key)
        return figure(definition, snapshot, public=public, period=the_year.code)

    dashboard.headline = [f for f in (year_figure(code) for code in HEADLINE) if f]
    dashboard.trust = year_figure("trust_index")
    dashboard.trust_components = [f for f in map(year_figure, TRUST_COMPONENTS) if f]
    dashboard.agreements = year_figure("exchange_agreements")
    dashboard.schedule = year_figure("programs_on_schedule")
    dashboard.participation = [f for f in map(year_figure, PARTICIPATION) if f]
    if "trust_index" in definitions:
        dashboard.trust_trend = monthly_trend(index, definitions["trust_index"], year, public)
        dashboard.trust_by_cluster = breakdown(
            index, definitions["trust_index"], the_year, Dimension.CLUSTER, public
        )
        dashboard.trust_by_axis = breakdown(
            index, definitions["trust_index"], the_year, Dimension.AXIS, public
        )
    for code, attribute in (
        ("registrations", "registrations_trend"),
        ("feedback_received", "feedback_trend"),
    ):
        if code in definitions:
            setattr(dashboard, attribute, monthly_trend(index, definitions[code], year, public))
    if "feedback_received" in definitions:
        received = definitions["feedback_received"]
        dashboard.feedback_languages = breakdown(
            index, received, the_year, Dimension.LANGUAGE, public, shares=True
        )
        dashboard.feedback_kinds = breakdown(
            index, received, the_year, Dimension.KIND, public, shares=True
        )
    if "registrations" in definitions:
        dashboard.registration_languages = breakdown(
            index, definitions["registrations"], the_year, Dimension.LANGUAGE, public, shares=True
        )
    dashboard.programs = program_rows(index, definitions, the_year, public)
    dashboard.agreement_years = agreement_history(definitions, public)
    dashboard.external_values = external_rows(definitions)
    dashboard.external_by_cluster = [
        row
        for row in dashboard.external_values
        if row["code"] == "news_trust_index" and row["dimension"] == Dimension.CLUSTER
    ]
    return dashboard


def year_snapshots(definitions: dict[str, KpiDefinition], year: int):
    """Only the snapshots the page shows: every KPI overall; the breakdowns it draws."""

    def of(*codes):
        return [definitions[code] for code in codes if code in definitions]

    shown = (
        Q(dimension=Dimension.OVERALL, definition__in=definitions.values())
        | Q(dimension__in=[Dimension.AXIS, Dimension.CLUSTER], definition__in=of("trust_index"))
        | Q(dimension=Dimension.PROGRAM, definition__in=of(*PROGRAM_COLUMNS))
        | Q(
            dimension__in=[Dimension.LANGUAGE, Dimension.KIND],
            definition__in=of("registrations", "feedback_received"),
        )
    )
    return KpiSnapshot.objects.filter(
        shown, period_start__gte=date(year, 1, 1), period_start__lt=date(year + 1, 1, 1)
    ).defer("computed_at", "numerator", "denominator")


def monthly_trend(index, definition, year, public) -> TrendChart:
    display = display_of(definition)
    points = []
    for month in months_of_year(year):
        snapshot = index.get(definition.code, month)
        shown = figure(definition, snapshot, public=public)
        value = None if shown.suppressed and public else shown.value
        points.append(Point(label=f"{month.start:%m}", value=value, text=shown.text))
    return TrendChart(
        points,
        target=definition.target_value if display != Display.COUNT else None,
        target_text=figure(definition, None, public=public).target,
    )


def breakdown(index, definition, period, dimension, public, *, shares=False) -> Breakdown:
    keys = index.keys(definition.code, period, dimension)
    labels = key_labels(dimension, keys)
    display = display_of(definition)
    total = None
    if shares:
        overall = index.get(definition.code, period)
        total = overall.value if overall else None
    bars, rows = [], []
    for key in sort_keys(dimension, keys, labels):
        shown = figure(
            definition, index.get(definition.code, period, dimension, key), public=public
        )
        value = None if shown.suppressed and public else shown.value
        share = None
        if shares and total and value is not None:
            share = format_value(value / total, Display.SHARE)
        label = labels.get(key, key)
        text = f"{shown.text} ({share})" if share else shown.text
        bars.append(Bar(label=label, value=value, text=text))
        rows.append({"key": key, "label": label, "figure": shown, "share": share})
    bounded = display in (Display.INDEX, Display.SHARE)  # drawn on a fixed 0–1 scale
    chart = BarChart(
        bars,
        target=definition.target_value if bounded else None,
        target_text=figure(definition, None, public=public).target,
        maximum=1.0 if bounded else None,
    )
    return Breakdown(chart=chart, rows=rows)


def program_rows(index, definitions, period, public) -> list[dict]:
    codes = [code for code in PROGRAM_COLUMNS if code in definitions]
    keys = set()
    for code in codes:
        keys.update(index.keys(code, period, Dimension.PROGRAM))
    labels = key_labels(Dimension.PROGRAM, keys)
    rows = []
    for key in sort_keys(Dimension.PROGRAM, keys, labels):
        figures = [
            figure(
                definitions[code], index.get(code, period, Dimension.PROGRAM, key), public=public
            )
            for code in codes
        ]
        rows.append({"key": key, "label": labels.get(key, key), "figures": figures})
    return rows


def agreement_history(definitions, public) -> list[Figure]:
    definition = definitions.get("exchange_agreements")
    if definition is None:
        return []
    snapshots = KpiSnapshot.objects.filter(
        definition=definition, period_kind=PeriodKind.YEAR, dimension=Dimension.OVERALL
    ).order_by("period_start")
    return [
        figure(definition, snapshot, public=public, period=snapshot.period.code)
        for snapshot in snapshots
    ]


def external_rows(definitions) -> list[dict]:
    values = ExternalKpiValue.objects.filter(definition__in=definitions.values()).select_related(
        "definition"
    )
    labels = {}
    for dimension in Dimension.values:
        keys = [v.dimension_key for v in values if v.dimension == dimension]
        labels[dimension] = key_labels(dimension, [k.upper() for k in keys] + keys)
    rows = []
    for value in values:
        key = value.dimension_key
        label = labels[value.dimension].get(key.upper()) or labels[value.dimension].get(key) or key
        rows.append(
            {
                "code": value.definition.code,
                "name": value.definition.name,
                "period": value.period.code,
                "dimension": value.dimension,
                "dimension_label": value.get_dimension_display(),
                "key": key,
                "label": label,
                "value": external_value_text(value.value, value.definition),
                "number": float(value.value),
                "target": figure(value.definition, None, public=True).target,
                "source": value.source,
            }
        )
    return rows


def teaser_figures() -> list[Figure]:
    """The three headline KPIs of the latest year with a value (home page)."""
    key = f"kpis:teaser:{generation()}:{get_language()}"
    figures = cache.get(key)
    if figures is not None:
        return figures
    definitions = load_definitions(public=True)
    figures = []
    for code in HEADLINE:
        definition = definitions.get(code)
        if definition is None:
            continue
        snapshot = (
            KpiSnapshot.objects.filter(
                definition=definition,
                period_kind=PeriodKind.YEAR,
                dimension=Dimension.OVERALL,
                value__isnull=False,
            )
            .order_by("-period_start")
            .first()
        )
        period = snapshot.period.code if snapshot else ""
        figures.append(figure(definition, snapshot, public=True, period=period))
    cache.set(key, figures, timeout=60 * 60)
    return figures
