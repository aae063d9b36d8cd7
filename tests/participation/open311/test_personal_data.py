"""Personal data stays where the consent says: the examples seen on the public API, each
through every public answer (list and by id, JSON and XML)."""

import pytest
from django.utils import translation

from participation.feedback.forms import CONSENT_LABEL
from participation.feedback.models import FeedbackItem
from participation.open311.openapi import document

from .conftest import json_of
from .published import published_bodies, published_requests

pytestmark = pytest.mark.django_db


def created_item(response) -> FeedbackItem:
    (created,) = json_of(response)
    return FeedbackItem.objects.get(pk=created["service_request_id"])


def test_a_name_split_across_first_and_last_name_is_masked_written_together(client, post_request):
    item = created_item(
        post_request(first_name="길동", last_name="홍", description="저는 홍길동입니다.")
    )

    for request in published_requests(client, item):
        assert request["description"] == "저는 [name]입니다."


@pytest.mark.parametrize(
    "written", ["홍길동", "길동 홍", "홍 길동", "길동홍", "홍　길동"], ids=repr
)
def test_a_korean_name_is_masked_in_either_order(client, submit, written):
    item = submit(contact_name="홍길동", text=f"{written} 드림. 소음이 큽니다.")

    for request in published_requests(client, item):
        assert request["description"] == "[name] 드림. 소음이 큽니다."


@pytest.mark.parametrize(
    "written", ["Minh Nguyen", "NGUYEN MINH", "nguyen, minh", "Nguyễn Minh"], ids=repr
)
def test_a_latin_name_is_masked_in_either_order_and_any_case(client, post_request, written):
    item = created_item(
        post_request(first_name="Minh", last_name="Nguyễn", description=f"I am {written}.")
    )

    for request in published_requests(client, item):
        assert request["description"] == "I am [name]."


@pytest.mark.parametrize(
    "email",
    [
        "hong＠example.com",
        "ｈｏｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "josé@example.com",
        "user@bücher.de",
        "홍길동@예시.한국",
    ],
    ids=repr,
)
def test_full_width_and_internationalised_emails_are_masked(client, post_request, email):
    item = created_item(post_request(description=f"연락처 {email} 입니다."))

    for request in published_requests(client, item):
        assert request["description"] == "연락처 [email] 입니다."


@pytest.mark.parametrize(
    "phone",
    [
        "010/1234/5678",
        "010_1234_5678",
        "010.1234.5678",
        "010 1234 5678",
        "010-1234-5678",
        "01012345678",
        "０１０－１２３４－５６７８",
        "+82 10-1234-5678",
        "+82-10-1234-5678",
        "(+82) 010-1234-5678",
        "82-10-1234-5678",
        "02-1234-5678",
        "(02) 123-4567",
        "010.12345678",
        "+82 10.1234 5678",
        "011.123 4567",
    ],
    ids=repr,
)
def test_phones_with_any_separator_and_plus_82_forms_are_masked(client, post_request, phone):
    item = created_item(post_request(description=f"전화 {phone} 로 주세요."))

    for request in published_requests(client, item):
        assert request["description"] == "전화 [phone] 로 주세요."


@pytest.mark.parametrize(
    "text",
    [
        "2026년 3월 15일부터 공사 소음이 납니다.",
        "2026-03-15 22:30에 시작했습니다.",
        "2026/03/15, 2026.03.16 이틀 동안입니다.",
        "주민 250명이 서명했고 피해액은 1,500,000원입니다.",
        "Thiệt hại 15.000.000.000 đồng, 3 lần trong 12 tháng.",
        "좌표는 37.517236, 127.047325 근처입니다.",
        "Between 2024 and 2026, about 35,000 people.",
        "22:30 1000000명이 들었습니다.",
        "좌표 37.5172 127.0473 부근, 3 2026-03-15 기준",
    ],
    ids=repr,
)
def test_ordinary_numbers_are_published_unchanged(client, post_request, text):
    item = created_item(post_request(description=text))

    for request in published_requests(client, item):
        assert request["description"] == text


def test_the_typed_address_is_never_published(client, post_request, submit):
    posted = created_item(post_request(address_string="역삼로 123-4 2층", lat=None, long=None))
    typed = submit(location_text="테헤란로 152 앞 우리집", latitude="37.5", longitude="127.04")

    for item, address in ((posted, "역삼로 123-4"), (typed, "테헤란로 152")):
        assert address not in published_bodies(client, item)
        for request in published_requests(client, item):
            assert request["address"] == ""


def test_coordinates_are_published_rounded_to_about_100_m(client, post_request):
    item = created_item(post_request(lat="37.517236", long="127.047325"))

    for request in published_requests(client, item):
        assert (request["lat"], request["long"]) == (37.517, 127.047)
    body = published_bodies(client, item)
    assert "37.517236" not in body and "127.047325" not in body


def test_the_administrative_dong_is_published_as_the_address(client, submit):
    item = submit(location_text="삼성동 봉은사로 524 부근", latitude="37.514", longitude="127.0573")
    FeedbackItem.objects.filter(pk=item.pk).update(administrative_dong="삼성1동")

    for request in published_requests(client, item):
        assert request["address"] == "삼성1동"


def test_erasure_removes_the_administrative_dong(submit):
    from participation.feedback import services

    item = submit(latitude="37.514", longitude="127.0573")
    FeedbackItem.objects.filter(pk=item.pk).update(administrative_dong="삼성1동")

    item = services.erase_personal_data(item=item)

    assert item.administrative_dong == ""


@pytest.mark.parametrize("language", ["ko", "en", "zh-hans", "ja", "vi"])
def test_the_consent_names_the_published_location(language):
    with translation.override(language):
        consent = str(CONSENT_LABEL)

    assert "100" in consent  # the coordinates' precision
    if language != "en":
        with translation.override("en"):
            assert consent != str(CONSENT_LABEL)  # translated, not the English


def test_the_openapi_document_says_what_is_published():
    request = document()["components"]["schemas"]["ServiceRequests"]["items"]["properties"]
    assert "administrative dong" in request["address"]["description"]
    assert "never" in request["address"]["description"]
    assert "3 decimals (about 100 m)" in request["lat"]["description"]
    assert "3 decimals" in request["long"]["description"]
    new = document()["components"]["schemas"]["NewServiceRequest"]["properties"]
    assert "never published" in new["address_string"]["description"]


def test_the_typed_place_repeated_in_the_message_is_masked(client, post_request, submit):
    posted = created_item(
        post_request(
            address_string="역삼로 123-4 2층",
            lat=None,
            long=None,
            description="역삼로 123-4  2층 우리 집 앞에서 밤마다 공사를 합니다.",
        )
    )
    typed = submit(location_text="Teheran-ro 152", text="Noise at TEHERAN-RO 152 every night.")

    for item, expected in (
        (posted, "[address] 우리 집 앞에서 밤마다 공사를 합니다."),
        (typed, "Noise at [address] every night."),
    ):
        for request in published_requests(client, item):
            assert request["description"] == expected
