"""How a KPI figure reads: its value formatted for its kind, its status against the target
(always said in words and with a shape, never by colour alone) and its inputs with labels."""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.formats import format_number

from . import conf
from .disclosure import SUPPRESSED
from .formulas import FORMULAS, Display
from .formulas.trust import COMPONENT_LABELS
from .models import Direction, KpiDefinition, KpiSnapshot


class Status(models.TextChoices):
    MET = "met", _("On target")
    NEAR = "near", _("Close to target")
    BELOW = "below", _("Below target")
    TRACKED = "tracked", _("Tracked, no target")
    NO_DATA = "no_data", _("No data yet")
    SUPPRESSED = "suppressed", _("Fewer than 5 people")


INPUT_LABELS = {
    "ratings": _("ratings"),
    "rating_sum": _("sum of ratings"),
    "due": _("items due"),
    "answered_on_time": _("answered by the due date"),
    "closed": _("closed as resolved"),
    "rejected": _("rejected"),
    "check_ins": _("check-ins"),
    "returning": _("by people who came before"),
    "registrations": _("registrations"),
    "confirmed": _("confirmed registrations"),
    "checked_in": _("checked in"),
    "received": _("items received"),
    "answered": _("items answered"),
    "finished": _("items finished"),
    "days_total": _("days in total"),
    "programs": _("programs with a cadence"),
    "editions_due": _("scheduled editions due"),
    "editions_on_schedule": _("held on schedule"),
    "editions_off_schedule": _("held off schedule"),
    "editions": _("editions"),
    "participants": _("participants"),
    "foreign": _("foreign participants"),
    "nationality_stated": _("stated a nationality"),
    "agreements_active": _("agreements in force"),
    "on": _("counted on"),
    "baseline": _("agreements in force in the baseline year"),
    "baseline_year": _("baseline year"),
}


def format_value(value, display: str) -> str:
    if value is None:
        return "–"
    if display in (Display.SHARE, Display.GROWTH):
        percent = round(value * 100, 1)
        sign = "+" if display == Display.GROWTH and percent > 0 else ""
        return f"{sign}{format_number(percent, decimal_pos=0 if percent.is_integer() else 1)}%"
    if display == Display.COUNT:
        return format_number(round(value))
    if display == Display.INDEX:
        return format_number(value, decimal_pos=2)
    return format_number(value, decimal_pos=1)


def display_of(definition: KpiDefinition) -> str:
    formula = FORMULAS.get(definition.formula)
    if formula:
        return formula.display
    return Display.INDEX if "index" in definition.code else Display.NUMBER


def status_of(definition: KpiDefinition, value, *, suppressed=False) -> str:
    if suppressed:
        return Status.SUPPRESSED
    if value is None:
        return Status.NO_DATA
    target = definition.target_value
    if target is None:
        return Status.TRACKED
    tolerance = conf.near_target_tolerance()
    if definition.direction == Direction.AT_MOST:
        if value <= target:
            return Status.MET
        return Status.NEAR if value <= target * (1 + tolerance) else Status.BELOW
    if value >= target:
        return Status.MET
    return Status.NEAR if value >= target * (1 - tolerance) else Status.BELOW


def target_text(definition: KpiDefinition) -> str:
    if definition.target is None:
        return ""
    sign = "≥" if definition.direction == Direction.AT_LEAST else "≤"
    return f"{sign} {format_value(definition.target_value, display_of(definition))}"


@dataclass
class Figure:
    """One KPI value ready to show: public figures respect suppression."""

    definition: KpiDefinition
    value: float | None
    text: str
    status: str
    inputs: list[tuple[str, str]] = field(default_factory=list)
    components: list[dict] = field(default_factory=list)
    suppressed: bool = False
    period: str = ""

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def target(self) -> str:
        return target_text(self.definition)

    @property
    def unit(self) -> str:
        """The unit after the number; a share or a change already says "%"."""
        if self.value is None or display_of(self.definition) in (Display.SHARE, Display.GROWTH):
            return ""
        return self.definition.unit

    @property
    def explanation(self) -> str:
        formula = FORMULAS.get(self.definition.formula)
        return str(formula.explanation) if formula else ""


def figure(
    definition: KpiDefinition, snapshot: KpiSnapshot | None, *, public: bool, period: str = ""
) -> Figure:
    display = display_of(definition)
    if snapshot is None:
        return Figure(definition, None, "–", Status.NO_DATA, period=period)
    if public and snapshot.is_suppressed:
        return Figure(
            definition, None, SUPPRESSED, Status.SUPPRESSED, suppressed=True, period=period
        )
    value = snapshot.value
    return Figure(
        definition,
        value,
        format_value(value, display),
        status_of(definition, value),
        inputs=input_rows(snapshot.inputs),
        components=component_rows(snapshot.inputs),
        suppressed=snapshot.is_suppressed,
        period=period,
    )


def input_rows(inputs: dict) -> list[tuple[str, str]]:
    rows = []
    for name, value in (inputs or {}).items():
        if name == "components" or value is None:
            continue
        label = INPUT_LABELS.get(name, name)
        if isinstance(value, float) and not value.is_integer():
            value = format_number(value, decimal_pos=2)
        elif isinstance(value, (int, float)) and name != "baseline_year":
            value = format_number(int(value))
        rows.append((str(label), str(value)))
    return rows


def component_rows(inputs: dict) -> list[dict]:
    rows = []
    for name, component in (inputs or {}).get("components", {}).items():
        rows.append(
            {
                "name": str(COMPONENT_LABELS.get(name, name)),
                "value": format_value(component["value"], Display.INDEX),
                "weight": format_number(component["weight"], decimal_pos=2),
                "numerator": component["numerator"],
                "denominator": component["denominator"],
            }
        )
    return rows


def external_value_text(value, definition: KpiDefinition) -> str:
    return format_value(float(value), display_of(definition))
