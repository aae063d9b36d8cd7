"""Open311 (and the KPI open data beside it) fuzzed with schemathesis against the portal's own
OpenAPI document (/open311/v2/openapi.json), through the WSGI application: whatever a client
sends, the answer is never a server error, and a 2xx answer matches the document.

Bounded and repeatable for CI: derandomized hypothesis, a fixed number of examples per
operation (FUZZ_EXAMPLES, 25 by default: about 300 requests in ~20 s), and as many examples of
the generated classes of bad input (test_generated_bad_numbers_dates_ids_charsets_and_sizes)."""

import os
from datetime import date

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from participation.feedback.models import ApiKey, ServiceAttribute, ServiceAttributeValue
from participation.open311.openapi import document
from participation.open311.serializers import created_request
from participation.open311.services import submit_service_request
from tests.factories import DepartmentFactory, ServiceCategoryFactory

from .conftest import restore_wagtail_base_data

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
APPLICATION = get_wsgi_application()

# The document as clients read it; the WSGI application answers every generated request.
schema = schemathesis.openapi.from_dict(document())


@pytest.fixture
def open311_data(db, settings):
    """A service with every attribute type, an API key and a few requests to find."""
    restore_wagtail_base_data()
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 100_000
    settings.OPEN311_RATE_LIMIT_PER_HOUR = 100_000
    department = DepartmentFactory(code="environment")
    noise = ServiceCategoryFactory(code="noise", department=department)
    when = ServiceAttribute.objects.create(
        category=noise, code="when", datatype="singlevaluelist", required=True, order=1
    )
    for key in ("day", "night"):
        ServiceAttributeValue.objects.create(attribute=when, key=key, name_ko=key)
    ServiceAttribute.objects.create(category=noise, code="floor", datatype="number", order=2)
    ServiceAttribute.objects.create(category=noise, code="since", datatype="datetime", order=3)
    ServiceCategoryFactory(code="streetlight", department=department)
    client, key = ApiKey.issue(name="Fuzzer")
    ids = []
    for text in ("밤마다 공사 소음이 큽니다.", "Loud music every night"):
        item = submit_service_request(
            client=client,
            arguments={
                "category": noise,
                "text": text,
                "location_text": "역삼로 1",
                "latitude": None,
                "longitude": None,
                "attribute_answers": {"when": "night"},
                "contact_name": "",
                "contact_email": "",
            },
            language="ko",
        )
        ids.append(created_request(item)["service_request_id"])
    # As Django's test client does: the WSGI handler must not close the test's connection
    # (and with it the transaction that holds this test's data) after each request.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield {"api_key": key, "request_ids": ids}
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _steer(case, data) -> None:
    """Let part of the generated requests past the first checks, so the fuzzing reaches the
    service definition, the attributes and the database: a valid key on every POST, and on
    every other request (chosen from the generated data, so it repeats) a real service code
    or request id, an answer to the required attribute and a place."""
    steered = len(repr(case.path_parameters) + repr(case.query) + repr(case.body)) % 2 == 0
    path = case.path_parameters or {}
    if steered and "service_code" in path:
        path["service_code"] = "noise"
    if steered and "service_request_id" in path:
        path["service_request_id"] = data["request_ids"][0]
    if case.method.upper() != "POST" or not isinstance(case.body, dict):
        return
    case.body["api_key"] = data["api_key"]
    if steered:
        case.body["service_code"] = "noise"
        case.body.setdefault("attribute[when]", "night")
        if not str(case.body.get("description", "")).strip():
            case.body["description"] = "밤마다 소음이 큽니다."
        if not case.body.get("lat") and not case.body.get("address_string"):
            case.body["address_string"] = "역삼로 123"


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_error_and_answers_match_the_document(case, open311_data):
    _steer(case, open311_data)
    response = case.call(app=APPLICATION)
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:500])
    if response.status_code < 300:
        case.validate_response(response, checks=_conformance_checks())


def _conformance_checks():
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    return [status_code_conformance, content_type_conformance, response_schema_conformance]


# Classes of input that once made the API answer a server error or an HTML page, generated
# rather than listed: non-finite and huge numbers, dates anywhere in the calendar with any
# offset, ids beyond 64 bits, body charsets and body sizes around the upload limit.
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
non_finite = st.sampled_from(["NaN", "nan", "-NaN", "inf", "-inf", "Infinity", "sNaN"])
huge = st.integers(min_value=308, max_value=100_000).map(lambda exponent: f"1e{exponent}")
number = st.one_of(non_finite, huge, st.floats().map(str), st.decimals().map(str))
offset = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: (
        f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    )
)
any_date = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(str)
any_moment = st.tuples(any_date, st.sampled_from(["", "T00:00:00", "T23:59:59"]), offset).map(
    lambda parts: parts[0] + (parts[1] + parts[2] if parts[1] else "")
)
beyond_64_bits = st.integers(min_value=2**63, max_value=2**200).map(str)
charset = st.sampled_from(
    ["utf-8", "utf-16", "utf-16-be", "utf-32", "cp037", "utf-7", "latin-1", "euc-kr", "x-none"]
)


def _json_errors(response) -> None:
    assert response.status_code < 500
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/json; charset=utf-8", response.content


@pytest.mark.django_db
def test_generated_bad_numbers_dates_ids_charsets_and_sizes(open311_data, settings):
    from django.test import Client

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 20_000  # the limit's behaviour, at a tenth of the cost
    client = Client(raise_request_exception=False)
    key = open311_data["api_key"]

    @FUZZ
    @given(
        lat=number,
        long=number,
        start=any_moment,
        end=any_moment,
        request_id=beyond_64_bits,
        encoding=charset,
        size=st.integers(min_value=0, max_value=40_000),
    )
    def run(lat, long, start, end, request_id, encoding, size):
        base = "/open311/v2"
        point = {"api_key": key, "service_code": "noise", "attribute[when]": "day"}
        _json_errors(
            client.post(
                f"{base}/requests.json", {**point, "description": "소음", "lat": lat, "long": long}
            )
        )
        _json_errors(client.get(f"{base}/requests.json", {"start_date": start, "end_date": end}))
        _json_errors(client.get(f"{base}/requests/{request_id}.json"))
        body = f"api_key={key}&service_code=noise&description={'x' * size}&address_string=1"
        _json_errors(
            client.generic(
                "POST",
                f"{base}/requests.json",
                body.encode(encoding if encoding != "x-none" else "utf-8", errors="replace"),
                content_type=f"application/x-www-form-urlencoded; charset={encoding}",
            )
        )

    run()
