"""The open-data endpoints of the KPIs in the portal's OpenAPI 3.1 document
(participation/open311/openapi.py joins these paths and schemas). The tests validate the
JSON files against KpiOpenData."""

from .dimensions import Dimension
from .disclosure import SUPPRESSED
from .selectors.open_data import CSV_COLUMNS, LANGUAGES, LICENCE

JSON, CSV, TEXT = "application/json", "text/csv", "text/plain"
TAG = "Open data"

NUMBER_OR_NULL = {"type": ["number", "null"]}
LANG = {
    "name": "lang",
    "in": "query",
    "required": False,
    "description": "Language of names, units and notes: ko (default), en, zh-hans, ja or vi.",
    "schema": {"type": "string", "examples": list(LANGUAGES)},
}
PERIOD = {
    "name": "period",
    "in": "query",
    "required": False,
    "description": "Only months, quarters or years (default: all three).",
    "schema": {"type": "string", "enum": ["month", "quarter", "year"]},
}
YEAR = {
    "name": "year",
    "in": "query",
    "required": False,
    "description": "Only the periods of this year.",
    "schema": {"type": "string", "pattern": "^[0-9]{4}$"},
}
DESCRIPTION = (
    "Aggregates of Gangnam-gu's diplomacy KPIs per period (months, quarters and years of "
    "Asia/Seoul time): computed values with their formula's inputs, and values from outside "
    "the portal with their source, kept apart. Nothing personal: any figure about a group of "
    f'1 to 4 people, or that would reveal one, is "{SUPPRESSED}" without its inputs. '
    f"Licence: {LICENCE['name']} ({LICENCE['url']}); the Link header says so too."
)
BAD_REQUEST = {"400": {"description": "Invalid period or year.", "content": {TEXT: {}}}}


