"""The KPI dashboard and open data at 100,000 and at 1,000,000 feedback items, in one run.

    .venv/bin/python benchmarks/kpi/run.py [--quick] [--requests 30] [--keep]

Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). It recreates the database `bench_kpi`,
loads the demo content (not the demo activity) and adds 5,000 events
(benchmarks/kpi/generate.py), then for each step — 100,000 feedback items and 50,000
registrations, then 1,000,000 and 500,000 (--quick: 10,000 and 5,000, then 100,000 and
50,000) — it:

1. grows the data (five years, 2022-01 … 2026-12, Asia/Seoul) and VACUUM ANALYZEs it;
2. runs `manage.py recompute_kpis --from 2022-01` in this process, timing the roll-up rebuild
   and the snapshots apart, then the hourly beat task (refresh_rollups_and_snapshots) once in
   its steady state: a finished run before it, nothing changed since, so it recomputes the
   last KPI_ROLLUP_WINDOW_MONTHS months and the periods containing them;
3. serves production settings with gunicorn (2 sync workers, DEBUG off, Redis cache on db 8)
   and GETs /ko/dashboard/ and /open-data/kpis.json one at a time: a warm-up, a wait (at most
   90 s) for the load average to fall to 2, then --requests pairs of a cold request (Redis db 8
   flushed just before: the dashboard and the export are cached until the next refresh changes
   the cache generation, so this is the first request after a refresh) and a warm one, each
   timed from sending to the last byte and by the worker's CPU time (/proc/<pid>/schedstat),
   which other load on the machine does not inflate.

At the last step it also prints EXPLAIN (ANALYZE, BUFFERS) of the queries one quarter's roll-up
rebuild runs, and of the queries a cold dashboard and a cold export run.
gunicorn (its own process group) is stopped, Redis db 8 emptied and the database dropped at the
end, also on Ctrl-C (--keep keeps the database).
"""

import argparse
import io
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402
from benchmarks.kpi import generate  # noqa: E402

REDIS = "redis://127.0.0.1:6379/8"
PORT = 8126
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{generate.DATABASE}",
    "REDIS_URL": REDIS,  # cache; also the Celery broker, which nothing here sends to
    "SECRET_KEY": "bench-Kq4#vN7!pR1@kL9$wX2^zT6&mB3*cF8(hD5)gS0-aE+yU=iO?",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "PORTAL_BASE_URL": "https://portal.example.go.kr",  # links in emails only
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
    "EMAIL_URL": "dummymail://",
    "KPI_FIRST_YEAR": "2022",  # the dashboard offers every year of the data
}
STEPS = ((100_000, 50_000), (1_000_000, 500_000))  # (feedback items, registrations)
QUICK_STEPS = ((10_000, 5_000), (100_000, 50_000))
ENDPOINTS = ("/ko/dashboard/", "/open-data/kpis.json")
FIRST_MONTH = "2022-01"
TARGET_WARM_MS = 500
TARGET_RATIO = 2.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 then 100,000 items")
    parser.add_argument("--requests", type=int, default=30, help="per endpoint, cold and warm")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    steps = QUICK_STEPS if args.quick else STEPS

    common.end_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="portal-bench-kpi-static-") as static_root:
        os.environ.update(ENVIRONMENT, STATIC_ROOT=static_root)
        common.flush_redis(REDIS)
        generate.recreate_database()
        try:
            run(steps, args)
        finally:
            from django.db import connections

            connections.close_all()
            common.flush_redis(REDIS)
            if not args.keep:
                generate.drop_database()


