"""The scale-out rehearsal (benchmarks/scaleout/run.py) at its reduced size: two gunicorn
servers and two Celery workers on PostgreSQL and Redis, one worker killed mid-run. The script
checks every count itself and exits non-zero when one is off; about a minute on 2 cores."""

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
# Only a hang is caught here; the run itself takes about a minute.
LIMIT_SECONDS = 300

pytestmark = pytest.mark.skipif(
    not (DATABASE_URL.startswith(("postgres://", "postgresql://")) and REDIS_URL),
    reason="the scale-out rehearsal needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)",
)


def test_quick_rehearsal_passes_every_check():
    # The servers of CI's database and Redis; the rehearsal makes its own database and dbs.
    postgres = urlsplit(DATABASE_URL)._replace(scheme="postgresql", path="/postgres").geturl()
    redis = urlsplit(REDIS_URL)._replace(path="").geturl()
    command = [sys.executable, "benchmarks/scaleout/run.py", "--quick"]
    command += ["--database", "scaleout_t", "--postgres", postgres, "--redis", redis]
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
        pytest.fail(f"the rehearsal took over {LIMIT_SECONDS} s:\n{output[-6000:]}")
    print(output[-3000:])
    assert process.returncode == 0, output[-6000:]
