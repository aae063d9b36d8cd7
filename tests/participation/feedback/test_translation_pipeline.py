"""Resident text → Korean, staff Korean → the resident's language, through the real
deep-translator client against the fake LibreTranslate server: normal, slow, hanging,
500-answering and garbage-answering providers."""

import pytest
from django.core import mail

from participation.feedback import services, tasks
from participation.feedback.models import FeedbackItem, Message, TranslationStatus
from participation.feedback.services import translating
from participation.models import MachineTranslation
from tests.factories import FeedbackStaffFactory

pytestmark = pytest.mark.django_db

REPLY = "공사 현장에 야간 작업 중지를 요청했습니다."


@pytest.fixture
def staff():
    return FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])


@pytest.fixture
def quick_retries(settings):
    settings.FEEDBACK_TRANSLATION_ATTEMPTS = 3
    settings.FEEDBACK_TRANSLATION_RETRY_SECONDS = 0


def test_a_slow_provider_still_translates(
    submit, libretranslate, django_capture_on_commit_callbacks
):
    libretranslate.delay_seconds = 0.5
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    assert item.messages.get().translation_status == TranslationStatus.DONE


@pytest.mark.parametrize(
    "break_provider",
    [
        pytest.param(lambda server: setattr(server, "fail_with_status", 500), id="500"),
        pytest.param(lambda server: setattr(server, "garbage", True), id="garbage"),
        pytest.param(lambda server: setattr(server, "delay_seconds", 5), id="hanging"),
    ],
)
def test_failing_provider_keeps_the_item_and_flags_it_after_the_last_attempt(
    submit,
    libretranslate,
    quick_retries,
    settings,
    django_capture_on_commit_callbacks,
    break_provider,
):
    settings.TRANSLATION_TIMEOUT_SECONDS = 0.5
    break_provider(libretranslate)
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    message = item.messages.get()
    message.refresh_from_db()
    assert message.translation_status == TranslationStatus.NEEDS_MANUAL
    assert message.translation_error
    assert libretranslate.translate_requests == 3  # one per attempt, then it stops
    assert FeedbackItem.objects.filter(pk=item.pk).exists()
    assert len(mail.outbox) == 1  # the receipt went out regardless


def test_retry_waits_longer_each_time(submit, libretranslate, settings, monkeypatch):
    settings.FEEDBACK_TRANSLATION_ATTEMPTS = 4
    settings.FEEDBACK_TRANSLATION_RETRY_SECONDS = 30
    libretranslate.fail_with_status = 500
    countdowns = []
    original = tasks.translate_message.apply_async

    def record_countdown(*args, countdown=None, **kwargs):
        countdowns.append(countdown)
        return original(*args, **kwargs)  # at once: the test does not wait

    monkeypatch.setattr(tasks.translate_message, "apply_async", record_countdown)
    item = submit()
    tasks.translate_message.apply(args=[item.messages.get().pk])
    assert countdowns == [30, 60, 120]
    assert item.messages.get().translation_status == TranslationStatus.NEEDS_MANUAL


def test_staff_types_a_translation_when_the_provider_gave_up(
    submit, libretranslate, quick_retries, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    libretranslate.fail_with_status = 500
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.reply_as_staff(item=item, text=REPLY, user=staff)
    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.NEEDS_MANUAL
    assert len(mail.outbox) == 1  # the receipt only: no reply email in Korean

    with django_capture_on_commit_callbacks(execute=True):
        services.set_manual_translation(message=reply, text="我们已要求停止夜间施工。", user=staff)
    assert len(mail.outbox) == 2
    assert "我们已要求停止夜间施工。" in mail.outbox[-1].body
    with django_capture_on_commit_callbacks(execute=True):
        services.set_manual_translation(message=reply, text="我们已要求停止夜间施工！", user=staff)
    assert len(mail.outbox) == 2  # a corrected translation emails nobody again


def test_a_rerun_task_neither_translates_nor_emails_twice(
    submit, libretranslate, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.reply_as_staff(item=item, text=REPLY, user=staff)
    requests, emails = libretranslate.translate_requests, len(mail.outbox)

    # A redelivered task (killed worker, broker redelivery, the sweep) runs again.
    assert tasks.translate_message.apply(args=[reply.pk]).get() is False
    assert libretranslate.translate_requests == requests
    assert len(mail.outbox) == emails


def test_a_worker_killed_after_the_provider_answered_does_not_ask_again(
    submit, libretranslate, django_capture_on_commit_callbacks
):
    item = submit()  # on_commit never ran: the task was lost with the worker
    message = item.messages.get()
    # What the killed worker stored before dying: the provider's answer.
    MachineTranslation.objects.create(
        provider="libretranslate",
        source_language="zh-hans",
        target_language="ko",
        content_hash=__import__("hashlib").sha256(message.text.encode()).hexdigest(),
        source_text=message.text,
        translated_text="저장된 번역",
    )
    Message.objects.filter(pk=message.pk).update(
        translation_requested_at=message.translation_requested_at - translating.SWEEP_AFTER * 2
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.translate_pending_messages.apply().get() == 1
    message.refresh_from_db()
    assert message.translation_status == TranslationStatus.DONE
    assert message.translated_text == "저장된 번역"
    assert libretranslate.translate_requests == 0


def test_sweep_leaves_recent_pending_messages_to_their_task(submit, libretranslate):
    submit()  # pending, its task just enqueued (on_commit not run here)
    assert tasks.translate_pending_messages.apply().get() == 0


def test_correcting_the_language_translates_again(
    submit, libretranslate, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit(text="Xin chào", site_language="vi")
    assert item.language == "vi"
    with django_capture_on_commit_callbacks(execute=True):
        services.correct_language(item=item, language="en", user=staff)
    message = item.messages.get()
    assert message.language == "en"
    assert message.translation_status == TranslationStatus.DONE
    assert libretranslate.requests[-1]["source"] == "en"


def test_a_language_the_provider_lacks_goes_straight_to_staff(submit, libretranslate):
    item = submit(text="Сайн байна уу, манай гудамжинд гэрэл ажиллахгүй байна.", site_language="en")
    assert item.language == "mn"
    message = item.messages.get()
    assert message.translation_status == TranslationStatus.NEEDS_MANUAL
    assert libretranslate.translate_requests == 0


def test_reply_to_a_resident_writing_in_an_untranslatable_language_uses_their_site_language(
    submit, libretranslate, staff, django_capture_on_commit_callbacks
):
    item = submit(text="Сайн байна уу, манай гудамжинд гэрэл ажиллахгүй байна.", site_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.reply_as_staff(item=item, text=REPLY, user=staff)
    reply.refresh_from_db()
    assert reply.translation_language == "en"
    assert reply.translation_status == TranslationStatus.DONE
