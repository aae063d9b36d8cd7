import pytest
from django.utils import translation

from participation.open311.errors import SERVICE_NOT_FOUND
from tests.factories import ServiceCategoryFactory

from .conftest import BASE, assert_spec_error, json_of, xml_of

pytestmark = pytest.mark.django_db


def test_services_list_active_services_with_their_metadata(client, noise, streetlight):
    ServiceCategoryFactory(code="retired", is_active=False)

    response = client.get(f"{BASE}/services.json", {"locale": "en"})

    assert response.status_code == 200
    assert json_of(response) == [
        {
            "service_code": "noise",
            "service_name": "Noise",
            "description": "Construction sites, loudspeakers, neighbours",
            "metadata": True,
            "type": "realtime",
            "keywords": "소음,noise,噪音",
            "group": "생활환경",
        },
        {
            "service_code": "streetlight",
            "service_name": "Broken street light",
            "description": "",
            "metadata": False,
            "type": "realtime",
            "keywords": "",
            "group": "",
        },
    ]


@pytest.mark.parametrize(
    ("locale", "name"),
    [
        ("ko", "소음"),
        ("en", "Noise"),
        ("en-US", "Noise"),
        ("zh-hans", "噪音"),
        ("zh_Hans", "噪音"),
        ("zh-Hans", "噪音"),
        ("zh", "噪音"),
        ("zh-CN", "噪音"),
        ("ja", "騒音"),
        ("vi", "Tiếng ồn"),
        # Anything else is Korean, the language staff write in.
        (None, "소음"),
        ("", "소음"),
        ("fr", "소음"),
        ("zh-TW", "소음"),
        ("zh-hant", "소음"),
        ("klingon", "소음"),
    ],
)
def test_locale_chooses_the_service_name_and_falls_back_to_korean(client, noise, locale, name):
    params = {} if locale is None else {"locale": locale}

    (service,) = json_of(client.get(f"{BASE}/services.json", params))

    assert service["service_name"] == name


def test_a_missing_translation_falls_back_to_korean(client, noise):
    (service,) = json_of(client.get(f"{BASE}/services.json", {"locale": "ja"}))

    assert service["service_name"] == "騒音"
    assert service["description"] == "공사장, 확성기, 이웃 소음"  # no Japanese description


def test_services_xml(client, noise, streetlight):
    root = xml_of(client.get(f"{BASE}/services.xml", {"locale": "zh-hans"}))

    assert root.tag == "services"
    first, second = root.findall("service")
    assert first.findtext("service_code") == "noise"
    assert first.findtext("service_name") == "噪音"
    assert first.findtext("metadata") == "true"
    assert first.findtext("type") == "realtime"
    assert first.findtext("group") == "생활환경"
    assert second.findtext("metadata") == "false"


def test_hangul_is_sent_as_utf8_not_escaped(client, noise):
    json_body = client.get(f"{BASE}/services.json").content
    xml_body = client.get(f"{BASE}/services.xml").content

    for body in (json_body, xml_body):
        assert "소음".encode() in body
        assert "공사장, 확성기, 이웃 소음".encode() in body
        assert b"\\u" not in body
        assert b"&#" not in body


def test_service_definition_lists_attributes_in_order_with_localized_texts(client, noise):
    response = client.get(f"{BASE}/services/noise.json", {"locale": "en"})

    assert response.status_code == 200
    definition = json_of(response)
    assert definition["service_code"] == "noise"
    when, sources, floor, since = definition["attributes"]
    assert when == {
        "variable": True,
        "code": "when",
        "datatype": "singlevaluelist",
        "required": True,
        "datatype_description": when["datatype_description"],
        "order": 1,
        "description": "When do you hear it?",
        "values": [{"key": "day", "name": "Day"}, {"key": "night", "name": "Night"}],
    }
    assert "attribute[when]" in when["datatype_description"]
    assert sources["datatype"] == "multivaluelist"
    assert sources["required"] is False
    assert sources["order"] == 2
    assert "attribute[sources][]" in sources["datatype_description"]
    assert [value["key"] for value in sources["values"]] == ["construction", "music", "traffic"]
    assert floor["datatype"] == "number"
    assert floor["description"] == "몇 층입니까?"  # no English question: Korean
    assert "values" not in floor
    assert since["datatype"] == "datetime"
    assert "2026-11-29T10:00:00+09:00" in since["datatype_description"]


def test_service_definition_values_follow_the_locale_with_korean_fallback(client, noise):
    definition = json_of(client.get(f"{BASE}/services/noise.json", {"locale": "zh_Hans"}))

    when = definition["attributes"][0]
    assert when["description"] == "什么时候听到？"
    assert when["values"] == [{"key": "day", "name": "낮"}, {"key": "night", "name": "夜间"}]


def test_service_definition_xml(client, noise):
    root = xml_of(client.get(f"{BASE}/services/noise.xml", {"locale": "ko"}))

    assert root.tag == "service_definition"
    assert root.findtext("service_code") == "noise"
    attributes = root.findall("attributes/attribute")
    assert [a.findtext("code") for a in attributes] == ["when", "sources", "floor", "since"]
    when = attributes[0]
    assert when.findtext("variable") == "true"
    assert when.findtext("required") == "true"
    assert when.findtext("order") == "1"
    assert when.findtext("description") == "언제 들립니까?"
    assert [(v.findtext("key"), v.findtext("name")) for v in when.findall("values/value")] == [
        ("day", "낮"),
        ("night", "밤"),
    ]


def test_service_without_attributes_has_an_empty_definition(client, streetlight):
    definition = json_of(client.get(f"{BASE}/services/streetlight.json"))

    assert definition == {"service_code": "streetlight", "attributes": []}


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_unknown_or_inactive_service_is_a_spec_404(client, noise, fmt):
    ServiceCategoryFactory(code="retired", is_active=False)

    for code in ("unknown", "retired"):
        description = assert_spec_error(client.get(f"{BASE}/services/{code}.{fmt}"), 404, fmt=fmt)
        with translation.override("en"):
            assert description == str(SERVICE_NOT_FOUND) % {"code": code}


def test_unknown_service_error_is_in_the_locale(client, noise):
    description = assert_spec_error(
        client.get(f"{BASE}/services/unknown.json", {"locale": "ko"}), 404
    )

    with translation.override("ko"):
        assert description == str(SERVICE_NOT_FOUND) % {"code": "unknown"}
