"""Every public feedback form lists its errors at the top, each linked to its field."""

import pytest
from django.utils import timezone

from participation.feedback import services
from participation.feedback.models import FeedbackItem
from tests.factories import FeedbackStaffFactory
from tests.support.forms import error_summary

pytestmark = pytest.mark.django_db

HEADINGS = {
    "ko": "입력 내용에 문제가 있습니다",
    "en": "There is a problem",
    "zh-hans": "出现了问题",
    "ja": "入力内容に問題があります",
    "vi": "Có vấn đề cần sửa",
}


@pytest.mark.parametrize("language", HEADINGS)
def test_the_empty_feedback_form_says_what_to_do_in_each_language(client, category, language):
    response = client.post(f"/{language}/feedback/", {"website": ""})

    heading, messages, targets = error_summary(response.content)
    assert heading == HEADINGS[language]
    assert targets == ["id_kind_0", "id_category", "id_text", "id_contact_email", "id_consent"]
    assert not any("required" in message or "必" in message for message in messages)
    assert response.content.decode().count("data-error-summary") == 1


def test_the_summary_names_the_dong_when_the_device_location_is_wrong(client, category):
    response = client.post("/en/feedback/", {"latitude": "35.18", "longitude": "129.08"})

    _heading, messages, targets = error_summary(response.content)
    assert "id_dong" in targets
    assert "The location from your device is outside Seoul." in " ".join(messages)


@pytest.fixture
def closed_item(submit, libretranslate):
    item = submit()
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    return item


def test_an_empty_follow_up(client, submit, libretranslate):
    item = submit()
    response = client.post(f"/en/feedback/status/{item.tracking_code}/follow-up/", {"text": ""})

    assert response.status_code == 400
    _heading, messages, targets = error_summary(response.content, "follow-up-errors")
    assert (messages, targets) == (["Please write your message."], ["follow-up-text"])


def test_a_rating_without_a_choice(client, closed_item):
    response = client.post(f"/ja/feedback/status/{closed_item.tracking_code}/rate/", {})

    assert response.status_code == 400
    heading, _messages, targets = error_summary(response.content, "rate-errors")
    assert (heading, targets) == (HEADINGS["ja"], ["rate-rating_0"])


def test_a_late_reopen_explains_itself_at_the_top(client, closed_item):
    FeedbackItem.objects.filter(pk=closed_item.pk).update(
        closed_at=timezone.now() - timezone.timedelta(days=30)
    )
    response = client.post(f"/en/feedback/status/{closed_item.tracking_code}/reopen/", {})

    assert response.status_code == 400
    _heading, messages, targets = error_summary(response.content, "reopen-errors")
    assert len(messages) == 1 and targets == []  # not about a field: no link


def test_an_empty_tracking_code_lookup(client):
    response = client.get("/vi/feedback/status/", {"code": ""})

    heading, messages, targets = error_summary(response.content)
    assert (heading, messages, targets) == (
        HEADINGS["vi"],
        ["Vui lòng nhập mã theo dõi của bạn."],
        ["id_code"],
    )
