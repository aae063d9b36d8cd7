"""A real Celery worker on Redis delivers queued emails once, even when tasks are duplicated
or the worker was down when the email was queued. Needs PostgreSQL and Redis (CI has both)."""

from pathlib import Path

import pytest
from django.core.mail import EmailMessage

from participation import emails
from participation.models import OutboundEmail
from participation.tasks import deliver_email
from tests.support.waiting import wait_until
from tests.support.worker import needs_worker_services

pytestmark = [needs_worker_services, pytest.mark.django_db(transaction=True)]


def delivered_files(mail_dir: Path) -> list[str]:
    if not mail_dir.exists():
        return []
    return [path.read_text() for path in sorted(mail_dir.iterdir())]


def wait_until_sent(email_id: int) -> OutboundEmail:
    sent = OutboundEmail.objects.filter(pk=email_id, status=OutboundEmail.Status.SENT)
    return wait_until(sent.first, what=f"email {email_id} delivered")


def test_worker_delivers_a_queued_email_once(real_broker, broker_queue, start_worker, tmp_path):
    start_worker()
    email = emails.queue_email(
        message=EmailMessage(subject="Đăng ký thành công", body="Xin chào", to=["an@example.org"]),
        language="vi",
    )
    deliver_email.delay(email.pk)  # a duplicate task, as a broker redelivery would make

    wait_until_sent(email.pk)
    broker_queue.wait_until_drained()  # the duplicate task ran too

    files = delivered_files(tmp_path / "mail")
    assert len(files) == 1
    assert "an@example.org" in files[0]


def test_email_queued_while_the_worker_is_down_is_delivered_when_it_starts(
    real_broker, start_worker, tmp_path
):
    email = emails.queue_email(
        message=EmailMessage(
            subject="申し込み完了", body="ありがとうございます", to=["yuki@example.org"]
        ),
        language="ja",
    )
    assert OutboundEmail.objects.get(pk=email.pk).status == OutboundEmail.Status.PENDING

    start_worker()

    wait_until_sent(email.pk)
    assert len(delivered_files(tmp_path / "mail")) == 1
