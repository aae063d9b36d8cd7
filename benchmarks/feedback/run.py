"""Feedback form submission latency with the translation provider answering at once vs in 2 s.

    .venv/bin/python benchmarks/feedback/run.py [--requests 300] [--clients 10] [--quick]

Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). It recreates the database `bench_feedback`
(demo content plus one department and service category), starts a LibreTranslate-compatible
server in this process (tests/support/libretranslate_server.py), gunicorn (2 sync workers,
production settings) and a Celery worker (`celery -A portal worker -Q celery,language`, prefork:
it detects languages too) on a Redis broker
(db 13), all configured through the environment (TRANSLATION_PROVIDER=libretranslate,
TRANSLATION_API_URL, CELERY_BROKER_URL, FEEDBACK_RATE_LIMIT_PER_HOUR raised).

Two modes in the same run, same processes: the provider answering at once ("fast") and
answering each translation after 2 s ("slow"), in four phases of --requests/2 submissions —
fast, slow, slow, fast — so that drift weighs on both alike. In each phase --clients threads
each GET /ko/feedback/ once for the CSRF cookie and token, then POST the form until the phase's
submissions are done; every POST is timed. Texts are distinct per request (translations are
stored per text) and mix Chinese, Vietnamese, English and Korean; Korean needs no translation
for staff. After each phase the script polls the database until the worker has translated every
message, prints how long that backlog took to drain after the last POST, and checks that every
message needing a translation was sent to the provider exactly once. Every process it starts is
stopped, Redis db 13 emptied and the database dropped at the end (--keep keeps it).
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402

DATABASE = "bench_feedback"
SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379/13"
PORT = 8125
SERVER = common.Server("gunicorn", PORT)
SLOW_SECONDS = 2.0
TARGET = 1.2  # slow/fast latency ratio: the form never waits for the provider
DRAIN_LIMIT_SECONDS = 600
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": REDIS,
    "CELERY_BROKER_URL": REDIS,
    "CELERY_TASK_ALWAYS_EAGER": "false",
    "SECRET_KEY": "bench-Fk2#vQ8!pR5@kL1$wX7^zT3&mB6*cH9(hD4)gS0-aE+yU=iO?",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "PORTAL_BASE_URL": "https://portal.example.go.kr",  # links in emails only
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
    "EMAIL_URL": "dummymail://",
    "FEEDBACK_RATE_LIMIT_PER_HOUR": "1000000000",
    "TRANSLATION_PROVIDER": "libretranslate",
    "TRANSLATION_TIMEOUT_SECONDS": "10",
}
# The status page, or its "sent" page that shows a new tracking code.
STATUS_PATH = re.compile(r"^/ko/feedback/status/[^/]+/(sent/)?$")
HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Four languages, a few sentences each; {n} makes every text distinct.
TEXTS = (
    ("zh-hans", "我家附近的施工噪音太大了，晚上十点以后还在施工。这已经是第{n}次了。"),
    ("zh-hans", "公园{n}号入口附近的路灯坏了，晚上走路很危险，请尽快修理。"),
    ("zh-hans", "我想报名参加韩语课程，但是网站上找不到第{n}期的报名表。"),
    ("vi", "Đường phố quá tối vào ban đêm. Đèn đường số {n} bị hỏng từ tuần trước."),
    ("vi", "Xe buýt số {n} thường đến muộn vào buổi sáng, chúng tôi phải chờ rất lâu."),
    ("vi", "Tôi muốn hỏi về lớp học tiếng Hàn miễn phí cho người nước ngoài, khóa {n}."),
    ("en", "The bus stop near exit {n} of the station has no shelter, people wait in the rain."),
    ("en", "Could you please add English signs at the district office? I got lost on floor {n}."),
    ("en", "Thank you for the festival last weekend, my family enjoyed it. Ticket number {n}."),
    ("ko", "공원 {n}번 출입구 근처에 쓰레기가 많이 쌓여 있습니다. 치워 주세요."),
    ("ko", "강남구청 민원실 {n}번 창구의 대기 시간이 너무 깁니다. 개선해 주세요."),
    ("ko", "외국인 주민을 위한 한국어 교실 {n}기 일정이 궁금합니다."),
)
KINDS = ("complaint", "question", "suggestion")


def main():
    parser = common.form_load_options(__doc__, per="mode", clients=10)
    parser.add_argument("--worker-concurrency", type=int, default=8, help="Celery worker processes")
    args = common.form_load_arguments(parser)

    from tests.support.libretranslate_server import FakeLibreTranslate

    common.end_on_sigterm()
    # The worker's banner and warnings go to worker_log; its tail is shown if something fails.
    with (
        tempfile.TemporaryDirectory(prefix="portal-bench-feedback-static-") as static_root,
        tempfile.TemporaryFile(mode="w+") as worker_log,
    ):
        provider = FakeLibreTranslate().start()
        os.environ.update(ENVIRONMENT, TRANSLATION_API_URL=provider.url, STATIC_ROOT=static_root)
        common.flush_redis(REDIS)
        common.recreate_database(DATABASE)
        processes: list[subprocess.Popen] = []
        try:
            import django

            django.setup()
            category = build_content()
            processes.append(common.start_gunicorn(port=PORT))
            common.wait_for_http(processes[-1], f"{SERVER.url}/healthz")
            processes.append(
                common.start_worker(
                    name="bench-feedback", concurrency=args.worker_concurrency, log=worker_log
                )
            )
            common.wait_for_workers({"bench-feedback": processes[-1]})
            fields = feedback_fields(category)
            # Warm-up: lingua's models, templates, both gunicorn workers, the worker's children.
            warm_up = argparse.Namespace(requests=60, clients=4)
            run_phase("warm-up", provider, fields, warm_up)
            # fast, slow, slow, fast: half the submissions each, so that whatever drifts
            # during the run (warming up, other load on the machine) weighs on both modes alike.
            half = argparse.Namespace(requests=args.requests // 2, clients=args.clients)
            phases = []
            for name in ("fast", "slow", "slow", "fast"):
                provider.delay_seconds = SLOW_SECONDS if name == "slow" else 0.0
                phases.append(run_phase(name, provider, fields, half))
                print(f"{name} phase done", file=sys.stderr)
            report(phases, args)
        except BaseException:
            worker_log.seek(0)
            print("Celery worker output (end):\n" + worker_log.read()[-3000:], file=sys.stderr)
            raise
        finally:
            common.stop_groups(processes)
            provider.stop()
            from django.db import connections

            connections.close_all()
            common.flush_redis(REDIS)
            if not args.keep:
                common.drop_database(DATABASE)


# --- setup ----------------------------------------------------------------------------------


def build_content():
    from django.core.management import call_command

    from participation.feedback.models import Department, ServiceCategory

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    department = Department.objects.create(
        code="bench-civil-affairs", name_ko="민원여권과", name_en="Civil Affairs"
    )
    return ServiceCategory.objects.create(
        code="bench-streets",
        name_ko="도로·가로등",
        name_en="Streets and street lights",
        department=department,
        sla_days=7,
    )


# --- load -----------------------------------------------------------------------------------


class Numbering:
    """Request numbers unique over the whole run, so that no two texts are alike."""

    def __init__(self):
        self.next, self.lock = 0, threading.Lock()

    def take(self) -> int:
        with self.lock:
            self.next += 1
            return self.next


NUMBERS = Numbering()


def feedback_fields(category):
    def fields(number: int) -> dict:
        _language, text = TEXTS[number % len(TEXTS)]
        return common.feedback_form_fields(
            number,
            kind=KINDS[number % len(KINDS)],
            category_id=category.pk,
            text=text.format(n=number),
        )

    return fields


@dataclass
class Phase(common.FormLoadCounts):
    name: str
    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds, successful POSTs
    statuses: dict[int, int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # of the successful POSTs
    item_ids: list[int] = field(default_factory=list)
    translated: int = 0
    drain_seconds: float = 0.0
    provider_requests: int = 0
    load: float = 0.0  # the machine's 1-minute load average at the end of the phase

    def percentile(self, fraction: float) -> float:
        return common.percentile(self.latencies, fraction)

    @property
    def foreign(self) -> int:
        """Submissions not in Korean: those staff need translated."""
        return sum(1 for text in self.texts if not HANGUL.search(text))

    @property
    def mean(self) -> float:
        return sum(self.latencies) / len(self.latencies)


def run_phase(name: str, provider, fields, args) -> Phase:
    phase = Phase(name=name)
    first_request = provider.translate_requests
    drive(phase, fields, args)
    ended = time.monotonic()
    wait_for_translations(phase)
    phase.drain_seconds = time.monotonic() - ended
    time.sleep(0.5)  # a duplicate request would arrive now, if the worker made one
    verify(phase, provider.requests[first_request:])
    phase.load = os.getloadavg()[0]
    return phase


def drive(phase: Phase, fields, args) -> None:
    """args.clients threads: each GETs the form once, then all POST together until
    args.requests submissions are done. Latency is per POST, from sending to the last byte."""
    remaining = collections.Counter(left=args.requests)
    lock = threading.Lock()
    errors: list[BaseException] = []

    def client(ready):
        session = common.form_session(SERVER, "/ko/feedback/", ready, errors)
        if session is None:
            return
        cookie, token = session
        while True:
            with lock:
                if remaining["left"] <= 0:
                    return
                remaining["left"] -= 1
            data = fields(NUMBERS.take())
            body = urlencode({**data, "csrfmiddlewaretoken": token})
            headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
            took, status, answer_headers, _body = common.timed_call(
                SERVER, "POST", "/ko/feedback/", body=body, headers=headers
            )
            redirected = status == 302 and STATUS_PATH.match(answer_headers["Location"] or "")
            with lock:
                phase.statuses[status] = phase.statuses.get(status, 0) + 1
                if redirected:
                    phase.latencies.append(took)
                    phase.texts.append(data["text"])
                elif status == 302:
                    errors.append(RuntimeError(f"redirected to {answer_headers['Location']}"))

    phase.elapsed = common.run_clients([client] * args.clients, path="/ko/feedback/", errors=errors)
    if errors or phase.ok != args.requests or len(phase.latencies) != args.requests:
        raise RuntimeError(f"{phase.name}: answers {phase.statuses}, {errors[:1]}")


def wait_for_translations(phase: Phase) -> None:
    from participation.feedback.models import Message, TranslationStatus

    messages = Message.objects.filter(author=Message.Author.RESIDENT, text__in=phase.texts)
    if messages.count() != len(phase.texts):
        raise RuntimeError(f"{phase.name}: {messages.count()} messages for {len(phase.texts)}")
    phase.item_ids = list(messages.values_list("item_id", flat=True))
    deadline = time.monotonic() + DRAIN_LIMIT_SECONDS
    waiting = (TranslationStatus.AWAITS_LANGUAGE, TranslationStatus.PENDING)
    while messages.filter(translation_status__in=waiting).exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{phase.name}: translations still pending after the time limit")
        time.sleep(0.1)
    by_status = collections.Counter(messages.values_list("translation_status", flat=True))
    unexpected = set(by_status) - {TranslationStatus.DONE, TranslationStatus.NOT_NEEDED}
    if unexpected:
        raise RuntimeError(f"{phase.name}: translation statuses {dict(by_status)}")
    phase.translated = by_status[TranslationStatus.DONE]


def verify(phase: Phase, requests: list[dict]) -> None:
    """Every message needing a translation reached the provider exactly once, nothing else did."""
    from participation.feedback.models import Message, TranslationStatus

    translated = set(
        Message.objects.filter(
            text__in=phase.texts, translation_status=TranslationStatus.DONE
        ).values_list("text", flat=True)
    )
    asked = collections.Counter(request.get("q") for request in requests)
    phase.provider_requests = sum(asked.values())
    twice = [text for text, count in asked.items() if count > 1]
    missing = translated - set(asked)
    extra = set(asked) - translated
    if twice or missing or extra:
        raise RuntimeError(
            f"{phase.name}: {len(twice)} texts translated more than once, {len(missing)} "
            f"translated without a provider request, {len(extra)} requests for other texts"
        )


LINE = "{:<5} {:>11} {:>6} {:>6} {:>6} {:>6}  {:>10} {:>9} {:>8} {:>5}"
HEADER = ("mode", "submissions", "req/s", "p50", "p95", "mean", "translated", "requests")
HEADER += ("drain s", "load")


def row(phase: "Phase", drain: str) -> str:
    return LINE.format(
        phase.name,
        phase.ok,
        f"{phase.rate:.1f}",
        f"{phase.percentile(0.50) * 1000:.0f}",
        f"{phase.percentile(0.95) * 1000:.0f}",
        f"{phase.mean * 1000:.0f}",
        f"{phase.translated}/{phase.foreign}",
        phase.provider_requests,
        drain,
        f"{phase.load:.1f}",
    )


def report(phases: list[Phase], args):
    print(
        f"\ngunicorn 2 sync workers, Celery worker ×{args.worker_concurrency} (prefork), "
        f"PostgreSQL, Redis broker; {args.clients} concurrent clients; provider fast = answers "
        f"at once, slow = after {SLOW_SECONDS:g} s; latency per POST in ms\n"
    )
    print(LINE.format(*HEADER))
    for phase in phases:
        print(row(phase, f"{phase.drain_seconds:.1f}"))
    modes = {name: merged(name, [p for p in phases if p.name == name]) for name in ("fast", "slow")}
    print("\nboth halves together:")
    print(LINE.format(*HEADER))
    for phase in modes.values():
        print(row(phase, f"≤{phase.drain_seconds:.1f}"))
    fast, slow = modes["fast"], modes["slow"]
    p50 = slow.percentile(0.50) / fast.percentile(0.50)
    p95 = slow.percentile(0.95) / fast.percentile(0.95)
    verdict = "met" if max(p50, p95) <= TARGET else "NOT met"
    print(
        f"\nslow/fast p50 {p50:.2f}, p95 {p95:.2f}; target ≤ {TARGET}: {verdict}.\n"
        "translated: messages machine-translated / submitted in another language than Korean; "
        "requests: translation requests the provider received — each of those texts exactly "
        "once (checked); drain s: from the last POST of the phase until no message was "
        "pending; load: the machine's 1-minute load average after the phase (2 cores; above "
        "~2.5 other work was competing)."
    )


def merged(name: str, phases: list[Phase]) -> Phase:
    return Phase(
        name=name,
        elapsed=sum(p.elapsed for p in phases),
        latencies=[latency for p in phases for latency in p.latencies],
        statuses={302: sum(p.ok for p in phases)},
        texts=[text for p in phases for text in p.texts],
        translated=sum(p.translated for p in phases),
        provider_requests=sum(p.provider_requests for p in phases),
        drain_seconds=max(p.drain_seconds for p in phases),
        load=max(p.load for p in phases),
    )


if __name__ == "__main__":
    main()
