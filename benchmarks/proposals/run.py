"""Latency of the proposal pages on a large round, beside the empty view, in one run.

    .venv/bin/python benchmarks/proposals/run.py [--quick] [--requests 200] [--clients 4]

Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). It recreates the database
`bench_proposals` and bulk-loads one open round: 10,000 published proposals in the five site
languages, each title and body stored translated into the other four, 200,000 supports from
distinct accounts (every support_count equal to its rows) and 50,000 one-level comments, also
translated, both spread unevenly (a few hot proposals hold most). Then it serves production
settings plus the empty view (benchmarks/pages/settings.py) with gunicorn (2 workers) and
times, in rounds taken in turn, the round's list (most supported — the default —, newest, and
filtered by topic and written language), the hottest proposal's page, a typical one, and the
empty view: p50/p95 each and their ratio to the empty view's. `--quick`: 300 proposals,
3,000 supports, 1,000 comments, 24 requests a page: about a minute, most of it migrating and
collecting static files.

The environment is set and Django is set up before the project is imported: this is a script.
"""

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402

LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")
TITLES = {
    "ko": "양재천 산책로에 벤치를 더 놓아 주세요",
    "en": "More benches along the Yangjae stream, please",
    "zh-hans": "请在良才川步道增加更多长椅",
    "ja": "良才川の散歩道にベンチを増やしてください",
    "vi": "Xin thêm ghế dài dọc suối Yangjae",
}
BODIES = {
    "ko": "주말마다 산책하는 주민이 많은데 쉴 곳이 부족합니다. 그늘진 곳에 벤치를 놓아 주세요.",
    "en": "Many residents walk here at weekends and there is nowhere to rest. "
    "Benches in the shade would help older people and families.",
    "zh-hans": "周末有很多居民在这里散步，但没有休息的地方。请在阴凉处放置长椅。",
    "ja": "週末は散歩する住民が多いのに休む場所がありません。日陰にベンチを置いてください。",
    "vi": "Cuối tuần có rất nhiều cư dân đi dạo nhưng không có chỗ nghỉ. "
    "Xin đặt ghế ở chỗ có bóng mát.",
}
COMMENTS = {
    "ko": "좋은 제안입니다. 저도 찬성합니다.",
    "en": "Good idea, I walk there every day.",
    "zh-hans": "好主意，我每天都在那里散步。",
    "ja": "良い提案です。私も毎日歩いています。",
    "vi": "Ý kiến hay, tôi đi bộ ở đó mỗi ngày.",
}
TOPICS = (("교통", "Transport"), ("환경", "Environment"), ("복지", "Welfare"))
TOPICS += (("문화", "Culture"), ("안전", "Safety"), ("교육", "Education"))
STATUSES = ("open",) * 7 + ("under_study", "accepted", "not_accepted")
DONGS = ("역삼1동", "삼성동", "대치2동", "논현1동", "개포4동", "")
SKEW = 0.8  # the n-th proposal gets a share ∝ 1/n^SKEW of the supports and comments
STATIC_ROOT = Path(tempfile.gettempdir()) / "portal-bench-proposals-static"


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=10_000)
    parser.add_argument("--supports", type=int, default=200_000)
    parser.add_argument("--comments", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests a page")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--quick", action="store_true", help="300 / 3,000 / 1,000, 24 requests")
    parser.add_argument("--language", default="en", help="the visitors' language")
    parser.add_argument("--database", default="bench_proposals")
    parser.add_argument("--postgres", default=common.POSTGRES_SERVER, help="the server's URL")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12", help="the cache's URL")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    if args.quick:
        args.proposals, args.supports, args.comments, args.requests = 300, 3_000, 1_000, 24
    return args


def environment(args) -> dict[str, str]:
    database_url = urlsplit(args.postgres)._replace(scheme="postgres", path=f"/{args.database}")
    return {
        "DJANGO_SETTINGS_MODULE": "benchmarks.pages.settings",  # production + the empty view
        "DATABASE_URL": database_url.geturl(),
        "REDIS_URL": args.redis,
        "SECRET_KEY": "bench-Pz4#vN2!pR8@kL5$wX3^zT9&mB4*cF6(hD1)gS0-aE+yU=iO?",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_BASE_URL": "https://portal.example.go.kr",
        "SECURE_SSL_REDIRECT": "false",
        "PAGE_CACHE_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        "STATIC_ROOT": str(STATIC_ROOT),
        "PRIVATE_MEDIA_ROOT": os.environ.get(
            "PRIVATE_MEDIA_ROOT", str(Path(tempfile.gettempdir()) / "portal-bench-private")
        ),
    }


