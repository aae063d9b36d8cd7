from celery import shared_task
from celery.signals import worker_init

from participation.language_detection import preload_detector

from . import services
from .services import languages, translating

# The translation outbox's tasks (defined by services.translating.outbox).
translate_message = translating.outbox.task
translate_pending_messages = translating.outbox.sweep_task
# The language outbox's: detect_item_language runs only on the `language` queue (settings).
detect_item_language = languages.outbox.task
detect_pending_languages = languages.outbox.sweep_task


@worker_init.connect
def build_detector_in_language_worker(sender, **_) -> None:
    """A worker consuming the `language` queue builds the detector in its main process, before
    its pool forks, so that its children share the models; no other worker loads it."""
    if languages.LANGUAGE_QUEUE in sender.app.amqp.queues.consume_from:
        preload_detector()


@shared_task
def purge_expired_personal_data() -> int:
    """Beat: erase personal data of items finished longer ago than the retention period."""
    return services.purge_expired_personal_data()
