"""The proposals benchmark (benchmarks/proposals/run.py) at its reduced size: 300 proposals,
3,000 supports and 1,000 comments on PostgreSQL, every page timed under gunicorn beside the
empty view. About a minute on 2 cores, most of it migrating and collecting static files."""

import re

import pytest

from .quick_runs import REDIS_URL, needs_postgres_and_redis, postgres_server_url, run_quick

PAGES = ("list", "list newest", "list filtered", "hot proposal", "typical proposal")

pytestmark = needs_postgres_and_redis


@pytest.mark.slow
def test_quick_run_prints_every_page_beside_the_empty_view():
    output = run_quick(
        "benchmarks/proposals/run.py",
        *("--database", "proposals_t", "--postgres", postgres_server_url()),
        *("--redis", REDIS_URL),
    )
    assert "300 proposals, 3,000 supports, 1,000 comments" in output
    number = r"\d+\.\d"
    for page in PAGES:
        row = rf"^{page} +\d+ +\d+ +{number} +{number} +{number} +{number}$"
        assert re.search(row, output, re.MULTILINE), (page, output[-3000:])
    assert re.search(rf"^empty view +0 +\d+ +{number} +{number} +1\.0 +1\.0$", output, re.M)
