"""Message translation: resident text → Korean for staff, staff's Korean → the resident's
language. Runs in Celery after commit (`outbox`, a portal.outbox.Outbox); the provider's answer
is stored once per text (participation.translation), and the message row's status makes a
re-run of the task (a killed worker, a sweep) change nothing and email nobody twice."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.translation import (
    TranslationUnavailable,
    can_translate,
    configuration_problem,
    translate,
)
from participation.translation.languages import normalize_language
from portal.outbox import Outbox, Retry

from .. import conf
from ..errors import ActionNotAllowed, InvalidFeedback
from ..models import FeedbackItem, Message, TranslationStatus
from ..permissions import ensure_can_handle
from .delivery import deliver_reply

STAFF_LANGUAGE = "ko"
TRANSLATION_MISSING = _("Please type the translation.")
LANGUAGE_NOT_TRANSLATABLE = _(
    "The translation provider cannot translate this language pair: translate it by hand."
)
REASON_MISSING = _("Please say why the resident can read this reply untranslated.")
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


def request_translation(*, message: Message, now=None) -> None:
    """Mark `message` for translation (or not) and enqueue the task after commit. Call inside
    the transaction that saves the message."""
    now = now or timezone.now()
    target = target_language(message)
    message.translation_language = target
    message.translated_text = ""
    message.translation_provider = ""
    message.translation_error = ""
    message.translated_at = None
    if message.item.language_pending and not message.is_internal:
        # Neither the resident's language nor the reply's is known yet (services/languages.py).
        message.translation_status = TranslationStatus.AWAITS_LANGUAGE
    elif _same_language(message.language, target) or not message.text.strip():
        message.translation_status = TranslationStatus.NOT_NEEDED
    elif not can_translate(source=message.language, target=target) or configuration_problem():
        # The provider lacks the language, or there is none: a person has to translate it.
        message.translation_status = TranslationStatus.NEEDS_MANUAL
    else:
        message.translation_status = TranslationStatus.PENDING
        message.translation_requested_at = now
    message.save()
    if message.translation_status == TranslationStatus.PENDING:
        outbox.enqueue_after_commit(message.pk)
    elif message.translation_status == TranslationStatus.NOT_NEEDED:
        # Already in the resident's language; a reply that needs a translation waits.
        deliver_reply(message=message, now=now)


def _ask_provider(message: Message):
    """Outside any lock: the provider may take seconds. Raises TranslationUnavailable; None
    when no provider is configured (staff translate it; the queue says why, once)."""
    if configuration_problem() is not None:
        return None
    return translate(
        text=message.text, source=message.language, target=message.translation_language
    )


def _store_translation(message: Message, result) -> bool:
    """Store the provider's answer on the locked, still pending message."""
    if result is None:
        message.translation_status = TranslationStatus.NEEDS_MANUAL
        message.save(update_fields=["translation_status"])
        return False
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
    deliver_reply(message=message, now=message.translated_at)
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
    outbox.enqueue_after_commit(message.pk)
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


def _same_language(a: str, b: str) -> bool:
    try:
        return normalize_language(a) == normalize_language(b)
    except ValueError:
        return False
