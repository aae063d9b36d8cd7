"""A staff reply counts (status page, email, Open311, KPI responsiveness, staff record) only once
the resident can read it: a machine translation, a staff translation, or staff sending it
untranslated on purpose with a reason (services/delivery.py, services/translating.py)."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from participation.feedback import services
from participation.feedback.errors import ActionNotAllowed, InvalidFeedback
from participation.feedback.links import status_url
from participation.feedback.models import FeedbackItem, StatusChange, TranslationStatus
from participation.feedback.services import translating
from participation.kpis.services.rollups import feedback_rows
from participation.models import OutboundEmail
from tests.factories import FeedbackStaffFactory

pytestmark = pytest.mark.django_db

Status = FeedbackItem.Status
REPLY = "공사 현장에 야간 작업 중지를 요청했습니다."
REPLY_IN_CHINESE = "我们已要求施工现场停止夜间作业。"
BEING_TRANSLATED_ZH = "回复正在翻译中"


@pytest.fixture
def member(department):
    user = FeedbackStaffFactory()
    department.members.add(user)
    return user


@pytest.fixture
def no_provider(settings):
    """The default settings before anyone set a LibreTranslate server up."""
    settings.TRANSLATION_PROVIDER = "libretranslate"
    settings.TRANSLATION_API_URL = ""


@pytest.fixture
def item(submit, no_provider, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return submit()


def reply(item, member, django_capture_on_commit_callbacks, text=REPLY):
    with django_capture_on_commit_callbacks(execute=True):
        message = services.reply_as_staff(item=item, text=text, user=member)
    message.refresh_from_db()
    item.refresh_from_db()
    return message


def reply_emails():
    return OutboundEmail.objects.filter(body_text__contains=REPLY)


def open311_request(item):
    answer = Client().get(f"/open311/v2/requests/{item.pk}.json", {"locale": "zh-hans"})
    (request,) = json.loads(answer.content)
    return request


def test_a_reply_nobody_can_translate_leaves_the_item_open_everywhere(
    item, member, django_capture_on_commit_callbacks
):
    message = reply(item, member, django_capture_on_commit_callbacks)

    assert message.translation_status == TranslationStatus.NEEDS_MANUAL
    assert message.translation_error == ""  # the queue says why, once
    assert item.status == Status.RECEIVED
    assert item.first_answered_at is None
    assert not StatusChange.objects.filter(item=item, to_status=Status.ANSWERED).exists()
    assert not reply_emails().exists()
    request = open311_request(item)
    assert (request["status"], request["status_notes"]) == ("open", "")
    page = Client().get(status_url(item)).content.decode()
    assert REPLY not in page
    assert BEING_TRANSLATED_ZH in page


def test_an_item_waiting_for_a_reply_translation_cannot_be_answered_or_closed(
    item, member, django_capture_on_commit_callbacks
):
    reply(item, member, django_capture_on_commit_callbacks)
    for status in (Status.ANSWERED, Status.CLOSED):
        with pytest.raises(ActionNotAllowed):
            services.change_status(item=item, status=status, user=member)
    item.refresh_from_db()
    assert item.status == Status.RECEIVED
    services.change_status(item=item, status=Status.IN_PROGRESS, user=member)


def test_a_staff_translation_delivers_the_reply_and_answers_at_that_time(
    item, member, django_capture_on_commit_callbacks
):
    message = reply(item, member, django_capture_on_commit_callbacks)
    readable_at = timezone.now() + timedelta(hours=3)

    with django_capture_on_commit_callbacks(execute=True):
        services.set_manual_translation(
            message=message, text=REPLY_IN_CHINESE, user=member, now=readable_at
        )

    item.refresh_from_db()
    message.refresh_from_db()
    assert item.status == Status.ANSWERED
    assert item.first_answered_at == readable_at
    assert message.translated_by == member
    assert StatusChange.objects.filter(item=item, to_status=Status.ANSWERED).count() == 1
    assert REPLY_IN_CHINESE in reply_emails().get().body_text
    request = open311_request(item)
    assert (request["status"], request["status_notes"]) == ("closed", REPLY_IN_CHINESE)


def test_a_machine_translation_answers_when_it_arrives_not_when_staff_wrote(
    submit, member, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    with django_capture_on_commit_callbacks() as callbacks:
        message = services.reply_as_staff(item=item, text=REPLY, user=member)
    item.refresh_from_db()
    assert item.status == Status.RECEIVED and item.first_answered_at is None
    assert len(callbacks) == 1  # the translation task, after commit

    assert translating.outbox.run(message.pk)  # the task, when the provider answers

    item.refresh_from_db()
    message.refresh_from_db()
    assert item.status == Status.ANSWERED
    assert item.first_answered_at == message.translated_at > message.created_at
    assert REPLY_IN_CHINESE in reply_emails().get().body_text


def test_kpi_responsiveness_counts_a_reply_only_once_readable(
    item, member, django_capture_on_commit_callbacks
):
    message = reply(item, member, django_capture_on_commit_callbacks)
    month = timezone.localdate().replace(day=1)

    def answered():
        return sum(row.answered for row in feedback_rows(months=[month]))

    assert answered() == 0
    with django_capture_on_commit_callbacks(execute=True):
        services.set_manual_translation(message=message, text=REPLY_IN_CHINESE, user=member)
    assert answered() == 1


def test_staff_send_a_reply_untranslated_only_with_a_reason(
    item, member, django_capture_on_commit_callbacks
):
    message = reply(item, member, django_capture_on_commit_callbacks)
    with pytest.raises(InvalidFeedback):
        services.send_untranslated(message=message, reason="  ", user=member)

    with django_capture_on_commit_callbacks(execute=True):
        services.send_untranslated(
            message=message, reason="The resident wrote to us in Korean before.", user=member
        )

    message.refresh_from_db()
    item.refresh_from_db()
    assert message.translation_status == TranslationStatus.UNTRANSLATED
    assert message.untranslated_reason == "The resident wrote to us in Korean before."
    assert message.translated_by == member
    assert item.status == Status.ANSWERED
    assert reply_emails().count() == 1
    page = Client().get(status_url(item)).content.decode()
    assert REPLY in page and BEING_TRANSLATED_ZH not in page
    # Delivered once: it cannot be sent again.
    with pytest.raises(ActionNotAllowed):
        services.send_untranslated(message=message, reason="again", user=member)


def test_retrying_machine_translation_delivers_once_the_provider_is_back(
    submit, member, libretranslate, settings, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_TRANSLATION_ATTEMPTS = 1
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    libretranslate.fail_with_status = 503
    message = reply(item, member, django_capture_on_commit_callbacks)
    assert message.translation_status == TranslationStatus.NEEDS_MANUAL
    assert item.status == Status.RECEIVED

    libretranslate.fail_with_status = None
    with django_capture_on_commit_callbacks(execute=True):
        services.retry_machine_translation(message=message, user=member)

    message.refresh_from_db()
    item.refresh_from_db()
    assert message.translation_status == TranslationStatus.DONE
    assert item.status == Status.ANSWERED
    assert reply_emails().count() == 1


def test_retrying_without_a_provider_says_which_setting_to_change(
    item, member, django_capture_on_commit_callbacks
):
    message = reply(item, member, django_capture_on_commit_callbacks)
    with pytest.raises(ActionNotAllowed) as refused:
        services.retry_machine_translation(message=message, user=member)
    assert "TRANSLATION_API_URL" in str(refused.value.message)


def test_correcting_a_delivered_replys_translation_reopens_nothing(
    submit, member, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit()
    message = reply(item, member, django_capture_on_commit_callbacks)
    assert item.status == Status.ANSWERED
    with django_capture_on_commit_callbacks(execute=True):
        services.add_follow_up(item=item, text="还是很吵。")
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS  # the resident wrote again after the answer

    with django_capture_on_commit_callbacks(execute=True):
        services.set_manual_translation(message=message, text=REPLY_IN_CHINESE + "！", user=member)

    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS
    assert reply_emails().count() == 1
