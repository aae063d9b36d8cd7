"""The open data of the KPIs: the public snapshots and external values, with labels in the
language asked for, small groups suppressed, and the licence. Nothing personal is in the
snapshots to begin with; suppression keeps small groups from being singled out."""

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from ..dimensions import Dimension
from ..disclosure import SUPPRESSED
from ..formulas import FORMULAS
from ..models import ExternalKpiValue, KpiSnapshot
from ..periods import Period, PeriodKind
from .dashboard import generation, load_definitions
from .labels import key_labels

LICENCE = {
    "name": "Korea Open Government License (KOGL) Type 1: Attribution",
    "name_ko": "공공누리 제1유형: 출처표시",
    "url": "https://www.kogl.or.kr/info/licenseType1.do",
    "attribution": "Gangnam-gu Office, Gangnam Glocal Portal (강남구 강남 글로컬 포털)",
}
LICENCE_NOTE = _(
    "Free to copy, share and adapt, also commercially, under the Korea Open Government "
    "License Type 1: name the source (%(attribution)s)."
)
SUPPRESSION_NOTE = _(
    "Any figure about a group of 1 to 4 people, or that would reveal one, is shown as “<5” "
    "without its inputs."
)
LANGUAGE_ALIASES = {"zh": "zh-hans", "zh_hans": "zh-hans", "zh-cn": "zh-hans"}
LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")
CSV_COLUMNS = (
    "kpi",
    "kpi_name",
    "unit",
    "source",
    "period",
    "period_kind",
    "period_start",
    "period_end",
    "dimension",
    "key",
    "label",
    "value",
    "suppressed",
    "numerator",
    "denominator",
    "target",
    "direction",
    "source_note",
)


def open_data_language(value: str | None) -> str:
    """ko, en, zh-hans (zh_Hans, zh), ja or vi; anything else is Korean."""
    code = (value or "").strip().lower()
    code = LANGUAGE_ALIASES.get(code, code)
    return code if code in LANGUAGES else "ko"


def open_data_links() -> dict:
    return {
        "json": reverse("kpis_open_data:json"),
        "csv": reverse("kpis_open_data:csv"),
        "readme": reverse("kpis_open_data:readme"),
        "dimensions": [
            {
                "dimension": dimension,
                "label": label,
                "json": reverse("kpis_open_data:dimension", args=[dimension, "json"]),
                "csv": reverse("kpis_open_data:dimension", args=[dimension, "csv"]),
            }
            for dimension, label in Dimension.choices
            if dimension != Dimension.OVERALL
        ],
        "licence": LICENCE,
    }


def _number(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 6)


def kpi_document(*, dimension: str, language: str, period_kind: str = "", year: int = 0) -> dict:
    """The JSON document (schema: kpis/openapi.py, KpiOpenData). Cached per data generation."""
    key = f"kpis:open-data:{generation()}:{dimension}:{language}:{period_kind}:{year}"
    document = cache.get(key)
    if document is None:
        with override(language):
            document = _document(dimension, language, period_kind, year)
        cache.set(key, document, timeout=60 * 60)
    return document


