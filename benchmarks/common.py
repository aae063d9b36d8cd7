"""What every benchmark needs around the code it measures: a PostgreSQL database of its own,
Redis databases, gunicorn servers and Celery workers — each process in a process group of its
own, so that stopping it (or killing it, as the scale-out rehearsal does to one worker) takes
its children along —, an HTTP client that times each request, and the threads of concurrent
clients that start together."""

import argparse
import contextlib
import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.request import urlopen

from django.db import connections

BASE_DIR = Path(__file__).resolve().parents[1]
CELERY = str(Path(sys.executable).parent / "celery")
START_LIMIT_SECONDS = 60
POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# The default queue and the language queue (portal/settings/base.py, CELERY_TASK_ROUTES).
QUEUE_KEYS = ("celery*", "language*")


def recreate_database(name: str, server_url: str = POSTGRES_SERVER) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')


def database_exists(name: str, server_url: str = POSTGRES_SERVER) -> bool:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as db:
        query = "SELECT 1 FROM pg_database WHERE datname = %s"
        return db.execute(query, [name]).fetchone() is not None


def drop_database(name: str, server_url: str = POSTGRES_SERVER) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis(*urls: str) -> None:
    import redis

    for url in urls:
        redis.Redis.from_url(url).flushdb()


def queued_tasks(broker_url: str) -> int:
    """Messages waiting in the broker's queues (Redis lists; kombu adds one per priority)."""
    import redis

    client = redis.Redis.from_url(broker_url)
    keys = {key for pattern in QUEUE_KEYS for key in client.scan_iter(pattern)}
    return sum(client.llen(key) for key in keys if client.type(key) == b"list")


def start(command: list[str], log=None, **environment: str) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=BASE_DIR,
        env={**os.environ, **environment},
        start_new_session=True,  # a process group of its own
        stdout=log,
        stderr=subprocess.STDOUT if log else None,
    )


def start_gunicorn(
    *,
    port: int,
    workers: int = 2,
    log=None,
    options: tuple[str, ...] = (),
    app: str = "portal.wsgi",
    **environment: str,
) -> subprocess.Popen:
    """gunicorn serving `app` (the portal) on 127.0.0.1:`port`; `options` go on its command
    line."""
    command = [sys.executable, "-m", "gunicorn", app, "--workers", str(workers)]
    command += ["--bind", f"127.0.0.1:{port}", "--backlog", "2048", "--log-level", "warning"]
    command += list(options)
    # Without it both servers (and any other gunicorn here) share ~/.gunicorn/gunicorn.ctl.
    command += ["--no-control-socket"]
    return start(command, log, **environment)


def start_worker(
    *, name: str, concurrency: int, log, queues: str = "celery,language", **environment: str
) -> subprocess.Popen:
    """A Celery worker; by default on both queues, as `make worker` (it then builds the language
    detector before it answers a ping). Production runs them apart: `queues="celery"` and
    `queues="language"`."""
    command = [CELERY, "-A", "portal", "worker", "--hostname", f"{name}@%h", "--queues", queues]
    command += ["--concurrency", str(concurrency), "--loglevel", "WARNING"]
    command += ["--without-gossip", "--without-mingle"]
    return start(command, log, **environment)


def wait_for_http(process: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + START_LIMIT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited at start")
        try:
            urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def wait_for_workers(processes: dict[str, subprocess.Popen]) -> list[str]:
    """Wait until every worker (by --hostname prefix) answers a ping; their full node names."""
    from portal.celery import app

    deadline = time.monotonic() + START_LIMIT_SECONDS
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"Celery worker {name} exited at start")
        try:
            answers = app.control.ping(timeout=0.5) or []
        except Exception:  # noqa: S112 — the broker connection is retried until the limit
            continue
        nodes = [node for answer in answers for node in answer]
        found = [node for node in nodes if node.split("@")[0] in processes]
        if len(found) == len(processes):
            return sorted(found)
        time.sleep(0.2)
    raise RuntimeError("the Celery workers did not start")


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL to the whole group: no warm shutdown, no acknowledgement, as when a node dies."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def tear_down(processes, *, redis_urls, database: str, server_url: str = POSTGRES_SERVER) -> None:
    """After a rehearsal: stop its process groups, close this process's database connections,
    empty its Redis databases and drop its database."""
    stop_groups(list(processes))
    connections.close_all()
    flush_redis(*redis_urls)
    drop_database(database, server_url)


def stop_groups(processes: list[subprocess.Popen], *, grace_seconds: float = 20) -> None:
    """SIGTERM to every group at once, then SIGKILL to each group whose leader is still running
    after the grace period (gunicorn and Celery leaders exit only after their children)."""
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_seconds
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            kill_group(process)


def stop_group(process: subprocess.Popen, *, grace_seconds: float = 30) -> None:
    stop_groups([process], grace_seconds=grace_seconds)


class Gunicorn:
    """`with Gunicorn(port=…) as server:` gunicorn (2 workers) answering /healthz inside the
    block, its process group stopped whatever happens."""

    def __init__(self, *, port: int, workers: int = 2, log=None, options=(), **environment: str):
        self.server = Server("gunicorn", port)
        self.arguments = {"port": port, "workers": workers, "log": log, "options": options}
        self.arguments.update(environment)

    def __enter__(self) -> "Server":
        self.process = start_gunicorn(**self.arguments)
        try:
            wait_for_http(self.process, f"{self.server.url}/healthz")
        except BaseException:
            stop_group(self.process)
            raise
        return self.server

    def __exit__(self, *exc) -> None:
        stop_group(self.process)


