import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from participation.open311 import openapi

from .conftest import BASE, json_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client):
    response = client.get(f"{BASE}/openapi.json")
    assert response.status_code == 200
    return json_of(response)


def test_the_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_every_open311_endpoint_is_documented(document):
    paths = document["paths"]
    expected = {
        "/open311/v2/discovery.{format}": {"get"},
        "/open311/v2/services.{format}": {"get"},
        "/open311/v2/services/{service_code}.{format}": {"get"},
        "/open311/v2/requests.{format}": {"get", "post"},
        "/open311/v2/requests/{service_request_id}.{format}": {"get"},
        "/open311/v2/openapi.json": {"get"},
    }
    assert {path: set(paths[path]) for path in expected} == expected
    post = paths["/open311/v2/requests.{format}"]["post"]
    assert set(post["responses"]) == {"200", "400", "403", "404", "413", "429"}
    assert "application/x-www-form-urlencoded" in post["requestBody"]["content"]
    get = paths["/open311/v2/requests.{format}"]["get"]
    names = {p.get("name") for p in get["parameters"] if "name" in p}
    assert {"service_request_id", "service_code", "start_date", "end_date", "status"} <= names


def schema_validator(document, name):
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    )


def test_the_schemas_describe_what_the_api_answers(
    document, client, post_request, noise, streetlight
):
    def check(name, data):
        errors = list(schema_validator(document, name).iter_errors(data))
        assert errors == []

    check("Discovery", json_of(client.get(f"{BASE}/discovery.json")))
    check("Services", json_of(client.get(f"{BASE}/services.json")))
    check("ServiceDefinition", json_of(client.get(f"{BASE}/services/noise.json")))
    check("CreatedServiceRequests", json_of(post_request()))
    post_request(lat=None, long=None, address_string="역삼동")
    check("ServiceRequests", json_of(client.get(f"{BASE}/requests.json")))
    check("Errors", json_of(client.get(f"{BASE}/requests/0.json")))
    check("Errors", json_of(post_request(api_key="wrong")))


def test_the_schemas_can_tell_a_wrong_answer(document):
    validator = schema_validator(document, "ServiceRequests")

    assert not validator.is_valid([{"service_request_id": 1, "status": "pending"}])


def test_other_apis_add_their_paths_to_the_same_document(monkeypatch):
    kpis = {
        "/open-data/kpis.json": {
            "get": {"summary": "KPI values", "responses": {"200": {"description": "KPIs"}}}
        }
    }
    monkeypatch.setattr(openapi, "open_data_paths", lambda: kpis)

    document = openapi.document()

    assert document["paths"]["/open-data/kpis.json"] == kpis["/open-data/kpis.json"]
    assert "/open311/v2/requests.{format}" in document["paths"]
    validate(document)
