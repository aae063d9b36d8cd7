"""Message translation: resident text → Korean for staff, staff's Korean → the resident's
language. Runs in Celery after commit (tasks.translate_message); the provider's answer is stored
once per text (participation.translation), and the message row's status makes a re-run of the
task (a killed worker, a sweep) change nothing and email nobody twice."""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.translation import can_translate, translate
from participation.translation.languages import normalize_language

from ..errors import ActionNotAllowed, InvalidFeedback
from ..models import FeedbackItem, Message, TranslationStatus
from ..notifications import notify_resident
from ..permissions import ensure_can_handle

logger = logging.getLogger(__name__)

STAFF_LANGUAGE = "ko"
TRANSLATION_MISSING = _("Please type the translation.")


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
        transaction.on_commit(lambda: enqueue_translation(message_id=message.pk))
    elif (
        message.translation_status == TranslationStatus.NOT_NEEDED
        and message.author == Message.Author.STAFF
    ):
        # Already in the resident's language; a reply that needs a manual translation waits.
        _notify_reply(message)


def enqueue_translation(*, message_id: int) -> None:
    from ..tasks import translate_message

    try:
        translate_message.delay(message_id)
    except Exception:  # broker down: the message stays pending and the sweep enqueues it
        logger.exception("could not enqueue translation of feedback message %s", message_id)


def translate_message(*, message_id: int) -> bool:
    """Translate one pending message. Returns whether it was translated now; raises
    TranslationUnavailable for the task to retry."""
    message = Message.objects.select_related("item").get(pk=message_id)
    if message.translation_status != TranslationStatus.PENDING:
        return False
    result = translate(
        text=message.text, source=message.language, target=message.translation_language
    )
    with transaction.atomic():
        message = Message.objects.select_for_update().select_related("item").get(pk=message_id)
        # Staff may have typed a translation, or corrected the language, meanwhile.
        if (
            message.translation_status != TranslationStatus.PENDING
            or normalize_language(message.language) != result.source
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
def record_translation_failure(*, message_id: int, error: str, final: bool) -> None:
    message = Message.objects.select_for_update().get(pk=message_id)
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


def stale_pending_message_ids(*, older_than) -> list[int]:
    """Messages whose translation task was lost (dead broker, killed worker)."""
    return list(
        Message.objects.filter(
            translation_status=TranslationStatus.PENDING,
            translation_requested_at__lt=timezone.now() - older_than,
        ).values_list("pk", flat=True)[:500]
    )


def mark_translation_requested(*, message_ids: list[int]) -> None:
    """The sweep re-enqueued these now: it leaves them alone while their new task runs."""
    Message.objects.filter(pk__in=message_ids).update(translation_requested_at=timezone.now())


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
