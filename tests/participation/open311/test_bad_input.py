"""Input that once made Open311 answer a server error, an HTML page or a misleading status:
each answers in the spec's error format, with the status the spec names."""

import pytest
from django.test import Client

from participation.feedback.models import ApiKey, FeedbackItem

from .conftest import BASE, assert_spec_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("number", ["NaN", "nan", "inf", "-inf", "Infinity", "1e999", "-1e999"])
@pytest.mark.parametrize("field", ["lat", "long"])
def test_a_non_finite_coordinate_is_400(post_request, field, number):
    assert_spec_error(post_request(**{field: number}), 400)
    assert not FeedbackItem.objects.exists()


@pytest.mark.parametrize(
    "params",
    [
        {"start_date": "0001-01-01"},
        {"start_date": "9999-12-31"},
        {"end_date": "0001-01-01T00:00:00+14:00"},
        {"end_date": "9999-12-31T23:59:59-14:00"},
        {"start_date": "9999-12-31T23:59:59-14:00", "end_date": "9999-12-31T23:59:59-14:00"},
        {"start_date": "0001-01-01", "end_date": "0001-01-02"},
    ],
)
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_dates_at_the_ends_of_the_calendar_are_400(client, params, fmt):
    assert_spec_error(client.get(f"{BASE}/requests.{fmt}", params), 400, fmt)


@pytest.mark.parametrize(
    "value",
    [
        "2026-W45",
        "2026-W45-1",
        "2026-333",
        "２０２６-１１-２９",
        "2026-11-29T10:00:00+０９:00",
        "2026-11-29T１０:00:00",
        "2" * 5000,
        "2026-11-29T10:00:00." + "1" * 5000,
        "20261129",
        "2026-11-29T10:00:00+09:00:00",
    ],
)
def test_dates_must_be_strict_iso_8601(client, value):
    assert_spec_error(client.get(f"{BASE}/requests.json", {"start_date": value}), 400)


def test_an_over_large_post_answers_in_the_spec_format(client, api_key, noise):
    body = {"api_key": api_key, "service_code": "noise", "description": "x" * 3_000_000}

    for fmt in ("json", "xml"):
        response = client.post(f"{BASE}/requests.{fmt}", body)

        assert_spec_error(response, 413, fmt)
    assert not FeedbackItem.objects.exists()


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "cp037", "latin-1"])
def test_a_body_in_another_charset_than_utf_8_is_400_in_the_spec_format(client, api_key, charset):
    body = f"api_key={api_key}&service_code=noise&description=x".encode(charset)
    response = client.generic(
        "POST",
        f"{BASE}/requests.json",
        body,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )

    assert_spec_error(response, 400)


def test_an_unknown_service_code_on_post_is_404(post_request):
    assert_spec_error(post_request(service_code="unknown"), 404)
    assert_spec_error(post_request(fmt="xml", service_code="unknown"), 404, "xml")
    assert not FeedbackItem.objects.exists()


@pytest.mark.parametrize("jurisdiction", ["", "gangnam.go.kr"])
def test_the_portal_s_own_jurisdiction_is_accepted(client, post_request, settings, jurisdiction):
    settings.OPEN311_JURISDICTION_ID = "gangnam.go.kr"

    assert post_request(jurisdiction_id=jurisdiction).status_code == 200
    assert client.get(f"{BASE}/services.json", {"jurisdiction_id": jurisdiction}).status_code == 200


def test_an_unknown_jurisdiction_is_404(client, post_request, settings):
    settings.OPEN311_JURISDICTION_ID = "gangnam.go.kr"

    assert_spec_error(post_request(jurisdiction_id="seocho.go.kr"), 404)
    for endpoint in ("services.json", "services/noise.json", "requests.json", "discovery.json"):
        assert_spec_error(
            client.get(f"{BASE}/{endpoint}", {"jurisdiction_id": "seocho.go.kr"}), 404
        )
    assert not FeedbackItem.objects.exists()


def test_an_api_key_in_the_query_string_is_refused(client, api_key, noise):
    response = client.post(
        f"{BASE}/requests.json?api_key={api_key}",
        {
            "service_code": "noise",
            "description": "소음",
            "address_string": "역삼동 1",
            "attribute[when]": "day",
        },
    )

    description = assert_spec_error(response, 400)
    assert "api_key" in description and "body" in description
    assert not FeedbackItem.objects.exists()
    assert ApiKey.objects.get().last_used_at is None


def test_an_api_key_in_the_query_string_is_refused_even_with_one_in_the_body(
    client, api_key, noise
):
    response = Client().post(
        f"{BASE}/requests.json?api_key={api_key}",
        {
            "api_key": api_key,
            "service_code": "noise",
            "description": "소음",
            "address_string": "역삼동 1",
            "attribute[when]": "day",
        },
    )

    assert_spec_error(response, 400)
    assert not FeedbackItem.objects.exists()