# --- HTTP ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    name: str
    port: int
    host: str = "127.0.0.1"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


def call(server: Server, method: str, path: str, *, body: str | None = None, headers=None):
    """(status, headers, body) of one request on a connection of its own."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=120)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def timed_call(server: Server, method: str, path: str, **options):
    """(seconds, status, headers, body) of `call`, timed from sending to the last byte."""
    started = time.perf_counter()
    status, headers, body = call(server, method, path, **options)
    return time.perf_counter() - started, status, headers, body


def csrf(server: Server, path: str) -> tuple[str, str]:
    """The CSRF cookie and form token from a GET of `path`. The production cookie is Secure,
    which a browser would not send over plain HTTP; the clients send it by hand."""
    status, headers, body = call(server, "GET", path)
    if status != 200:
        raise RuntimeError(f"GET {server.url}{path} answered {status}")
    cookie = next(
        value.split(";", 1)[0]
        for value in headers.get_all("Set-Cookie") or []
        if value.startswith("csrftoken=")
    )
    return cookie, CSRF_FIELD.search(body.decode()).group(1)


def percentile(values: list[float], fraction: float) -> float:
    """The value at `fraction` (0–1) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def end_on_sigterm() -> None:
    """A plain `kill` ends the run through the finally blocks too, stopping what it started;
    and the report says how busy the machine was before the run."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print(f"load average before the run: {os.getloadavg()[0]:.1f}", file=sys.stderr)


def form_session(server: Server, path: str, ready: threading.Barrier, errors: list):
    """A client's start: GET the form at `path` for its CSRF cookie and token, then wait at
    `ready` for the other clients. None, and the barrier broken, when the GET failed."""
    try:
        session = csrf(server, path)
    except BaseException as error:
        errors.append(error)
        ready.abort()
        return None
    ready.wait()
    return session


def run_clients(
    clients: list[Callable[[threading.Barrier], None]], *, path: str, errors: list
) -> float:
    """Run each client in a thread; each calls form_session(…, ready, …) first. Returns the
    seconds from the moment all were ready (the POSTs begin together) until the last ended."""
    ready = threading.Barrier(len(clients) + 1)
    threads = [threading.Thread(target=client, args=(ready,), daemon=True) for client in clients]
    for thread in threads:
        thread.start()
    try:
        ready.wait()
    except threading.BrokenBarrierError:
        raise RuntimeError(f"a client could not GET {path}: {errors[:1]}") from None
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began


def form_load_options(description: str, *, per: str, clients: int) -> argparse.ArgumentParser:
    """The options of a benchmark that POSTs a form: --requests (per `per`), --clients,
    --quick (100 requests) and --keep (the database); read them with form_load_arguments."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help=f"POSTs per {per}")
    parser.add_argument("--clients", type=int, default=clients)
    parser.add_argument("--quick", action="store_true", help=f"100 POSTs per {per}")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser


def form_load_arguments(parser: argparse.ArgumentParser) -> argparse.Namespace:
    args = parser.parse_args()
    if args.quick:
        args.requests = 100
    return args


def add_open_event(program, *, title: str, slug: str, summary: str, capacity: int, venue, now):
    """A Korean event under `program` a month after `now`, open for registration since the day
    before, one place a person: what the registration benchmarks POST to."""
    from cms.models import EventPage

    start = now + timedelta(days=30)
    return program.add_child(
        instance=EventPage(
            title=title,
            slug=slug,
            summary=summary,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            venue=venue,
            capacity=capacity,
            max_party_size=1,
            registration_opens_at=now - timedelta(days=1),
            languages=["ko", "en"],
            interpretation_languages=["en", "vi"],
            locale=program.locale,
        )
    )


def feedback_form_fields(number: int, *, kind: str, category_id: int, text: str) -> dict:
    """What the feedback form POSTs for submission `number`: located, signed and consented."""
    return {
        "kind": kind,
        "category": str(category_id),
        "text": text,
        "related_page": "",
        "location_text": f"강남구 테헤란로 {number % 500 + 1}",
        "latitude": f"37.{498000 + number % 1000:06d}",
        "longitude": f"127.{27000 + number % 1000:06d}",
        "contact_name": f"Resident {number}",
        "contact_email": f"resident{number}@example.org",
        "website": "",  # the honeypot
        "consent": "on",
    }


class FormLoadCounts:
    """What a form-load result with `statuses` ({HTTP status: count}) and `elapsed` (seconds)
    says: the successful POSTs (redirected) and their rate."""

    @property
    def ok(self) -> int:
        return self.statuses.get(302, 0)

    @property
    def rate(self) -> float:
        return self.ok / self.elapsed


def registration_form_fields(number: int, *, name: str, email: str) -> dict:
    """What the registration form POSTs for registrant `number`."""
    return {
        "name": name,
        "email": email,
        "phone": f"010-{number:04d}-{number % 9973:04d}",
        "nationality": ("KR", "VN", "CN", "US", "")[number % 5],
        "preferred_language": ("ko", "en", "vi", "zh-hans", "ja")[number % 5],
        "interpretation_language": ("", "", "en", "", "vi")[number % 5],
        "accessibility_needs": "휠체어 접근이 필요합니다." if number % 10 == 0 else "",
        "consent": "on",
    }
