"""Flash crowd at the opening of registration: two web servers, one Celery worker, PostgreSQL
and Redis, thousands of residents at the second an event's registration opens.

    .venv/bin/python benchmarks/flashcrowd/run.py [--quick]

Recreates the database `bench_flashcrowd` (--database), empties Redis dbs 7 (broker) and 8
(cache), starts two gunicorn servers and a Celery worker on production settings (real rate
limits; PORTAL_TRUSTED_PROXIES=127.0.0.1, so each client's X-Forwarded-For is its carrier's
shared address). One event of --seats (1,000) seats opens for registration at a whole second
a few seconds after everything is up; before that second each server has stored its "not open
yet" page. From that second --clients (200) clients, split over both servers and sharing
--addresses (40) carrier addresses, each register residents until --registrations (5,000) are
done: GET the event page (CSRF cookie and token, as a browser), POST the form, and on a 429 or
503 wait for Retry-After and press again. Then the worker drains the emails, and the run checks
and prints: exactly --seats confirmed, everyone else waiting, nobody twice, one email notice
each, no stale "not open yet" page after the opening, no answer other than the redirect or a
429/503 with Retry-After; time to an answer (p50/p95/p99) and the time the event's lock is held
per transaction, measured in PostgreSQL (probe.py). Exits 1 if a check fails.

Everything is stopped, Redis emptied and the database dropped at the end, also on Ctrl-C or
SIGTERM. --quick: 300 registrations for 60 seats, 30 clients, 6 addresses.
"""

import argparse
import collections
import math
import os
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402
from benchmarks.flashcrowd import probe  # noqa: E402
from benchmarks.scaleout.content import build_content, collect_static  # noqa: E402

BROKER_DB, CACHE_DB = 7, 8
OPENING_LEAD_SECONDS = 8  # from the warm-up's end to the opening second
RETRY_LIMIT = 100
DRAIN_LIMIT_SECONDS = 600


@dataclass
class Load:
    elapsed: float = 0.0
    answered: list[float] = field(default_factory=list)  # first POST → final answer, s
    posts: list[float] = field(default_factory=list)  # each POST, send → last byte, s
    gets: list[float] = field(default_factory=list)  # each GET of the event page, s
    emails: list[str] = field(default_factory=list)
    per_server: collections.Counter = field(default_factory=collections.Counter)
    statuses: collections.Counter = field(default_factory=collections.Counter)
    stale_pages: int = 0
    errors: list[str] = field(default_factory=list)


def main() -> int:
    args = options()
    common.end_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="portal-flashcrowd-") as scratch:
        scratch = Path(scratch)
        for name in ("static", "media", "private-media", "logs"):
            (scratch / name).mkdir()
        environment = settings_environment(args, scratch)
        os.environ.update(environment)
        redis_urls = environment["CELERY_BROKER_URL"], environment["REDIS_URL"]
        common.flush_redis(*redis_urls)
        common.recreate_database(args.database, args.postgres)
        processes = {}
        try:
            import django

            django.setup()
            if args.nice:
                os.nice(args.nice)  # inherited by the servers and the worker started below
            collect_static()  # before the servers: whitenoise reads the manifest as they boot
            servers = start_processes(args, scratch / "logs", processes)
            content = build_content(seats=args.seats)
            from django.db import connection

            probe.set_up(connection)
            for server in servers:
                common.wait_for_http(processes[server.name], f"{server.url}/healthz")
            common.wait_for_workers({"flashcrowd": processes["flashcrowd"]})
            return rehearse(args, content.event_id, servers)
        except Exception:
            show_logs(scratch / "logs")
            raise
        finally:
            common.tear_down(
                processes.values(),
                redis_urls=redis_urls,
                database=args.database,
                server_url=args.postgres,
            )


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=5000)
    parser.add_argument("--seats", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=200, help="concurrent clients")
    parser.add_argument("--addresses", type=int, default=40, help="carrier (CGNAT) addresses")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--worker-concurrency", type=int, default=1, help="Celery worker")
    parser.add_argument("--ports", default="", help="the two servers' ports, e.g. 8101,8102")
    parser.add_argument("--quick", action="store_true", help="300 for 60 seats, 30 clients")
    parser.add_argument(
        "--nice",
        type=int,
        default=0,
        help="niceness of the rehearsal's own processes (clients, servers, worker): "
        "10 gives PostgreSQL the cores first, as a database server of its own would have them",
    )
    parser.add_argument("--database", default="bench_flashcrowd")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379", help="without a db number")
    args = parser.parse_args()
    if args.quick:
        args.registrations, args.seats, args.clients, args.addresses = 300, 60, 30, 6
    return args


