"""The resident's language is detected after commit by the task on the `language` queue
(services/languages.py): submitting stores it pending, the task stores it and hands the
waiting messages to the translation outbox, once."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from participation.feedback import services, tasks
from participation.feedback.models import (
    FeedbackItem,
    LanguageCorrection,
    Message,
    TranslationStatus,
)
from participation.feedback.services import languages, submit_feedback, translating
from portal.celery import app as celery_app
from tests.factories import FeedbackStaffFactory, in_english

pytestmark = pytest.mark.django_db

VIETNAMESE = "Đèn đường trước nhà tôi bị hỏng đã hai tuần, buổi tối rất tối và nguy hiểm."
REPLY = "가로등 수리를 요청했습니다."


@pytest.fixture
def fields(feedback_fields):
    return {**feedback_fields, "text": VIETNAMESE, "site_language": "en"}


@pytest.fixture
def enqueued(monkeypatch, libretranslate):
    """The tasks each outbox sent (by row id) instead of running them; a provider configured."""
    sent = {"language": [], "translation": []}
    monkeypatch.setattr(languages.outbox.task, "delay", sent["language"].append)
    monkeypatch.setattr(translating.outbox.task, "delay", sent["translation"].append)
    return sent


@pytest.fixture
def staff():
    return FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])


def test_submitting_stores_the_language_pending_and_enqueues_only_its_detection(
    fields, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit_feedback(**fields)

    item.refresh_from_db()
    assert item.language_pending
    assert item.language == "en"  # the site language stands in
    message = item.messages.get()
    assert message.translation_status == TranslationStatus.AWAITS_LANGUAGE
    assert enqueued == {"language": [item.pk], "translation": []}
    assert len(mail.outbox) == 1  # the receipt, in the site language, does not wait


def test_the_task_stores_the_language_and_enqueues_the_translation_once(
    fields, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit_feedback(**fields)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.detect_item_language(item.pk) is True
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.detect_item_language(item.pk) is False  # a duplicate task

    item.refresh_from_db()
    assert (item.language, item.language_pending, item.language_is_fallback) == ("vi", False, False)
    assert item.language_confidence > 0.5
    message = item.messages.get()
    assert (message.language, message.translation_language) == ("vi", "ko")
    assert message.translation_status == TranslationStatus.PENDING
    assert enqueued["translation"] == [message.pk]


def test_detected_translated_and_emailed_once_when_tasks_run_eagerly(
    fields, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit_feedback(**fields)  # eager Celery: detection, then translation, on commit

    message = Message.objects.get(item=item)
    assert message.translation_status == TranslationStatus.DONE
    assert message.translated_text == f"[ko] {VIETNAMESE}"  # the fake provider's answer
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.detect_item_language(item.pk) is False
        assert tasks.detect_pending_languages() == 0
    assert libretranslate.translate_requests == 1
    assert len(mail.outbox) == 1


def test_a_staff_reply_written_while_detecting_waits_then_goes_into_the_detected_language(
    fields, staff, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit_feedback(**fields)
        reply = services.reply_as_staff(item=item, text=REPLY, user=staff)

    assert reply.translation_status == TranslationStatus.AWAITS_LANGUAGE
    assert reply.awaits_translation  # not delivered: nobody knows the resident's language
    assert enqueued["translation"] == []

    with django_capture_on_commit_callbacks(execute=True):
        tasks.detect_item_language(item.pk)
    reply.refresh_from_db()
    assert (reply.translation_language, reply.translation_status) == ("vi", "pending")
    assert sorted(enqueued["translation"]) == sorted(item.messages.values_list("pk", flat=True))


def test_a_follow_up_written_while_detecting_is_translated_with_the_first_message(
    fields, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit_feedback(**fields)
        follow_up = services.add_follow_up(item=item, text="Xin hãy sửa sớm.")

    assert follow_up.translation_status == TranslationStatus.AWAITS_LANGUAGE
    with django_capture_on_commit_callbacks(execute=True):
        tasks.detect_item_language(item.pk)
    follow_up.refresh_from_db()
    assert (follow_up.language, follow_up.translation_status) == ("vi", "pending")
    assert len(enqueued["translation"]) == 2


def test_staff_correcting_before_the_worker_answered_wins_and_counts_no_correction(
    fields, staff, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit_feedback(**fields)
        services.correct_language(item=item, language="tl", user=staff)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.detect_item_language(item.pk) is False  # the detector's answer is dropped

    item.refresh_from_db()
    assert (item.language, item.language_pending) == ("tl", False)
    assert not LanguageCorrection.objects.exists()  # the detector never said anything
    message = item.messages.get()
    assert (message.language, message.translation_status) == ("tl", "pending")
    assert enqueued["translation"] == [message.pk]


def test_a_correction_after_detection_is_counted_against_the_detector(
    submit, staff, django_capture_on_commit_callbacks
):
    item = submit(text=VIETNAMESE, site_language="en")  # detected as the worker would
    services.correct_language(item=item, language="tl", user=staff)

    correction = LanguageCorrection.objects.get(item=item)
    assert (correction.detected_language, correction.corrected_language) == ("vi", "tl")


def test_a_rating_alone_is_not_detected(attendee_fields, enqueued):
    item = submit_feedback(**attendee_fields)

    assert not item.language_pending
    assert (item.language, item.language_is_fallback) == ("vi", True)


@pytest.fixture
def attendee_fields():
    return {
        "kind": "event_survey",
        "text": "",
        "rating": 5,
        "site_language": "vi",
        "consent": True,
        "require_contact": False,
    }


def test_a_dead_broker_leaves_the_item_pending_and_the_sweep_detects_it_later(
    fields, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("broker unreachable")

    monkeypatch.setattr(languages.outbox.task, "delay", broker_down)
    with (
        caplog.at_level(logging.ERROR, logger="portal.outbox"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        item = submit_feedback(**fields)  # does not raise: the resident gets their code
    assert "could not enqueue participation.feedback.tasks.detect_item_language" in caplog.text
    assert FeedbackItem.objects.get(pk=item.pk).language_pending
    monkeypatch.undo()

    monkeypatch.setattr(translating.outbox.task, "delay", lambda *args: None)
    later = timezone.now() + languages.SWEEP_AFTER + timedelta(seconds=1)
    assert languages.outbox.sweep(now=timezone.now()) == 0  # its task may be on its way
    assert languages.outbox.sweep(now=later) == 1  # eager: detected now
    assert FeedbackItem.objects.get(pk=item.pk).language == "vi"
    assert languages.outbox.sweep(now=later + languages.SWEEP_AFTER * 2) == 0


def test_the_detection_task_is_routed_to_the_language_queue_and_swept_by_beat(settings):
    route = celery_app.amqp.router.route({}, "participation.feedback.tasks.detect_item_language")
    assert route["queue"].name == "language"
    other = celery_app.amqp.router.route({}, "participation.feedback.tasks.translate_message")
    assert other["queue"].name == "celery"
    swept = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "participation.feedback.tasks.detect_pending_languages" in swept


# --- what people see while the language is being detected ----------------------------------


@pytest.mark.usefixtures("no_staff_mfa")
def test_resident_and_staff_pages_say_the_language_is_being_detected(fields, staff, enqueued):
    item = submit_feedback(**fields)
    client = Client()
    client.force_login(in_english(staff))
    staff_pages = (reverse("feedback_admin_queue"), reverse("feedback_admin_item", args=[item.pk]))

    with translation.override("vi"):
        pending = client.get(reverse("feedback:status", args=[item.tracking_code]))
    assert "Đang nhận diện: khi biết ngôn ngữ" in pending.content.decode()
    for page in staff_pages:
        assert ">detecting<" in client.get(page).content.decode()

    tasks.detect_item_language(item.pk)
    with translation.override("en"):
        detected = client.get(reverse("feedback:status", args=[item.tracking_code]))
        detected = detected.content.decode()
    assert "Being detected" not in detected and "Vietnamese" in detected
    for page in staff_pages:
        body = client.get(page).content.decode()
        assert ">detecting<" not in body and "Vietnamese" in body