def _document(dimension, language, period_kind, year) -> dict:
    definitions = load_definitions(public=True)
    by_id = {definition.pk: definition for definition in definitions.values()}
    snapshots = KpiSnapshot.objects.filter(definition__in=by_id, dimension=dimension)
    externals = ExternalKpiValue.objects.filter(definition__in=by_id, dimension=dimension)
    if period_kind:
        snapshots = snapshots.filter(period_kind=period_kind)
        externals = externals.filter(period_kind=period_kind)
    if year:
        snapshots = snapshots.filter(period_start__year=year)
        externals = externals.filter(period_start__year=year)
    rows = list(
        snapshots.order_by("definition_id", "period_kind", "period_start", "dimension_key").values(
            "definition_id",
            "period_kind",
            "period_start",
            "dimension_key",
            "value",
            "numerator",
            "denominator",
            "inputs",
            "is_suppressed",
            "computed_at",
        )
    )
    external_rows = list(externals.order_by("definition_id", "period_start", "dimension_key"))
    keys = {row["dimension_key"] for row in rows} | {v.dimension_key for v in external_rows}
    labels = key_labels(dimension, keys | {key.upper() for key in keys})
    values = []
    for row in rows:
        period = Period(row["period_kind"], row["period_start"])
        suppressed = row["is_suppressed"]
        values.append(
            {
                "kpi": by_id[row["definition_id"]].code,
                **_period_fields(period),
                "dimension": dimension,
                "key": row["dimension_key"],
                "label": labels.get(row["dimension_key"], row["dimension_key"]),
                "value": SUPPRESSED if suppressed else _number(row["value"]),
                "suppressed": suppressed,
                "numerator": None if suppressed else _number(row["numerator"]),
                "denominator": None if suppressed else _number(row["denominator"]),
                "inputs": None if suppressed else row["inputs"],
                "computed_at": row["computed_at"].isoformat(),
            }
        )
    external = [
        {
            "kpi": value.definition.code if value.definition_id in by_id else "",
            **_period_fields(value.period),
            "dimension": dimension,
            "key": value.dimension_key,
            "label": labels.get(value.dimension_key.upper())
            or labels.get(value.dimension_key, value.dimension_key),
            "value": _number(value.value),
            "source": value.source,
            "entered_at": value.imported_at.isoformat(),
        }
        for value in external_rows
    ]
    return {
        "title": str(_("Gangnam-gu diplomacy KPIs")),
        "publisher": LICENCE["attribution"],
        "language": language,
        "generated_at": timezone.now().isoformat(),
        "time_zone": "Asia/Seoul",
        "licence": {**LICENCE, "note": str(LICENCE_NOTE) % {"attribution": LICENCE["attribution"]}},
        "suppression": {"threshold": 5, "marker": SUPPRESSED, "note": str(SUPPRESSION_NOTE)},
        "dimension": dimension,
        "kpis": [_definition_fields(definition) for definition in definitions.values()],
        "values": values,
        "external_values": external,
    }


def public_definitions() -> list[dict]:
    """The public KPI definitions, labels in the active language."""
    return [_definition_fields(definition) for definition in load_definitions(public=True).values()]


def _period_fields(period: Period) -> dict:
    return {
        "period": period.code,
        "period_kind": period.kind,
        "period_start": period.start.isoformat(),
        "period_end": period.last_day.isoformat(),
    }


def _definition_fields(definition) -> dict:
    formula = FORMULAS.get(definition.formula)
    return {
        "code": definition.code,
        "name": definition.name,
        "unit": definition.unit,
        "description": definition.description,
        "source": definition.source,
        "formula": definition.formula or None,
        "formula_explanation": str(formula.explanation) if formula else None,
        "display": formula.display if formula else None,
        "target": _number(definition.target),
        "direction": definition.direction,
        "reporting_period": definition.period,
        "baseline_year": definition.baseline_year,
        "headline": definition.is_headline,
    }


def csv_rows(document: dict):
    """The document as CSV rows (computed values, then external ones), header first."""
    kpis = {kpi["code"]: kpi for kpi in document["kpis"]}
    yield CSV_COLUMNS
    for value in document["values"]:
        kpi = kpis[value["kpi"]]
        yield _csv_row(kpi, value, "computed", "")
    for value in document["external_values"]:
        kpi = kpis.get(value["kpi"], {"code": value["kpi"]})
        yield _csv_row(kpi, value, "external", value["source"])


def _csv_row(kpi, value, source, note) -> list:
    return [
        kpi["code"],
        kpi.get("name", ""),
        kpi.get("unit", ""),
        source,
        value["period"],
        value["period_kind"],
        value["period_start"],
        value["period_end"],
        value["dimension"],
        value["key"],
        value["label"],
        "" if value["value"] is None else value["value"],
        "true" if value.get("suppressed") else "false",
        "" if value.get("numerator") is None else value["numerator"],
        "" if value.get("denominator") is None else value["denominator"],
        "" if kpi.get("target") is None else kpi["target"],
        kpi.get("direction", ""),
        note,
    ]


PERIOD_KINDS = PeriodKind.values
