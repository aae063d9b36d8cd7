"""Resident memory of the web and worker processes after they have handled feedback, and which
of them hold the language detector.

    .venv/bin/python benchmarks/langid/memory.py [--submissions 24] [--engine lingua-cld2]
        [--database bench_langid_memory] [--redis redis://127.0.0.1:6379/12] [--port 8126]
        [--no-preload]

Runs the feedback benchmark's setup (benchmarks/feedback/run.py: a fresh database with demo
content, a LibreTranslate-compatible server in this process, gunicorn with 2 sync workers and a
Celery worker with 2 prefork children, production settings), posts --submissions feedback
forms in the benchmark's four languages, waits until the worker has translated them all, and
then reads the resident (RSS) and proportional (PSS: shared pages divided among the processes
sharing them) memory of every process of both groups from /proc. A process "holds the detector"
when lingua's or CLD2's extension is mapped into it (/proc/<pid>/maps): both are imported only
when a detector is built. Everything it starts is stopped and the database dropped at the end.
"""

import argparse
import importlib.util
import os
import signal
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
DETECTOR_LIBRARIES = {"lingua": "/lingua/", "cld2": "pycld2"}


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
    parser.add_argument(
        "--no-preload",
        action="store_true",
        help="run gunicorn without gunicorn.conf.py: each worker builds its own detector",
    )
    args = parser.parse_args()

    bench = load_feedback_benchmark()
    bench.DATABASE, bench.REDIS, bench.PORT = args.database, args.redis, args.port
    bench.ENVIRONMENT.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{args.database}",
        REDIS_URL=args.redis,
        CELERY_BROKER_URL=args.redis,
        LANGUAGE_DETECTOR=args.engine,
    )
    sys.path.insert(0, str(BASE_DIR))
    from tests.support.libretranslate_server import FakeLibreTranslate

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with (
        tempfile.TemporaryDirectory(prefix="portal-bench-langid-static-") as static_root,
        tempfile.TemporaryFile(mode="w+") as worker_log,
    ):
        provider = FakeLibreTranslate().start()
        os.environ.update(bench.ENVIRONMENT, TRANSLATION_API_URL=provider.url)
        os.environ["STATIC_ROOT"] = static_root
        if args.no_preload:
            empty = Path(static_root) / "gunicorn.conf.py"
            empty.write_text("")
            os.environ["GUNICORN_CMD_ARGS"] = f"--config={empty}"
        bench.flush_redis()
        bench.recreate_database()
        processes = []
        try:
            import django

            django.setup()
            category = bench.build_content()
            web = bench.start_gunicorn()
            processes.append(web)
            worker = bench.start_worker(2, worker_log)
            processes.append(worker)
            load = argparse.Namespace(requests=args.submissions, clients=2)
            phase = bench.run_phase("submissions", provider, bench.feedback_fields(category), load)
            preload = "no preload" if args.no_preload else "detector preloaded in the master"
            print(
                f"{len(phase.texts)} submissions, {phase.translated} translated by the worker; "
                f"LANGUAGE_DETECTOR={args.engine}, {preload}\n"
            )
            report({"gunicorn": web.pid, "celery": worker.pid})
        finally:
            for process in reversed(processes):
                bench.stop_group(process)
            provider.stop()
            from django.db import connections

            connections.close_all()
            bench.flush_redis()
            bench.drop_database()


def report(groups: dict[str, int]) -> None:
    print(f"{'process':<26}{'pid':>8}{'RSS MB':>9}{'PSS MB':>9}  detector")
    for name, leader in groups.items():
        for pid in sorted(group_members(leader)):
            role = f"{name} {'main' if pid == leader else 'child'}"
            maps = read(f"/proc/{pid}/maps")
            held = [lib for lib, mark in DETECTOR_LIBRARIES.items() if mark in maps]
            rss, pss = (memory_kb(pid, field) / 1024 for field in ("Rss", "Pss"))
            print(f"{role:<26}{pid:>8}{rss:>9.0f}{pss:>9.0f}  {'+'.join(held) or '-'}")


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
