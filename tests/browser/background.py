"""Where a flow's background work runs, and where its emails arrive.

With PostgreSQL and Redis (CI), a real `celery worker` process on the test database runs the
tasks the live server enqueues, and delivers emails with the file backend into a folder. Without
them (a local SQLite run), Celery runs eagerly in the live server's thread and emails land in
Django's locmem outbox: the same flow, so it still runs everywhere."""

import email
from dataclasses import dataclass
from email.policy import default as default_policy
from pathlib import Path
from urllib.parse import urlsplit

from django.core import mail

from tests.support.waiting import wait_until

# Django's file backend writes each message followed by a line of 79 dashes.
FILE_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@dataclass(frozen=True)
class Mail:
    to: list[str]
    subject: str
    body: str

    def link(self, fragment: str) -> str:
        """The path of the first link in the body containing `fragment` (links name the
        configured site, the browser goes to the live server)."""
        for word in self.body.split():
            if word.startswith("http") and fragment in word:
                return urlsplit(word).path
        raise AssertionError(f"no link with {fragment!r} in:\n{self.body}")


def _from_outbox() -> list[Mail]:
    return [Mail(list(m.to), str(m.subject), m.body) for m in mail.outbox]


def _from_folder(folder: Path) -> list[Mail]:
    messages = []
    for path in sorted(folder.glob("*")) if folder.exists() else []:
        for raw in path.read_bytes().split(FILE_SEPARATOR):
            if not raw.strip():
                continue
            message = email.message_from_bytes(raw, policy=default_policy)
            body = message.get_body(preferencelist=("plain",)).get_content()
            messages.append(
                Mail([str(a) for a in message["To"].addresses], message["Subject"].strip(), body)
            )
    return messages


@dataclass
class Background:
    mail_folder: Path | None  # None: eager Celery and the locmem outbox
    start_worker: object = None

    @property
    def has_worker(self) -> bool:
        return self.mail_folder is not None

    def start(self, **env) -> None:
        """Start the worker (no-op when eager). Before the flow: it boots while the browser
        works, and tasks enqueued meanwhile wait for it in Redis. It consumes both queues, as
        `make worker` does: it detects languages too."""
        if self.has_worker:
            self.start_worker(queues="celery,language", **env)

    def sent(self) -> list[Mail]:
        return _from_folder(self.mail_folder) if self.has_worker else _from_outbox()

    def wait_for_mail(self, *, to: str, subject: str) -> Mail:
        def found() -> Mail | None:
            return next((m for m in self.sent() if m.to == [to] and m.subject == subject), None)

        try:
            return wait_until(found, what=f"email {subject!r} to {to}")
        except AssertionError as error:
            seen = [(m.to, m.subject) for m in self.sent()]
            raise AssertionError(f"{error}; sent: {seen}") from None


def reload_until(page, locator) -> None:
    """Reload `page` until `locator` is visible: for what a worker writes after the response
    (a translation). With eager Celery it is there on the first look."""
    wait_until(locator.is_visible, what=str(locator), interval=0.2, between=page.reload)
