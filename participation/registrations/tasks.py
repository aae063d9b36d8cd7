from celery import shared_task

from . import notifications, services


@shared_task
def expire_offers() -> int:
    """Beat: expire lapsed waitlist offers and offer the places on (idempotent)."""
    return services.expire_offers()


@shared_task
def send_reminders() -> int:
    """Beat: remind confirmed registrants before their event, once each (idempotent)."""
    return services.send_reminders()


@shared_task
def send_surveys() -> int:
    """Beat: email the satisfaction survey to attendees after their event, once each
    (idempotent)."""
    return services.send_surveys()


# The notice outbox's tasks (defined by notifications.outbox).
send_registration_notice = notifications.outbox.task
send_pending_registration_notices = notifications.outbox.sweep_task
