import re

import pytest
from django.utils import translation

from participation.open311 import conf
from participation.open311.errors import NOT_FOUND

from .conftest import BASE, assert_spec_error, json_of, xml_of

pytestmark = pytest.mark.django_db

OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


def test_discovery_json_names_the_specification_endpoint_and_formats(client):
    response = client.get(f"{BASE}/discovery.json")

    assert response.status_code == 200
    data = json_of(response)
    assert set(data) == {"changeset", "contact", "key_service", "endpoints"}
    assert OFFSET.match(data["changeset"])
    assert data["contact"] and data["key_service"]
    (endpoint,) = data["endpoints"]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2"
    assert endpoint["type"] == "production"
    assert set(endpoint["formats"]) == {"application/json", "text/xml"}


def test_discovery_xml_has_the_same_content(client):
    root = xml_of(client.get(f"{BASE}/discovery.xml"))

    assert root.tag == "discovery"
    endpoint = root.find("endpoints/endpoint")
    assert endpoint.findtext("specification") == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint.findtext("url") == "http://testserver/open311/v2"
    assert {f.text for f in endpoint.findall("formats/format")} == {
        "application/json",
        "text/xml",
    }
    assert OFFSET.match(root.findtext("changeset"))


def test_contact_and_key_service_come_from_settings(client, settings):
    settings.OPEN311_CONTACT = "open311@gangnam.example"
    settings.OPEN311_KEY_SERVICE = "https://gangnam.example/open311-key"

    data = json_of(client.get(f"{BASE}/discovery.json"))

    assert data["contact"] == "open311@gangnam.example"
    assert data["key_service"] == "https://gangnam.example/open311-key"


def test_discovery_prose_follows_the_locale(client):
    data = json_of(client.get(f"{BASE}/discovery.json", {"locale": "en"}))

    with translation.override("en"):
        assert data["contact"] == str(conf.DEFAULT_CONTACT)


@pytest.mark.parametrize(
    "path",
    [
        "discovery.yaml",
        "discovery.JSON",
        "services.html",
        "requests.csv",
        "requests/1.txt",
        "nothing-here",
        "",
        "services/noise",
    ],
)
def test_unknown_format_or_path_is_a_spec_404_not_a_redirect(client, path):
    response = client.get(f"{BASE}/{path}")

    description = assert_spec_error(response, 404)
    with translation.override("en"):
        assert description == str(NOT_FOUND)


def test_unknown_path_ending_in_xml_answers_in_xml(client):
    assert_spec_error(client.get(f"{BASE}/nothing.xml"), 404, fmt="xml")


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_other_methods_are_405_with_allow(client, method):
    response = getattr(client, method)(f"{BASE}/discovery.json")

    assert_spec_error(response, 405)
    assert response["Allow"] == "GET, HEAD"


def test_head_answers_without_a_body(client):
    response = client.head(f"{BASE}/discovery.json")

    assert response.status_code == 200
    assert response.content == b""
