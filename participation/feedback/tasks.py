from datetime import timedelta

from celery import shared_task

from participation.translation import TranslationUnavailable

from . import conf, services
from .services.translating import (
    enqueue_translation,
    mark_translation_requested,
    stale_pending_message_ids,
)

# Longer than the whole retry chain of a task, so the sweep never races a live one.
SWEEP_AFTER = timedelta(minutes=20)


@shared_task(acks_late=True)
def translate_message(message_id: int, attempt: int = 1) -> bool:
    """Translate one message; on a provider failure try again later, waiting twice as long
    each time, and after the last attempt flag the message for a manual translation."""
    try:
        return services.translate_message(message_id=message_id)
    except TranslationUnavailable as exc:
        final = attempt >= conf.translation_attempts()
        services.record_translation_failure(message_id=message_id, error=repr(exc), final=final)
        if not final:
            # A new message rather than self.retry(): the same path with an eager Celery.
            translate_message.apply_async(
                args=[message_id],
                kwargs={"attempt": attempt + 1},
                countdown=conf.translation_retry_seconds() * 2 ** (attempt - 1),
            )
        return False


@shared_task
def translate_pending_messages() -> int:
    """Beat: enqueue messages whose translation task was lost (dead broker, killed worker)."""
    message_ids = stale_pending_message_ids(older_than=SWEEP_AFTER)
    mark_translation_requested(message_ids=message_ids)
    for message_id in message_ids:
        enqueue_translation(message_id=message_id)
    return len(message_ids)


@shared_task
def purge_expired_personal_data() -> int:
    """Beat: erase personal data of items finished longer ago than the retention period."""
    return services.purge_expired_personal_data()
