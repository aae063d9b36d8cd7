"""The OpenAPI 3.1 document of the portal's API, served at /open311/v2/openapi.json.

document() joins the paths and schemas of each API of the portal: Open311 here, and the open
data of the KPIs (/open-data/kpis.json, /open-data/kpis.csv) in open_data_paths() and
open_data_schemas() once they exist.
"""

from participation.feedback import conf as feedback_conf
from participation.kpis import openapi as kpis_openapi

from . import conf

JSON, XML, FORM = "application/json", "text/xml", "application/x-www-form-urlencoded"
W3C_EXAMPLE = "2026-11-29T10:00:00+09:00"


def document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Gangnam Glocal Portal API",
            "version": conf.CHANGESET.date().isoformat(),
            "summary": "Open311 GeoReport v2 service requests of Gangnam-gu's feedback desk.",
            "description": (
                "Complaints, questions, suggestions and praise sent to Gangnam-gu in any "
                "language, as an Open311 GeoReport v2 API (" + conf.SPECIFICATION + "). "
                "Staff read every request in Korean and answer in Korean; answers are machine-"
                "translated into the language of the request.\n\n"
                "**Languages.** `locale` (ko, en, zh-hans — also zh_Hans or zh —, ja, vi; "
                "region subtags are ignored) chooses the language of service names, "
                "descriptions, answer options, status notes and notices; anything else falls "
                "back to Korean. Error descriptions follow `locale` too but fall back to "
                "English.\n\n"
                "**Privacy.** A request shows neither contact details nor the resident's "
                "tracking code. Names, email addresses (full-width and internationalised ones "
                "too) and phone numbers in its text are masked. The address or place the "
                "resident typed (address_string) is never published, nor where the text "
                "repeats it: `address` is the "
                "administrative dong, when the request has one, and lat/long are rounded to "
                f"{conf.PUBLISHED_COORDINATE_DECIMALS} decimals (about 100 m). Requests whose "
                "personal data was erased show an empty description and no location.\n\n"
                "**Times** are ISO 8601 with an offset, in Seoul time (" + W3C_EXAMPLE + ")."
            ),
        },
        "servers": [{"url": "/"}],
        "tags": [
            {
                "name": "Open311",
                "description": "GeoReport v2",
                "externalDocs": {"url": conf.SPECIFICATION},
            },
        ],
        "paths": {**open311_paths(), **open_data_paths()},
        "components": {
            "schemas": {**open311_schemas(), **open_data_schemas()},
            "parameters": PARAMETERS,
            "responses": {
                name: _error_response(description) | _headers(name)
                for name, description in ERROR_RESPONSES.items()
            },
        },
    }


def open_data_paths() -> dict:
    """The KPI open-data endpoints (/open-data/kpis.json, /open-data/kpis.csv, …)."""
    return kpis_openapi.paths()


def open_data_schemas() -> dict:
    """… and the schemas of what they return."""
    return kpis_openapi.schemas()


def _ref(kind: str, name: str) -> dict:
    return {"$ref": f"#/components/{kind}/{name}"}


def _content(schema_name: str) -> dict:
    """The same schema as JSON and as XML (the XML names are in the schemas)."""
    schema = _ref("schemas", schema_name)
    return {JSON: {"schema": schema}, XML: {"schema": schema}}


def _error_response(description: str) -> dict:
    return {"description": description, "content": _content("Errors")}


def _headers(name: str) -> dict:
    if name != "TooManyRequests":
        return {}
    retry_after = {
        "description": "Seconds until the hour's counter starts again.",
        "schema": {"type": "integer", "minimum": 1},
    }
    return {"headers": {"Retry-After": retry_after}}


def _ok(description: str, schema_name: str) -> dict:
    return {"200": {"description": description, "content": _content(schema_name)}}


def _errors(*names: str) -> dict:
    codes = {
        "BadRequest": "400",
        "Forbidden": "403",
        "NotFound": "404",
        "PayloadTooLarge": "413",
        "TooManyRequests": "429",
    }
    return {codes[name]: _ref("responses", name) for name in names}


