from celery import shared_task

from . import emails


@shared_task(bind=True, acks_late=True, max_retries=emails.MAX_DELIVERY_ATTEMPTS - 1)
def deliver_email(self, email_id: int) -> bool:
    try:
        return emails.deliver_email(email_id=email_id)
    except Exception as exc:
        final = self.request.retries >= self.max_retries
        emails.record_delivery_failure(email_id=email_id, error=repr(exc), final=final)
        if final:
            raise
        raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc


@shared_task
def deliver_pending_emails() -> int:
    """Beat: re-enqueue emails whose task never ran (broker was down, worker was killed)."""
    email_ids = emails.stale_pending_email_ids()
    for email_id in email_ids:
        deliver_email.delay(email_id)
    return len(email_ids)