def paths() -> dict:
    csv_description = "One row per value, header first (columns: " + ", ".join(CSV_COLUMNS) + ")."
    dimension = {
        "name": "dimension",
        "in": "path",
        "required": True,
        "schema": {
            "type": "string",
            "enum": [d for d in Dimension.values if d != Dimension.OVERALL],
        },
    }
    fmt = {"name": "format", "in": "path", "required": True, "schema": {"enum": ["json", "csv"]}}
    json_ok = {"description": "The KPIs", "content": {JSON: {"schema": _ref("KpiOpenData")}}}
    csv_ok = {"description": csv_description, "content": {CSV: {"schema": {"type": "string"}}}}
    return {
        "/open-data/kpis.json": {
            "get": {
                "tags": [TAG],
                "operationId": "kpisJson",
                "summary": "Every public KPI, overall, per period",
                "description": DESCRIPTION,
                "parameters": [LANG, PERIOD, YEAR],
                "responses": {"200": json_ok, **BAD_REQUEST},
            }
        },
        "/open-data/kpis.csv": {
            "get": {
                "tags": [TAG],
                "operationId": "kpisCsv",
                "summary": "Every public KPI, overall, per period (CSV)",
                "description": DESCRIPTION,
                "parameters": [LANG, PERIOD, YEAR],
                "responses": {"200": csv_ok, **BAD_REQUEST},
            }
        },
        "/open-data/kpis/{dimension}.{format}": {
            "get": {
                "tags": [TAG],
                "operationId": "kpisByDimension",
                "summary": "The KPIs broken down by axis, cluster, program, language …",
                "description": DESCRIPTION,
                "parameters": [dimension, fmt, LANG, PERIOD, YEAR],
                "responses": {
                    "200": {
                        "description": "The breakdown, as JSON or CSV",
                        "content": {**json_ok["content"], **csv_ok["content"]},
                    },
                    **BAD_REQUEST,
                    "404": {"description": "Unknown dimension or format."},
                },
            }
        },
        "/open-data/README.txt": {
            "get": {
                "tags": [TAG],
                "operationId": "kpisReadme",
                "summary": "What the files hold, the formulas and the licence",
                "parameters": [LANG],
                "responses": {
                    "200": {"description": "Plain text", "content": {TEXT: {"schema": {}}}}
                },
            }
        },
    }


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def schemas() -> dict:
    period = {
        "period": {"type": "string", "pattern": "^[0-9]{4}(-Q[1-4]|-[0-9]{2})?$"},
        "period_kind": {"enum": ["month", "quarter", "year"]},
        "period_start": {"type": "string", "format": "date"},
        "period_end": {"type": "string", "format": "date"},
        "dimension": {"enum": Dimension.values},
        "key": {"type": "string", "description": "The group's code; empty for overall."},
        "label": {"type": "string"},
    }
    return {
        "KpiOpenData": {
            "type": "object",
            "required": [
                "title",
                "language",
                "licence",
                "suppression",
                "dimension",
                "kpis",
                "values",
                "external_values",
            ],
            "properties": {
                "title": {"type": "string"},
                "publisher": {"type": "string"},
                "language": {"enum": list(LANGUAGES)},
                "generated_at": {"type": "string", "format": "date-time"},
                "time_zone": {"const": "Asia/Seoul"},
                "licence": {
                    "type": "object",
                    "required": ["name", "url", "attribution", "note"],
                    "properties": {
                        "name": {"type": "string"},
                        "name_ko": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                        "attribution": {"type": "string"},
                        "note": {"type": "string"},
                    },
                },
                "suppression": {
                    "type": "object",
                    "required": ["threshold", "marker", "note"],
                    "properties": {
                        "threshold": {"const": 5},
                        "marker": {"const": SUPPRESSED},
                        "note": {"type": "string"},
                    },
                },
                "dimension": {"enum": Dimension.values},
                "kpis": {"type": "array", "items": _ref("KpiDefinition")},
                "values": {"type": "array", "items": _ref("KpiValue")},
                "external_values": {"type": "array", "items": _ref("ExternalKpiValue")},
            },
            "additionalProperties": False,
        },
        "KpiDefinition": {
            "type": "object",
            "required": ["code", "name", "unit", "source", "target", "direction"],
            "properties": {
                "code": {"type": "string"},
                "name": {"type": "string"},
                "unit": {"type": "string"},
                "description": {"type": "string"},
                "source": {"enum": ["computed", "external"]},
                "formula": {"type": ["string", "null"]},
                "formula_explanation": {"type": ["string", "null"]},
                "display": {"enum": ["index", "share", "growth", "count", "days", "number", None]},
                "target": NUMBER_OR_NULL,
                "direction": {"enum": ["at_least", "at_most"]},
                "reporting_period": {"enum": ["month", "quarter", "year"]},
                "baseline_year": {"type": ["integer", "null"]},
                "headline": {"type": "boolean"},
            },
            "additionalProperties": False,
        },
        "KpiValue": {
            "type": "object",
            "required": ["kpi", *period, "value", "suppressed", "numerator", "denominator"],
            "properties": {
                "kpi": {"type": "string"},
                **period,
                "value": {
                    "description": f'A number, null (no data) or "{SUPPRESSED}" (suppressed).',
                    "oneOf": [{"type": ["number", "null"]}, {"const": SUPPRESSED}],
                },
                "suppressed": {"type": "boolean"},
                "numerator": NUMBER_OR_NULL,
                "denominator": NUMBER_OR_NULL,
                "inputs": {
                    "type": ["object", "null"],
                    "description": "What the formula used; null when suppressed.",
                },
                "computed_at": {"type": "string", "format": "date-time"},
            },
            "additionalProperties": False,
        },
        "ExternalKpiValue": {
            "type": "object",
            "required": ["kpi", *period, "value", "source"],
            "properties": {
                "kpi": {"type": "string"},
                **period,
                "value": {"type": "number"},
                "source": {"type": "string"},
                "entered_at": {"type": "string", "format": "date-time"},
            },
            "additionalProperties": False,
        },
    }
