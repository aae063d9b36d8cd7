"""A real Celery worker on Redis translates feedback and emails the resident: once, whether the
broker was down at submission or the worker was killed in the middle of a translation."""

import signal

import pytest

from participation.feedback import services, tasks
from participation.feedback.models import Message, TranslationStatus
from participation.feedback.services import translating
from participation.models import OutboundEmail
from tests.factories import FeedbackStaffFactory
from tests.support.waiting import wait_until
from tests.support.worker import configure_broker, needs_worker_services

pytestmark = [needs_worker_services, pytest.mark.django_db(transaction=True)]

REPLY = "공사 현장에 야간 작업 중지를 요청했습니다."


def translation_status(message_id: int) -> str:
    return Message.objects.get(pk=message_id).translation_status


def provider_env(server) -> dict:
    return {
        "TRANSLATION_PROVIDER": "libretranslate",
        "TRANSLATION_API_URL": server.url,
        "TRANSLATION_TIMEOUT_SECONDS": "10",
    }


def test_submission_while_the_broker_is_down_is_translated_later(
    real_broker, broker_url, start_worker, submit, libretranslate, settings
):
    configure_broker(url="redis://127.0.0.1:1/0", eager=False)  # nothing listens there
    item = submit()
    message = item.messages.get()
    assert translation_status(message.pk) == TranslationStatus.PENDING
    assert OutboundEmail.objects.filter(to=["resident@example.org"]).exists()  # kept for later

    configure_broker(url=broker_url, eager=False)
    start_worker(**provider_env(libretranslate))
    Message.objects.filter(pk=message.pk).update(
        translation_requested_at=message.translation_requested_at - translating.SWEEP_AFTER * 2
    )
    assert tasks.translate_pending_messages() == 1  # the beat sweep, run once

    wait_until(lambda: translation_status(message.pk) == TranslationStatus.DONE, what="translation")
    assert libretranslate.translate_requests == 1


def test_worker_killed_mid_translation_leaves_one_translation_and_one_email(
    real_broker, broker_queue, start_worker, submit, libretranslate, settings
):
    item = submit()
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    libretranslate.delay_seconds = 30  # the provider is slow: the worker dies waiting
    worker = start_worker(**provider_env(libretranslate))
    wait_until(lambda: libretranslate.translate_requests >= 1, what="first provider call")
    reply = services.reply_as_staff(item=item, text=REPLY, user=staff)  # enqueued on commit
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)
    abandoned = broker_queue.unacknowledged()

    libretranslate.delay_seconds = 0
    start_worker(**provider_env(libretranslate))
    Message.objects.filter(item=item).update(
        translation_requested_at=reply.translation_requested_at - translating.SWEEP_AFTER * 2
    )
    tasks.translate_pending_messages()
    tasks.translate_pending_messages()  # a second sweep before the first finished

    for message in item.messages.all():
        wait_until(
            lambda pk=message.pk: translation_status(pk) == TranslationStatus.DONE,
            what=f"translation of message {message.pk}",
        )
    broker_queue.wait_until_drained(abandoned=abandoned)  # any duplicate task ran too
    reply_emails = OutboundEmail.objects.filter(subject__contains=item.display_code).exclude(
        pk=OutboundEmail.objects.filter(subject__contains=item.display_code).order_by("pk")[0].pk
    )
    assert reply_emails.count() == 1
    reply.refresh_from_db()
    assert reply.translated_text == "我们已要求施工现场停止夜间作业。"


def mapped(process, library: str) -> bool:
    """Whether `library`'s extension is mapped into the process (lingua's or CLD2's, loaded only
    when a detector is built)."""
    with open(f"/proc/{process.pid}/maps") as maps:
        return library in maps.read()


def test_only_the_language_worker_detects_and_the_default_worker_translates(
    real_broker, broker_queue, start_worker, libretranslate, feedback_fields
):
    default = start_worker(**provider_env(libretranslate))
    language = start_worker(queues="language", **provider_env(libretranslate))
    text = "Đèn đường trước nhà tôi bị hỏng đã hai tuần, buổi tối rất tối và nguy hiểm."

    item = services.submit_feedback(**{**feedback_fields, "text": text, "site_language": "en"})
    assert item.language_pending  # the web process answered without the detector

    message = item.messages.get()
    wait_until(lambda: translation_status(message.pk) == TranslationStatus.DONE, what="translation")
    broker_queue.wait_until_drained(also=("language",))
    item.refresh_from_db()
    assert (item.language, item.language_pending) == ("vi", False)
    assert Message.objects.get(pk=message.pk).translated_text == f"[ko] {text}"
    assert libretranslate.translate_requests == 1
    assert OutboundEmail.objects.filter(to=["resident@example.org"]).count() == 1  # the receipt
    assert mapped(language, "pycld2") and mapped(language, "/lingua/")
    assert not mapped(default, "pycld2") and not mapped(default, "/lingua/")
