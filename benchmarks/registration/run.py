"""Registrations per second under gunicorn, beside a minimal view of the same stack.

    .venv/bin/python benchmarks/registration/run.py [--requests 300] [--clients 50] [--quick]

Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). It recreates the database
`bench_registration`, loads the demo content, adds one event per size (100, 1,000 and 10,000
seats), and serves it with gunicorn (2 sync workers, production settings plus one bench-only
URL: benchmarks/registration/settings.py). Celery has a Redis broker (db 12) and no worker:
the email each registration owes is recorded in the database and its rendering task waits in
Redis, as in production.

Per event, 50 clients (threads, http.client) each GET a form once for the CSRF cookie and
token, then POST until --requests POSTs are done; every POST is timed. The registration form
(/ko/registrations/event/<id>/) gets --requests POSTs with unique emails; the minimal view
(/ko/bench/minimal/: the same middleware and CSRF check, one INSERT in a transaction, a
redirect) gets half as many just before and half just after. Each event starts pre-filled with
capacity − requests/2 confirmed registrations (bulk-inserted), so the run takes the last seats
and then fills the waitlist, as a popular event does; the 100-seat event cannot be pre-filled
that far and ends mostly waitlisted.

After each event: confirmed seats ≤ capacity, confirmed = min(capacity, registrations),
confirmed + waiting = registrations, one email owed (a RegistrationNotice) per registration,
no duplicate email.
gunicorn is stopped and the database dropped at the end (--keep keeps the database).
"""

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402

DATABASE = "bench_registration"
REDIS = "redis://127.0.0.1:6379/12"
PORT = 8124
SERVER = common.Server("gunicorn", PORT)
SEATS = (100, 1_000, 10_000)
TARGET = 0.60
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "benchmarks.registration.settings",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": REDIS,  # cache (rate limits) and Celery broker; no worker consumes it
    "SECRET_KEY": "bench-Wq3#vN8!pR2@kL7$xX5^zT1&mB9*cF4(hD6)gS0-aE+yU=iO?",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "PORTAL_BASE_URL": "https://portal.example.go.kr",  # links in emails only
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
    "EMAIL_URL": "dummymail://",
    "REGISTRATION_RATE_LIMIT_PER_MINUTE": "1000000000",
    "PAGE_CACHE_ENABLED": "true",
}


def main():
    args = common.form_load_arguments(
        common.form_load_options(__doc__, per="event and side", clients=50)
    )

    common.end_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="portal-bench-registration-static-") as static_root:
        os.environ.update(ENVIRONMENT, STATIC_ROOT=static_root)
        common.flush_redis(REDIS)
        common.recreate_database(DATABASE)
        try:
            import django

            django.setup()
            started = time.monotonic()
            events = build_content(requests=args.requests)
            print(f"database ready in {time.monotonic() - started:.0f}s", file=sys.stderr)
            with common.Gunicorn(port=PORT):
                warm_up(events["warm-up"], args)
                rows = [measure(seats, *events[seats], args) for seats in SEATS]
            report(rows, args)
        finally:
            from django.db import connections

            connections.close_all()
            common.flush_redis(REDIS)
            if not args.keep:
                common.drop_database(DATABASE)


