import pytest
from django.test import Client
from django.utils import translation

from participation.feedback.models import ApiKey, FeedbackItem
from participation.open311 import errors

from .conftest import BASE, assert_spec_error, json_of, xml_of

pytestmark = pytest.mark.django_db


def test_a_request_is_received_as_an_open311_complaint(post_request, api_key, noise):
    response = post_request(email="resident@example.org", first_name="민수", last_name="김")

    assert response.status_code == 200
    (created,) = json_of(response)
    assert set(created) == {"service_request_id", "service_notice", "account_id"}
    item = FeedbackItem.objects.get()
    assert created["service_request_id"] == str(item.pk)
    assert created["account_id"] is None
    assert "5" in created["service_notice"]  # the category's SLA in days
    assert item.channel == FeedbackItem.Channel.OPEN311
    assert item.kind == "complaint"
    assert item.category == noise
    assert item.department == noise.department
    assert item.messages.get().text == "밤마다 공사 소음이 너무 큽니다."
    assert item.language == "ko"
    assert item.consent_given_at is not None
    assert item.contact_email == "resident@example.org"
    assert item.contact_name == "민수 김"
    assert str(item.latitude) == "37.517236"
    assert str(item.longitude) == "127.047325"
    assert item.attribute_answers == {"when": "night"}
    client_key = ApiKey.objects.get()
    assert item.api_client == client_key
    assert client_key.last_used_at is not None


def test_the_public_id_is_not_the_tracking_code(post_request):
    for fmt in ("json", "xml"):
        response = post_request(fmt=fmt)
        item = FeedbackItem.objects.latest("pk")
        assert item.tracking_code.encode() not in response.content
        assert item.display_code.encode() not in response.content
        assert item.tracking_code.lower().encode() not in response.content


def test_xml_answer(post_request):
    response = post_request(fmt="xml")

    assert response.status_code == 200
    root = xml_of(response)
    assert root.tag == "service_requests"
    (request,) = root.findall("request")
    assert request.findtext("service_request_id") == str(FeedbackItem.objects.get().pk)
    assert request.findtext("service_notice")
    assert request.find("account_id") is not None


def test_csrf_does_not_apply_to_api_clients(post_request):
    response = post_request(http_client=Client(enforce_csrf_checks=True))

    assert response.status_code == 200


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(
    ("key", "message"),
    [
        (None, errors.API_KEY_MISSING),
        ("", errors.API_KEY_MISSING),
        ("guess", errors.API_KEY_INVALID),
    ],
)
def test_without_a_valid_api_key_it_is_403(post_request, fmt, key, message):
    response = post_request(fmt=fmt, api_key=key)

    description = assert_spec_error(response, 403, fmt=fmt)
    with translation.override("en"):
        assert description == str(message)
    assert not FeedbackItem.objects.exists()


def test_a_revoked_key_is_403(post_request):
    ApiKey.objects.update(is_active=False)

    assert_spec_error(post_request(), 403)
    assert not FeedbackItem.objects.exists()
    assert ApiKey.objects.get().last_used_at is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"description": "가" * 4001}, errors.DESCRIPTION_TOO_LONG),
        ({"description": None}, errors.DESCRIPTION_MISSING),
        ({"description": "   "}, errors.DESCRIPTION_MISSING),
        ({"service_code": None}, errors.SERVICE_CODE_MISSING),
        ({"lat": None, "long": None}, errors.LOCATION_MISSING),
        ({"long": None}, errors.LOCATION_INCOMPLETE),
        ({"attribute[when]": None}, errors.ATTRIBUTE_MISSING),
        ({"attribute[when]": "sometimes"}, errors.ATTRIBUTE_NOT_A_KEY),
        ({"attribute[when]": ["day", "night"]}, errors.ATTRIBUTE_ONE_VALUE),
        ({"attribute[colour]": "red"}, errors.ATTRIBUTE_UNKNOWN),
        ({"attribute[sources][]": ["music", "fireworks"]}, errors.ATTRIBUTE_NOT_A_KEY),
        ({"attribute[floor]": "third"}, errors.ATTRIBUTE_NOT_A_NUMBER),
        ({"attribute[floor]": "NaN"}, errors.ATTRIBUTE_NOT_A_NUMBER),
        ({"attribute[since]": "yesterday"}, errors.ATTRIBUTE_NOT_A_DATETIME),
        ({"email": "not-an-email"}, errors.EMAIL_INVALID),
        ({"description": "소음\x00"}, errors.NULL_CHARACTER),
    ],
)
def test_bad_requests_are_400_and_store_nothing(post_request, fields, message):
    response = post_request(**fields)

    description = assert_spec_error(response, 400)
    with translation.override("en"):
        assert description.startswith(str(message).split("%")[0])
    assert not FeedbackItem.objects.exists()


def test_a_point_out_of_range_is_400(post_request):
    assert_spec_error(post_request(lat="91", long="127"), 400)
    assert_spec_error(post_request(lat="north", long="127"), 400)
    assert not FeedbackItem.objects.exists()


def test_a_bad_request_is_400_in_xml_too(post_request):
    assert_spec_error(post_request(fmt="xml", service_code=None), 400, fmt="xml")


def test_exactly_4000_characters_are_accepted(post_request):
    assert post_request(description="가" * 4000).status_code == 200