def settings_environment(args, scratch: Path) -> dict[str, str]:
    database_url = urlsplit(args.postgres)._replace(path=f"/{args.database}").geturl()
    redis = args.redis.rstrip("/")
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "flashcrowd-Qw8#rT3!zX6@pL1$vB9^nM4&kJ7*hG2(fD5)sA0-yU+iO=eC?",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_BASE_URL": "https://portal.example.go.kr",  # links in emails only
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on 127.0.0.1, no proxy in front
        "PORTAL_TRUSTED_PROXIES": "127.0.0.1",  # the clients play the TLS proxy's part
        "DATABASE_URL": database_url,
        "REDIS_URL": f"{redis}/{CACHE_DB}",
        "CELERY_BROKER_URL": f"{redis}/{BROKER_DB}",
        "EMAIL_URL": "dummymail://",  # rendered and stored; delivery goes nowhere
        "STATIC_ROOT": str(scratch / "static"),
        "MEDIA_ROOT": str(scratch / "media"),
        "PRIVATE_MEDIA_ROOT": str(scratch / "private-media"),
        "LOG_LEVEL": "WARNING",
    }


def free_port() -> int:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        return probe_socket.getsockname()[1]


def start_processes(args, logs: Path, processes: dict) -> list[common.Server]:
    ports = [int(port) for port in args.ports.split(",")] if args.ports else []
    ports += [free_port() for _ in range(2 - len(ports))]
    servers = [common.Server(f"web-{n + 1}", port) for n, port in enumerate(ports[:2])]
    for server in servers:
        log = (logs / f"{server.name}.log").open("w")
        processes[server.name] = common.start_gunicorn(
            port=server.port,
            workers=args.web_workers,
            log=log,
            app="benchmarks.flashcrowd.wsgi",
        )
    log = (logs / "flashcrowd.log").open("w")
    processes["flashcrowd"] = common.start_worker(
        name="flashcrowd", concurrency=args.worker_concurrency, log=log
    )
    return servers


def rehearse(args, event_id: int, servers: list[common.Server]) -> int:
    from django.db import connection
    from django.utils import translation

    from cms.models import EventPage
    from participation.registrations.errors import RegistrationNotOpen

    for server in servers:  # each worker's first page is slow (templates, translations)
        for _ in range(2 * args.web_workers):
            common.call(server, "GET", "/ko/")
    opens_at = math.ceil(time.time()) + OPENING_LEAD_SECONDS
    EventPage.objects.filter(pk=event_id).update(
        registration_opens_at=datetime.fromtimestamp(opens_at, UTC)
    )
    page_path = EventPage.objects.get(pk=event_id).get_url()
    with translation.override("ko"):
        not_open = str(RegistrationNotOpen.message).encode()
    for server in servers:  # each server stores its "not open yet" page, as visitors would
        _status, _headers, body = common.call(server, "GET", page_path)
        if not_open not in body or time.time() >= opens_at:
            raise RuntimeError(f"{server.name} did not show 'not open yet' before the opening")
    load = drive(
        args, servers, event_id=event_id, page_path=page_path, opens_at=opens_at, not_open=not_open
    )
    print(f"load done in {load.elapsed:.1f} s; draining emails …", file=sys.stderr)
    drained = drain()
    figures = probe.figures(connection)
    problems = check(args, load, event_id=event_id, drained=drained)
    report(args, load, lock=figures, drained=drained)
    for problem in problems:
        print(f"FAILED: {problem}")
    print("all checks passed" if not problems else f"{len(problems)} checks FAILED")
    return 1 if problems else 0


