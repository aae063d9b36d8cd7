"""Values from outside the portal, entered by staff: one at a time in the admin, or many from a
CSV file — all rows of a file or none, with a report of every wrong row.

CSV columns (header row required, UTF-8, comma-separated):
kpi, period, dimension, key, value, source
- kpi: the code of a KPI whose source is "external" (e.g. news_trust_index);
- period: 2025 (year), 2025-Q3 (quarter) or 2025-03 (month);
- dimension: overall, axis, cluster, program, language, nationality, kind or category
  (empty: overall); key: the group's code (e.g. C1), empty for overall;
- value: a number with a decimal point (0.91); source: where the value comes from.
A row for a KPI, period and group that already has a value replaces it."""

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import Cluster, StrategyAxis
from participation.feedback.models import ServiceCategory
from portal.errors import lazy_format

from ..dimensions import Dimension
from ..errors import ImportRejected
from ..models import ExternalKpiValue, KpiDefinition, Source
from ..periods import Period

COLUMNS = ("kpi", "period", "dimension", "key", "value", "source")
MAX_ROWS = 5000
MAX_VALUE = Decimal("99999999")

NOT_UTF8 = _("The file is not a CSV file in UTF-8.")
NO_HEADER = _("The first row must name the columns: %(columns)s.")
NO_ROWS = _("The file has no rows of values.")
TOO_MANY_ROWS = _("A file may hold at most %(limit)d rows.")
UNKNOWN_KPI = _("Unknown KPI code “%(code)s”.")
COMPUTED_KPI = _(
    "“%(code)s” is computed by the portal; only KPIs from outside sources take values."
)
BAD_PERIOD = _("“%(period)s” is not a year (2025), a quarter (2025-Q1) or a month (2025-01).")
UNKNOWN_DIMENSION = _("Unknown dimension “%(dimension)s”.")
KEY_MISSING = _("Give the key of the group (e.g. C1 for a cluster).")
UNKNOWN_KEY = _("Unknown %(dimension)s “%(key)s”.")
BAD_VALUE = _("“%(value)s” is not a number (write 0.91, with a point).")
SOURCE_MISSING = _("Give the source of the value.")
REPEATED_ROW = _("This row repeats row %(line)d.")


@dataclass(frozen=True)
class ValueRow:
    line: int
    definition: KpiDefinition
    period: Period
    dimension: str
    key: str
    value: Decimal
    source: str

    @property
    def identity(self) -> tuple:
        return (self.definition.pk, self.period, self.dimension, self.key)


def read_rows(data: bytes) -> list[tuple[int, dict]]:
    """(line number, row) pairs; raises ImportRejected for a file that is not a CSV table."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected([(0, [NOT_UTF8])]) from None
    reader = csv.DictReader(io.StringIO(text))
    header = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if not set(COLUMNS) <= set(header):
        raise ImportRejected([(1, [lazy_format(NO_HEADER, {"columns": ", ".join(COLUMNS)})])])
    reader.fieldnames = header
    rows = [
        (reader.line_num, {name: (row.get(name) or "").strip() for name in COLUMNS})
        for row in reader
        if any((value or "").strip() for value in row.values() if isinstance(value, str))
    ]
    if not rows:
        raise ImportRejected([(1, [NO_ROWS])])
    if len(rows) > MAX_ROWS:
        raise ImportRejected([(1, [lazy_format(TOO_MANY_ROWS, {"limit": MAX_ROWS})])])
    return rows


class KeyCheck:
    """Which group keys exist, per dimension (loaded once per file)."""

    def __init__(self):
        self.known = {
            Dimension.AXIS: set(StrategyAxis.objects.values_list("code", flat=True)),
            Dimension.CLUSTER: set(
                Cluster.objects.annotate(key=Upper("code")).values_list("key", flat=True)
            ),
            Dimension.CATEGORY: set(ServiceCategory.objects.values_list("code", flat=True)),
        }

    def normalise(self, dimension: str, key: str) -> str | None:
        """The key as stored, or None when the dimension lists its keys and this is not one."""
        if dimension == Dimension.CLUSTER:
            key = key.upper()
        known = self.known.get(dimension)
        return key if known is None or key in known else None


def check_row(line: int, row: dict, definitions: dict, keys: KeyCheck):
    """A ValueRow, or the list of what is wrong with the row."""
    errors = []
    definition = definitions.get(row["kpi"])
    if definition is None:
        errors.append(lazy_format(UNKNOWN_KPI, {"code": row["kpi"]}))
    elif definition.source != Source.EXTERNAL:
        errors.append(lazy_format(COMPUTED_KPI, {"code": row["kpi"]}))
    try:
        period = Period.parse(row["period"])
    except ValueError:
        period = None
        errors.append(lazy_format(BAD_PERIOD, {"period": row["period"]}))
    dimension = (row["dimension"] or Dimension.OVERALL).lower()
    key = row["key"]
    if dimension not in Dimension.values:
        errors.append(lazy_format(UNKNOWN_DIMENSION, {"dimension": row["dimension"]}))
    elif dimension == Dimension.OVERALL:
        key = ""
    elif not key:
        errors.append(KEY_MISSING)
    else:
        stored = keys.normalise(dimension, key)
        if stored is None:
            label = Dimension(dimension).label
            errors.append(lazy_format(UNKNOWN_KEY, {"dimension": label, "key": key}))
        key = stored or key
    try:
        value = Decimal(row["value"])
        if not value.is_finite() or abs(value) > MAX_VALUE:
            raise InvalidOperation
    except InvalidOperation:
        value = None
        errors.append(lazy_format(BAD_VALUE, {"value": row["value"]}))
    if not row["source"]:
        errors.append(SOURCE_MISSING)
    if errors:
        return errors
    return ValueRow(line, definition, period, dimension, key, value, row["source"])


def import_external_values(*, data: bytes, entered_by=None) -> int:
    """Import every row of a CSV file, or none: raises ImportRejected with each wrong row's
    line number and messages. Returns the number of values written."""
    rows = read_rows(data)
    definitions = {definition.code: definition for definition in KpiDefinition.objects.all()}
    keys = KeyCheck()
    checked, errors, seen = [], [], {}
    for line, row in rows:
        result = check_row(line, row, definitions, keys)
        if isinstance(result, list):
            errors.append((line, result))
            continue
        if result.identity in seen:
            errors.append((line, [lazy_format(REPEATED_ROW, {"line": seen[result.identity]})]))
            continue
        seen[result.identity] = line
        checked.append(result)
    if errors:
        raise ImportRejected(errors)
    with transaction.atomic():
        now = timezone.now()
        for row in checked:
            ExternalKpiValue.objects.update_or_create(
                definition=row.definition,
                period_kind=row.period.kind,
                period_start=row.period.start,
                dimension=row.dimension,
                dimension_key=row.key,
                defaults={
                    "value": row.value,
                    "source": row.source,
                    "entered_by": entered_by,
                    "imported_at": now,
                },
            )
    return len(checked)