@pytest.mark.parametrize(
    ("location", "address"),
    [
        (
            {"lat": None, "long": None, "address_string": "서울 강남구 역삼로 123"},
            "서울 강남구 역삼로 123",
        ),
        ({"lat": None, "long": None, "address_id": "1168010100"}, "1168010100"),
        ({}, ""),
    ],
)
def test_either_a_point_or_an_address_will_do(post_request, location, address):
    assert post_request(**location).status_code == 200

    assert FeedbackItem.objects.get().location_text == address


@pytest.mark.parametrize(
    ("names", "stored"),
    [
        ({"first_name": "Nguyễn"}, "Nguyễn"),
        ({"last_name": "王芳"}, "王芳"),
        ({"first_name": "Aung"}, "Aung"),
        ({"first_name": " 王芳 ", "last_name": ""}, "王芳"),
        ({}, ""),
    ],
)
def test_single_token_names_are_accepted(post_request, names, stored):
    assert post_request(**names).status_code == 200

    assert FeedbackItem.objects.get().contact_name == stored


def test_contact_details_are_optional_and_the_phone_is_not_kept(post_request):
    assert (
        post_request(phone="010-1234-5678", media_url="https://example.org/a.jpg").status_code
        == 200
    )

    item = FeedbackItem.objects.get()
    assert item.contact_email == ""
    stored = " ".join(str(value) for value in vars(item).values())
    assert "1234-5678" not in stored
    assert "example.org/a.jpg" not in stored


def test_attribute_answers_are_checked_and_kept(post_request):
    response = post_request(
        **{
            "attribute[sources][]": ["construction", "music", "construction"],
            "attribute[floor]": "3",
            "attribute[since]": "2026-11-28T22:00:00",
        }
    )

    assert response.status_code == 200
    assert FeedbackItem.objects.get().attribute_answers == {
        "when": "night",
        "sources": ["construction", "music"],
        "floor": "3",
        "since": "2026-11-28T22:00:00+09:00",
    }


def test_the_locale_sets_the_site_language(post_request):
    post_request(locale="zh_Hans", description="晚上施工噪音太大了。")

    item = FeedbackItem.objects.get()
    assert item.site_language == "zh-hans"
    assert item.language == "zh-hans"


def test_submissions_are_rate_limited_per_api_key(post_request, settings):
    settings.OPEN311_RATE_LIMIT_PER_HOUR = 2
    assert post_request(http_client=Client(REMOTE_ADDR="10.0.0.1")).status_code == 200
    assert post_request(http_client=Client(REMOTE_ADDR="10.0.0.2")).status_code == 200

    response = post_request(http_client=Client(REMOTE_ADDR="10.0.0.3"))

    assert_spec_error(response, 429)
    assert 0 < int(response["Retry-After"]) <= 3600
    assert FeedbackItem.objects.count() == 2


def test_guessing_api_keys_is_rate_limited_per_address(post_request, api_key, settings):
    settings.OPEN311_FAILED_KEY_LIMIT_PER_HOUR = 2
    prober, elsewhere = Client(REMOTE_ADDR="10.0.0.9"), Client(REMOTE_ADDR="10.0.0.10")
    assert_spec_error(post_request(http_client=prober, api_key="guess-1"), 403)
    assert_spec_error(post_request(http_client=prober, api_key=None), 403)

    response = post_request(http_client=prober, api_key="guess-3")

    description = assert_spec_error(response, 429)
    with translation.override("en"):
        assert description == str(errors.API_KEY_ATTEMPTS)
    assert 0 < int(response["Retry-After"]) <= 3600
    # Another address is not held back, nor is a valid key (the limit counts failures only).
    assert_spec_error(post_request(http_client=elsewhere, api_key="guess-4"), 403)
    assert post_request(http_client=prober, api_key=api_key).status_code == 200


def test_submissions_are_rate_limited_per_email(post_request, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 1
    first, second = Client(REMOTE_ADDR="10.0.0.1"), Client(REMOTE_ADDR="10.0.0.2")
    assert post_request(http_client=first, email="wang@example.cn").status_code == 200

    response = post_request(http_client=second, email="WANG@example.cn")

    assert_spec_error(response, 429)
    # The same client and address, for another resident: the limit was the email's.
    assert post_request(http_client=second, email="other@example.cn").status_code == 200
    assert FeedbackItem.objects.count() == 2


def test_errors_are_in_english_unless_a_locale_is_given(post_request):
    english = assert_spec_error(post_request(service_code=None), 400)
    korean = assert_spec_error(post_request(service_code=None, locale="ko"), 400)
    unknown = assert_spec_error(post_request(service_code=None, locale="fr"), 400)

    with translation.override("en"):
        assert english == unknown == str(errors.SERVICE_CODE_MISSING)
    with translation.override("ko"):
        assert korean == str(errors.SERVICE_CODE_MISSING)
    assert korean != english  # needs the Korean catalogue entry


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_405(client, method):
    response = getattr(client, method)(f"{BASE}/requests.json")

    assert_spec_error(response, 405)
    assert response["Allow"] == "GET, POST, HEAD"


def test_the_detail_endpoint_takes_no_post(client, post_request):
    post_request()
    item = FeedbackItem.objects.get()

    assert_spec_error(client.post(f"{BASE}/requests/{item.pk}.json"), 405)
