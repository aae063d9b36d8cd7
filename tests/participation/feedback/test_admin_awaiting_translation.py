"""The "Awaiting translation" queue in the Wagtail admin (admin_translation_views.py): staff
replies the resident cannot read yet, per department, overdue after
FEEDBACK_TRANSLATION_DUE_HOURS, one notice when there is no working provider, and the actions
that deliver a reply; then the whole journey over HTTP."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from participation.feedback.models import FeedbackItem, Message, TranslationStatus
from participation.feedback.tasks import translate_message
from tests.factories import (
    DepartmentFactory,
    FeedbackItemFactory,
    FeedbackMessageFactory,
    FeedbackStaffFactory,
    ServiceCategoryFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = FeedbackItem.Status
QUEUE = "/admin/feedback/awaiting-translation/"
REPLY = "공사 현장에 야간 작업 중지를 요청했습니다."
REPLY_IN_CHINESE = "我们已要求施工现场停止夜间作业。"
NOT_SET_UP_KO = "기계 번역이 설정되지 않았습니다"
UNREACHABLE_KO = "기계 번역 서비스(libretranslate)에 연결할 수 없거나"


@pytest.fixture(autouse=True)
def _no_mfa_requirement(settings):
    settings.PORTAL_REQUIRE_STAFF_MFA = False


@pytest.fixture
def no_provider(settings):
    settings.TRANSLATION_PROVIDER = "libretranslate"
    settings.TRANSLATION_API_URL = ""


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def member(department):
    user = speaking(FeedbackStaffFactory(), "ko")
    department.members.add(user)
    return user


@pytest.fixture
def outsider():
    user = speaking(FeedbackStaffFactory(), "en")
    DepartmentFactory(code="parks").members.add(user)
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def waiting_reply(*, department, created_at=None, status=TranslationStatus.NEEDS_MANUAL):
    item = FeedbackItemFactory(
        category=ServiceCategoryFactory(department=department), language="zh-hans"
    )
    FeedbackMessageFactory(item=item, text="我家附近的施工噪音太大了。")
    reply = FeedbackMessageFactory(
        item=item,
        author=Message.Author.STAFF,
        text=REPLY,
        language="ko",
        translation_language="zh-hans",
        translation_status=status,
    )
    if created_at is not None:
        Message.objects.filter(pk=reply.pk).update(created_at=created_at)
    return reply


def listed(response):
    return [message.pk for message in response.context["page"].object_list]


def test_lists_the_replies_awaiting_translation_of_the_users_departments(
    department, member, outsider, no_provider
):
    mine = waiting_reply(department=department)
    pending = waiting_reply(department=department, status=TranslationStatus.PENDING)
    waiting_reply(department=DepartmentFactory(code="roads"))
    delivered = waiting_reply(department=department, status=TranslationStatus.MANUAL)

    assert listed(client_for(member).get(QUEUE)) == [mine.pk, pending.pk]
    assert delivered.pk not in listed(client_for(member).get(QUEUE))
    assert listed(client_for(outsider).get(QUEUE)) == []


def test_staff_without_queue_access_are_refused(department, no_provider):
    reply = waiting_reply(department=department)
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    department.members.add(user)
    client = client_for(user)

    assert client.get(QUEUE).status_code == 403
    retry = reverse("feedback_admin_retry_translation", args=[reply.item_id, reply.pk])
    assert client.post(retry).status_code == 403


def test_another_departments_reply_cannot_be_retried_or_sent(department, outsider, no_provider):
    reply = waiting_reply(department=department)
    client = client_for(outsider)
    args = [reply.item_id, reply.pk]

    assert client.post(reverse("feedback_admin_retry_translation", args=args)).status_code == 403
    sent = client.post(
        reverse("feedback_admin_send_untranslated", args=args),
        {f"untranslated-{reply.pk}-reason": "reads Korean"},
    )
    assert sent.status_code == 403
    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.NEEDS_MANUAL


def test_a_reply_is_overdue_after_the_due_hours(department, member, settings, no_provider):
    settings.FEEDBACK_TRANSLATION_DUE_HOURS = 4
    old = waiting_reply(department=department, created_at=timezone.now() - timedelta(hours=5))
    new = waiting_reply(department=department, created_at=timezone.now() - timedelta(hours=3))

    rows = client_for(member).get(QUEUE).context["page"].object_list
    assert {message.pk: message.is_overdue for message in rows} == {old.pk: True, new.pk: False}


def test_no_provider_one_notice_in_korean_naming_the_setting(department, member, no_provider):
    for _ in range(3):
        waiting_reply(department=department)

    page = client_for(member).get(QUEUE).content.decode()

    assert page.count(NOT_SET_UP_KO) == 1
    assert page.count("TRANSLATION_API_URL") == 1
    assert page.count("번역 대기 중인 답변") == 1  # the table's caption, in Korean too


def test_an_unreachable_provider_one_notice(department, member, libretranslate, settings):
    settings.FEEDBACK_TRANSLATION_ATTEMPTS = 1
    libretranslate.fail_with_status = 503
    for _ in range(2):
        reply = waiting_reply(department=department, status=TranslationStatus.PENDING)
        translate_message(reply.pk)  # the task: one attempt, then staff translate

    page = client_for(member).get(QUEUE).content.decode()
    assert page.count(UNREACHABLE_KO) == 1
    assert "TRANSLATION_API_URL" in page
    assert "bad day" not in page  # no failure per message


def test_a_working_provider_shows_no_notice(department, member, libretranslate):
    waiting_reply(department=department)
    assert "help-warning" not in client_for(member).get(QUEUE).content.decode()


def test_the_menu_item_counts_the_users_waiting_replies(rf, department, member, no_provider):
    from participation.feedback.wagtail_hooks import register_awaiting_translation_menu_item

    waiting_reply(department=department)
    waiting_reply(department=department)
    waiting_reply(department=DepartmentFactory(code="roads"))
    menu_item = register_awaiting_translation_menu_item()
    request = rf.get("/admin/")

    request.user = UserFactory(is_staff=True)
    assert not menu_item.is_shown(request)
    request.user = member
    assert menu_item.is_shown(request)
    with translation.override("ko"):
        assert menu_item.render_component(request).label == "번역 대기 (2)"


def test_retry_without_a_provider_explains_instead_of_failing(department, member, no_provider):
    reply = waiting_reply(department=department)
    response = client_for(member).post(
        reverse("feedback_admin_retry_translation", args=[reply.item_id, reply.pk])
    )
    assert response.status_code == 400
    assert "TRANSLATION_API_URL" in response.content.decode()


def test_sending_untranslated_needs_a_reason_and_shows_it_in_the_record(
    department, member, no_provider, django_capture_on_commit_callbacks
):
    reply = waiting_reply(department=department)
    address = reverse("feedback_admin_send_untranslated", args=[reply.item_id, reply.pk])
    client = client_for(member)

    assert client.post(address, {f"untranslated-{reply.pk}-reason": " "}).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(address, {f"untranslated-{reply.pk}-reason": "한국어로 문의함"})
    assert response.status_code == 302

    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.UNTRANSLATED
    record = client.get(reverse("feedback_admin_item", args=[reply.item_id])).content.decode()
    assert "이유: 한국어로 문의함" in record
    assert FeedbackItem.objects.get(pk=reply.item_id).status == Status.ANSWERED


# --- The journey ---------------------------------------------------------------------------


def test_no_provider_reply_waits_then_staff_translation_delivers_it_everywhere(
    category, department, member, no_provider, django_capture_on_commit_callbacks
):
    resident = Client()
    with django_capture_on_commit_callbacks(execute=True):
        sent = resident.post(
            "/zh-hans/feedback/",
            {
                "kind": "complaint",
                "category": category.pk,
                "text": "我家附近的施工噪音太大了，晚上十点以后还在施工。",
                "contact_email": "wang@example.cn",
                "consent": "on",
            },
        )
    item = FeedbackItem.objects.get()
    status_page = sent["Location"].removesuffix("sent/")
    mail.outbox.clear()

    def open311():
        answer = Client().get(f"/open311/v2/requests/{item.pk}.json", {"locale": "zh-hans"})
        return json.loads(answer.content)[0]

    office = client_for(member)
    with django_capture_on_commit_callbacks(execute=True):
        office.post(f"/admin/feedback/{item.pk}/reply/", {"reply-text": REPLY})
    reply = item.messages.get(author="staff")

    # Not readable: "being translated", open, nobody emailed, not answered.
    page = resident.get(status_page).content.decode()
    assert "回复正在翻译中" in page and REPLY not in page
    assert open311()["status"] == "open"
    assert mail.outbox == []
    item.refresh_from_db()
    assert (item.status, item.first_answered_at) == (Status.RECEIVED, None)
    assert listed(office.get(QUEUE)) == [reply.pk]
    closing = office.post(f"/admin/feedback/{item.pk}/status/", {"status-status": "closed"})
    assert closing.status_code == 400

    # Staff translate by hand: delivered everywhere, once.
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            f"/admin/feedback/{item.pk}/messages/{reply.pk}/translation/",
            {f"translation-{reply.pk}-text": REPLY_IN_CHINESE},
        )
    page = resident.get(status_page).content.decode()
    assert REPLY_IN_CHINESE in page and "回复正在翻译中" not in page
    emails = [m for m in mail.outbox if m.to == ["wang@example.cn"]]
    assert len(emails) == 1 and REPLY_IN_CHINESE in emails[0].body
    assert (open311()["status"], open311()["status_notes"]) == ("closed", REPLY_IN_CHINESE)
    assert listed(office.get(QUEUE)) == []
    item.refresh_from_db()
    assert item.status == Status.ANSWERED and item.first_answered_at is not None
