import pytest
from django.core import mail
from django.utils import timezone, translation

from participation.feedback import services
from participation.feedback.codes import normalize_tracking_code
from participation.feedback.errors import ConsentMissing, InvalidFeedback, ReopenPeriodOver
from participation.feedback.models import FeedbackItem, StatusChange, TranslationStatus
from participation.models import OutboundEmail

pytestmark = pytest.mark.django_db


def test_chinese_complaint_is_detected_translated_and_acknowledged(
    submit, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()

    item.refresh_from_db()
    assert item.language == "zh-hans"
    assert not item.language_is_fallback
    assert item.status == FeedbackItem.Status.RECEIVED
    assert item.department.code == "foreign-residents"
    assert (item.due_at - item.created_at).days == 5
    assert normalize_tracking_code(item.display_code.lower()) == item.tracking_code
    message = item.messages.get()
    assert message.translation_status == TranslationStatus.DONE
    assert message.translation_language == "ko"
    assert (
        message.translated_text
        == "집 근처 공사 소음이 너무 큽니다. 밤 10시 이후에도 공사를 합니다."
    )
    receipt = OutboundEmail.objects.get()
    assert receipt.language == "zh-hans"
    assert item.display_code in receipt.subject
    assert f"/zh-hans/feedback/status/{item.tracking_code}/" in receipt.body_text
    assert len(mail.outbox) == 1


def test_the_receipt_links_to_the_status_page_on_the_portal_base_url(
    submit, libretranslate, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_BASE_URL = "https://portal.example.go.kr"
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()

    status = f"https://portal.example.go.kr/zh-hans/feedback/status/{item.tracking_code}/"
    assert status in OutboundEmail.objects.get().body_text
    assert status in mail.outbox[0].body


def test_korean_text_needs_no_translation(submit, libretranslate):
    item = submit(text="K-POP World City Week 신청이 안 돼요", site_language="en")
    assert item.language == "ko"
    assert item.messages.get().translation_status == TranslationStatus.NOT_NEEDED
    assert libretranslate.translate_requests == 0


def test_undetectable_text_falls_back_to_the_site_language(submit, libretranslate):
    item = submit(text="👍👍 ok", site_language="vi")
    assert item.language == "vi"
    assert item.language_is_fallback


@pytest.mark.parametrize(
    ("fields", "error", "field"),
    [
        ({"text": "   "}, InvalidFeedback, "text"),
        ({"text": "가" * 4001}, InvalidFeedback, "text"),
        ({"kind": "spam"}, InvalidFeedback, "kind"),
        ({"category": None}, InvalidFeedback, "category"),
        ({"consent": False}, ConsentMissing, None),
        ({"contact_email": ""}, InvalidFeedback, "contact_email"),
        ({"contact_email": "not-an-email"}, InvalidFeedback, "contact_email"),
        ({"latitude": "91", "longitude": "127"}, InvalidFeedback, "location"),
        ({"latitude": "north", "longitude": "127"}, InvalidFeedback, "location"),
    ],
)
def test_bad_input_is_refused_with_a_translated_message_and_nothing_stored(
    submit, fields, error, field
):
    with pytest.raises(error) as raised:
        submit(**fields)
    assert getattr(raised.value, "field", None) == field
    with translation.override("ko"):
        korean = str(raised.value.message)
    with translation.override("en"):
        english = str(raised.value.message)
    assert korean != english
    assert not FeedbackItem.objects.exists()


def test_text_of_exactly_4000_characters_is_accepted(submit, libretranslate):
    item = submit(text="가" * 4000)
    assert len(item.messages.get().text) == 4000


def test_signed_in_resident_needs_no_contact_email(submit, libretranslate):
    from tests.factories import UserFactory

    user = UserFactory(email="signed-in@example.org")
    item = submit(user=user, contact_email="")
    assert item.contact_address == "signed-in@example.org"


def test_follow_up_on_an_answered_item_goes_back_to_staff(
    submit, libretranslate, django_capture_on_commit_callbacks
):
    from tests.factories import FeedbackStaffFactory

    item = submit()
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    with django_capture_on_commit_callbacks(execute=True):  # translated: delivered, answered
        services.reply_as_staff(
            item=item, text="공사 현장에 야간 작업 중지를 요청했습니다.", user=staff
        )
    item.refresh_from_db()
    assert item.status == FeedbackItem.Status.ANSWERED
    services.add_follow_up(item=item, text="还是很吵。")
    item.refresh_from_db()
    assert item.status == FeedbackItem.Status.IN_PROGRESS
    assert [m.author for m in item.messages.all()] == ["resident", "staff", "resident"]


def test_a_reopening_and_a_follow_up_happen_at_the_time_given(submit, member):
    closed = timezone.now() - timezone.timedelta(days=2)
    item = submit(text="밤마다 공사 소음이 심합니다.", site_language="ko")
    services.change_status(item=item, status="answered", user=member, now=closed)
    services.change_status(item=item, status="closed", user=member, now=closed)
    reopened = closed + timezone.timedelta(days=1)

    item = services.reopen_item(item=item, now=reopened)
    message = services.add_follow_up(item=item, text="아직도 시끄럽습니다.", now=reopened)

    reopening = StatusChange.objects.get(item=item, from_status="closed")
    assert (reopening.to_status, reopening.changed_at) == ("in_progress", reopened)
    assert message.created_at == reopened


def test_a_reopening_is_judged_at_the_time_given(submit, member):
    """The reopen period runs from the closing: a late `now` is past it."""
    item = submit(text="밤마다 공사 소음이 심합니다.", site_language="ko")
    services.change_status(item=item, status="answered", user=member)
    services.change_status(item=item, status="closed", user=member)

    with pytest.raises(ReopenPeriodOver):
        services.reopen_item(item=item, now=timezone.now() + timezone.timedelta(days=400))
