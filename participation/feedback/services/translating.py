"""Message translation: resident text → Korean for staff, staff's Korean → the resident's
language. Runs in Celery after commit (`outbox`, a portal.outbox.Outbox); the provider's answer
is stored once per text (participation.translation), and the message row's status makes a
re-run of the task (a killed worker, a sweep) change nothing and email nobody twice."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.translation import TranslationUnavailable, can_translate, translate
from participation.translation.languages import normalize_language
from portal.outbox import Outbox, Retry

from .. import conf
from ..errors import ActionNotAllowed, InvalidFeedback
from ..models import FeedbackItem, Message, TranslationStatus
from ..notifications import notify_resident
from ..permissions import ensure_can_handle

STAFF_LANGUAGE = "ko"
TRANSLATION_MISSING = _("Please type the translation.")
# Longer than the whole retry chain of a task, so the sweep never races a live one.
SWEEP_AFTER = timedelta(minutes=20)


def reply_language(item: FeedbackItem) -> str:
    """The language staff replies are translated into: the one the resident wrote in, when the
    provider can translate into it, else the one they used the site in."""
    if can_translate(source=STAFF_LANGUAGE, target=item.language):
        return item.language
    return item.site_language


def target_language(message: Message) -> str:
    if message.author == Message.Author.RESIDENT:
        return STAFF_LANGUAGE
    return reply_language(message.item)


def request_translation(*, message: Message) -> None:
    """Mark `message` for translation (or not) and enqueue the task after commit. Call inside
    the transaction that saves the message."""
    target = target_language(message)
    message.translation_language = target
    message.translated_text = ""
    message.translation_provider = ""
    message.translation_error = ""
    message.translated_at = None
    if _same_language(message.language, target) or not message.text.strip():
        message.translation_status = TranslationStatus.NOT_NEEDED
    elif not can_translate(source=message.language, target=target):
        # The provider lacks the language: a person has to translate it.
        message.translation_status = TranslationStatus.NEEDS_MANUAL
    else:
        message.translation_status = TranslationStatus.PENDING
        message.translation_requested_at = timezone.now()
    message.save()
    if message.translation_status == TranslationStatus.PENDING:
        outbox.enqueue_after_commit(message.pk)
    elif (
        message.translation_status == TranslationStatus.NOT_NEEDED
        and message.author == Message.Author.STAFF
    ):
        # Already in the resident's language; a reply that needs a manual translation waits.
        _notify_reply(message)


def _ask_provider(message: Message):
    """Outside any lock: the provider may take seconds. Raises TranslationUnavailable."""
    return translate(
        text=message.text, source=message.language, target=message.translation_language
    )


def _store_translation(message: Message, result) -> bool:
    """Store the provider's answer on the locked, still pending message."""
    # Staff may have corrected the language meanwhile.
    if (
        normalize_language(message.language) != result.source
        or normalize_language(message.translation_language) != result.target
    ):
        return False
    message.translated_text = result.text
    message.translation_provider = result.provider
    message.translation_status = TranslationStatus.DONE
    message.translation_error = ""
    message.translated_at = timezone.now()
    message.save(
        update_fields=[
            "translated_text",
            "translation_provider",
            "translation_status",
            "translation_error",
            "translated_at",
        ]
    )
    if message.author == Message.Author.STAFF:
        _notify_reply(message)
    return True


@transaction.atomic
def record_translation_failure(*, row_id: int, error: str, final: bool) -> None:
    message = Message.objects.select_for_update().get(pk=row_id)
    if message.translation_status != TranslationStatus.PENDING:
        return
    message.translation_error = error[:2000]
    fields = ["translation_error"]
    if final:
        message.translation_status = TranslationStatus.NEEDS_MANUAL
        fields.append("translation_status")
    message.save(update_fields=fields)


@transaction.atomic
def set_manual_translation(*, message: Message, text: str, user) -> Message:
    """Staff type the translation the provider could not give (or correct the machine's)."""
    message = Message.objects.select_for_update().select_related("item").get(pk=message.pk)
    ensure_can_handle(user, message.item)
    if message.is_internal:  # internal notes are never translated
        raise ActionNotAllowed()
    if not text.strip():
        raise InvalidFeedback(TRANSLATION_MISSING, field="text")
    message.translated_text = text.strip()
    message.translation_status = TranslationStatus.MANUAL
    message.translation_provider = ""
    message.translation_error = ""
    message.translated_at = timezone.now()
    message.save()
    if message.author == Message.Author.STAFF:
        _notify_reply(message)
    return message


# Task names kept from when the tasks were defined in feedback/tasks.py: queued ones still run.
outbox = Outbox(
    model=Message,
    pending=Q(translation_status=TranslationStatus.PENDING),
    prepare=_ask_provider,
    handle=_store_translation,
    related=("item",),
    task_name="participation.feedback.tasks.translate_message",
    sweep_task_name="participation.feedback.tasks.translate_pending_messages",
    stale_after=SWEEP_AFTER,
    requested_at="translation_requested_at",
    touch_when_swept=True,
    retry=Retry(
        on=(TranslationUnavailable,),
        attempts=conf.translation_attempts,
        first_delay_seconds=conf.translation_retry_seconds,
        record_failure=record_translation_failure,
    ),
)


def _notify_reply(message: Message) -> None:
    """Email the resident a staff reply once it reads in their language; once per message."""
    if message.is_internal or message.resident_notified_at:
        return
    notify_resident(item=message.item, kind="reply", message=message)
    message.resident_notified_at = timezone.now()
    Message.objects.filter(pk=message.pk).update(resident_notified_at=message.resident_notified_at)


def _same_language(a: str, b: str) -> bool:
    try:
        return normalize_language(a) == normalize_language(b)
    except ValueError:
        return False