ARGS = options()
os.environ.update(environment(ARGS))
common.recreate_database(ARGS.database, ARGS.postgres)

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from participation.proposals.models import (  # noqa: E402
    Comment,
    Proposal,
    ProposalRound,
    Support,
    TextTranslation,
    Topic,
)


def shares(total: int, count: int) -> list[int]:
    """`total` split over `count` items, the n-th ∝ 1/n^SKEW, summing exactly to `total`."""
    weights = [1 / (n + 1) ** SKEW for n in range(count)]
    scale = total / sum(weights)
    parts = [int(weight * scale) for weight in weights]
    for n in range(total - sum(parts)):
        parts[n % count] += 1
    return parts


def copy_rows(model, columns: tuple[str, ...], rows) -> None:
    names = ", ".join(columns)
    statement = f"COPY {model._meta.db_table} ({names}) FROM STDIN"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def translate_all(owner: str, fields: dict[str, str], now) -> None:
    """Every text of each `owner` row (proposal or comment) into the four other languages."""
    table = TextTranslation._meta.db_table
    owners = {"proposal": Proposal, "comment": Comment}[owner]._meta.db_table
    targets = ", ".join(f"('{language}')" for language in LANGUAGES)
    with connection.cursor() as cursor:
        for field, column in fields.items():
            # The models' own tables and columns, constant languages: nothing from outside.
            statement = (
                f"INSERT INTO {table} ({owner}_id, field, source_language, "  # noqa: S608
                "target_language, source_text, translated_text, status, provider, error, "
                "requested_at, translated_at) "
                f"SELECT o.id, %s, o.language, t.code, o.{column}, "
                f"'[' || t.code || '] ' || o.{column}, 'done', 'bench', '', %s, %s "
                f"FROM {owners} o CROSS JOIN (VALUES {targets}) AS t(code) "
                "WHERE t.code <> o.language"
            )
            cursor.execute(statement, [field, now, now])


