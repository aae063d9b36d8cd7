"""The scale-out rehearsal (benchmarks/scaleout/run.py) at its reduced size: two gunicorn
servers and two Celery workers on PostgreSQL and Redis, one worker killed mid-run. The script
checks every count itself and exits non-zero when one is off; about a minute on 2 cores."""

import pytest

from .quick_runs import needs_postgres_and_redis, postgres_server_url, redis_server_url, run_quick

pytestmark = needs_postgres_and_redis


@pytest.mark.slow
def test_quick_rehearsal_passes_every_check():
    run_quick(
        "benchmarks/scaleout/run.py",
        *("--database", "scaleout_t", "--postgres", postgres_server_url()),
        *("--redis", redis_server_url()),
    )
