"""A demo feedback item played through the feedback services: the status history has the times
the plan says, a reply reaches the resident only readable, staff correct a language the
detector got wrong, and no translation provider is asked."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.activity.common import OFFICE_EMAIL
from demo.activity.conversations import CLOSED, PlannedItem, play_items
from demo.activity.offline import DEMO_NOT_TRANSLATED, nothing_sent_out
from demo.activity.people import office_staff
from participation.feedback.models import (
    AWAITING_STATUSES,
    FeedbackItem,
    LanguageCorrection,
    Message,
    StatusChange,
    TranslationStatus,
)
from participation.language_detection import DetectedLanguage

pytestmark = pytest.mark.django_db
Status = FeedbackItem.Status
REPLY = {
    "ko": "현장을 점검하고 야간 작업을 중지시켰습니다.",
    "en": "We inspected the site and stopped the night work.",
    "zh-hans": "我们检查了现场，并叫停了夜间施工。",
    "ja": "現場を点検し、夜間工事を中止させました。",
    "vi": "Chúng tôi đã kiểm tra công trường và cho dừng thi công ban đêm.",
    "ru": "Мы проверили площадку и остановили ночные работы.",
}
CHINESE = "我家附近的施工噪音太大了，晚上十点以后还在施工。"
KOREAN = "우리 집 근처 공사 소음이 너무 심합니다. 밤 10시 이후에도 공사를 합니다."


def planned(category, *, created_at, language="zh-hans", text=CHINESE, **steps) -> PlannedItem:
    item = PlannedItem(
        kind="complaint",
        language=language,
        site_language=language,
        created_at=created_at,
        text=text,
        text_ko=KOREAN,
        category=category,
        department_id=category.department_id,
        contact_email="demo-feedback-test@example.org",
        due_at=created_at + timedelta(days=category.sla_days),
        reply=REPLY,
        outcome=CLOSED,
        **steps,
    )
    item.settle(timezone.now())
    return item


def play(*items):
    with office_staff() as staff:
        play_items(list(items), staff=staff)
    return staff


def test_the_status_history_has_the_times_of_the_plan(category):
    received = timezone.now() - timedelta(days=20)
    at = {name: received + timedelta(hours=hours) for name, hours in (
        ("triaged_at", 3), ("in_progress_at", 26), ("first_answered_at", 50), ("closed_at", 80),
        ("rated_at", 90),
    )}  # fmt: skip
    item = planned(category, created_at=received, rating=5, **at)

    staff = play(item)

    row = FeedbackItem.objects.get()
    history = list(
        StatusChange.objects.filter(item=row).values_list("to_status", "changed_at", "changed_by")
    )
    assert history == [
        (Status.RECEIVED, received, None),
        (Status.TRIAGED, at["triaged_at"], staff.pk),
        (Status.IN_PROGRESS, at["in_progress_at"], staff.pk),
        (Status.ANSWERED, at["first_answered_at"], staff.pk),
        (Status.CLOSED, at["closed_at"], staff.pk),
    ]
    assert (row.created_at, row.first_answered_at, row.closed_at) == (
        received,
        at["first_answered_at"],
        at["closed_at"],
    )
    assert (row.rating, row.rated_at) == (5, at["rated_at"])
    resident = row.messages.get(author=Message.Author.RESIDENT)
    assert (resident.created_at, resident.translated_text) == (received, KOREAN)
    assert resident.translated_at == at["triaged_at"]  # staff read it when triaging


def test_a_reply_reaches_the_resident_only_readable(category):
    received = timezone.now() - timedelta(days=10)
    answered = received + timedelta(hours=30)
    item = planned(
        category,
        created_at=received,
        triaged_at=received + timedelta(hours=2),
        first_answered_at=answered,
    )

    play(item)

    reply = Message.objects.get(author=Message.Author.STAFF)
    assert reply.language == "ko"
    assert reply.translation_language == "zh-hans"
    assert reply.translation_status == TranslationStatus.MANUAL
    assert reply.translated_text == REPLY["zh-hans"]
    # Written, translated, delivered and answered at one moment: never shown unreadable.
    assert reply.created_at == reply.translated_at == reply.resident_notified_at == answered
    assert FeedbackItem.objects.get().status == Status.ANSWERED
    assert not Message.objects.filter(translation_status__in=AWAITING_STATUSES).exists()


def test_a_future_step_has_not_happened(category):
    received = timezone.now() - timedelta(hours=5)
    item = planned(
        category,
        created_at=received,
        triaged_at=received + timedelta(hours=1),
        first_answered_at=timezone.now() + timedelta(hours=5),
    )

    play(item)

    row = FeedbackItem.objects.get()
    assert row.status == Status.TRIAGED
    assert not row.messages.filter(author=Message.Author.STAFF).exists()


def test_staff_correct_the_language_the_detector_got_wrong_at_triage(category, monkeypatch):
    wrong = DetectedLanguage(code="ja", confidence=0.6, is_fallback=False)
    monkeypatch.setattr(
        "participation.feedback.services.languages.detect_language", lambda **_: wrong
    )
    received = timezone.now() - timedelta(days=3)
    triaged = received + timedelta(hours=4)
    waiting = planned(category, created_at=received)
    waiting.contact_email = "demo-feedback-waiting@example.org"
    item = planned(category, created_at=received, triaged_at=triaged)

    play(waiting, item)

    corrected = FeedbackItem.objects.get(contact_email=item.contact_email)
    assert corrected.language == "zh-hans"
    correction = LanguageCorrection.objects.get(item=corrected)
    assert (correction.detected_language, correction.corrected_language) == ("ja", "zh-hans")
    assert correction.corrected_at == triaged
    # Nobody has read the other one yet: the detector's answer stands.
    assert FeedbackItem.objects.get(contact_email=waiting.contact_email).language == "ja"


def test_no_provider_is_asked_even_when_one_is_configured(
    category, libretranslate, django_capture_on_commit_callbacks
):
    received = timezone.now() - timedelta(days=2)
    untriaged = planned(category, created_at=received)
    answered = planned(
        category,
        created_at=received,
        triaged_at=received + timedelta(hours=1),
        first_answered_at=received + timedelta(hours=20),
    )
    answered.contact_email = "demo-feedback-answered@example.org"

    with django_capture_on_commit_callbacks(execute=True), nothing_sent_out():
        play(untriaged, answered)

    assert libretranslate.requests == []
    waiting = Message.objects.get(item__contact_email=untriaged.contact_email)
    assert waiting.translation_status == TranslationStatus.NEEDS_MANUAL
    assert waiting.translation_error == DEMO_NOT_TRANSLATED
    reply = Message.objects.get(author=Message.Author.STAFF)
    assert reply.translation_status == TranslationStatus.MANUAL


def test_the_office_account_is_switched_off_after_the_play(category):
    play(planned(category, created_at=timezone.now() - timedelta(days=1)))

    staff = get_user_model().objects.get(email=OFFICE_EMAIL)
    assert staff.is_staff and not staff.is_active and not staff.has_usable_password()
