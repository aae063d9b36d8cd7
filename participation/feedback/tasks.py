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


@shared_task(bind=True, acks_late=True, max_retries=None)
def translate_message(self, message_id: int) -> bool:
    try:
        return services.translate_message(message_id=message_id)
    except TranslationUnavailable as exc:
        final = self.request.retries + 1 >= conf.translation_attempts()
        services.record_translation_failure(message_id=message_id, error=repr(exc), final=final)
        if final:
            return False
        countdown = conf.translation_retry_seconds() * 2**self.request.retries
        raise self.retry(exc=exc, countdown=countdown) from exc


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