def run(steps, args) -> None:
    import django
    from django.core.management import call_command

    started = time.monotonic()
    django.setup()
    setup = {"migrate + demo content": generate.load_demo_content()}
    began = time.perf_counter()
    call_command("collectstatic", verbosity=0, interactive=False)
    setup["collectstatic"] = time.perf_counter() - began
    generator = generate.Generator(full_registrations=steps[-1][1], full_feedback=steps[-1][0])
    setup[f"{generate.EVENTS:,} events (page tree)"] = generator.create_events()
    report_setup(setup)
    results = []
    for number, (feedback, registrations) in enumerate(steps, start=1):
        print(f"\n== step {number}: {feedback:,} feedback items ==", file=sys.stderr)
        data = {"grow": generator.grow(registrations=registrations, feedback=feedback)}
        data["recompute"] = recompute()
        data["hourly"] = hourly_refresh()
        data["counts"] = counts()
        with gunicorn() as server:
            data["latency"] = {path: measure(server, path, args.requests) for path in ENDPOINTS}
        results.append((feedback, data))
        report_step(feedback, data)
    report(results, args)
    explain_all()
    print(f"\ntotal run time {(time.monotonic() - started) / 60:.1f} min")


# --- recompute ------------------------------------------------------------------------------


def recompute() -> dict:
    """recompute_kpis as staff run it, with its two phases timed apart."""
    from django.core.management import call_command

    from participation.kpis.management.commands import recompute_kpis as command

    timings = {"roll-ups": 0.0, "snapshots": 0.0}

    def timed(name, function):
        def wrapper(*args, **kwargs):
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timings[name] += time.perf_counter() - began

        return wrapper

    output = io.StringIO()
    began = time.perf_counter()
    with (
        mock.patch.object(command, "rebuild_rollups", timed("roll-ups", command.rebuild_rollups)),
        mock.patch.object(
            command, "compute_snapshots", timed("snapshots", command.compute_snapshots)
        ),
    ):
        call_command("recompute_kpis", "--from", FIRST_MONTH, stdout=output)
    timings["total"] = time.perf_counter() - began
    timings["summary"] = output.getvalue().strip()
    print(timings["summary"], file=sys.stderr)
    return timings


def hourly_refresh() -> dict:
    """The beat task once, as an hour after a finished run with nothing changed since."""
    from django.db.models import Max
    from django.utils import timezone

    from participation.kpis.models import RollupRefresh
    from participation.kpis.tasks import refresh_rollups_and_snapshots
    from participation.registrations.models import ParticipationRecord

    now = timezone.now()
    RollupRefresh.objects.create(
        started_at=now,
        finished_at=now,
        last_record_id=ParticipationRecord.objects.aggregate(last=Max("pk"))["last"] or 0,
    )
    began = time.perf_counter()
    snapshots = refresh_rollups_and_snapshots()
    seconds = time.perf_counter() - began
    months = RollupRefresh.objects.first().months
    return {"seconds": seconds, "snapshots": snapshots, "months": months}


def counts() -> dict:
    from django.db import connection

    tables = {
        "feedback items": "feedback_feedbackitem",
        "registrations": "registrations_registration",
        "check-ins": "registrations_checkin",
        "participation records": "registrations_participationrecord",
        "feedback roll-up rows": "kpis_feedbackmonthly",
        "participation roll-up rows": "kpis_participationmonthly",
        "event roll-up rows": "kpis_eventrollup",
        "KPI snapshots": "kpis_kpisnapshot",
    }
    result = {}
    with connection.cursor() as cursor:
        for name, table in tables.items():
            cursor.execute(f"SELECT count(*), pg_total_relation_size(%s) FROM {table}", [table])  # noqa: S608 — our table names
            result[name] = cursor.fetchone()
    return result


# --- serving and measuring ------------------------------------------------------------------


class gunicorn(common.Gunicorn):
    """gunicorn with 2 workers (requests may take up to 120 s), whose workers' CPU time is read
    from /proc."""

    def __init__(self):
        super().__init__(port=PORT, options=("--timeout", "120"))

    def __enter__(self) -> "gunicorn":
        super().__enter__()
        return self

    def schedstat(self) -> tuple[int, int]:
        """Nanoseconds the workers (every thread) ran on a CPU and waited in the run queue."""
        running = waiting = 0
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            for worker in (task / "children").read_text().split():
                for thread in Path(f"/proc/{worker}/task").iterdir():
                    try:
                        on_cpu, queued, _slices = (thread / "schedstat").read_text().split()
                    except (FileNotFoundError, ProcessLookupError):
                        continue
                    running += int(on_cpu)
                    waiting += int(queued)
        return running, waiting


