"""Scale-out rehearsal: two web servers and two Celery workers on one PostgreSQL and Redis.

    .venv/bin/python benchmarks/scaleout/run.py [--quick]

Needs PostgreSQL and Redis (127.0.0.1 unless --postgres / --redis say otherwise). Recreates the
database `bench_scaleout` (--database), empties Redis dbs 3 (broker) and 4 (cache), and starts
a LibreTranslate-compatible server in this process, two gunicorn servers on 127.0.0.1 and two
Celery workers, all on production settings through the environment; emails go to files
(EMAIL_URL=filemail://…) so that deliveries can be counted. Then:

1. --registrations (200) registrations for --seats (50) seats of one event, the clients split
   over both servers → exactly that many confirmed, the rest waiting, nobody twice;
2. --feedback (500) feedback submissions in five languages over both servers; when half are
   in, one Celery worker is killed (SIGKILL to its process group);
3. drain: wait until every email is sent and every message translated; what the killed worker
   took down is swept up as the beat would (checks.py), by the surviving worker;
4. checks: every registrant and every resident got exactly one email, every submission is
   stored once and translated once (the fake provider counts requests per text), nothing
   lost, no duplicate. Prints counts and timings; exits 1 if any check fails.

Every process is stopped, Redis emptied and the database dropped at the end, also on Ctrl-C or
SIGTERM. --quick: 40 registrations for 10 seats and 60 submissions (CI).
"""

import argparse
import os
import re
import socket
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402
from benchmarks.scaleout import checks, traffic  # noqa: E402
from benchmarks.scaleout.content import (  # noqa: E402
    build_content,
    collect_static,
    feedback_fields,
    registration_fields,
)
from tests.support.libretranslate_server import FakeLibreTranslate  # noqa: E402

BROKER_DB, CACHE_DB = 3, 4
# The status page, or its "sent" page that shows a new tracking code.
STATUS_PATH = re.compile(r"^/ko/feedback/status/[^/]+/(sent/)?$")
DRAIN_LIMIT_SECONDS = 300
WARM_UP_NUMBERS = range(1_000_000, 1_000_008)  # outside the main run's numbers: distinct texts


class TimedLibreTranslate(FakeLibreTranslate):
    """The tests' fake provider, also noting when each request arrived (wall clock)."""

    def record(self, fields: dict) -> None:
        super().record({**fields, "received_at": time.time()})


def main() -> int:
    args = options()
    common.end_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="portal-scaleout-") as scratch:
        scratch = Path(scratch)
        for name in ("mail/web", "mail/scaleout-a", "mail/scaleout-b", "static", "media"):
            (scratch / name).mkdir(parents=True)
        for name in ("private-media", "logs"):
            (scratch / name).mkdir()
        provider = TimedLibreTranslate().start()
        environment = settings_environment(args, scratch, provider.url)
        os.environ.update(environment)
        redis_urls = environment["CELERY_BROKER_URL"], environment["REDIS_URL"]
        common.flush_redis(*redis_urls)
        common.recreate_database(args.database, args.postgres)
        processes = {}
        try:
            import django

            django.setup()
            began = time.monotonic()
            collect_static()  # before the servers: whitenoise reads the manifest as they boot
            # The servers and workers import Django while the database is migrated (nothing
            # of theirs needs it before a request or task comes): a shorter run on 2 cores.
            servers, workers = start_processes(args, scratch / "logs", scratch / "mail", processes)
            content = build_content(seats=args.seats)
            print(f"database ready in {time.monotonic() - began:.0f} s", file=sys.stderr)
            nodes = wait_for_processes(servers, workers, processes)
            print(f"servers and workers up in {time.monotonic() - began:.0f} s", file=sys.stderr)
            return rehearse(args, content, servers, nodes, processes, provider, scratch)
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
            provider.stop()


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=200)
    parser.add_argument("--seats", type=int, default=50)
    parser.add_argument("--feedback", type=int, default=500, help="feedback submissions")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--worker-concurrency", type=int, default=3, help="per Celery worker")
    parser.add_argument("--quick", action="store_true", help="40 for 10 seats, 60 feedback")
    parser.add_argument("--database", default="bench_scaleout")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379", help="without a db number")
    args = parser.parse_args()
    if args.quick:
        args.registrations, args.seats, args.feedback, args.clients = 40, 10, 60, 10
    return args


