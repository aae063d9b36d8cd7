"""The scale-out rehearsal's checks (benchmarks/scaleout/checks.py) on made-up outcomes: they
must fail a duplicate or a loss, and tolerate only what was in flight on the killed worker."""

import shutil
import time
from datetime import UTC, datetime

import pytest
from django.core.mail import EmailMultiAlternatives

from benchmarks.scaleout import checks
from participation import emails
from participation.feedback.models import TranslationStatus
from participation.models import MachineTranslation, OutboundEmail
from participation.translation.service import content_hash
from tests.factories import FeedbackMessageFactory

pytestmark = pytest.mark.django_db

KILLED_AT = time.time() - 60  # a minute ago


def moment(seconds_after_kill: float) -> datetime:
    return datetime.fromtimestamp(KILLED_AT + seconds_after_kill, UTC)


# --- feedback -------------------------------------------------------------------------------


def translated_message(text: str, *, stored_after_kill: float):
    FeedbackMessageFactory(text=text, translation_status=TranslationStatus.DONE)
    MachineTranslation.objects.create(
        provider="libretranslate",
        source_language="en",
        target_language="ko",
        content_hash=content_hash(text),
        source_text=text,
        translated_text=f"[ko] {text}",
    )
    MachineTranslation.objects.filter(content_hash=content_hash(text)).update(
        created_at=moment(stored_after_kill)
    )
    return {"text": text}


def asked(text: str, *seconds_after_kill: float) -> list[dict]:
    return [{"q": text, "received_at": KILLED_AT + seconds} for seconds in seconds_after_kill]


def test_each_text_asked_once_passes():
    accepted = [translated_message("Broken light", stored_after_kill=-30)]
    FeedbackMessageFactory(
        text="가로등이 고장났습니다", translation_status=TranslationStatus.NOT_NEEDED
    )
    accepted.append({"text": "가로등이 고장났습니다"})
    figures, problems = checks.check_feedback(
        accepted=accepted, provider_requests=asked("Broken light", -31), killed_at=KILLED_AT
    )
    assert problems == []
    assert (figures["translated"], figures["not_needed"], figures["lost"]) == (1, 1, 0)


def test_a_request_in_flight_on_the_killed_worker_may_be_asked_again():
    accepted = [translated_message("Broken light", stored_after_kill=5)]
    figures, problems = checks.check_feedback(
        accepted=accepted, provider_requests=asked("Broken light", -0.1, 4), killed_at=KILLED_AT
    )
    assert problems == []
    assert figures["reasked_after_kill"] == 1


@pytest.mark.parametrize(
    ("stored_after_kill", "asked_after_kill"),
    [(-30, (-31, -30.5)), (5, (2, 4)), (5, (-0.1, 3, 4))],
    ids=["twice-before-the-kill", "twice-after-the-kill", "three-times"],
)
def test_any_other_second_request_fails(stored_after_kill, asked_after_kill):
    accepted = [translated_message("Broken light", stored_after_kill=stored_after_kill)]
    _figures, problems = checks.check_feedback(
        accepted=accepted,
        provider_requests=asked("Broken light", *asked_after_kill),
        killed_at=KILLED_AT,
    )
    assert problems and "translated more than once" in problems[0]


def test_a_lost_submission_fails():
    _figures, problems = checks.check_feedback(
        accepted=[{"text": "Never stored"}], provider_requests=[], killed_at=KILLED_AT
    )
    assert "1 submissions lost" in problems[0]


# --- emails ---------------------------------------------------------------------------------


@pytest.fixture
def mail_dir(tmp_path, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "scaleout-b")
    return tmp_path


def delivered_email(address: str, *, sent_after_kill: float = -10) -> OutboundEmail:
    message = EmailMultiAlternatives(subject="Received", body="Thank you.", to=[address])
    email = emails.queue_email(message=message, language="en")
    assert emails.outbox.run(email.pk)
    OutboundEmail.objects.filter(pk=email.pk).update(sent_at=moment(sent_after_kill))
    return email


def copy_delivery(mail_dir, folder: str) -> None:
    (mail_dir / folder).mkdir(exist_ok=True)
    for path in (mail_dir / "scaleout-b").iterdir():
        shutil.copy(path, mail_dir / folder / f"copy-{path.name}")


def check(mail_dir, addresses):
    return checks.check_emails(
        mail_dir=mail_dir, addresses=addresses, killed="scaleout-a", killed_at=KILLED_AT
    )


def test_one_email_per_address_passes(mail_dir):
    delivered_email("one@example.org")
    delivered_email("two@example.org")
    figures, problems = check(mail_dir, ["one@example.org", "two@example.org"])
    assert problems == []
    assert (figures["delivered"], figures["duplicates"], figures["lost"]) == (2, 0, 0)


def test_a_copy_written_by_the_killed_worker_and_sent_again_is_told_apart(mail_dir):
    delivered_email("one@example.org", sent_after_kill=3)
    copy_delivery(mail_dir, "scaleout-a")
    figures, problems = check(mail_dir, ["one@example.org"])
    assert problems == []
    assert (figures["delivered"], figures["resent_in_flight"]) == (2, 1)


def test_any_other_second_delivery_fails(mail_dir):
    delivered_email("one@example.org", sent_after_kill=3)
    copy_delivery(mail_dir, "scaleout-b")
    figures, problems = check(mail_dir, ["one@example.org"])
    assert figures["duplicates"] == 1
    assert "1 emails delivered more than once" in problems


def test_an_email_owed_and_never_delivered_fails(mail_dir):
    delivered_email("one@example.org")
    pending = emails.queue_email(
        message=EmailMultiAlternatives(subject="Received", body=".", to=["two@example.org"]),
        language="en",
    )
    figures, problems = check(mail_dir, ["one@example.org", "two@example.org"])
    assert figures["lost"] == 2  # still pending, and its address got nothing
    assert any("pending" in problem for problem in problems)
    assert pending.status == OutboundEmail.Status.PENDING


def test_delivered_messages_reads_several_per_file(mail_dir):
    connection_path = mail_dir / "scaleout-b"
    delivered_email("one@example.org")
    first = next(connection_path.iterdir())
    first.write_bytes(first.read_bytes() * 3)  # three messages in one file, as a busy worker
    assert len(checks.delivered_messages(mail_dir)) == 3
