"""After the load: drain the queues — sweeping, as the beat would, what the killed worker took
down with it — then check every count against what the clients were told.

Each check returns (figures, problems); a problem is a sentence, and any problem fails the run."""

import collections
import email
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses
from pathlib import Path

from benchmarks import common

from .content import needs_translation

# Django's file email backend ends every message with a line of 79 dashes.
MESSAGE_SEPARATOR = re.compile(rb"^-{79}$", re.MULTILINE)
OUTBOUND_ID = re.compile(r"<outbound-(\d+)@")


@dataclass
class Drain:
    seconds: float = 0.0
    sweep_rounds: int = 0
    swept: collections.Counter = field(default_factory=collections.Counter)


def outstanding() -> dict[str, int]:
    """Work owed and not done: notices to render, languages to detect, messages to translate,
    emails to send."""
    from participation.feedback.models import FeedbackItem, Message, TranslationStatus
    from participation.models import OutboundEmail
    from participation.registrations.models import RegistrationNotice

    waiting = (TranslationStatus.AWAITS_LANGUAGE, TranslationStatus.PENDING)
    return {
        "notices": RegistrationNotice.objects.filter(email__isnull=True).count(),
        "languages": FeedbackItem.objects.filter(language_pending=True).count(),
        "translations": Message.objects.filter(translation_status__in=waiting).count(),
        "emails": OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING).count(),
    }


def workers_idle(nodes: list[str]) -> bool:
    """No task active, reserved or waiting for its countdown on any of `nodes`."""
    from portal.celery import app

    inspect = app.control.inspect(destination=nodes, timeout=1.0)
    for method in (inspect.active, inspect.reserved, inspect.scheduled):
        answers = method() or {}
        if len(answers) < len(nodes) or any(answers.values()):
            return False
    return True


def sweep() -> collections.Counter:
    """The beat's four sweeps, run here with their age limits at zero. The beat waits minutes
    (each outbox's stale_after) so as never to race a live task; the caller
    has seen the broker empty and the workers idle, so nothing is live and waiting is moot."""
    from participation import emails
    from participation.feedback.services import languages, translating
    from participation.registrations import notifications

    no_wait = timedelta(0)
    return collections.Counter(
        notices=notifications.outbox.sweep(older_than=no_wait),
        languages=languages.outbox.sweep(older_than=no_wait),
        translations=translating.outbox.sweep(older_than=no_wait),
        emails=emails.outbox.sweep(older_than=no_wait),
    )


def drain(*, broker_url: str, nodes: list[str], limit_seconds: float) -> Drain:
    """Wait until nothing is owed; whenever the broker is empty and the live workers idle twice
    in a row while work is still owed, that work's tasks died with the killed worker: sweep."""
    result = Drain()
    began = time.monotonic()
    quiet_polls = 0
    while any((left := outstanding()).values()):
        if time.monotonic() - began > limit_seconds:
            raise RuntimeError(f"not drained after {limit_seconds:.0f} s: still owed {left}")
        idle = workers_idle(nodes) and common.queued_tasks(broker_url) == 0
        quiet_polls = quiet_polls + 1 if idle else 0
        if quiet_polls >= 2:
            result.swept.update(sweep())
            result.sweep_rounds += 1
            quiet_polls = 0
        time.sleep(0.3)
    result.seconds = time.monotonic() - began
    return result