class Sample:
    """One request: wall time (send → last byte) and the gunicorn workers' time on a CPU and
    waiting for one (Linux /proc/<pid>/schedstat, nanoseconds), which other load on the
    machine inflates the wall time with but not the CPU time."""

    def __init__(self, server: gunicorn, path: str):
        before = server.schedstat()
        self.wall, status, _headers, self.body = common.timed_call(
            server.server, "GET", path, headers={"Accept-Language": "ko"}
        )
        after = server.schedstat()
        self.cpu = (after[0] - before[0]) / 1e9
        self.queued = (after[1] - before[1]) / 1e9
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")


def settle(limit: float = 90.0) -> float:
    """Wait (at most `limit` seconds) for the 1-minute load average to drop to the number of
    cores — after the recompute, or while other work runs — and return it."""
    cores = os.cpu_count() or 1
    waited = 0.0
    while os.getloadavg()[0] > cores and waited < limit:
        time.sleep(5)
        waited += 5
    return os.getloadavg()[0]


def measure(server: gunicorn, path: str, requests: int) -> dict:
    """Pairs: flush Redis db 8, GET (cold: rebuilt from the snapshots and cached), GET again
    (warm: from the cache) — side by side, so that other load weighs on both alike."""
    for _ in range(6):  # both workers: imports, templates, translations, connections
        common.flush_redis(REDIS)
        Sample(server, path)
        Sample(server, path)
    load = settle()
    cold, warm = [], []
    for _ in range(requests):
        common.flush_redis(REDIS)
        cold.append(Sample(server, path))
        warm.append(Sample(server, path))
    check(path, warm[-1].body)
    load = max(load, os.getloadavg()[0])

    def shown(samples) -> str:
        return " ".join(f"{s.wall * 1000:.0f}/{s.cpu * 1000:.0f}" for s in samples)

    print(
        f"{path}: wall/CPU ms, cold {shown(cold)}; warm {shown(warm)}; load {load:.1f}",
        file=sys.stderr,
    )
    return {
        "cold": [s.wall for s in cold],
        "warm": [s.wall for s in warm],
        "cold cpu": [s.cpu for s in cold],
        "warm cpu": [s.cpu for s in warm],
        "queued": sum(s.queued for s in cold + warm) / sum(s.wall for s in cold + warm),
        "bytes": len(warm[-1].body),
        "load": load,
    }


def check(path: str, body: bytes) -> None:
    """The pages show the figures, not an empty shell."""
    if path.endswith(".json"):
        document = json.loads(body)
        values = [value for key, value in document.items() if isinstance(value, list)]
        if not any(values):
            raise RuntimeError(f"{path}: no values in the document")
    elif b"trust" not in body.lower() and "신뢰".encode() not in body:
        raise RuntimeError(f"{path}: no Trust Index on the page")


# --- query plans ----------------------------------------------------------------------------


def explain_all() -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of what one quarter's roll-up rebuild queries, and of what a
    cold dashboard and a cold export query, at the current (largest) size."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from django.utils.translation import override

    from participation.kpis.periods import Period, PeriodKind, add_months, month_of, seoul_today
    from participation.kpis.selectors.dashboard import build_dashboard
    from participation.kpis.selectors.open_data import kpi_document
    from participation.kpis.services.rollups import rebuild_rollups

    # The last quarter that is over: every kind of date has rows in it.
    quarter = Period.containing(PeriodKind.QUARTER, add_months(month_of(timezone.now()), -3))
    with CaptureQueriesContext(connection) as rollup_queries:
        rebuild_rollups(months=quarter.months)
    cache.clear()
    with CaptureQueriesContext(connection) as page_queries, override("ko"):
        build_dashboard(year=seoul_today().year, public=True)
        kpi_document(dimension="overall", language="ko")
    print(
        f"\nQuery plans at this size: roll-up rebuild of {quarter.code} ({len(quarter.months)} "
        "months, one transaction per roll-up), then a cold dashboard and export."
    )
    for title, captured in (
        (f"roll-up rebuild of {quarter.code}", rollup_queries),
        ("cold dashboard + open data", page_queries),
    ):
        selects = [q["sql"] for q in captured.captured_queries if is_worth_explaining(q["sql"])]
        print(
            f"\n-- {title}: {len(captured.captured_queries)} queries, {len(selects)} explained --"
        )
        for sql in selects:
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}")
                plan = cursor.fetchone()[0]
            if isinstance(plan, str):
                plan = json.loads(plan)
            print_plan(label_of(sql), plan[0])