def measure(seats: int, event, prefilled: int, args):
    """The minimal view for half its POSTs before the registrations and half after, so that
    whatever drifts meanwhile (other load on the machine) weighs on both sides alike."""
    half = argparse.Namespace(requests=args.requests // 2, clients=args.clients)

    def minimal(prefix: str) -> Result:
        print(f"{seats} seats: minimal view …", file=sys.stderr)
        result = drive(
            form_path="/ko/bench/minimal/",
            post_path="/ko/bench/minimal/",
            fields=minimal_fields(prefix),
            args=half,
        )
        verify_minimal(prefix=prefix, result=result)
        return result

    before = minimal(f"minimal{seats}a")
    print(f"{seats} seats: registrations …", file=sys.stderr)
    register = drive(
        form_path=f"/ko/registrations/event/{event.pk}/",
        post_path=f"/ko/registrations/event/{event.pk}/",
        fields=registration_fields(f"seat{seats}"),
        args=args,
    )
    counts = verify(event=event, prefilled=prefilled, result=register)
    after = minimal(f"minimal{seats}b")
    return seats, prefilled, before.combined(after), register, counts, os.getloadavg()[0]


# --- setup ----------------------------------------------------------------------------------


def build_content(*, requests: int) -> dict:
    """The demo content, a warm-up event and one event per size, pre-filled to leave
    requests/2 seats free (see the module docstring)."""
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Locale

    from cms.models import EventPage, ProgramPage, Venue
    from participation.registrations.models import Registration

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    korean = Locale.objects.get(language_code="ko")
    program = ProgramPage.objects.filter(locale=korean).first()
    venue = Venue.objects.first()
    now = timezone.now()

    def event(capacity: int, slug: str) -> EventPage:
        return common.add_open_event(
            program,
            title=f"등록 벤치마크 {capacity}석",
            slug=slug,
            summary="성능 측정을 위한 행사입니다.",
            capacity=capacity,
            venue=venue,
            now=now,
        )

    events = {"warm-up": event(20, "bench-registration-warm-up")}
    for seats in SEATS:
        page = event(seats, f"bench-registration-{seats}")
        prefilled = max(0, seats - requests // 2)
        Registration.objects.bulk_create(
            (
                Registration(
                    event=page,
                    name=f"사전 등록 {number}",
                    email=f"prefill{number}@example.org",
                    preferred_language="ko",
                    consent_given_at=now,
                    status=Registration.Status.CONFIRMED,
                    confirmed_at=now,
                )
                for number in range(prefilled)
            ),
            batch_size=2000,
        )
        events[seats] = (page, prefilled)
    with connection.cursor() as cursor:
        # Planner statistics and the visibility map for the bulk-inserted rows, as autovacuum
        # leaves a table that has been in use for a while.
        cursor.execute("VACUUM ANALYZE")
    return events


# --- load -----------------------------------------------------------------------------------


def minimal_fields(prefix: str):
    def fields(number: int) -> dict:
        return {"email": f"{prefix}-{number}@example.org"}

    return fields


def registration_fields(prefix: str):
    def fields(number: int) -> dict:
        return common.registration_form_fields(
            number, name=f"참가자 {prefix} {number}", email=f"{prefix}-{number}@example.org"
        )

    return fields


@dataclass
class Result(common.FormLoadCounts):
    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds, successful POSTs
    statuses: dict[int, int] = field(default_factory=dict)
    emails: list[str] = field(default_factory=list)  # of the successful POSTs

    def combined(self, other: "Result") -> "Result":
        statuses = dict(self.statuses)
        for status, count in other.statuses.items():
            statuses[status] = statuses.get(status, 0) + count
        return Result(
            elapsed=self.elapsed + other.elapsed,
            latencies=self.latencies + other.latencies,
            statuses=statuses,
            emails=self.emails + other.emails,
        )

    def percentile(self, fraction: float) -> float:
        return common.percentile(self.latencies, fraction)


def drive(*, form_path: str, post_path: str, fields, args) -> Result:
    """args.clients threads: each GETs form_path once, then all POST together until
    args.requests POSTs are done. Latency is per POST, from sending to the last byte."""
    result = Result()
    numbers = iter(range(args.requests))
    lock = threading.Lock()
    errors: list[BaseException] = []

    def client(ready):
        session = common.form_session(SERVER, form_path, ready, errors)
        if session is None:
            return
        cookie, token = session
        while True:
            with lock:
                number = next(numbers, None)
            if number is None:
                return
            data = fields(number)
            body = urlencode({**data, "csrfmiddlewaretoken": token})
            headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
            took, status, _headers, _body = common.timed_call(
                SERVER, "POST", post_path, body=body, headers=headers
            )
            with lock:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status == 302:
                    result.latencies.append(took)
                    result.emails.append(data["email"])

    result.elapsed = common.run_clients([client] * args.clients, path=form_path, errors=errors)
    if result.ok != args.requests:
        raise RuntimeError(f"POST {post_path}: answers {result.statuses}, expected only 302")
    return result


def warm_up(warm_up_event, args):
    """Both views once through every worker and code path (imports, templates, QR code)."""
    small = argparse.Namespace(requests=100, clients=4)
    drive(
        form_path="/ko/bench/minimal/",
        post_path="/ko/bench/minimal/",
        fields=minimal_fields("warm-up"),
        args=small,
    )
    drive(
        form_path=f"/ko/registrations/event/{warm_up_event.pk}/",
        post_path=f"/ko/registrations/event/{warm_up_event.pk}/",
        fields=registration_fields("warm-up"),
        args=small,
    )


# --- checks and report ----------------------------------------------------------------------


def verify(*, event, prefilled: int, result: Result) -> dict:
    from django.db.models import Count
    from django.db.models.functions import Lower

    from participation.registrations.models import Registration, RegistrationNotice

    Status = Registration.Status
    rows = Registration.objects.filter(event=event)
    by_status = dict(rows.values_list("status").annotate(count=Count("pk")).order_by())
    confirmed, waiting = by_status.get(Status.CONFIRMED, 0), by_status.get(Status.WAITING, 0)
    total = prefilled + result.ok
    problems = []
    if set(by_status) - {Status.CONFIRMED, Status.WAITING}:
        problems.append(f"unexpected statuses {by_status}")
    if confirmed > event.capacity:
        problems.append(f"{confirmed} confirmed for {event.capacity} seats: overbooked")
    if confirmed != min(event.capacity, total):
        problems.append(f"{confirmed} confirmed, expected {min(event.capacity, total)}")
    if confirmed + waiting != total:
        problems.append(f"{confirmed} confirmed + {waiting} waiting ≠ {total} registrations")
    duplicates = (
        rows.annotate(lower=Lower("email")).values("lower").annotate(n=Count("pk")).filter(n__gt=1)
    )
    if duplicates.exists():
        problems.append("duplicate registrations for one email")
    # Each registration owes one email, recorded in its transaction; a worker renders it.
    notices = RegistrationNotice.objects.filter(registration__email__in=result.emails).count()
    if notices != result.ok:
        problems.append(f"{notices} emails owed for {result.ok} registrations")
    if problems:
        raise RuntimeError(f"{event.capacity} seats: " + "; ".join(problems))
    return {"confirmed": confirmed, "waiting": waiting}


def verify_minimal(*, prefix: str, result: Result) -> None:
    from benchmarks.registration.views import SUBJECT
    from participation.models import OutboundEmail

    rows = OutboundEmail.objects.filter(subject=SUBJECT, to__0__startswith=f"{prefix}-").count()
    if rows != result.ok:
        raise RuntimeError(f"minimal view: {rows} rows for {result.ok} POSTs")


def report(rows, args):
    print(
        f"\ngunicorn 2 sync workers, PostgreSQL; {args.clients} concurrent clients, "
        f"{args.requests} POSTs per event and side; latency per POST in ms\n"
    )
    columns = ("seats", "pre-filled", "requests", "confirmed", "waiting", "reg/s", "p50", "p95")
    columns += ("minimal/s", "p50", "p95", "ratio", "load")
    line = "{:>6} {:>10} {:>8} {:>9} {:>7} {:>7} {:>6} {:>6} {:>9} {:>5} {:>5} {:>6} {:>5}"
    print(line.format(*columns))
    ratios = []
    for seats, prefilled, minimal, register, counts, load in rows:
        ratio = register.rate / minimal.rate
        ratios.append(ratio)
        print(
            line.format(
                f"{seats:,}",
                f"{prefilled:,}",
                register.ok,
                f"{counts['confirmed']:,}",
                f"{counts['waiting']:,}",
                f"{register.rate:.1f}",
                f"{register.percentile(0.50) * 1000:.0f}",
                f"{register.percentile(0.95) * 1000:.0f}",
                f"{minimal.rate:.1f}",
                f"{minimal.percentile(0.50) * 1000:.0f}",
                f"{minimal.percentile(0.95) * 1000:.0f}",
                f"{ratio:.0%}",
                f"{load:.1f}",
            )
        )
    verdict = "met" if min(ratios) >= TARGET else "NOT met"
    print(
        f"\nratio = registrations/s ÷ minimal-view requests/s; target ≥ {TARGET:.0%}: {verdict} "
        f"(lowest {min(ratios):.0%}, median {statistics.median(ratios):.0%}). "
        "Checks passed: confirmed ≤ capacity, confirmed + waiting = registrations, "
        "one email each. load: the machine's 1-minute load average after the event's "
        "measurements (2 cores; above ~2.5 other work was competing)."
    )


if __name__ == "__main__":
    main()