FORMAT_AND_LOCALE = [_ref("parameters", "format"), _ref("parameters", "locale")]

ERROR_RESPONSES = {
    "BadRequest": "A parameter is missing or wrong; the description says which.",
    "Forbidden": "api_key is missing, unknown or revoked.",
    "NotFound": (
        "No such service, service request, jurisdiction_id or endpoint (also an unknown format)."
    ),
    "PayloadTooLarge": "The request body is larger than the portal accepts.",
    "TooManyRequests": (
        "Too many requests with this api_key, or for this email address, in an hour "
        "(valid or not), or with a missing or invalid api_key from this address; "
        "Retry-After says how many seconds to wait."
    ),
}

PARAMETERS = {
    "format": {
        "name": "format",
        "in": "path",
        "required": True,
        "description": "The response format.",
        "schema": {"type": "string", "enum": list(conf.MEDIA_TYPES)},
    },
    "locale": {
        "name": "locale",
        "in": "query",
        "required": False,
        "description": "ko, en, zh-hans (zh_Hans, zh), ja or vi; anything else means Korean.",
        "schema": {"type": "string", "examples": ["en", "zh_Hans", "vi"]},
    },
}


def open311_paths() -> dict:
    base = "/open311/v2"
    service_code = {
        "name": "service_code",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
    }
    request_id = {
        "name": "service_request_id",
        "in": "path",
        "required": True,
        "description": "The public id of the request (never the resident's tracking code).",
        "schema": {"type": "string", "pattern": "^[0-9]+$"},
    }
    return {
        f"{base}/discovery.{{format}}": {
            "get": {
                "tags": ["Open311"],
                "operationId": "open311Discovery",
                "summary": "Discovery: the endpoint, its formats and how to get a key",
                "parameters": FORMAT_AND_LOCALE,
                "responses": {**_ok("Discovery", "Discovery"), **_errors("NotFound")},
            }
        },
        f"{base}/services.{{format}}": {
            "get": {
                "tags": ["Open311"],
                "operationId": "open311Services",
                "summary": "The services (feedback categories) requests can be sent about",
                "parameters": FORMAT_AND_LOCALE,
                "responses": {**_ok("Active services", "Services"), **_errors("NotFound")},
            }
        },
        f"{base}/services/{{service_code}}.{{format}}": {
            "get": {
                "tags": ["Open311"],
                "operationId": "open311ServiceDefinition",
                "summary": "The attributes (extra questions) of a service",
                "parameters": [service_code, *FORMAT_AND_LOCALE],
                "responses": {
                    **_ok("The service definition", "ServiceDefinition"),
                    **_errors("NotFound"),
                },
            }
        },
        f"{base}/requests.{{format}}": {
            "get": {
                "tags": ["Open311"],
                "operationId": "open311GetServiceRequests",
                "summary": "Service requests, newest first",
                "description": (
                    f"At most {conf.MAX_REQUESTS} requests. Without dates: the last "
                    f"{conf.WINDOW.days} days; one date alone spans {conf.WINDOW.days} days "
                    f"from it; start_date and end_date more than {conf.WINDOW.days} days apart "
                    "are refused. service_request_id overrides every other filter."
                ),
                "parameters": [*FORMAT_AND_LOCALE, *SEARCH_PARAMETERS],
                "responses": {
                    **_ok("Matching requests", "ServiceRequests"),
                    **_errors("BadRequest", "NotFound"),
                },
            },
            "post": {
                "tags": ["Open311"],
                "operationId": "open311PostServiceRequest",
                "summary": "Send a service request (needs an api_key)",
                "description": (
                    "Form-encoded. A location is required: lat and long, or address_string "
                    "(or address_id). Attributes are checked against the service definition. "
                    "Names may be a single token. phone, media_url, device_id and account_id "
                    "are accepted and not kept. api_key goes in the body: one in the query "
                    "string is refused (400), since URLs are logged. By posting, the client "
                    "confirms the resident agreed to what is published: the topic, the status, "
                    "the description with names, email addresses and phone numbers masked, the "
                    "administrative dong and lat/long rounded to about 100 m; address_string "
                    "stays with staff."
                ),
                "parameters": FORMAT_AND_LOCALE,
                "requestBody": {
                    "required": True,
                    "content": {FORM: {"schema": _ref("schemas", "NewServiceRequest")}},
                },
                "responses": {
                    **_ok("The request was received", "CreatedServiceRequests"),
                    **_errors(
                        "BadRequest", "Forbidden", "NotFound", "PayloadTooLarge", "TooManyRequests"
                    ),
                },
            },
        },
        f"{base}/requests/{{service_request_id}}.{{format}}": {
            "get": {
                "tags": ["Open311"],
                "operationId": "open311GetServiceRequest",
                "summary": "One service request (a list of one, as the spec has it)",
                "parameters": [request_id, *FORMAT_AND_LOCALE],
                "responses": {
                    **_ok("The request", "ServiceRequests"),
                    **_errors("NotFound"),
                },
            }
        },
        f"{base}/openapi.json": {
            "get": {
                "tags": ["Open311"],
                "operationId": "openApiDocument",
                "summary": "This document",
                "responses": {
                    "200": {
                        "description": "OpenAPI 3.1",
                        "content": {JSON: {"schema": {"type": "object"}}},
                    }
                },
            }
        },
    }


