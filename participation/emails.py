"""Queue and deliver emails: rendered now, sent by Celery after commit (portal.outbox), at
most once per row."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from portal.outbox import Outbox, Retry

from .models import OutboundEmail, OutboundEmailAttachment

logger = logging.getLogger(__name__)

MAX_DELIVERY_ATTEMPTS = 6
# Pending rows older than this are re-enqueued by the sweeper (their task was lost).
STALE_AFTER = timedelta(minutes=2)
# The first retry waits this long, each further one twice as long as the previous.
RETRY_SECONDS = 30


@transaction.atomic
def queue_email(*, message: EmailMultiAlternatives, language: str) -> OutboundEmail:
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        "",
    )
    email = OutboundEmail.objects.create(
        to=list(message.to),
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        subject=message.subject,
        body_text=message.body,
        body_html=html,
        headers=dict(message.extra_headers),
        language=language,
    )
    OutboundEmailAttachment.objects.bulk_create(
        OutboundEmailAttachment(
            email=email,
            filename=filename,
            mimetype=mimetype or "application/octet-stream",
            content=content.encode() if isinstance(content, str) else content,
        )
        for filename, content, mimetype in message.attachments
    )
    outbox.enqueue_after_commit(email.pk)
    return email


def _send(email: OutboundEmail, _prepared=None) -> bool:
    """Send one locked, pending email and mark it sent."""
    email.attempts += 1
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email,
        to=email.to,
        headers={
            **email.headers,
            "Message-ID": f"<outbound-{email.pk}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>",
        },
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments.all():
        message.attach(attachment.filename, bytes(attachment.content), attachment.mimetype)
    message.send()
    email.status = OutboundEmail.Status.SENT
    email.sent_at = timezone.now()
    email.last_error = ""
    email.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    return True


@transaction.atomic
def record_delivery_failure(*, row_id: int, error: str, final: bool) -> None:
    email = OutboundEmail.objects.select_for_update().get(pk=row_id)
    if email.status != OutboundEmail.Status.PENDING:
        return
    email.attempts += 1
    email.last_error = error[:2000]
    if final:
        email.status = OutboundEmail.Status.FAILED
    email.save(update_fields=["attempts", "last_error", "status"])


# Task names kept from when the tasks lived in participation/tasks.py: queued ones still run.
outbox = Outbox(
    model=OutboundEmail,
    pending=Q(status=OutboundEmail.Status.PENDING),
    handle=_send,
    task_name="participation.tasks.deliver_email",
    sweep_task_name="participation.tasks.deliver_pending_emails",
    stale_after=STALE_AFTER,
    # Failed ones are left to staff.
    sweep_filter=Q(attempts__lt=MAX_DELIVERY_ATTEMPTS),
    retry=Retry(
        on=(Exception,),
        attempts=lambda: MAX_DELIVERY_ATTEMPTS,
        first_delay_seconds=lambda: RETRY_SECONDS,
        record_failure=record_delivery_failure,
    ),
)