def is_worth_explaining(sql: str) -> bool:
    """SELECTs over the source tables and the snapshots; not the small lookups."""
    if not sql.lstrip().upper().startswith("SELECT"):
        return False
    return any(
        f'FROM "{table}"' in sql
        for table in (
            "feedback_feedbackitem",
            "registrations_participationrecord",
            "cms_eventpage",
            "kpis_kpisnapshot",
        )
    )


def label_of(sql: str) -> str:
    if '"kpis_kpisnapshot"' in sql:
        # The dashboard loads model instances (with their id); the export reads values.
        if sql.lstrip().startswith('SELECT "kpis_kpisnapshot"."id"'):
            return "KPI snapshots (dashboard)"
        return "KPI snapshots (open data)"
    if '"cms_eventpage"' in sql and '"registrations_registration"' in sql:
        return "editions: live Korean events with confirmed registrations (subqueries)"
    if '"registrations_participationrecord"' in sql:
        if "EXISTS" in sql:
            return "participation: returning check-ins (EXISTS: an earlier check-in, same email)"
        if '"event_id" IN' in sql:
            return "participation: check-ins per edition"
        return "participation: records by month"
    field = re.search(r'WHERE \(*"feedback_feedbackitem"\."([a-z_]+)" >=', sql)
    return f"feedback items by month of {field.group(1) if field else '?'}"


def print_plan(label: str, plan: dict) -> None:
    root = plan["Plan"]
    print(
        f"\n{label}: {plan['Execution Time']:.1f} ms execution, "
        f"{plan.get('Planning Time', 0):.1f} ms planning; "
        f"buffers hit {root.get('Shared Hit Blocks', 0):,}, "
        f"read {root.get('Shared Read Blocks', 0):,}"
    )

    def walk(node: dict, depth: int, parallel: bool) -> None:
        name = node["Node Type"]
        if node.get("Strategy") and name == "Aggregate":
            name = f"{node['Strategy']} {name}"
        target = node.get("Relation Name") or ""
        if node.get("Index Name"):
            target = f"{target} using {node['Index Name']}" if target else node["Index Name"]
        loops = node.get("Actual Loops", 1)
        line = f"  {'  ' * depth}{name}"
        if target:
            line += f" on {target}"
        # Per process under a Gather (the workers run side by side), else all loops together.
        line += f"  rows={node.get('Actual Rows', 0) * loops:,}"
        milliseconds = node.get("Actual Total Time", 0) * (1 if parallel else loops)
        line += f"  {milliseconds:.1f} ms"
        if loops > 1:
            line += f" ({loops:,} {'processes' if parallel else 'loops'})"
        if node.get("Workers Launched"):
            line += f"  workers={node['Workers Launched']}"
        if node.get("Sort Method"):
            line += f"  ({node['Sort Method']}, {node.get('Sort Space Used', 0)} kB)"
        print(line)
        inside = parallel or name.startswith("Gather")
        for child in node.get("Plans", []):
            walk(child, depth + 1, inside)

    walk(root, 0, False)


# --- reports --------------------------------------------------------------------------------


def report_setup(setup: dict) -> None:
    for name, seconds in setup.items():
        print(f"{name}: {seconds:.1f}s", file=sys.stderr)


