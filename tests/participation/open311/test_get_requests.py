import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone, translation

from participation.feedback import services
from participation.feedback.models import FeedbackItem, Message, TranslationStatus
from participation.open311 import errors

from .conftest import BASE, assert_spec_error, json_of, xml_of

pytestmark = pytest.mark.django_db

Status = FeedbackItem.Status
WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$")


def get_requests(client, fmt="json", **params):
    return client.get(f"{BASE}/requests.{fmt}", params)


def test_a_request_shows_the_public_fields(client, submit):
    item = submit(location_text="역삼동 공사장", latitude="37.517236", longitude="127.047325")
    FeedbackItem.objects.filter(pk=item.pk).update(administrative_dong="역삼1동")

    (request,) = json_of(get_requests(client, locale="en"))

    item.refresh_from_db()
    assert request == {
        "service_request_id": str(item.pk),
        "status": "open",
        "status_notes": "",
        "service_name": "Noise",
        "service_code": "noise",
        "description": "밤마다 공사 소음이 너무 큽니다.",
        "agency_responsible": "Environment Division",
        "service_notice": request["service_notice"],
        "requested_datetime": timezone.localtime(item.created_at).isoformat(timespec="seconds"),
        "updated_datetime": timezone.localtime(item.updated_at).isoformat(timespec="seconds"),
        "expected_datetime": timezone.localtime(item.due_at).isoformat(timespec="seconds"),
        "address": "역삼1동",  # the typed place stays with staff
        "lat": 37.517,
        "long": 127.047,
    }
    assert request["service_notice"]


