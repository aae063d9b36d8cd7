"""The feedback journey over HTTP: a Chinese resident complains without an account, staff
read it in Korean and answer in Korean in the admin, the resident reads the answer in Chinese
on the status page and by email and rates it, and Open311 GET shows the same complaint."""

import json

import pytest
from django.core import mail
from django.test import Client
from wagtail.users.models import UserProfile

from participation.feedback.models import FeedbackItem
from tests.factories import FeedbackStaffFactory

pytestmark = pytest.mark.django_db

COMPLAINT = "我家附近的施工噪音太大了，晚上十点以后还在施工。"
COMPLAINT_KO = "집 근처 공사 소음이 너무 큽니다. 밤 10시 이후에도 공사를 합니다."
REPLY_KO = "공사 현장에 야간 작업 중지를 요청했습니다."
REPLY_ZH = "我们已要求施工现场停止夜间作业。"


def test_chinese_complaint_answered_in_korean_read_in_chinese(
    category, department, libretranslate, no_staff_mfa, django_capture_on_commit_callbacks
):
    resident = Client()
    with django_capture_on_commit_callbacks(execute=True):
        sent = resident.post(
            "/zh-hans/feedback/",
            {
                "kind": "complaint",
                "category": category.pk,
                "text": COMPLAINT,
                "contact_email": "wang@example.cn",
                "consent": "on",
            },
        )
    item = FeedbackItem.objects.get()
    status_page = sent["Location"].removesuffix("sent/")
    assert item.language == "zh-hans" and item.user is None

    # Staff of the department read it in Korean …
    staff = FeedbackStaffFactory()
    department.members.add(staff)
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "ko"  # the admin in Korean
    profile.save()
    office = Client()
    office.force_login(staff)
    detail = office.get(f"/admin/feedback/{item.pk}/").content.decode()
    assert COMPLAINT_KO in detail and COMPLAINT in detail

    # … and answer in Korean, then close it.
    with django_capture_on_commit_callbacks(execute=True):
        office.post(f"/admin/feedback/{item.pk}/reply/", {"reply-text": REPLY_KO})
    with django_capture_on_commit_callbacks(execute=True):
        office.post(f"/admin/feedback/{item.pk}/status/", {"status-status": "closed"})
    item.refresh_from_db()
    assert item.status == FeedbackItem.Status.CLOSED

    # The resident reads the answer in Chinese, on the page and by email.
    page = resident.get(status_page).content.decode()
    assert REPLY_ZH in page
    assert "从韩语机器翻译" in page  # marked as machine-translated, in Chinese
    emails_to_resident = [m for m in mail.outbox if m.to == ["wang@example.cn"]]
    assert [REPLY_ZH in m.body for m in emails_to_resident].count(True) == 1
    assert all(item.display_code in m.subject for m in emails_to_resident)

    # … and rates it.
    resident.post(f"{status_page}rate/", {"rating": 5})
    item.refresh_from_db()
    assert item.rating == 5

    # Open311 clients see the same complaint, closed, with the answer in Chinese.
    answer = Client().get(f"/open311/v2/requests/{item.pk}.json", {"locale": "zh-hans"})
    (request,) = json.loads(answer.content)
    assert (request["status"], request["description"]) == ("closed", COMPLAINT)
    assert request["status_notes"] == REPLY_ZH
