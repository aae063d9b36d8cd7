from celery import shared_task

from . import services
from .services import translating

# The translation outbox's tasks (defined by services.translating.outbox).
translate_message = translating.outbox.task
translate_pending_messages = translating.outbox.sweep_task


@shared_task
def purge_expired_personal_data() -> int:
    """Beat: erase personal data of items finished longer ago than the retention period."""
    return services.purge_expired_personal_data()
