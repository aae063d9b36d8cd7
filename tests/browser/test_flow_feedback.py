"""A Chinese resident complains at /zh-hans/feedback/ without an account; a member of the
department reads it in Korean, triages it and answers in Korean in the Wagtail admin; the
resident follows the reply email to the status page, reads the answer in Chinese and rates
it. Translation goes through Celery (a real worker in CI) to the fake LibreTranslate."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.feedback.models import FeedbackItem
from participation.feedback.notifications import SUBJECTS
from tests.browser.background import reload_until
from tests.factories import DepartmentFactory, FeedbackStaffFactory, ServiceCategoryFactory

pytestmark = pytest.mark.browser

RESIDENT = "wang.fang@example.cn"
# The fake provider's phrase book has these (tests/support/libretranslate_server.py).
COMPLAINT = "我家附近的施工噪音太大了，晚上十点以后还在施工。"
COMPLAINT_KO = "집 근처 공사 소음이 너무 큽니다. 밤 10시 이후에도 공사를 합니다."
REPLY_KO = "공사 현장에 야간 작업 중지를 요청했습니다."
REPLY_ZH = "我们已要求施工现场停止夜间作业。"


@pytest.fixture
def department(transactional_db):
    department = DepartmentFactory(code="environment", name_ko="환경과", name_en="Environment")
    ServiceCategoryFactory(
        code="noise", name_ko="소음", name_en="Noise", name_zh_hans="噪音", department=department
    )
    return department


def test_chinese_complaint_answered_in_korean_read_and_rated_in_chinese(
    new_page, home_pages, department, libretranslate, background, staff_browser
):
    background.start(
        TRANSLATION_PROVIDER="libretranslate",
        TRANSLATION_API_URL=libretranslate.url,
        TRANSLATION_TIMEOUT_SECONDS="10",
    )
    resident = new_page("zh-CN")

    resident.goto("/zh-hans/feedback/")
    resident.get_by_role("radio", name="投诉").check()
    resident.get_by_role("combobox", name="主题").select_option(label="噪音")
    resident.get_by_role("textbox", name="您的留言").fill(COMPLAINT)
    resident.get_by_role("textbox", name="电子邮件地址").fill(RESIDENT)
    resident.get_by_role("checkbox", name="我同意").check()
    resident.get_by_role("button", name="提交", exact=True).click()

    expect(resident.get_by_role("heading", level=1)).to_have_text("您的意见已提交")
    item = FeedbackItem.objects.get()
    assert (item.user, item.language) == (None, "zh-hans")
    expect(resident.locator("#tracking-code")).to_have_text(item.display_code)
    resident.get_by_role("link", name="打开处理进度页面").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("您的意见")

    # A member of the department, in the admin in Korean.
    staff = FeedbackStaffFactory()
    department.members.add(staff)
    office = staff_browser(staff, "ko")
    office.goto(f"/admin/feedback/{item.pk}/")
    conversation = office.locator(".feedback-message__text")
    expect(conversation.filter(has_text=COMPLAINT)).to_be_visible()
    reload_until(office, conversation.filter(has_text=COMPLAINT_KO))  # translated by the worker

    change_status(office, "분류 완료")
    office.get_by_role("textbox", name="한국어로 답변").fill(REPLY_KO)
    office.get_by_role("button", name="답변 보내기").click()
    expect(office.get_by_text("답변을 저장했습니다.")).to_be_visible()
    change_status(office, "종결")

    # The answer reaches the resident by email and on the status page, in Chinese.
    with translation.override("zh-hans"):
        reply_subject = SUBJECTS["reply"]() % {"code": item.display_code}
    reply = background.wait_for_mail(to=RESIDENT, subject=reply_subject)
    assert REPLY_ZH in reply.body
    resident.goto(reply.link("/zh-hans/feedback/status/"))
    expect(resident.get_by_text(REPLY_ZH)).to_be_visible()
    expect(resident.get_by_text("从韩语机器翻译。")).to_be_visible()
    expect(resident.locator(".feedback-status")).to_have_text("已结案")

    resident.get_by_role("radio", name="5 – 非常满意").check()
    resident.get_by_role("button", name="提交评分").click()
    expect(resident.get_by_role("status")).to_contain_text("感谢您评价我们的答复。")
    item.refresh_from_db()
    assert (item.status, item.rating) == (FeedbackItem.Status.CLOSED, 5)


def change_status(office, status_label):
    office.get_by_role("combobox", name="새 상태").select_option(label=status_label)
    office.get_by_role("button", name="상태 변경").click()
    expect(office.get_by_text(f"상태가 “{status_label}”(으)로 바뀌었습니다.")).to_be_visible()