def test_datetimes_carry_the_seoul_offset(client, submit):
    item = submit()
    one_utc = datetime(2026, 11, 29, 1, 0, tzinfo=UTC)
    FeedbackItem.objects.filter(pk=item.pk).update(created_at=one_utc, due_at=one_utc)

    (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json"))

    assert request["requested_datetime"] == "2026-11-29T10:00:00+09:00"
    assert request["expected_datetime"] == "2026-11-29T10:00:00+09:00"
    assert WITH_OFFSET.match(request["updated_datetime"])
    root = xml_of(client.get(f"{BASE}/requests/{item.pk}.xml"))
    assert root.findtext("request/requested_datetime") == "2026-11-29T10:00:00+09:00"


@pytest.mark.parametrize(
    ("status", "public"),
    [
        (Status.RECEIVED, "open"),
        (Status.TRIAGED, "open"),
        (Status.IN_PROGRESS, "open"),
        (Status.ANSWERED, "closed"),
        (Status.CLOSED, "closed"),
        (Status.REJECTED, "closed"),
        (Status.DUPLICATE, "closed"),
    ],
)
def test_statuses_map_to_open_and_closed(client, submit, status, public):
    item = submit()
    FeedbackItem.objects.filter(pk=item.pk).update(status=status)

    (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json"))

    assert request["status"] == public


def test_status_filter(client, submit):
    open_item, closed_item = submit(), submit()
    FeedbackItem.objects.filter(pk=closed_item.pk).update(status=Status.ANSWERED)

    def ids(**params):
        return [r["service_request_id"] for r in json_of(get_requests(client, **params))]

    assert ids(status="open") == [str(open_item.pk)]
    assert ids(status="closed") == [str(closed_item.pk)]
    assert ids(status="open,closed") == [str(closed_item.pk), str(open_item.pk)]
    assert_spec_error(get_requests(client, status="pending"), 400)


def test_service_code_and_id_filters(client, submit, streetlight):
    noise_item, light_item, other = submit(), submit(category=streetlight), submit()
    FeedbackItem.objects.filter(pk=other.pk).update(created_at=timezone.now() - timedelta(days=400))

    def ids(**params):
        return {r["service_request_id"] for r in json_of(get_requests(client, **params))}

    assert ids(service_code="streetlight") == {str(light_item.pk)}
    assert ids(service_code="noise,streetlight") == {str(noise_item.pk), str(light_item.pk)}
    assert ids(service_request_id="x,99999999999999999999999") == set()
    # Ids override every other filter, the 90-day window included.
    assert ids(service_request_id=f"{light_item.pk},{other.pk},x", service_code="noise") == {
        str(light_item.pk),
        str(other.pk),
    }


def test_the_default_window_is_the_last_90_days(client, submit):
    now = timezone.now()
    recent, old = submit(), submit()
    FeedbackItem.objects.filter(pk=recent.pk).update(created_at=now - timedelta(days=89))
    FeedbackItem.objects.filter(pk=old.pk).update(created_at=now - timedelta(days=91))

    requests = json_of(get_requests(client))
    assert [r["service_request_id"] for r in requests] == [str(recent.pk)]

    start = (now - timedelta(days=100)).isoformat()
    end = (now - timedelta(days=90)).isoformat()
    requests = json_of(get_requests(client, start_date=start, end_date=end))
    assert [r["service_request_id"] for r in requests] == [str(old.pk)]


def test_dates_in_w3c_formats(client, submit):
    item = submit()
    FeedbackItem.objects.filter(pk=item.pk).update(
        created_at=datetime(2026, 11, 29, 1, 0, tzinfo=UTC)  # 10:00 in Seoul
    )

    def found(**params):
        return len(json_of(get_requests(client, **params)))

    assert found(start_date="2026-11-29T09:59:00+09:00", end_date="2026-11-29T10:01:00+09:00")
    assert found(start_date="2026-11-29T00:59Z", end_date="2026-11-29T01:01:00Z")
    assert found(start_date="2026-11-29T09:59:00", end_date="2026-11-29T10:01:00")  # Seoul
    assert found(start_date="2026-11-29", end_date="2026-11-29")  # the whole day
    # "+" sent unencoded arrives as a space.
    assert found(start_date="2026-11-29T09:59:00 09:00", end_date="2026-11-29T10:01:00 09:00")
    assert not found(start_date="2026-11-29T10:01:00+09:00", end_date="2026-11-30")
    assert found(start_date="2026-11-29T09:00:00+09:00")  # 90 days from there
    assert found(end_date="2026-11-30")  # 90 days up to there


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start_date": "yesterday"}, errors.DATE_INVALID),
        ({"end_date": "2026-13-45"}, errors.DATE_INVALID),
        ({"start_date": "2026-01-01", "end_date": "2026-11-29"}, errors.WINDOW_TOO_LONG),
        ({"start_date": "2026-11-29", "end_date": "2026-11-01"}, errors.DATES_REVERSED),
        ({"status": "open,maybe"}, errors.STATUS_INVALID),
    ],
)
def test_bad_filters_are_400(client, params, message):
    description = assert_spec_error(get_requests(client, **params), 400)

    with translation.override("en"):
        assert description.startswith(str(message).split("%")[0])


def test_at_most_1000_requests_newest_first(client, noise):
    now = timezone.now()
    FeedbackItem.objects.bulk_create(
        FeedbackItem(
            kind="complaint",
            category=noise,
            language="ko",
            site_language="ko",
            created_at=now - timedelta(minutes=minutes),
        )
        for minutes in range(1005)
    )

    requests = json_of(get_requests(client))

    assert len(requests) == 1000
    newest_first = list(
        FeedbackItem.objects.order_by("-created_at").values_list("pk", flat=True)[:1000]
    )
    assert [int(r["service_request_id"]) for r in requests] == newest_first
    assert len(xml_of(get_requests(client, fmt="xml")).findall("request")) == 1000


def test_event_survey_answers_are_not_service_requests(client, submit):
    submit(kind="event_survey", category=None, rating=5, text="좋았어요")

    assert json_of(get_requests(client)) == []


def test_one_request_is_a_list_of_one(client, submit):
    item = submit()

    response = client.get(f"{BASE}/requests/{item.pk}.json")
    (request,) = json_of(response)
    assert request["service_request_id"] == str(item.pk)

    root = xml_of(client.get(f"{BASE}/requests/{item.pk}.xml"))
    assert root.tag == "service_requests"
    (element,) = root.findall("request")
    assert element.findtext("service_request_id") == str(item.pk)


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("request_id", ["999999", "abc", "-1", "9" * 30])
def test_an_unknown_request_is_a_spec_404(client, fmt, request_id):
    description = assert_spec_error(client.get(f"{BASE}/requests/{request_id}.{fmt}"), 404, fmt=fmt)

    with translation.override("en"):
        assert description == str(errors.REQUEST_NOT_FOUND) % {"id": request_id}