def build_content(args) -> dict:
    began = time.monotonic()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    now = timezone.now()
    proposal_round = ProposalRound.objects.create(
        title_ko="강남 주민 제안 2026",
        title_en="Gangnam residents' proposals 2026",
        opens_at=now - timedelta(days=40),
        closes_at=now + timedelta(days=30),
        moderation="after",
    )
    topics = Topic.objects.bulk_create(
        Topic(round=proposal_round, name_ko=ko, name_en=en, sort_order=n)
        for n, (ko, en) in enumerate(TOPICS)
    )
    support_counts = shares(args.supports, args.proposals)
    comment_counts = shares(args.comments, args.proposals)
    users = max(support_counts[0], args.supports // 10, args.proposals)
    User.objects.bulk_create(
        (
            User(
                email=f"resident{n}@example.org",
                password=UNUSABLE_PASSWORD_PREFIX,
                preferred_language="ko",
            )
            for n in range(users)
        ),
        batch_size=2000,
    )
    user_ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
    proposals = []
    for n in range(args.proposals):
        # The hot ones (low n) are spread over the round rather than all the newest.
        rank = (n * 7919) % args.proposals
        language = LANGUAGES[n % len(LANGUAGES)]
        created = now - timedelta(days=39, minutes=-rank * 5)
        proposals.append(
            Proposal(
                round=proposal_round,
                topic=topics[n % len(topics)],
                author_id=user_ids[n % len(user_ids)],
                title=f"{TITLES[language]} ({n})",
                body=BODIES[language],
                dong=DONGS[n % len(DONGS)],
                language=language,
                site_language=language,
                language_confidence=0.99,
                created_at=created,
                published_at=created,
                visibility="published",
                status=STATUSES[n % len(STATUSES)],
                support_count=support_counts[n],
            )
        )
    proposals = Proposal.objects.bulk_create(proposals, batch_size=2000)
    copy_rows(
        Support,
        ("proposal_id", "user_id", "created_at"),
        (
            (proposal.pk, user_ids[(n * 31 + k) % len(user_ids)], now)
            for n, proposal in enumerate(proposals)
            for k in range(support_counts[n])
        ),
    )
    copy_rows(
        Comment,
        ("proposal_id", "author_id", "body", "hidden_reason", "language", "site_language")
        + ("language_pending", "language_confidence", "language_chosen_by_author", "created_at")
        + ("by_staff",),
        (
            (proposal.pk, user_ids[(n + k * 13) % len(user_ids)], COMMENTS[language], "")
            + (language, language, False, 0.99, False, proposal.created_at + timedelta(minutes=k))
            + (False,)
            for n, proposal in enumerate(proposals)
            for k in range(comment_counts[n])
            for language in [LANGUAGES[(n + k) % len(LANGUAGES)]]
        ),
    )
    translate_all("proposal", {"title": "title", "body": "body"}, now)
    translate_all("comment", {"comment": "body"}, now)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute(
            f"SELECT count(*) FROM {Proposal._meta.db_table} p WHERE support_count <> "  # noqa: S608
            f"(SELECT count(*) FROM {Support._meta.db_table} s WHERE s.proposal_id = p.id)"
        )
        (inconsistent,) = cursor.fetchone()
    if inconsistent:
        raise RuntimeError(f"{inconsistent} proposals' support_count differs from their rows")
    sizes = {
        "proposals": Proposal.objects.count(),
        "supports": Support.objects.count(),
        "comments": Comment.objects.count(),
        "translations": TextTranslation.objects.count(),
        "accounts": len(user_ids),
    }
    print(
        "loaded in {:.0f} s: {proposals:,} proposals, {supports:,} supports, {comments:,} "
        "comments, {translations:,} translations, {accounts:,} accounts".format(
            time.monotonic() - began, **sizes
        ),
        flush=True,
    )
    hot, typical = proposals[0], proposals[args.proposals // 2]
    print(
        f"hot proposal: {support_counts[0]:,} supports, {comment_counts[0]:,} comments; "
        f"typical: {support_counts[args.proposals // 2]:,} supports, "
        f"{comment_counts[args.proposals // 2]:,} comments",
        flush=True,
    )
    language = args.language
    listing = f"/{language}/proposals/rounds/{proposal_round.pk}/"
    return {
        "list": listing,
        "list newest": f"{listing}?sort=newest",
        "list filtered": f"{listing}?topic={topics[1].pk}&origin=vi",
        "hot proposal": f"/{language}/proposals/{hot.pk}/",
        "typical proposal": f"/{language}/proposals/{typical.pk}/",
    }


def queries_and_bytes(paths: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Each page's queries and bytes, rendered once in this process (after one warm-up)."""
    client = Client(HTTP_HOST="127.0.0.1")
    found = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
        found[name] = (len(queries), len(response.content))
    return found


def timed_batch(server, path: str, count: int, clients: int) -> list[float]:
    """`count` GETs of `path` from `clients` threads at once; their seconds."""
    seconds, errors = [], []

    def client(share: int) -> None:
        for _ in range(share):
            elapsed, status, _headers, _body = common.timed_call(server, "GET", path)
            if status != 200:
                errors.append(f"{path}: {status}")
            seconds.append(elapsed)

    threads = [
        threading.Thread(target=client, args=(count // clients + (n < count % clients),))
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{len(errors)} failed requests, first: {errors[0]}")
    return seconds


def measure(server, paths: dict[str, str], args) -> dict[str, list[float]]:
    """Warm-up, then the timed requests in rounds, each round every page in turn: a change in
    the machine's load falls on every page alike."""
    rounds = max(1, min(5, args.requests // (args.clients * 2)))
    for path in paths.values():
        timed_batch(server, path, args.clients * 2, args.clients)
    timings = {name: [] for name in paths}
    for number in range(rounds):
        share = args.requests // rounds + (number < args.requests % rounds)
        for name, path in paths.items():
            timings[name] += timed_batch(server, path, share, args.clients)
    return timings


def report(timings, counts, args) -> None:
    empty = timings["empty view"]
    empty_p50, empty_p95 = common.percentile(empty, 0.5), common.percentile(empty, 0.95)
    print(
        f"\n{args.requests} requests a page, {args.clients} concurrent clients, "
        f"gunicorn 2 workers, visitors' language {args.language}; "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    header = ("page", "queries", "bytes", "p50 ms", "p95 ms", "p50 ×empty", "p95 ×empty")
    print("{:<17} {:>7} {:>7} {:>8} {:>8} {:>10} {:>10}".format(*header))
    for name, seconds in timings.items():
        p50, p95 = common.percentile(seconds, 0.5), common.percentile(seconds, 0.95)
        queries, size = counts[name]
        print(
            f"{name:<17} {queries:>7} {size:>7} {p50 * 1000:>8.1f} {p95 * 1000:>8.1f} "
            f"{p50 / empty_p50:>10.1f} {p95 / empty_p95:>10.1f}"
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> int:
    common.end_on_sigterm()
    server = None
    try:
        paths = build_content(ARGS)
        counts = queries_and_bytes(paths)
        empty_bytes = counts["list"][1]  # the empty view answers as many bytes as the list
        paths["empty view"] = f"/{ARGS.language}/bench/empty/?bytes={empty_bytes}"
        counts["empty view"] = (0, empty_bytes)
        connections.close_all()
        with common.Gunicorn(port=free_port(), **environment(ARGS)) as server:
            timings = measure(server, paths, ARGS)
        report(timings, counts, ARGS)
        return 0
    finally:
        connections.close_all()
        if not ARGS.keep:
            common.drop_database(ARGS.database, ARGS.postgres)


if __name__ == "__main__":
    sys.exit(main())
