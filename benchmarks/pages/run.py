"""Requests per second of portal pages under gunicorn, beside a static file of the same size.

    .venv/bin/python benchmarks/pages/run.py [--seconds 10] [--connections 8]

Needs PostgreSQL and Redis on 127.0.0.1 (as in CI) and `wrk` (apt-get install wrk). It builds
a database `bench_pages` with the demo content plus 200 programs and 2,000 events (once; later
runs reuse it), then serves production settings with gunicorn (2 workers) twice — page cache
off, then on — and measures the home page, a program page and an event page, each against a
static file of the same size served by the same gunicorn through whitenoise, and against the
empty view (benchmarks/pages/views.py): the same middleware and language prefix, no database,
no template, the same number of bytes — the fastest any page of this stack can be.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402

DATABASE = "bench_pages"
PROGRAMS, EVENTS_PER_PROGRAM = 200, 10
PORT = 8123
STATIC_ROOT = Path(tempfile.gettempdir()) / "portal-bench-static"
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "benchmarks.pages.settings",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": "redis://127.0.0.1:6379/13",
    "SECRET_KEY": "bench-Jq7#vN2!pR8@kL5$wX3^zT9&mB4*cF6(hD1)gS0-aE+yU=iO?",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "PORTAL_BASE_URL": "https://portal.example.go.kr",  # links in emails only
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
    "STATIC_ROOT": str(STATIC_ROOT),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    os.environ.update(ENVIRONMENT)
    create_database()
    import django

    django.setup()
    paths = build_content()
    sizes = write_static_twins(paths)

    print(
        f"\n{PROGRAMS} programs, {PROGRAMS * EVENTS_PER_PROGRAM} events; wrk "
        f"{args.connections} connections × {args.seconds}s; gunicorn 2 workers\n"
    )
    columns = ("page", "cache", "bytes", "page req/s", "static req/s", "ratio", "empty req/s")
    print("{:<10} {:<6} {:>7} {:>11} {:>13} {:>7} {:>12} {:>7}".format(*columns, "ratio"))
    for cache_enabled in (False, True):
        page_cache = "true" if cache_enabled else "false"
        with common.Gunicorn(port=PORT, PAGE_CACHE_ENABLED=page_cache):
            for name, path in paths.items():
                page_rate = measure(path, args)
                static_rate = measure(f"/static/bench/{name}.html", args)
                empty_rate = measure(f"/ko/bench/empty/?bytes={sizes[name]}", args)
                print(
                    f"{name:<10} {'on' if cache_enabled else 'off':<6} {sizes[name]:>7} "
                    f"{page_rate:>11.1f} {static_rate:>13.1f} {page_rate / static_rate:>7.0%} "
                    f"{empty_rate:>12.1f} {empty_rate / static_rate:>7.0%}"
                )


def create_database():
    """The database, kept between runs (the content is built once)."""
    if not common.database_exists(DATABASE):
        common.recreate_database(DATABASE)


def build_content() -> dict[str, str]:
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Locale

    from cms.models import Cluster, EventPage, ProgramIndexPage, ProgramPage, StrategyAxis, Venue

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    korean = Locale.objects.get(language_code="ko")
    index = ProgramIndexPage.objects.get(locale=korean)
    existing = ProgramPage.objects.filter(slug__startswith="bench-program-").count()
    axis, cluster, venue = (
        StrategyAxis.objects.first(),
        Cluster.objects.first(),
        Venue.objects.first(),
    )
    start = timezone.now() + timedelta(days=30)
    for number in range(existing, PROGRAMS):
        print(f"\rcreating program {number + 1}/{PROGRAMS}", end="", flush=True)
        program = index.add_child(
            instance=ProgramPage(
                title=f"벤치마크 프로그램 {number}",
                slug=f"bench-program-{number}",
                summary="성능 측정을 위한 프로그램입니다.",
                strategy_axis=axis,
                cluster=cluster,
                cadence="yearly",
                cadence_month=10,
                locale=korean,
            )
        )
        for edition in range(EVENTS_PER_PROGRAM):
            program.add_child(
                instance=EventPage(
                    title=f"벤치마크 행사 {number}-{edition}",
                    slug=f"edition-{edition}",
                    summary="성능 측정을 위한 행사입니다.",
                    starts_at=start + timedelta(days=edition * 7),
                    ends_at=start + timedelta(days=edition * 7, hours=2),
                    venue=venue,
                    capacity=100,
                    languages=["ko", "en"],
                    locale=korean,
                )
            )
    print()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics for the bulk-created rows
    return {
        "home": "/ko/",
        "program": "/ko/programs/bench-program-0/",
        "event": "/ko/programs/bench-program-0/edition-3/",
    }


def write_static_twins(paths: dict[str, str]) -> dict[str, int]:
    """A static file of each page's size, for whitenoise to serve next to it."""
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    (STATIC_ROOT / "bench").mkdir(parents=True, exist_ok=True)
    sizes = {}
    for name, path in paths.items():
        response = client.get(path, secure=True)
        assert response.status_code == 200, (path, response.status_code)
        sizes[name] = len(response.content)
        (STATIC_ROOT / "bench" / f"{name}.html").write_bytes(b"x" * sizes[name])
    return sizes


def measure(path: str, args) -> float:
    url = f"http://127.0.0.1:{PORT}{path}"
    subprocess.run(["wrk", "-t1", "-c2", "-d2s", url], capture_output=True, check=True)  # warm up
    result = subprocess.run(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
    )
    if "Non-2xx" in result.stdout:
        raise RuntimeError(f"{path} answered with errors:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


if __name__ == "__main__":
    main()
