"""Running a benchmark script at its reduced size from a test: on CI's PostgreSQL and Redis
servers (the script makes its own database and Redis dbs), with a ceiling that only catches a
hang."""

import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
LIMIT_SECONDS = 300

needs_postgres_and_redis = pytest.mark.skipif(
    not (DATABASE_URL.startswith(("postgres://", "postgresql://")) and REDIS_URL),
    reason="the benchmark needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)",
)


def postgres_server_url() -> str:
    return urlsplit(DATABASE_URL)._replace(scheme="postgresql", path="/postgres").geturl()


def redis_server_url() -> str:
    return urlsplit(REDIS_URL)._replace(path="").geturl()


def run_quick(script: str, *arguments: str) -> str:
    """Run `script --quick arguments…`; its output, once it exits 0 (else the test fails)."""
    command = [sys.executable, script, "--quick", *arguments]
    process = subprocess.Popen(
        command, cwd=BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        output, _ = process.communicate(timeout=LIMIT_SECONDS)
    except subprocess.TimeoutExpired:
        # SIGTERM, not SIGKILL: the script then stops its servers and workers and drops its
        # database before exiting.
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
        pytest.fail(f"{script} took over {LIMIT_SECONDS} s:\n{output[-6000:]}")
    print(output[-3000:])
    assert process.returncode == 0, output[-6000:]
    return output
