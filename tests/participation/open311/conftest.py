import json

import defusedxml.ElementTree as ET
import pytest

from participation.feedback.models import ApiKey, ServiceAttribute, ServiceAttributeValue
from tests.factories import DepartmentFactory, ServiceCategoryFactory

BASE = "/open311/v2"
Datatype = ServiceAttribute.Datatype


@pytest.fixture
def department(db):
    return DepartmentFactory(
        code="environment",
        name_ko="환경과",
        name_en="Environment Division",
        name_zh_hans="环境科",
        name_ja="環境課",
        name_vi="Phòng Môi trường",
    )


@pytest.fixture
def noise(department):
    """A service with attributes: a required singlevaluelist, a multivaluelist, a number."""
    category = ServiceCategoryFactory(
        code="noise",
        name_ko="소음",
        name_en="Noise",
        name_zh_hans="噪音",
        name_ja="騒音",
        name_vi="Tiếng ồn",
        description_ko="공사장, 확성기, 이웃 소음",
        description_en="Construction sites, loudspeakers, neighbours",
        group="생활환경",
        keywords="소음,noise,噪音",
        department=department,
        sla_days=5,
        sort_order=1,
    )
    when = ServiceAttribute.objects.create(
        category=category,
        code="when",
        datatype=Datatype.SINGLEVALUELIST,
        required=True,
        description_ko="언제 들립니까?",
        description_en="When do you hear it?",
        description_zh_hans="什么时候听到？",
        order=1,
    )
    ServiceAttributeValue.objects.create(attribute=when, key="day", name_ko="낮", name_en="Day")
    ServiceAttributeValue.objects.create(
        attribute=when, key="night", name_ko="밤", name_en="Night", name_zh_hans="夜间"
    )
    sources = ServiceAttribute.objects.create(
        category=category,
        code="sources",
        datatype=Datatype.MULTIVALUELIST,
        description_ko="소음원",
        description_en="Sources",
        order=2,
    )
    for key, name_ko, name_en in [
        ("construction", "공사", "Construction"),
        ("music", "음악", "Music"),
        ("traffic", "교통", "Traffic"),
    ]:
        ServiceAttributeValue.objects.create(
            attribute=sources, key=key, name_ko=name_ko, name_en=name_en
        )
    ServiceAttribute.objects.create(
        category=category,
        code="floor",
        datatype=Datatype.NUMBER,
        description_ko="몇 층입니까?",
        order=3,
    )
    ServiceAttribute.objects.create(
        category=category,
        code="since",
        datatype=Datatype.DATETIME,
        description_ko="언제부터입니까?",
        order=4,
    )
    return category


@pytest.fixture
def streetlight(department):
    """A service without attributes."""
    return ServiceCategoryFactory(
        code="streetlight",
        name_ko="가로등 고장",
        name_en="Broken street light",
        department=department,
        sort_order=2,
    )


@pytest.fixture
def api_key(db):
    """The raw key of an active client."""
    _client, key = ApiKey.issue(name="Gangnam Mobile")
    return key


@pytest.fixture
def post_request(client, api_key, noise):
    """POST requests.<fmt> with valid defaults; keyword arguments override them (None drops
    a field)."""

    def post_(fmt="json", http_client=None, **fields):
        data = {
            "api_key": api_key,
            "service_code": "noise",
            "description": "밤마다 공사 소음이 너무 큽니다.",
            "lat": "37.517236",
            "long": "127.047325",
            "attribute[when]": "night",
        }
        data.update(fields)
        data = {name: value for name, value in data.items() if value is not None}
        return (http_client or client).post(f"{BASE}/requests.{fmt}", data)

    return post_


@pytest.fixture
def feedback_fields(noise):
    """A complaint in Korean about `noise`, with its required attribute answered."""
    return {
        "kind": "complaint",
        "category": noise,
        "text": "밤마다 공사 소음이 너무 큽니다.",
        "site_language": "ko",
        "consent": True,
        "contact_email": "resident@example.org",
        "attribute_answers": {"when": "night"},
    }


def json_of(response):
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content.decode("utf-8"))


def xml_of(response):
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(response.content)


def assert_spec_error(response, status: int, fmt: str = "json") -> str:
    """The spec's error format; returns the description."""
    assert response.status_code == status
    if fmt == "xml":
        root = xml_of(response)
        assert root.tag == "errors"
        (error,) = root.findall("error")
        assert error.findtext("code") == str(status)
        description = error.findtext("description")
    else:
        (error,) = json_of(response)
        assert set(error) == {"code", "description"}
        assert error["code"] == status
        description = error["description"]
    assert description
    return description
