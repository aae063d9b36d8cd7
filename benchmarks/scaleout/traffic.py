"""Concurrent clients spread over several servers, as browsers would use a form: GET it once
for the CSRF cookie and token, then POST (http.client, one connection per request)."""

import collections
import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from benchmarks.common import Server, call, form_session, run_clients

BUSY_RETRIES = 30  # a 503 "busy, try again" answer: the registration waited too long for its lock


@dataclass
class Load:
    elapsed: float = 0.0
    accepted: list[dict] = field(default_factory=list)  # the fields of every accepted POST
    per_server: collections.Counter = field(default_factory=collections.Counter)
    statuses: collections.Counter = field(default_factory=collections.Counter)
    retries: int = 0

    @property
    def rate(self) -> float:
        return len(self.accepted) / self.elapsed if self.elapsed else 0.0


def drive(
    *,
    servers: list[Server],
    path: str,
    numbers: range,
    fields: Callable[[int], dict],
    accepted: Callable[[int, str], bool],
    clients: int,
    on_accepted: Callable[[int], None] = lambda count: None,
) -> Load:
    """`clients` threads, client i on servers[i % len(servers)]: each GETs `path`, then all POST
    to it together until every number is used. accepted(status, location) says whether the
    answer is the form's success; a 503 is retried (the resident would press the button again);
    anything else stops the run. on_accepted(count) runs after each accepted POST."""
    load = Load()
    pending = iter(numbers)
    lock = threading.Lock()
    errors: list[BaseException | str] = []

    def client(server: Server, ready: threading.Barrier):
        session = form_session(server, path, ready, errors)
        if session is None:
            return
        cookie, token = session
        try:
            post_until_done(server, cookie, token)
        except Exception as error:  # a refused or reset connection: the run fails, loudly
            errors.append(f"{server.name} POST {path}: {error!r}")

    def post_until_done(server: Server, cookie: str, token: str):
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
        while not errors:
            with lock:
                number = next(pending, None)
            if number is None:
                return
            data = fields(number)
            body = urlencode({**data, "csrfmiddlewaretoken": token})
            for attempt in range(BUSY_RETRIES + 1):
                status, answer, _body = call(server, "POST", path, body=body, headers=headers)
                if status != 503 or attempt == BUSY_RETRIES:
                    break
                with lock:
                    load.retries += 1
                time.sleep(0.05 * (attempt + 1))
            location = answer["Location"] or ""
            with lock:
                load.statuses[status] += 1
                if accepted(status, location):
                    load.accepted.append(data)
                    load.per_server[server.name] += 1
                    count = len(load.accepted)
                else:
                    errors.append(f"{server.name} POST {path}: {status} {location}".strip())
                    return
            on_accepted(count)

    load.elapsed = run_clients(
        [functools.partial(client, servers[i % len(servers)]) for i in range(clients)],
        path=path,
        errors=errors,
    )
    if errors:
        raise RuntimeError(f"{len(errors)} failed POSTs, first: {errors[0]}")
    return load
