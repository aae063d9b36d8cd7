"""The feedback journey, the Open311 part: a complaint sent through the web form's
service, answered by staff in Korean, is visible through Open311 GET with the answer in the
resident's language."""

import pytest

from participation.feedback import services
from tests.factories import FeedbackStaffFactory

from .conftest import BASE, json_of, xml_of

pytestmark = pytest.mark.django_db

COMPLAINT = "我家附近的施工噪音太大了，晚上十点以后还在施工。"
REPLY_KO = "공사 현장에 야간 작업 중지를 요청했습니다."
REPLY_ZH = "我们已要求施工现场停止夜间作业。"


def test_a_web_complaint_and_its_answer_are_visible_through_open311(
    client, submit, department, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit(text=COMPLAINT, site_language="zh-hans", contact_email="wang@example.cn")
    staff = FeedbackStaffFactory()
    department.members.add(staff)

    (request,) = json_of(client.get(f"{BASE}/requests.json", {"locale": "zh-hans"}))
    assert request["service_request_id"] == str(item.pk)
    assert request["status"] == "open"
    assert request["description"] == COMPLAINT
    assert request["service_name"] == "噪音"
    assert request["agency_responsible"] == "环境科"

    with django_capture_on_commit_callbacks(execute=True):
        services.reply_as_staff(item=item, text=REPLY_KO, user=staff)

    (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json", {"locale": "zh-hans"}))
    assert request["status"] == "closed"  # answered
    assert request["status_notes"] == REPLY_ZH
    (request,) = json_of(client.get(f"{BASE}/requests/{item.pk}.json"))
    assert request["status_notes"] == REPLY_KO
    root = xml_of(client.get(f"{BASE}/requests.xml", {"locale": "zh_Hans"}))
    assert root.findtext("request/status_notes") == REPLY_ZH
    assert root.findtext("request/description") == COMPLAINT
    body = client.get(f"{BASE}/requests.json").content
    assert item.tracking_code.encode() not in body
    assert b"wang@example.cn" not in body