def settings_environment(args, scratch: Path, provider_url: str) -> dict[str, str]:
    database_url = urlsplit(args.postgres)._replace(path=f"/{args.database}").geturl()
    redis = args.redis.rstrip("/")
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "scaleout-Rk4#vN9!pQ2@kL7$xW5^zT1&mB8*cF3(hD6)gS0-aE+yU=iO?",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_BASE_URL": "https://portal.example.go.kr",  # links in emails only
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on 127.0.0.1, no proxy in front
        "DATABASE_URL": database_url,
        "REDIS_URL": f"{redis}/{CACHE_DB}",
        "CELERY_BROKER_URL": f"{redis}/{BROKER_DB}",
        "EMAIL_URL": mail_url(scratch / "mail" / "web"),  # the web processes only queue emails
        "STATIC_ROOT": str(scratch / "static"),
        "MEDIA_ROOT": str(scratch / "media"),
        "PRIVATE_MEDIA_ROOT": str(scratch / "private-media"),
        "TRANSLATION_PROVIDER": "libretranslate",
        "TRANSLATION_API_URL": provider_url,
        "TRANSLATION_API_KEY": "",
        "TRANSLATION_TIMEOUT_SECONDS": "10",
        "REGISTRATION_RATE_LIMIT_PER_MINUTE": "1000000000",
        "FEEDBACK_RATE_LIMIT_PER_HOUR": "1000000000",
        "LOG_LEVEL": "WARNING",
    }


def mail_url(folder: Path) -> str:
    return f"filemail:///{folder}"  # filemail:////tmp/…: an absolute path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_processes(args, logs: Path, mail: Path, processes: dict):
    """Both servers and both workers, started at once; wait_for_processes() waits for them."""
    servers = [common.Server(name, free_port()) for name in ("web-1", "web-2")]
    for server in servers:
        log = (logs / f"{server.name}.log").open("w")
        processes[server.name] = common.start_gunicorn(
            port=server.port, workers=args.web_workers, log=log
        )
    workers = {}
    for name in ("scaleout-a", "scaleout-b"):
        log = (logs / f"{name}.log").open("w")
        workers[name] = processes[name] = common.start_worker(
            name=name,
            concurrency=args.worker_concurrency,
            log=log,
            # Each worker delivers into a folder of its own: who sent what can be told apart.
            EMAIL_URL=mail_url(mail / name),
        )
    return servers, workers


def wait_for_processes(servers, workers, processes) -> list[str]:
    for server in servers:
        common.wait_for_http(processes[server.name], f"{server.url}/healthz")
    return common.wait_for_workers(workers)


def rehearse(args, content, servers, nodes, processes, provider, scratch: Path) -> int:
    feedback_form = feedback_fields(content.category_id)
    submitted = accepted_feedback(servers, WARM_UP_NUMBERS, feedback_form, clients=4)
    print(f"warm-up done ({len(submitted)} submissions)", file=sys.stderr)

    registrations = traffic.drive(
        servers=servers,
        path=f"/ko/registrations/event/{content.event_id}/",
        numbers=range(args.registrations),
        fields=registration_fields,
        accepted=lambda status, location: status == 302 and "check-your-email" in location,
        clients=args.clients,
    )
    print(f"registrations done in {registrations.elapsed:.1f} s", file=sys.stderr)

    killed = {}

    def kill_one_worker(count: int) -> None:
        if count == args.feedback // 2:
            # The moment before the signal: whatever the killed worker did happened before it.
            killed.update(at=time.time(), after=time.monotonic())
            common.kill_group(processes["scaleout-a"])
            print(f"worker scaleout-a killed after {count} submissions", file=sys.stderr)

    feedback = traffic.drive(
        servers=servers,
        path="/ko/feedback/",
        numbers=range(args.feedback),
        fields=feedback_form,
        accepted=lambda status, location: status == 302 and bool(STATUS_PATH.match(location)),
        clients=args.clients,
        on_accepted=kill_one_worker,
    )
    print(f"feedback done in {feedback.elapsed:.1f} s; draining …", file=sys.stderr)
    survivors = [node for node in nodes if not node.startswith("scaleout-a@")]
    broker = os.environ["CELERY_BROKER_URL"]
    drained = checks.drain(broker_url=broker, nodes=survivors, limit_seconds=DRAIN_LIMIT_SECONDS)
    time.sleep(1.0)  # a duplicate delivery or provider request would land now

    registration_figures, registration_problems = checks.check_registrations(
        event_id=content.event_id, seats=args.seats, accepted=registrations.accepted
    )
    submitted += feedback.accepted
    feedback_figures, feedback_problems = checks.check_feedback(
        accepted=submitted, provider_requests=list(provider.requests), killed_at=killed["at"]
    )
    addresses = [data["email"] for data in registrations.accepted]
    addresses += [data["contact_email"] for data in submitted]
    email_figures, email_problems = checks.check_emails(
        mail_dir=scratch / "mail", addresses=addresses, killed="scaleout-a", killed_at=killed["at"]
    )
    problems = registration_problems + feedback_problems + email_problems
    report(
        args,
        registrations=(registrations, registration_figures),
        feedback=(feedback, feedback_figures),
        emails=email_figures,
        drained=drained,
        kill_to_drained=time.monotonic() - killed["after"],
    )
    for problem in problems:
        print(f"FAILED: {problem}")
    print("all checks passed" if not problems else f"{len(problems)} checks FAILED")
    return 1 if problems else 0