def drive(args, servers, *, event_id: int, page_path: str, opens_at: int, not_open: bytes):
    """The clients, from the opening second until every registration has its answer."""
    load = Load()
    numbers = iter(range(args.registrations))
    lock = threading.Lock()
    form_path = f"/ko/registrations/event/{event_id}/"
    addresses = [f"100.64.{n // 250}.{n % 250 + 1}" for n in range(args.addresses)]

    def client(index: int) -> None:
        server = servers[index % len(servers)]
        address = addresses[index % len(addresses)]
        time.sleep(max(0.0, opens_at - time.time()))
        while True:
            with lock:
                number = next(numbers, None)
                if number is None or load.errors:
                    return
            try:
                register_one(server, address, number)
            except Exception as error:  # a refused or reset connection: the run fails, loudly
                with lock:
                    load.errors.append(f"{server.name}: {error!r}")

    def register_one(server, address: str, number: int) -> None:
        forwarded = {"X-Forwarded-For": address}
        seconds, status, headers, body = common.timed_call(
            server, "GET", page_path, headers=forwarded
        )
        token = common.CSRF_FIELD.search(body.decode())
        cookie = next(
            (
                value.split(";", 1)[0]
                for value in headers.get_all("Set-Cookie") or []
                if value.startswith("csrftoken=")
            ),
            None,
        )
        with lock:
            load.gets.append(seconds)
            if status != 200 or token is None or cookie is None:
                load.stale_pages += not_open in body
                load.errors.append(f"{server.name} GET {page_path}: {status}, no form")
                return
        email = f"fan{number}@example.org"
        fields = common.registration_form_fields(number, name=f"팬 {number}", email=email)
        body = urlencode({**fields, "csrfmiddlewaretoken": token.group(1)})
        post_headers = {
            **forwarded,
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookie,
        }
        began = time.perf_counter()
        for _attempt in range(RETRY_LIMIT):
            seconds, status, answer, _body = common.timed_call(
                server, "POST", form_path, body=body, headers=post_headers
            )
            with lock:
                load.posts.append(seconds)
                load.statuses[status] += 1
            retry_after = answer["Retry-After"]
            if status not in (429, 503) or retry_after is None:
                break
            time.sleep(int(retry_after))  # the resident waits as told, then presses again
        location = answer["Location"] or ""
        with lock:
            if status == 302 and "check-your-email" in location:
                load.answered.append(time.perf_counter() - began)
                load.emails.append(email)
                load.per_server[server.name] += 1
            else:
                load.errors.append(f"{server.name} POST: {status} {location}".strip())

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, opens_at - time.time()))
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    load.elapsed = time.perf_counter() - began
    return load


@dataclass
class Drained:
    seconds: float
    notices_left: int
    emails_left: int


def drain() -> Drained:
    """Wait until the worker has rendered every notice and sent every email."""
    from participation.models import OutboundEmail
    from participation.registrations.models import RegistrationNotice

    began = time.monotonic()
    while True:
        notices = RegistrationNotice.objects.filter(email__isnull=True).count()
        emails = OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING).count()
        seconds = time.monotonic() - began
        if not (notices or emails) or seconds > DRAIN_LIMIT_SECONDS:
            return Drained(seconds, notices, emails)
        time.sleep(1.0)


