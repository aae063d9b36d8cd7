"""Text goes in through POST and comes back through GET exactly as it was sent."""

import json
import unicodedata

import pytest

from participation.feedback.models import FeedbackItem

from .conftest import BASE, json_of, xml_of

pytestmark = pytest.mark.django_db

HANGUL = "강남구 역삼동 공사장에서 밤 11시까지 소음이 납니다. 확인 부탁드립니다!"


def post_and_get_back(post_request, client, text: str, fmt: str, **fields):
    response = post_request(fmt=fmt, description=text, **fields)
    assert response.status_code == 200
    item = FeedbackItem.objects.latest("pk")
    return client.get(f"{BASE}/requests/{item.pk}.{fmt}")


def test_hangul_round_trips_byte_exact_in_json(post_request, client):
    response = post_and_get_back(
        post_request, client, HANGUL, "json", first_name="지훈", last_name="박"
    )

    (request,) = json_of(response)
    assert request["description"] == HANGUL
    assert HANGUL.encode("utf-8") in response.content  # not \uXXXX escapes
    assert "지훈".encode() not in response.content  # the name is contact data


def test_hangul_round_trips_byte_exact_in_xml(post_request, client):
    response = post_and_get_back(post_request, client, HANGUL, "xml", first_name="지훈")

    assert xml_of(response).findtext("request/description") == HANGUL
    assert HANGUL.encode("utf-8") in response.content  # not character references
    assert "지훈".encode() not in response.content


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(
    "text",
    [
        # Decomposed Hangul (NFD, as some keyboards send it) stays decomposed.
        unicodedata.normalize("NFD", HANGUL),
        # Line breaks as a browser sends them, and characters XML must escape.
        "첫째 줄\r\n둘째 줄 <b>굵게</b> & \"따옴표\" 'quote'\r\n\t셋째 줄",
        "中文：晚上施工噪音太大了。日本語：夜の工事がうるさいです。Tiếng Việt: ồn quá!",
        "이모지도 됩니다 🙏🏻 👍 그리고 한자 漢字",
    ],
)
def test_any_text_round_trips_exactly(post_request, client, fmt, text):
    response = post_and_get_back(post_request, client, text, fmt)

    if fmt == "json":
        (request,) = json_of(response)
        assert request["description"] == text
    else:
        assert xml_of(response).findtext("request/description") == text


def test_the_list_carries_hangul_too(post_request, client):
    assert post_request(fmt="xml", description=HANGUL).status_code == 200

    json_list = client.get(f"{BASE}/requests.json").content
    xml_list = client.get(f"{BASE}/requests.xml").content

    assert json.loads(json_list)[0]["description"] == HANGUL
    assert HANGUL.encode() in json_list
    assert HANGUL.encode() in xml_list


def test_characters_xml_cannot_carry_are_left_out_and_the_document_stays_well_formed(
    post_request, client
):
    response = post_and_get_back(post_request, client, "소음\x0b이 심해요\x1f", "xml")

    assert xml_of(response).findtext("request/description") == "소음이 심해요"