def _query(name: str, description: str, **schema) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": {"type": "string", **schema},
    }


SEARCH_PARAMETERS = [
    _query("service_request_id", "Comma-separated ids; overrides every other filter."),
    _query("service_code", "Comma-separated service codes."),
    _query(
        "start_date",
        f"Earliest requested_datetime (W3C ISO 8601, e.g. {W3C_EXAMPLE}; no offset: Seoul).",
    ),
    _query("end_date", "Latest requested_datetime (W3C ISO 8601); a date alone: its whole day."),
    _query("status", "open, closed, or open,closed.", pattern="^(open|closed)(,(open|closed))?$"),
]


def _xml_list(list_name: str, item_name: str, item_schema: dict) -> dict:
    return {
        "type": "array",
        "xml": {"name": list_name, "wrapped": True},
        "items": {**item_schema, "xml": {"name": item_name}},
    }


def _object(name: str, properties: dict, required: list[str]) -> dict:
    return {"type": "object", "xml": {"name": name}, "properties": properties, "required": required}


STRING, TEXT_OR_NULL = {"type": "string"}, {"type": ["string", "null"]}
DATETIME = {"type": "string", "format": "date-time", "examples": [W3C_EXAMPLE]}
DATETIME_OR_NULL = {"type": ["string", "null"], "format": "date-time"}


ADDRESS_DESCRIPTION = (
    "The administrative dong (행정동) of the place, or empty; never the address or place the "
    "resident typed."
)
ROUNDED = (
    "{}, rounded to " + str(conf.PUBLISHED_COORDINATE_DECIMALS) + " decimals (about 100 m); "
    "null without a location."
)