def check(args, load: Load, *, event_id: int, drained: Drained) -> list[str]:
    from django.db.models import Count
    from django.db.models.functions import Lower

    from participation.registrations.models import Registration, RegistrationNotice

    problems = list(load.errors[:5])
    if len(load.errors) > 5:
        problems.append(f"… {len(load.errors) - 5} more failed requests")
    registrations = Registration.objects.filter(event_id=event_id)
    statuses = dict(registrations.values_list("status").annotate(n=Count("pk")).order_by())
    confirmed, waiting = statuses.pop("confirmed", 0), statuses.pop("waiting", 0)
    expected = len(load.emails)
    if len(load.emails) != args.registrations:
        problems.append(f"{len(load.emails)} answered of {args.registrations}")
    if confirmed != min(args.seats, expected):
        problems.append(f"{confirmed} confirmed for {args.seats} seats")
    if waiting != expected - confirmed:
        problems.append(f"{waiting} waiting, expected {expected - confirmed}")
    if statuses:
        problems.append(f"unexpected statuses: {statuses}")
    stored = set(registrations.annotate(e=Lower("email")).values_list("e", flat=True))
    if stored != {email.lower() for email in load.emails} or registrations.count() != len(stored):
        problems.append("the stored registrations are not the answered ones, once each")
    notices = dict(
        RegistrationNotice.objects.filter(registration__event_id=event_id)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    if notices != {k: v for k, v in {"confirmed": confirmed, "waiting": waiting}.items() if v}:
        problems.append(f"notices {notices} for {confirmed} confirmed, {waiting} waiting")
    if load.stale_pages:
        problems.append(f"{load.stale_pages} 'not open yet' pages served after the opening")
    if drained.notices_left or drained.emails_left:
        left = f"{drained.notices_left} notices, {drained.emails_left} emails"
        problems.append(f"not drained: {left}")
    other = set(load.statuses) - {302, 429, 503}
    if other:
        problems.append(f"answers other than 302/429/503: {sorted(other)}")
    return problems


def milliseconds(values: list[float], fraction: float) -> float:
    return 1000 * common.percentile(values, fraction) if values else float("nan")


def report(args, load: Load, *, lock: dict, drained: Drained) -> None:
    per_server = ", ".join(f"{name} {count}" for name, count in sorted(load.per_server.items()))
    statuses = ", ".join(f"{status}: {count}" for status, count in sorted(load.statuses.items()))
    answered = load.answered
    print(
        f"\n2 gunicorn servers × {args.web_workers} sync workers, 1 Celery worker × "
        f"{args.worker_concurrency}, PostgreSQL, Redis; {args.clients} clients behind "
        f"{args.addresses} carrier addresses; niceness {args.nice} (PostgreSQL 0); "
        f"load average now {os.getloadavg()[0]:.1f}\n"
    )
    print(
        f"registrations  {len(answered)} in {load.elapsed:.1f} s from the opening second = "
        f"{len(answered) / load.elapsed:.1f}/s ({per_server})"
    )
    print(f"POST answers   {statuses} (429/503 retried after Retry-After)")
    print(
        f"time to answer p50 {milliseconds(answered, 0.5):.0f} ms, p95 "
        f"{milliseconds(answered, 0.95):.0f} ms, p99 {milliseconds(answered, 0.99):.0f} ms "
        f"(first POST to the final answer, retries included)"
    )
    print(
        f"each POST      p50 {milliseconds(load.posts, 0.5):.0f} ms, p95 "
        f"{milliseconds(load.posts, 0.95):.0f} ms; event page GET p50 "
        f"{milliseconds(load.gets, 0.5):.0f} ms, p95 {milliseconds(load.gets, 0.95):.0f} ms"
    )
    print(
        f"lock held      p50 {lock['p50'] or 0:.2f} ms, p95 {lock['p95'] or 0:.2f} ms, p99 "
        f"{lock['p99'] or 0:.2f} ms, max {lock['max'] or 0:.2f} ms over {lock['count']} "
        f"transactions (PostgreSQL clock, grant → commit; goal p95 ≤ 2 ms: "
        f"{'met' if (lock['p95'] or 0) <= 2 else 'NOT met'})"
    )
    print(f"stale pages    {load.stale_pages} 'not open yet' pages after the opening second")
    print(f"emails         drained {drained.seconds:.0f} s after the last answer")


def show_logs(logs: Path) -> None:
    for path in sorted(logs.glob("*.log")):
        tail = path.read_text(errors="replace")[-2500:]
        if tail.strip():
            print(f"--- {path.name} (end) ---\n{tail}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
