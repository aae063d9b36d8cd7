"""Registration emails through a real Celery worker on Redis and the test's PostgreSQL database:
a freed seat's offer and the after-event survey each reach the registrant exactly once, however
often the tasks run. Skipped without PostgreSQL and Redis (CI has both)."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone, translation

from participation.models import OutboundEmail
from participation.registrations import services, tasks
from participation.registrations.models import Registration, RegistrationNotice
from participation.registrations.notifications import SUBJECTS
from participation.registrations.tasks import send_registration_notice
from participation.tasks import deliver_email
from tests.participation.registrations.helpers import attend, register
from tests.support.waiting import wait_until
from tests.support.worker import needs_worker_services

pytestmark = [needs_worker_services, pytest.mark.django_db(transaction=True)]

Status = Registration.Status


def delivered_to(mail_dir: Path, address: str) -> int:
    """How many delivered messages (files of the file backend) are addressed to `address`."""
    if not mail_dir.exists():
        return 0
    return sum(f"To: {address}" in path.read_text() for path in mail_dir.iterdir())


def subject(kind: str, language: str, title: str) -> str:
    with translation.override(language):
        return SUBJECTS[kind]() % {"title": title}


def all_sent(address: str) -> bool:
    emails = OutboundEmail.objects.filter(to=[address])
    return emails.exists() and not emails.exclude(status=OutboundEmail.Status.SENT).exists()


def test_a_cancellation_offers_the_seat_by_one_email(
    real_broker, broker_queue, start_worker, tmp_path, make_event
):
    event = make_event(title="워커 행사", slug="worker", capacity=1)
    holder = register(event, email="holder@example.org")
    waiting = register(event, email="an@example.org", preferred_language="vi")
    assert waiting.status == Status.WAITING
    start_worker()

    services.cancel_registration(registration=holder)
    offers = OutboundEmail.objects.filter(
        to=["an@example.org"], subject=subject("offer", "vi", event.title)
    )
    wait_until(offers.exists, what="the offer email, rendered by the worker")
    # Duplicate tasks, as a broker redelivery would make.
    notice = RegistrationNotice.objects.get(registration=waiting, kind="offer")
    send_registration_notice.delay(notice.pk)
    deliver_email.delay(offers.get().pk)

    wait_until(lambda: all_sent("an@example.org"), what="the waitlist emails")
    broker_queue.wait_until_drained()  # the duplicate tasks ran too
    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    # The waiting-list email and the offer, each delivered once.
    assert OutboundEmail.objects.filter(to=["an@example.org"]).count() == 2
    assert delivered_to(tmp_path / "mail", "an@example.org") == 2


def test_the_survey_beat_task_run_twice_sends_one_email(
    real_broker, broker_queue, start_worker, tmp_path, make_event
):
    ended = timezone.now() - timedelta(hours=3)
    event = make_event(
        title="끝난 행사", slug="ended", starts_at=ended - timedelta(hours=2), ends_at=ended
    )
    attendee = attend(event, email="yuki@example.org", preferred_language="ja")
    # Two workers, so the two runs of the task may overlap.
    start_worker()
    start_worker()

    tasks.send_surveys.delay()
    tasks.send_surveys.delay()

    wait_until(lambda: all_sent("yuki@example.org"), what="the survey email")
    broker_queue.wait_until_drained()  # the second run too
    attendee.refresh_from_db()
    assert attendee.survey_sent_at is not None
    [email] = OutboundEmail.objects.filter(to=["yuki@example.org"])
    assert email.subject == subject("survey", "ja", event.title)
    assert email.language == "ja"
    assert delivered_to(tmp_path / "mail", "yuki@example.org") == 1