def open311_schemas() -> dict:
    attribute_value = _object("value", {"key": STRING, "name": STRING}, ["key", "name"])
    attribute = _object(
        "attribute",
        {
            "variable": {"type": "boolean"},
            "code": STRING,
            "datatype": {
                "type": "string",
                "enum": [
                    "string",
                    "number",
                    "datetime",
                    "text",
                    "singlevaluelist",
                    "multivaluelist",
                ],
            },
            "required": {"type": "boolean"},
            "datatype_description": STRING,
            "order": {"type": "integer", "minimum": 1},
            "description": STRING,
            "values": _xml_list("values", "value", attribute_value),
        },
        ["variable", "code", "datatype", "required", "order", "description"],
    )
    service = _object(
        "service",
        {
            "service_code": STRING,
            "service_name": STRING,
            "description": STRING,
            "metadata": {"type": "boolean", "description": "Whether the service has attributes."},
            "type": {"type": "string", "enum": ["realtime", "batch", "blackbox"]},
            "keywords": {"type": "string", "description": "Comma-separated."},
            "group": STRING,
        },
        ["service_code", "service_name", "metadata", "type"],
    )
    endpoint = _object(
        "endpoint",
        {
            "specification": {"type": "string", "const": conf.SPECIFICATION},
            "url": {"type": "string", "format": "uri"},
            "changeset": DATETIME,
            "type": {"type": "string", "enum": ["production", "test"]},
            "formats": _xml_list("formats", "format", STRING),
        },
        ["specification", "url", "formats"],
    )
    request = _object(
        "request",
        {
            "service_request_id": STRING,
            "status": {"type": "string", "enum": ["open", "closed"]},
            "status_notes": {"type": "string", "description": "The latest answer of staff."},
            "service_name": STRING,
            "service_code": STRING,
            "description": {"type": "string", "description": "The resident's text, masked."},
            "agency_responsible": STRING,
            "service_notice": STRING,
            "requested_datetime": DATETIME,
            "updated_datetime": DATETIME,
            "expected_datetime": DATETIME_OR_NULL,
            "address": {"type": "string", "description": ADDRESS_DESCRIPTION},
            "lat": {"type": ["number", "null"], "description": ROUNDED.format("Latitude")},
            "long": {"type": ["number", "null"], "description": ROUNDED.format("Longitude")},
        },
        ["service_request_id", "status", "service_code", "requested_datetime"],
    )
    created = _object(
        "request",
        {"service_request_id": STRING, "service_notice": STRING, "account_id": TEXT_OR_NULL},
        ["service_request_id"],
    )
    error = _object(
        "error", {"code": {"type": "integer"}, "description": STRING}, ["code", "description"]
    )
    return {
        "Discovery": _object(
            "discovery",
            {
                "changeset": DATETIME,
                "contact": STRING,
                "key_service": STRING,
                "endpoints": _xml_list("endpoints", "endpoint", endpoint),
            },
            ["changeset", "endpoints"],
        ),
        "Services": _xml_list("services", "service", service),
        "ServiceDefinition": _object(
            "service_definition",
            {"service_code": STRING, "attributes": _xml_list("attributes", "attribute", attribute)},
            ["service_code", "attributes"],
        ),
        "ServiceRequests": _xml_list("service_requests", "request", request),
        "CreatedServiceRequests": _xml_list("service_requests", "request", created),
        "Errors": _xml_list("errors", "error", error),
        "NewServiceRequest": {
            "type": "object",
            "required": ["api_key", "service_code", "description"],
            "properties": {
                "api_key": STRING,
                "jurisdiction_id": STRING,
                "service_code": STRING,
                "description": {"type": "string", "maxLength": feedback_conf.MAX_TEXT_LENGTH},
                "lat": {"type": "number", "minimum": -90, "maximum": 90},
                "long": {"type": "number", "minimum": -180, "maximum": 180},
                "address_string": {
                    "type": "string",
                    "maxLength": conf.MAX_ADDRESS_LENGTH,
                    "description": "Seen by staff only, never published.",
                },
                "address_id": STRING,
                "email": {"type": "string", "format": "email"},
                "first_name": STRING,
                "last_name": STRING,
                "phone": STRING,
                "device_id": STRING,
                "account_id": STRING,
                "media_url": STRING,
                "locale": STRING,
            },
            "patternProperties": {
                r"^attribute\[[^\[\]]+\](\[\])?$": {
                    "description": "attribute[code]=value; attribute[code][]=key per key of a "
                    "multivaluelist.",
                    "oneOf": [STRING, {"type": "array", "items": STRING}],
                }
            },
            "anyOf": [
                {"required": ["lat", "long"]},
                {"required": ["address_string"]},
                {"required": ["address_id"]},
            ],
        },
    }