def test_the_tracking_code_never_appears(client, submit):
    item = submit()

    bodies = [
        client.get(f"{BASE}/requests.json").content,
        client.get(f"{BASE}/requests.xml").content,
        client.get(f"{BASE}/requests/{item.pk}.json").content,
        client.get(f"{BASE}/requests/{item.pk}.xml").content,
    ]

    for body in bodies:
        assert item.tracking_code.encode() not in body
        assert item.display_code.encode() not in body
        assert b"resident@example.org" not in body


def reply(item, text, *, internal=False, **fields):
    return Message.objects.create(
        item=item,
        author=Message.Author.STAFF,
        is_internal=internal,
        text=text,
        language="ko",
        **fields,
    )


def test_status_notes_are_the_latest_reply_in_the_locale_else_korean(client, submit):
    item = submit(site_language="zh-hans", text="晚上施工噪音太大了。")
    reply(item, "확인 중입니다.")
    reply(
        item,
        "공사 현장에 야간 작업 중지를 요청했습니다.",
        translation_status=TranslationStatus.DONE,
        translation_language="zh-hans",
        translated_text="我们已要求施工现场停止夜间作业。",
    )

    def notes(**params):
        (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json", params))
        return request["status_notes"]

    assert notes(locale="zh-hans") == "我们已要求施工现场停止夜间作业。"
    assert notes(locale="zh") == "我们已要求施工现场停止夜间作业。"
    assert notes(locale="en") == "공사 현장에 야간 작업 중지를 요청했습니다."
    assert notes() == "공사 현장에 야간 작업 중지를 요청했습니다."


def test_internal_notes_never_appear(client, submit):
    item = submit()
    reply(item, "야간 작업 중지를 요청했습니다.")
    reply(item, "내부 메모: 민원인이 지난달에도 세 번 신고함", internal=True)

    for fmt in ("json", "xml"):
        for url in (f"{BASE}/requests.{fmt}", f"{BASE}/requests/{item.pk}.{fmt}"):
            body = client.get(url).content.decode()
            assert "내부 메모" not in body
            assert "야간 작업 중지를 요청했습니다." in body


def test_contact_data_in_the_text_is_masked(client, submit):
    item = submit(
        contact_name="王芳",
        text=(
            "我是王芳，邮箱wang.fang@example.cn，电话13800138000。"
            "也可以打 010-1234-5678 或 +82 2 3423 5114。2026-11-29 22:30 施工噪音。"
        ),
    )
    reply(item, "王芳 님께 010-9876-5432 로 연락드렸습니다.")

    (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json"))

    description = request["description"]
    for personal in ("王芳", "wang.fang@example.cn", "13800138000", "010-1234-5678", "3423 5114"):
        assert personal not in description
    assert "[email]" in description and "[phone]" in description and "[name]" in description
    assert "2026-11-29 22:30 施工噪音" in description  # a date is not a phone number
    assert "010-9876-5432" not in request["status_notes"]
    assert "王芳" not in request["status_notes"]


def test_erased_items_show_no_description(client, submit):
    item = submit(location_text="역삼동 123-4", latitude="37.5", longitude="127.0")
    reply(item, "답변드립니다.")
    services.erase_personal_data(item=item)

    (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json"))

    assert request["description"] == ""
    assert request["status_notes"] == ""
    assert request["address"] == ""
    assert request["lat"] is None and request["long"] is None
    assert request["status"] == "open"  # erasure leaves the status as it was


def test_the_list_takes_the_same_few_queries_however_many_requests(
    client, submit, django_assert_max_num_queries
):
    for number in range(5):
        item = submit()
        reply(item, f"답변 {number}")
        reply(item, f"메모 {number}", internal=True)

    with django_assert_max_num_queries(2):
        requests = json_of(get_requests(client, locale="en"))

    assert [r["status_notes"] for r in requests] == [f"답변 {n}" for n in reversed(range(5))]
