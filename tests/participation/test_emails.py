from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from participation import emails
from participation.models import OutboundEmail
from participation.tasks import deliver_email, deliver_pending_emails
from portal.celery import app as celery_app


def a_message(to="resident@example.org"):
    message = EmailMultiAlternatives(subject="안내", body="본문", to=[to])
    message.attach_alternative("<p>본문</p>", "text/html")
    message.attach("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    return message


@pytest.mark.django_db(transaction=True)
def test_queued_email_is_sent_once_after_commit():
    with transaction.atomic():
        email = emails.queue_email(message=a_message(), language="ko")
        assert mail.outbox == []  # nothing leaves before the transaction commits

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert (sent.subject, sent.body, sent.to) == ("안내", "본문", ["resident@example.org"])
    assert sent.alternatives[0].content == "<p>본문</p>"
    assert [(a.filename, a.mimetype) for a in sent.attachments] == [("event.ics", "text/calendar")]
    assert sent.attachments[0].content.startswith("BEGIN:VCALENDAR")
    assert sent.extra_headers["Message-ID"].startswith(f"<outbound-{email.pk}@")
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert email.sent_at is not None


@pytest.mark.django_db(transaction=True)
def test_rolled_back_transaction_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        emails.queue_email(message=a_message(), language="ko")
        raise RuntimeError("the submission failed")

    assert mail.outbox == []
    assert OutboundEmail.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_retried_task_does_not_send_twice():
    email = emails.queue_email(message=a_message(), language="en")

    deliver_email.delay(email.pk)
    deliver_email.delay(email.pk)

    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_a_dead_broker_keeps_the_email_for_the_sweeper(settings, monkeypatch):
    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("broker unreachable")

    monkeypatch.setattr(deliver_email, "delay", broker_down)
    email = emails.queue_email(message=a_message(), language="vi")
    assert mail.outbox == []
    assert OutboundEmail.objects.get(pk=email.pk).status == OutboundEmail.Status.PENDING

    monkeypatch.undo()
    OutboundEmail.objects.filter(pk=email.pk).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )
    assert deliver_pending_emails.delay().get() == 1

    assert len(mail.outbox) == 1
    assert deliver_pending_emails.delay().get() == 0


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_is_retried_then_marked_failed(settings, monkeypatch):
    settings.EMAIL_BACKEND = "tests.participation.failing_backend.FailingEmailBackend"
    # Eager Celery then follows the task's retries in-process, as a worker would over time.
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)

    email = emails.queue_email(message=a_message(), language="ja")

    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.FAILED
    assert email.attempts == emails.MAX_DELIVERY_ATTEMPTS
    assert "SMTP server refused" in email.last_error
    assert deliver_pending_emails.delay().get() == 0  # failed emails are left to staff