def check_registrations(*, event_id: int, seats: int, accepted: list[dict]):
    from django.db.models import Count
    from django.db.models.functions import Lower

    from participation.registrations.models import Registration, RegistrationNotice

    Status = Registration.Status
    rows = Registration.objects.filter(event_id=event_id)
    by_status = collections.Counter(rows.values_list("status", flat=True))
    confirmed, waiting = by_status[Status.CONFIRMED], by_status[Status.WAITING]
    expected = len(accepted)
    stored = {address.lower() for address in rows.values_list("email", flat=True)}
    lost = {data["email"].lower() for data in accepted} - stored
    duplicates = (
        rows.annotate(address=Lower("email")).values("address").annotate(n=Count("pk"))
    ).filter(n__gt=1)
    notices = RegistrationNotice.objects.filter(registration__event_id=event_id)
    kinds = collections.Counter(notices.values_list("registration__status", "kind"))
    per_registration = notices.values("registration").annotate(n=Count("pk")).filter(n__gt=1)
    problems = []
    if set(by_status) - {Status.CONFIRMED, Status.WAITING}:
        problems.append(f"registration statuses {dict(by_status)}")
    if confirmed != min(seats, expected):
        problems.append(f"{confirmed} confirmed for {seats} seats, expected {min(seats, expected)}")
    if confirmed + waiting != expected or lost:
        problems.append(f"{confirmed + waiting} registrations stored for {expected} accepted")
    if duplicates.exists():
        problems.append(f"{duplicates.count()} addresses registered twice")
    expected_kinds = {
        (Status.CONFIRMED, "confirmed"): confirmed,
        (Status.WAITING, "waiting"): waiting,
    }
    if kinds != collections.Counter(expected_kinds):
        problems.append(
            f"notices by (status, kind) {dict(kinds)}, one per registration, of its status's kind"
        )
    if per_registration.exists():
        problems.append(f"{per_registration.count()} registrations owed more than one email")
    figures = {"confirmed": confirmed, "waiting": waiting, "lost": len(lost)}
    figures["duplicates"] = duplicates.count()
    return figures, problems


def check_feedback(*, accepted: list[dict], provider_requests: list[dict], killed_at: float):
    """Every submission stored once and translated once (Korean: not needed). A text may have
    reached the provider twice only if its first request was in flight on the killed worker:
    asked before the kill, its translation stored only after it (by the sweep's re-run)."""
    from participation.feedback.models import Message, TranslationStatus
    from participation.models import MachineTranslation
    from participation.translation.service import content_hash

    texts = [data["text"] for data in accepted]
    messages = Message.objects.filter(author=Message.Author.RESIDENT)
    stored = collections.Counter(messages.values_list("text", flat=True))
    status_of = dict(messages.values_list("text", "translation_status"))
    lost = [text for text in texts if text not in stored]
    twice_stored = [text for text, count in stored.items() if count > 1]
    wrong_status = [
        text
        for text in texts
        if status_of.get(text)
        != (TranslationStatus.DONE if needs_translation(text) else TranslationStatus.NOT_NEEDED)
    ]
    translated = [text for text in texts if status_of.get(text) == TranslationStatus.DONE]
    stored_at = dict(
        MachineTranslation.objects.filter(
            content_hash__in=[content_hash(text) for text in translated]
        ).values_list("content_hash", "created_at")
    )
    asked_at = collections.defaultdict(list)
    for request in provider_requests:
        asked_at[request.get("q")].append(request["received_at"])
    kill = datetime.fromtimestamp(killed_at, UTC)
    never_asked, reasked_after_kill, asked_twice = [], [], []
    for text in translated:
        times = sorted(asked_at.get(text, []))
        if not times:
            never_asked.append(text)
        elif len(times) > 1:
            in_flight = times[0] < killed_at and stored_at.get(content_hash(text), kill) > kill
            (reasked_after_kill if in_flight and len(times) == 2 else asked_twice).append(text)
    unexpected = set(asked_at) - set(translated)
    problems = []
    if lost or twice_stored:
        problems.append(f"{len(lost)} submissions lost, {len(twice_stored)} stored twice")
    if wrong_status:
        statuses = collections.Counter(status_of.get(text) for text in wrong_status)
        problems.append(f"{len(wrong_status)} messages not translated as expected: {statuses}")
    if never_asked or asked_twice or unexpected:
        problems.append(
            f"provider: {len(asked_twice)} texts translated more than once, {len(never_asked)} "
            f"translated without a request, {len(unexpected)} requests for other texts"
        )
    figures = {
        "stored": sum(stored.values()),
        "translated": len(translated),
        "not_needed": len(texts) - len(translated) - len(wrong_status),
        "provider_requests": len(provider_requests),
        "reasked_after_kill": len(reasked_after_kill),
        "lost": len(lost),
    }
    return figures, problems


