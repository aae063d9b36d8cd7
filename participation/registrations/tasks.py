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


@shared_task(acks_late=True)
def send_registration_notice(notice_id: int) -> bool:
    """Render and queue the email of one registration notice (idempotent)."""
    return notifications.render_notice(notice_id=notice_id)


@shared_task
def send_pending_registration_notices() -> int:
    """Beat: render notices whose task was lost (dead broker, killed worker)."""
    notice_ids = notifications.stale_notice_ids()
    for notice_id in notice_ids:
        notifications.enqueue_notice(notice_id=notice_id)
    return len(notice_ids)
