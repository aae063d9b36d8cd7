"""Queue and deliver emails: rendered now, sent by Celery after commit, at most once per row."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from .models import OutboundEmail, OutboundEmailAttachment

logger = logging.getLogger(__name__)

MAX_DELIVERY_ATTEMPTS = 6
# Pending rows older than this are re-enqueued by the sweeper (their task was lost).
STALE_AFTER = timedelta(minutes=2)


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
    transaction.on_commit(lambda: enqueue_delivery(email_id=email.pk))
    return email


def enqueue_delivery(*, email_id: int) -> None:
    from .tasks import deliver_email

    try:
        deliver_email.delay(email_id)
    except Exception:
        logger.exception("could not enqueue delivery of outbound email %s", email_id)


def deliver_email(*, email_id: int) -> bool:
    """Send one queued email unless it was sent already. Returns whether it was sent now."""
    with transaction.atomic():
        # The row lock makes a duplicate task wait here, then see SENT and stop.
        email = OutboundEmail.objects.select_for_update().get(pk=email_id)
        if email.status != OutboundEmail.Status.PENDING:
            return False
        email.attempts += 1
        message = EmailMultiAlternatives(
            subject=email.subject,
            body=email.body_text,
            from_email=email.from_email,
            to=email.to,
            headers={"Message-ID": f"<outbound-{email.pk}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"},
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
def record_delivery_failure(*, email_id: int, error: str, final: bool) -> None:
    email = OutboundEmail.objects.select_for_update().get(pk=email_id)
    if email.status != OutboundEmail.Status.PENDING:
        return
    email.attempts += 1
    email.last_error = error[:2000]
    if final:
        email.status = OutboundEmail.Status.FAILED
    email.save(update_fields=["attempts", "last_error", "status"])


def stale_pending_email_ids() -> list[int]:
    return list(
        OutboundEmail.objects.filter(
            status=OutboundEmail.Status.PENDING,
            created_at__lt=timezone.now() - STALE_AFTER,
            attempts__lt=MAX_DELIVERY_ATTEMPTS,
        ).values_list("pk", flat=True)[:500]
    )
