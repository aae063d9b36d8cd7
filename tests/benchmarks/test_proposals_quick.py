"""The proposals benchmark (benchmarks/proposals/run.py) at its reduced size: 300 proposals,
3,000 supports and 1,000 comments on PostgreSQL, every page timed under gunicorn beside the
empty view. About a minute on 2 cores, most of it migrating and collecting static files."""

import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
LIMIT_SECONDS = 300  # only a hang is caught here
PAGES = ("list", "list newest", "list filtered", "hot proposal", "typical proposal")

pytestmark = pytest.mark.skipif(
    not (DATABASE_URL.startswith(("postgres://", "postgresql://")) and REDIS_URL),
    reason="the proposals benchmark needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)",
)


def test_quick_run_prints_every_page_beside_the_empty_view():
    postgres = urlsplit(DATABASE_URL)._replace(scheme="postgresql", path="/postgres").geturl()
    command = [sys.executable, "benchmarks/proposals/run.py", "--quick"]
    command += ["--database", "proposals_t", "--postgres", postgres, "--redis", REDIS_URL]
    process = subprocess.Popen(
        command, cwd=BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        output, _ = process.communicate(timeout=LIMIT_SECONDS)
    except subprocess.TimeoutExpired:
        # SIGTERM: the script stops gunicorn and drops its database before exiting.
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
        pytest.fail(f"the quick run took over {LIMIT_SECONDS} s:\n{output[-6000:]}")
    print(output[-3000:])
    assert process.returncode == 0, output[-6000:]
    assert "300 proposals, 3,000 supports, 1,000 comments" in output
    number = r"\d+\.\d"
    for page in PAGES:
        row = rf"^{page} +\d+ +\d+ +{number} +{number} +{number} +{number}$"
        assert re.search(row, output, re.MULTILINE), (page, output[-3000:])
    assert re.search(rf"^empty view +0 +\d+ +{number} +{number} +1\.0 +1\.0$", output, re.M)
