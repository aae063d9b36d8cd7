"""Resident memory of the web and worker processes after they have handled feedback, and which
of them hold the language detector.

    .venv/bin/python benchmarks/langid/memory.py [--submissions 24] [--engine lingua-cld2]
        [--database bench_langid_memory] [--redis redis://127.0.0.1:6379/12] [--port 8126]

Needs PostgreSQL (postgres@127.0.0.1:5432) and Redis. Runs the feedback benchmark's setup
(benchmarks/feedback/run.py: a fresh database --database with demo content, a
LibreTranslate-compatible server in this process, production settings) and starts, as
production does (README, "Workers and beat"):

- gunicorn with 2 sync workers (the project's gunicorn.conf.py);
- the default Celery worker, `-Q celery`, 2 prefork children: translations and emails;
- the language worker, `-Q language`, 1 prefork child: language detection.

It posts --submissions feedback forms in Chinese, Vietnamese, English and Korean, waits until
every language is detected and every message translated, and then reads the resident (RSS) and
proportional (PSS: shared pages divided among the processes sharing them) memory of every
process from /proc/<pid>/smaps_rollup. A process "holds the detector" when lingua's or CLD2's
extension is mapped into it (/proc/<pid>/maps): both are imported only when a detector is
built, and tests/portal/test_wsgi.py checks that nothing else imports them. Everything it
starts is stopped, its Redis database emptied and the database dropped at the end.
"""

import argparse
import collections
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402

DETECTOR_LIBRARIES = {"lingua": "/lingua/", "cld2": "pycld2"}
# (name, queues, prefork children), as in docker-compose.yml.
WORKERS = (("default", "celery", 2), ("language", "language", 1))


def load_feedback_benchmark():
    spec = importlib.util.spec_from_file_location(
        "feedback_benchmark", BASE_DIR / "benchmarks" / "feedback" / "run.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=24)
    parser.add_argument("--engine", default="lingua-cld2", help="LANGUAGE_DETECTOR")
    parser.add_argument("--database", default="bench_langid_memory")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--port", type=int, default=8126)
    args = parser.parse_args()

    bench = load_feedback_benchmark()
    bench.DATABASE, bench.REDIS, bench.PORT = args.database, args.redis, args.port
    bench.SERVER = common.Server("gunicorn", args.port)
    bench.ENVIRONMENT.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{args.database}",
        REDIS_URL=args.redis,
        CELERY_BROKER_URL=args.redis,
        LANGUAGE_DETECTOR=args.engine,
    )
    from tests.support.libretranslate_server import FakeLibreTranslate

    common.end_on_sigterm()
    with (
        tempfile.TemporaryDirectory(prefix="portal-bench-langid-static-") as static_root,
        tempfile.TemporaryFile(mode="w+") as log,
    ):
        provider = FakeLibreTranslate().start()
        os.environ.update(bench.ENVIRONMENT, TRANSLATION_API_URL=provider.url)
        os.environ["STATIC_ROOT"] = static_root
        common.flush_redis(args.redis)
        common.recreate_database(args.database)
        processes = {}
        try:
            import django

            django.setup()
            category = bench.build_content()
            processes["gunicorn"] = common.start_gunicorn(port=args.port, log=log)
            common.wait_for_http(processes["gunicorn"], f"{bench.SERVER.url}/healthz")
            for name, queues, concurrency in WORKERS:
                processes[name] = common.start_worker(
                    name=name, queues=queues, concurrency=concurrency, log=log
                )
            common.wait_for_workers({name: processes[name] for name in ("default", "language")})
            load = argparse.Namespace(requests=args.submissions, clients=2)
            phase = bench.run_phase("submissions", provider, bench.feedback_fields(category), load)
            print(
                f"{len(phase.texts)} submissions (POST p50 {phase.percentile(0.5) * 1000:.0f} ms, "
                f"max {max(phase.latencies) * 1000:.0f} ms), languages detected: "
                f"{detected(phase.item_ids)}; {phase.translated} translated; "
                f"LANGUAGE_DETECTOR={args.engine}\n"
            )
            report({name: process.pid for name, process in processes.items()})
        except BaseException:
            log.seek(0)
            print("process output (end):\n" + log.read()[-3000:], file=sys.stderr)
            raise
        finally:
            common.stop_groups(list(processes.values()))
            provider.stop()
            from django.db import connections

            connections.close_all()
            common.flush_redis(args.redis)
            common.drop_database(args.database)


def detected(item_ids: list[int]) -> str:
    from participation.feedback.models import FeedbackItem

    items = FeedbackItem.objects.filter(pk__in=item_ids)
    if items.filter(language_pending=True).exists():
        raise RuntimeError("some languages were never detected")
    counts = collections.Counter(items.values_list("language", flat=True))
    return ", ".join(f"{code} {count}" for code, count in sorted(counts.items()))


def report(groups: dict[str, int]) -> None:
    print(f"{'process':<26}{'pid':>8}{'RSS MB':>9}{'PSS MB':>9}  detector")
    for name, leader in groups.items():
        total = 0.0
        for pid in sorted(group_members(leader)):
            role = f"{name} {'main' if pid == leader else 'child'}"
            maps = read(f"/proc/{pid}/maps")
            held = [lib for lib, mark in DETECTOR_LIBRARIES.items() if mark in maps]
            rss, pss = (memory_kb(pid, field) / 1024 for field in ("Rss", "Pss"))
            total += pss
            print(f"{role:<26}{pid:>8}{rss:>9.0f}{pss:>9.0f}  {'+'.join(held) or '-'}")
        print(f"{name + ' total (PSS)':<34}{total:>18.0f}")


def group_members(leader: int) -> list[int]:
    """The processes of `leader`'s process group (it was started in a session of its own)."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == leader:
                    members.append(int(entry))
            except ProcessLookupError:
                continue
    return members


def memory_kb(pid: int, field: str) -> int:
    """Rss (resident, shared pages counted in full) or Pss (shared pages divided among the
    processes that share them: what the process costs) from /proc/<pid>/smaps_rollup."""
    for line in read(f"/proc/{pid}/smaps_rollup").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


if __name__ == "__main__":
    main()
