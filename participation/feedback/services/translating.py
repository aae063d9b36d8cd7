"""Message translation: resident text → Korean for staff, staff's Korean → the resident's
language. Runs in Celery after commit (tasks.translate_message); the provider's answer is stored
once per text (participation.translation), and the message row's status makes a re-run of the
task (a killed worker, a sweep) change nothing and email nobody twice."""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.translation import can_translate, configuration_problem, translate
from participation.translation.languages import normalize_language

from ..errors import ActionNotAllowed, InvalidFeedback
from ..models import FeedbackItem, Message, TranslationStatus
from ..permissions import ensure_can_handle
from .delivery import deliver_reply

logger = logging.getLogger(__name__)

STAFF_LANGUAGE = "ko"
TRANSLATION_MISSING = _("Please type the translation.")
LANGUAGE_NOT_TRANSLATABLE = _(
    "The translation provider cannot translate this language pair: translate it by hand."
)
REASON_MISSING = _("Please say why the resident can read this reply untranslated.")


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
    elif not can_translate(source=message.language, target=target) or configuration_problem():
        # The provider lacks the language, or there is none: a person has to translate it.
        message.translation_status = TranslationStatus.NEEDS_MANUAL
    else:
        message.translation_status = TranslationStatus.PENDING
        message.translation_requested_at = timezone.now()
    message.save()
    if message.translation_status == TranslationStatus.PENDING:
        transaction.on_commit(lambda: enqueue_translation(message_id=message.pk))
    elif message.translation_status == TranslationStatus.NOT_NEEDED:
        # Already in the resident's language; a reply that needs a translation waits.
        deliver_reply(message=message)


def enqueue_translation(*, message_id: int) -> None:
    from ..tasks import translate_message

    try:
        translate_message.delay(message_id)
    except Exception:  # broker down: the message stays pending and the sweep enqueues it
        logger.exception("could not enqueue translation of feedback message %s", message_id)


def translate_message(*, message_id: int, now=None) -> bool:
    """Translate one pending message. Returns whether it was translated now; raises
    TranslationUnavailable for the task to retry."""
    message = Message.objects.select_related("item").get(pk=message_id)
    if message.translation_status != TranslationStatus.PENDING:
        return False
    if configuration_problem() is not None:
        # No provider to wait for: staff translate it (the queue says why, once).
        Message.objects.filter(pk=message_id, translation_status=TranslationStatus.PENDING).update(
            translation_status=TranslationStatus.NEEDS_MANUAL
        )
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
        message.translated_at = now or timezone.now()
        message.save(
            update_fields=[
                "translated_text",
                "translation_provider",
                "translation_status",
                "translation_error",
                "translated_at",
            ]
        )
        deliver_reply(message=message, now=message.translated_at)
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


def _locked_message(message: Message, user) -> Message:
    message = Message.objects.select_for_update().select_related("item").get(pk=message.pk)
    ensure_can_handle(user, message.item)
    if message.is_internal:  # internal notes are never translated
        raise ActionNotAllowed()
    return message


@transaction.atomic
def set_manual_translation(*, message: Message, text: str, user, now=None) -> Message:
    """Staff type the translation the provider could not give (or correct the machine's)."""
    message = _locked_message(message, user)
    if not text.strip():
        raise InvalidFeedback(TRANSLATION_MISSING, field="text")
    # A correction of a reply the resident already read delivers nothing new.
    delivers = message.awaits_translation
    message.translated_text = text.strip()
    message.translation_status = TranslationStatus.MANUAL
    message.translation_provider = ""
    message.translation_error = ""
    message.untranslated_reason = ""
    message.translated_by = user
    message.translated_at = now or timezone.now()
    message.save()
    if delivers:
        deliver_reply(message=message, now=message.translated_at)
    return message


@transaction.atomic
def send_untranslated(*, message: Message, reason: str, user, now=None) -> Message:
    """Staff know the resident reads the reply as written (e.g. they wrote in Korean before):
    it is delivered untranslated, and the reason is kept in the staff record."""
    message = _locked_message(message, user)
    if not message.awaits_translation:
        raise ActionNotAllowed()
    if not reason.strip():
        raise InvalidFeedback(REASON_MISSING, field="reason")
    message.translation_status = TranslationStatus.UNTRANSLATED
    message.untranslated_reason = reason.strip()
    message.translated_by = user
    message.translated_at = now or timezone.now()
    message.save()
    deliver_reply(message=message, now=message.translated_at)
    return message


@transaction.atomic
def retry_machine_translation(*, message: Message, user) -> Message:
    """Ask the provider again for a message it gave up on (or that waited for a provider)."""
    message = _locked_message(message, user)
    if message.translation_status not in (
        TranslationStatus.NEEDS_MANUAL,
        TranslationStatus.PENDING,
    ):
        raise ActionNotAllowed()
    problem = configuration_problem()
    if problem is not None:
        raise ActionNotAllowed(problem.message)
    if not can_translate(source=message.language, target=message.translation_language):
        raise ActionNotAllowed(LANGUAGE_NOT_TRANSLATABLE)
    message.translation_status = TranslationStatus.PENDING
    message.translation_error = ""
    message.translation_requested_at = timezone.now()
    message.save()
    transaction.on_commit(lambda: enqueue_translation(message_id=message.pk))
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


def _same_language(a: str, b: str) -> bool:
    try:
        return normalize_language(a) == normalize_language(b)
    except ValueError:
        return False