def report_step(feedback: int, data: dict) -> None:
    grow, recomputed, hourly = data["grow"], data["recompute"], data["hourly"]
    print(
        f"\n{feedback:,} feedback items — generation: "
        + ", ".join(f"{name} {seconds:.1f}s" for name, seconds in grow.items())
        + f"\nrecompute_kpis --from {FIRST_MONTH}: {recomputed['total']:.1f}s "
        f"(roll-ups {recomputed['roll-ups']:.1f}s, snapshots {recomputed['snapshots']:.1f}s): "
        f"{recomputed['summary']}"
        f"\nhourly refresh (beat task, steady state): {hourly['seconds']:.1f}s, "
        f"months {', '.join(month[:7] for month in hourly['months'])}, "
        f"{hourly['snapshots']:,} snapshots; load average {os.getloadavg()[0]:.1f}"
    )
    print(
        "rows (and size with indexes): "
        + "; ".join(
            f"{name} {rows:,} ({size / 2**20:,.0f} MB)"
            for name, (rows, size) in data["counts"].items()
        )
    )


def report(results, args) -> None:
    print(
        f"\ngunicorn 2 sync workers, one request at a time; per endpoint {args.requests} pairs "
        "of a cold request (Redis db 8 flushed before it) and a warm one. Wall time (send → "
        "last byte) p50/p95 in ms; CPU: the gunicorn worker's time on a CPU for the request, "
        "p50 in ms (what other load on the machine does not inflate); queued: share of the "
        "wall time the worker waited for a CPU; load: highest 1-minute load average while "
        "measuring (2 cores)\n"
    )
    line = "{:>10} {:<21} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>7} {:>5} {:>8}"
    print(
        line.format(
            "items", "endpoint", "cold p50", "cold p95", "warm p50", "warm p95",
            "cold CPU", "warm CPU", "queued", "load", "bytes",
        )
    )  # fmt: skip
    for feedback, data in results:
        for path, latency in data["latency"].items():
            print(
                line.format(
                    f"{feedback:,}",
                    path,
                    *(
                        f"{common.percentile(latency[kind], fraction) * 1000:.0f}"
                        for kind in ("cold", "warm")
                        for fraction in (0.5, 0.95)
                    ),
                    f"{common.percentile(latency['cold cpu'], 0.5) * 1000:.0f}",
                    f"{common.percentile(latency['warm cpu'], 0.5) * 1000:.0f}",
                    f"{latency['queued']:.0%}",
                    f"{latency['load']:.1f}",
                    f"{latency['bytes']:,}",
                )
            )
    (small, first), (large, last) = results[0], results[-1]
    print(f"\nratio {large:,} ÷ {small:,} items (target ≤ {TARGET_RATIO:g}):")
    verdicts, cpu_verdicts = [], []
    for path in ENDPOINTS:
        ratios = {}
        for kind in ("cold", "warm", "cold cpu", "warm cpu"):
            for fraction in (0.5, 0.95) if "cpu" not in kind else (0.5,):
                before = common.percentile(first["latency"][path][kind], fraction)
                after = common.percentile(last["latency"][path][kind], fraction)
                ratios[f"{kind} p{round(fraction * 100)}"] = after / before
                if fraction == 0.5:  # p95 of 30 is the 2nd slowest: a random GC pause or not
                    verdict = after / before <= TARGET_RATIO
                    (cpu_verdicts if "cpu" in kind else verdicts).append(verdict)
        print(f"  {path:<22} " + "  ".join(f"{k} {v:.2f}" for k, v in ratios.items()))
    warm = {
        path: common.percentile(last["latency"][path]["warm"], 0.95) * 1000 for path in ENDPOINTS
    }
    warm_ok = all(ms <= TARGET_WARM_MS for ms in warm.values())
    print(
        f"\ntargets: warm ≤ {TARGET_WARM_MS} ms at {large:,} items (p95: "
        + ", ".join(f"{path} {ms:.0f} ms" for path, ms in warm.items())
        + f"): {'met' if warm_ok else 'NOT met'}; "
        f"ratio ≤ {TARGET_RATIO:g} (p50): wall time {'met' if all(verdicts) else 'NOT met'}, "
        f"CPU time {'met' if all(cpu_verdicts) else 'NOT met'}. "
        f"load average now {os.getloadavg()[0]:.1f} (2 cores)."
    )


if __name__ == "__main__":
    main()
