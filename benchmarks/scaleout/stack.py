"""The rehearsal's stores and processes: its own PostgreSQL database and Redis dbs, gunicorn
servers and Celery workers, each process in a process group of its own so that stopping it
(or killing it, as the rehearsal does to one worker) takes its children along."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

BASE_DIR = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).parent / "celery")
START_LIMIT_SECONDS = 60


def recreate_database(server_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')


def drop_database(server_url: str, name: str) -> None:
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
    return sum(
        client.llen(key) for key in client.scan_iter("celery*") if client.type(key) == b"list"
    )


def start(command: list[str], log, **environment: str) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=BASE_DIR,
        env={**os.environ, **environment},
        start_new_session=True,  # a process group of its own
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def start_gunicorn(*, port: int, workers: int, log) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--workers", str(workers)]
    command += ["--bind", f"127.0.0.1:{port}", "--backlog", "2048", "--log-level", "warning"]
    # Without it both servers (and any other gunicorn here) share ~/.gunicorn/gunicorn.ctl.
    command += ["--no-control-socket"]
    return start(command, log)


def start_worker(*, name: str, concurrency: int, log, **environment: str) -> subprocess.Popen:
    command = [CELERY, "-A", "portal", "worker", "--hostname", f"{name}@%h"]
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