def delivered_messages(mail_dir: Path) -> list[tuple[str, email.message.Message]]:
    """(sender, message) for every message the file backend wrote: each Celery worker writes
    into a folder of its own, one file per connection, possibly several messages per file."""
    messages = []
    for path in sorted(mail_dir.rglob("*")):
        if path.is_file():
            for chunk in MESSAGE_SEPARATOR.split(path.read_bytes()):
                if chunk.strip():
                    message = email.message_from_bytes(chunk.strip(b"\n"))
                    messages.append((path.parent.name, message))
    return messages


def check_emails(*, mail_dir: Path, addresses: list[str], killed: str, killed_at: float):
    """Each address owed one email got exactly one, every queued email was sent, none twice.
    One exception, reported apart: an email the killed worker had written out but not yet
    marked sent is sent again by the sweep, with the same Message-ID (which a receiving
    server uses to drop the copy) — SMTP offers no exactly-once, only at-least-once."""
    from participation.models import OutboundEmail

    delivered = delivered_messages(mail_dir)
    senders = collections.defaultdict(list)  # outbound email id → folders it was written into
    recipients = {}  # outbound email id → the addresses in its To header
    without_id = 0
    for sender, message in delivered:
        match = OUTBOUND_ID.search(message.get("Message-ID", ""))
        if match:
            senders[int(match.group(1))].append(sender)
            to = getaddresses(message.get_all("To", []))
            recipients[int(match.group(1))] = [address.lower() for _name, address in to]
        else:
            without_id += 1
    rows = OutboundEmail.objects.in_bulk(list(senders))
    statuses = collections.Counter(OutboundEmail.objects.values_list("status", flat=True))
    sent = set(
        OutboundEmail.objects.filter(status=OutboundEmail.Status.SENT).values_list("pk", flat=True)
    )
    kill = datetime.fromtimestamp(killed_at, UTC)
    resent_in_flight, duplicates = 0, 0
    for email_id, folders in senders.items():
        row = rows.get(email_id)
        if len(folders) == 2 and killed in folders and row and row.sent_at and row.sent_at > kill:
            resent_in_flight += 1
        else:
            duplicates += len(folders) - 1
    # Per address, distinct emails as delivered: a re-sent copy is the same email.
    per_address = collections.Counter(
        address for addresses in recipients.values() for address in addresses
    )
    owed = collections.Counter(address.lower() for address in addresses)
    wrong_count = [address for address in owed if per_address[address] != owed[address]]
    strangers = set(per_address) - set(owed)
    unseen = sent - set(senders)
    problems = []
    if without_id or set(senders) - set(rows):
        problems.append(f"{without_id + len(set(senders) - set(rows))} unknown emails delivered")
    if duplicates:
        problems.append(f"{duplicates} emails delivered more than once")
    if set(senders) - sent:
        problems.append(f"{len(set(senders) - sent)} emails delivered but not marked sent")
    if statuses["pending"] or statuses["failed"] or unseen:
        problems.append(f"queued emails {dict(statuses)}, {len(unseen)} marked sent, unseen")
    if wrong_count or strangers:
        problems.append(
            f"{len(wrong_count)} addresses did not get exactly one email, "
            f"{len(strangers)} unexpected addresses got one"
        )
    figures = {
        "delivered": len(delivered),
        "distinct": len(senders),
        "addresses": len(owed),
        "by_worker": collections.Counter(sender for sender, _message in delivered),
        "duplicates": duplicates,
        "resent_in_flight": resent_in_flight,
        "lost": len(unseen) + statuses["pending"] + statuses["failed"] + len(wrong_count),
    }
    return figures, problems