def accepted_feedback(servers, numbers: range, fields, *, clients: int) -> list[dict]:
    """Warm-up: templates and connections of every gunicorn worker (the Celery workers built
    the language detector before they started); checked like the others, not timed."""
    return traffic.drive(
        servers=servers,
        path="/ko/feedback/",
        numbers=numbers,
        fields=fields,
        accepted=lambda status, location: status == 302 and bool(STATUS_PATH.match(location)),
        clients=clients,
    ).accepted


def report(args, *, registrations, feedback, emails, drained, kill_to_drained) -> None:
    load, figures = registrations
    per_server = ", ".join(f"{name} {count}" for name, count in sorted(load.per_server.items()))
    print(
        f"\n2 gunicorn servers × {args.web_workers} sync workers, 2 Celery workers × "
        f"{args.worker_concurrency} (prefork), PostgreSQL, Redis; {args.clients} clients\n"
    )
    print(
        f"registrations  {len(load.accepted)} in {load.elapsed:.1f} s = {load.rate:.1f}/s "
        f"({per_server}; {load.retries} retried after 503 busy) → {figures['confirmed']} "
        f"confirmed for {args.seats} seats, {figures['waiting']} waiting, "
        f"{figures['duplicates']} duplicates, {figures['lost']} lost"
    )
    load, figures = feedback
    per_server = ", ".join(f"{name} {count}" for name, count in sorted(load.per_server.items()))
    print(
        f"feedback       {len(load.accepted)} in {load.elapsed:.1f} s = {load.rate:.1f}/s "
        f"({per_server}; + {len(WARM_UP_NUMBERS)} warm-up, checked too) → "
        f"{figures['stored']} stored, {figures['translated']} machine-translated, "
        f"{figures['not_needed']} Korean (not needed), {figures['provider_requests']} provider "
        f"requests ({figures['reasked_after_kill']} re-asked: in flight on the killed worker), "
        f"{figures['lost']} lost"
    )
    swept = ", ".join(
        f"{kind} {drained.swept[kind]}" for kind in ("notices", "languages", "translations")
    )
    print(
        f"worker killed  scaleout-a (SIGKILL) after {args.feedback // 2} submissions; swept up "
        f"in {drained.sweep_rounds} rounds: {swept}, emails {drained.swept['emails']}"
    )
    print(
        f"drain          {drained.seconds:.1f} s after the last submission "
        f"({kill_to_drained:.1f} s after the kill)"
    )
    by_worker = ", ".join(f"{name} {count}" for name, count in sorted(emails["by_worker"].items()))
    print(
        f"emails         {emails['delivered']} delivered ({by_worker}): {emails['distinct']} "
        f"distinct to {emails['addresses']} addresses, one each expected; "
        f"{emails['resent_in_flight']} re-sent (in flight on the killed worker, same "
        f"Message-ID); duplicates = {emails['duplicates']}, lost = {emails['lost']}"
    )


def show_logs(logs: Path) -> None:
    for path in sorted(logs.glob("*.log")):
        tail = path.read_text(errors="replace")[-2500:]
        if tail.strip():
            print(f"--- {path.name} (end) ---\n{tail}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
