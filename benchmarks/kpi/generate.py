"""Five years of what the KPI engine reads (2022-01 … 2026-12, Asia/Seoul), at any scale.

    .venv/bin/python benchmarks/kpi/generate.py [--feedback 1000000] [--registrations N]

Standalone, it recreates the database `bench_kpi`, loads the demo content and fills it, then
leaves it for you to explore (drop it with `dropdb -h 127.0.0.1 -U postgres bench_kpi`).
benchmarks/kpi/run.py uses the same Generator to grow one database in steps.

What it writes, deterministically (fixed seeds), each step a prefix of the full data set so
that growing 100,000 → 1,000,000 items only adds rows:

- 5,000 EventPages under the six Korean demo programs, created straight into the page tree
  (treebeard paths computed here, `Page` rows bulk-inserted, then the EventPage rows): ~3 s,
  where `add_child` takes ~20 ms a page (~100 s for 5,000; measured on this machine). Not
  indexed for search, no revisions. The tree is checked as treebeard's find_problems() would.
- Registrations (COPY): per event in registration order — confirmed while seats last, then
  waitlisted; ~4% cancel; ~80% of the confirmed check in at events that have ended. People
  come from a pool (2 per 5 registrations) with a nationality, language and place of residence
  each, so people return to later events. Participation records as the app writes them
  (registered / waitlisted / cancelled / checked in), with the program, axis and cluster.
- Feedback items (COPY), in created_at order per step: event surveys (half of the check-ins
  answer after the event: rating, no category, no due date) and complaints, questions,
  suggestions and praise over the six demo service categories, growing from year to year,
  in Korean, English, Chinese, Vietnamese, Japanese and a few other languages. Due date =
  received + the category's SLA; first answer, closing and rating times follow each other
  and stay before now, so recent items are still open. No messages, attachments or status
  changes (the KPI engine reads only the item's fields).
"""

import argparse
import base64
import bisect
import heapq
import itertools
import math
import os
import random
import secrets
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from benchmarks import common  # noqa: E402

DATABASE = "bench_kpi"
KST = timezone(timedelta(hours=9))  # Asia/Seoul: no daylight saving since 1988
FIRST_DAY, LAST_DAY = date(2022, 1, 1), date(2026, 12, 31)
EVENTS = 5_000
SEED = 2026
COPY_CHUNK = 20_000

# --- distributions ------------------------------------------------------------------------

NATIONALITIES = (("KR", 60), ("CN", 9), ("VN", 8), ("US", 6), ("JP", 5), ("GB", 2))
NATIONALITIES += (("ZZ", 5), ("", 5))
LANGUAGE_OF = {"KR": "ko", "CN": "zh-hans", "VN": "vi", "JP": "ja"}
RESIDENT_TYPES = {True: (("gangnam", 55), ("korea", 40), ("", 5))}  # Korean
RESIDENT_TYPES[False] = (("gangnam", 45), ("korea", 30), ("abroad", 20), ("", 5))
FEEDBACK_KINDS = (("complaint", 40), ("question", 30), ("suggestion", 20), ("praise", 10))
CATEGORY_WEIGHTS = {
    "events-programs": 15,
    "foreign-resident-support": 20,
    "noise": 18,
    "waste": 17,
    "streets-transport": 20,
    "other": 10,
}
# Written in (detected): mostly the site languages, some others the detector knows.
WRITTEN_IN = (("ko", 58), ("en", 13), ("zh-hans", 9), ("vi", 8), ("ja", 5), ("ru", 2))
WRITTEN_IN += (("mn", 1.5), ("th", 1.2), ("tl", 1.2), ("uz", 1.1))
SITE_LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")
RATINGS = ((1, 4), (2, 6), (3, 15), (4, 40), (5, 35))
SURVEY_RATINGS = ((1, 2), (2, 4), (3, 12), (4, 40), (5, 42))
SEASON = (0.9, 0.85, 1.0, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 1.05, 1.0, 0.95)
HOURS = [1, 1, 1, 1, 1, 2, 4, 8, 12, 16, 16, 14, 12, 14, 15, 14, 12, 10, 8, 7, 6, 5, 3, 2]
CAPACITIES = ((40, 10), (60, 15), (80, 20), (100, 20), (150, 15), (200, 12), (300, 8))
PROGRAM_WEIGHTS = (30, 20, 8, 12, 15, 15)  # the six demo programs, in tree order
CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def weighted(pairs):
    values, weights = zip(*pairs, strict=True)
    return list(values), list(itertools.accumulate(weights))


def seeded(seed: int) -> random.Random:
    """Reproducible data, not secrets."""
    return random.Random(seed)  # noqa: S311


def pick(rng: random.Random, table) -> object:
    return pick_with(rng.random(), table)


def pick_with(draw: float, table) -> object:
    values, cumulative = table
    return values[bisect.bisect(cumulative, draw * cumulative[-1])]


def tracking_code() -> str:
    # 130 random bits in Crockford's base32, as participation.feedback.codes makes them.
    return base64.b32encode(os.urandom(17)).decode()[:26].translate(CROCKFORD)


def kst(day: date, seconds: float) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=KST) + timedelta(seconds=seconds)


# --- the plan: events and people, fixed for the full size ------------------------------------


@dataclass
class Edition:
    pk: int
    program_id: int
    axis_id: int
    cluster_id: int
    starts_at: datetime
    ends_at: datetime
    capacity: int
    max_party_size: int
    opens_at: datetime
    closes_at: datetime
    planned: int = 0  # registrations at the full size
    written: int = 0  # registrations in the database


@dataclass
class Person:
    nationality: str
    language: str
    resident_type: str


@dataclass
class Totals:
    seconds: dict[str, float] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, seconds: float, rows: int = 0) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.rows[name] = self.rows.get(name, 0) + rows


class Generator:
    """Grows the database to given totals; call create_events() once, then grow() per step."""

    def __init__(self, *, full_registrations: int, full_feedback: int, now=None, quiet=False):
        self.full_registrations = full_registrations
        self.full_feedback = full_feedback
        self.now = now or datetime.now(UTC)
        self.quiet = quiet
        self.editions: list[Edition] = []
        rng = seeded(SEED)
        nationality = weighted(NATIONALITIES)
        residence = {korean: weighted(table) for korean, table in RESIDENT_TYPES.items()}
        self.people = []
        for _ in range(max(1_000, full_registrations * 2 // 5)):
            country = pick(rng, nationality)
            language = LANGUAGE_OF.get(country, "en") if rng.random() < 0.92 else "en"
            resident = pick(rng, residence[country == "KR"])
            self.people.append(Person(country, language, resident))
        self.registration_id = 0
        self.item_serial = 0  # numbers the residents who left contact details
        self.surveys = 0  # survey items written
        self.step = 0
        self.timings = Totals()

    # --- events ----------------------------------------------------------------------------

    def create_events(self, count: int = EVENTS) -> float:
        """EventPages straight into the tree; returns the seconds taken (check included)."""
        from django.contrib.contenttypes.models import ContentType
        from django.db import transaction
        from django.db.models import F
        from wagtail.models import Locale, Page

        from cms.models import EventCategory, EventPage, ProgramPage, Venue

        began = time.perf_counter()
        rng = seeded(SEED + 1)
        korean = Locale.get_default()
        programs = list(
            ProgramPage.objects.filter(locale=korean).order_by("path").select_related("cluster")
        )
        weights = list(itertools.accumulate(PROGRAM_WEIGHTS[: len(programs)]))
        venues = list(Venue.objects.values_list("pk", flat=True))
        categories = list(EventCategory.objects.values_list("pk", flat=True))
        content_type = ContentType.objects.get_for_model(EventPage)
        capacity = weighted(CAPACITIES)
        days = (LAST_DAY - FIRST_DAY).days + 1
        # More events in later years, as the programs grow.
        growth = list(itertools.accumulate(1.0 + 0.25 * (d / 365) for d in range(days)))
        plans = []
        for _ in range(count):
            day = FIRST_DAY + timedelta(days=bisect.bisect(growth, rng.random() * growth[-1]))
            starts = kst(day, rng.choice(range(10 * 3600, 18 * 3600 + 1, 1800)))
            program = programs[bisect.bisect(weights, rng.random() * weights[-1])]
            plans.append((starts, program))
        plans.sort(key=lambda plan: plan[0])

        pages, events, per_program = [], [], {}
        for number, (starts, program) in enumerate(plans):
            if program.pk not in per_program:
                last = program.get_last_child()
                per_program[program.pk] = [int(last.path[-4:], 36) if last else 0, 0]
            counter = per_program[program.pk]
            counter[0] += 1
            counter[1] += 1
            ends = starts + timedelta(hours=rng.choice((2, 2, 3, 3, 4, 6)))
            opens = starts - timedelta(days=30)
            published = min(opens - timedelta(days=7), self.now)
            slug = f"bench-{number:04d}"
            title = f"{program.title} · {starts:%Y-%m-%d} #{number}"
            pages.append(
                Page(
                    path=Page._get_path(program.path, program.depth + 1, counter[0]),
                    depth=program.depth + 1,
                    numchild=0,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    url_path=f"{program.url_path}{slug}/",
                    content_type=content_type,
                    locale=korean,
                    translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    latest_revision_created_at=published,
                )
            )
            events.append(
                EventPage(
                    starts_at=starts,
                    ends_at=ends,
                    venue_id=rng.choice(venues) if venues else None,
                    category_id=rng.choice(categories) if categories else None,
                    capacity=pick(rng, capacity),
                    max_party_size=1 if rng.random() < 0.7 else 4,
                    registration_opens_at=opens,
                    registration_closes_at=starts,
                    languages=["ko", "en"] if rng.random() < 0.6 else ["ko", "en", "zh-hans"],
                    interpretation_languages=["en", "zh-hans", "vi"][: rng.randint(0, 3)],
                    summary="성능 측정을 위한 행사입니다. A benchmark event.",
                    accessibility_information="",
                    address="",
                    online_url="",
                    body=[],
                )
            )
        fields = list(EventPage._meta.local_concrete_fields)
        with transaction.atomic():
            Page.objects.bulk_create(pages, batch_size=1000)
            for page, event in zip(pages, events, strict=True):
                event.page_ptr_id = event.id = page.pk
            # Only the EventPage table: bulk_create cannot insert multi-table children.
            EventPage.objects._insert(events, fields=fields, using="default")
            for program_id, (_last, added) in per_program.items():
                Page.objects.filter(pk=program_id).update(numchild=F("numchild") + added)
        check_tree()

        by_pk = {program.pk: program for program in programs}
        program_of = {page.pk: by_pk[plan[1].pk] for page, plan in zip(pages, plans, strict=True)}
        for page, event in zip(pages, events, strict=True):
            program = program_of[page.pk]
            self.editions.append(
                Edition(
                    pk=page.pk,
                    program_id=program.pk,
                    axis_id=program.strategy_axis_id,
                    cluster_id=program.cluster_id,
                    starts_at=event.starts_at,
                    ends_at=event.ends_at,
                    capacity=event.capacity,
                    max_party_size=event.max_party_size,
                    opens_at=event.registration_opens_at,
                    closes_at=min(event.registration_closes_at, self.now),
                )
            )
        self._plan_registrations()
        seconds = time.perf_counter() - began
        self.timings.add("events", seconds, count)
        return seconds

    def _plan_registrations(self) -> None:
        """How many registrations each event has at the full size: in proportion to its
        capacity times a popularity draw; none where registration had not opened yet."""
        rng = seeded(SEED + 2)
        open_ones = [e for e in self.editions if e.opens_at < self.now]
        weights = [e.capacity * rng.lognormvariate(0, 0.45) for e in open_ones]
        for edition, share in zip(open_ones, split(self.full_registrations, weights), strict=True):
            edition.planned = share

    # --- growth ----------------------------------------------------------------------------

    def grow(self, *, registrations: int, feedback: int) -> dict[str, float]:
        """Add rows until the database holds `registrations` and `feedback` items."""
        from django.db import connection

        self.step += 1
        timings = {}
        with connection.cursor() as cursor:
            raw = cursor.cursor
            began = time.perf_counter()
            surveys = self._grow_registrations(raw, registrations)
            timings["registrations"] = time.perf_counter() - began
            began = time.perf_counter()
            self._grow_feedback(raw, feedback, surveys)
            timings["feedback"] = time.perf_counter() - began
            began = time.perf_counter()
            for table in (
                "registrations_registration",
                "registrations_checkin",
                "registrations_participationrecord",
                "feedback_feedbackitem",
            ):
                cursor.execute(f"VACUUM ANALYZE {table}")
            timings["vacuum analyze"] = time.perf_counter() - began
        return timings

    def _grow_registrations(self, raw, total: int) -> list[tuple]:
        from tqdm import tqdm

        from participation.registrations.models import Registration

        if not self.registration_id:  # ids are assigned here, after any existing row
            self.registration_id = (
                Registration.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
            )
        planned = [e.planned for e in self.editions]
        written = [e.written for e in self.editions]
        targets = split(total, planned, caps=planned, floors=written)
        todo = sum(t - e.written for t, e in zip(targets, self.editions, strict=True))
        surveys: list[tuple] = []
        buffers = Buffers()
        with tqdm(
            total=todo, desc="registrations", unit="reg", unit_scale=True, disable=self.quiet
        ) as bar:
            for target, edition in zip(targets, self.editions, strict=True):
                if target > edition.written:
                    self._registrations_of(edition, target, buffers, surveys)
                    bar.update(target - edition.written)
                    edition.written = target
                if len(buffers.registrations) >= COPY_CHUNK:
                    buffers.flush(raw)
            buffers.flush(raw)
        raw.execute(
            "SELECT setval(pg_get_serial_sequence('registrations_registration', 'id'), %s)",
            [max(self.registration_id, 1)],
        )
        return surveys

    def _registrations_of(self, edition: Edition, target: int, buffers, surveys) -> None:
        """The event's registrations [written, target) of its full, fixed sequence."""
        rng = seeded(SEED * 1_000 + edition.pk)
        people = len(self.people)
        offset, step = rng.randrange(people), 7919  # prime: distinct people within an event
        window = (edition.closes_at - edition.opens_at).total_seconds()
        survey_ratings = weighted(SURVEY_RATINGS)
        ended = edition.ends_at <= self.now
        seats = 0
        for j in range(target):
            # Every draw happens for every j, so a larger step repeats the smaller one's rows.
            party = 1 if edition.max_party_size == 1 else rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 3, 4))
            created = edition.opens_at + timedelta(
                seconds=window * (j + rng.random()) / edition.planned
            )
            cancel_draw, cancel_at, check_draw, check_at = (rng.random() for _ in range(4))
            survey_draw, survey_delay, rating_draw = (rng.random() for _ in range(3))
            status, cancelled_at = "waiting", None
            if seats + party <= edition.capacity:
                status = "confirmed"
                if cancel_draw < 0.04:
                    cancelled_at = created + (edition.starts_at - created) * cancel_at
                    if cancelled_at <= self.now:
                        status = "cancelled"
                    else:
                        cancelled_at = None
                if status == "confirmed":
                    seats += party
            checked_in_at = None
            if status == "confirmed" and ended and check_draw < 0.8:
                checked_in_at = edition.starts_at - timedelta(minutes=40 * check_at)
            if j < edition.written:
                continue
            person_index = (offset + j * step) % people
            person = self.people[person_index]
            self.registration_id += 1
            pk = self.registration_id
            buffers.registrations.append(
                (
                    pk,
                    edition.pk,
                    f"참가자 {person_index}",
                    f"person{person_index}@example.org",
                    f"010-{person_index % 10_000:04d}-{pk % 10_000:04d}",
                    person.nationality,
                    person.resident_type,
                    person.language,
                    "en" if person.language != "ko" and party == 1 and j % 7 == 0 else "",
                    "",
                    party,
                    created,
                    status,
                    secrets.token_urlsafe(32),
                    created,
                    created if status != "waiting" else None,
                    cancelled_at,
                    edition.ends_at + timedelta(hours=2) if checked_in_at else None,
                )
            )
            shared = (
                pk,
                edition.pk,
                edition.program_id,
                edition.axis_id,
                edition.cluster_id,
                person.language,
                person.nationality,
                person.resident_type,
                party,
            )
            first_kind = "waitlisted" if status == "waiting" else "registered"
            buffers.records.append((first_kind, *shared, created))
            if cancelled_at:
                buffers.records.append(("cancelled", *shared, cancelled_at))
            if checked_in_at:
                buffers.check_ins.append((pk, checked_in_at))
                buffers.records.append(("checked_in", *shared, checked_in_at))
                answered_at = edition.ends_at + timedelta(days=-math.log(1 - survey_delay) * 1.5)
                if survey_draw < 0.5 and answered_at <= self.now:
                    rating = pick_with(rating_draw, survey_ratings)
                    surveys.append(survey_row(edition, pk, person, rating, answered_at))

    def _grow_feedback(self, raw, total: int, surveys: list[tuple]) -> None:
        from django.db.models import Count
        from tqdm import tqdm

        from participation.feedback.models import FeedbackItem, ServiceCategory

        existing = FeedbackItem.objects.aggregate(n=Count("pk"))["n"]
        others = total - existing - len(surveys)
        if others < 0:
            surveys = surveys[: max(0, total - existing)]
            others = 0
        self.surveys += len(surveys)
        categories = list(ServiceCategory.objects.values("pk", "code", "sla_days", "department"))
        surveys.sort(key=lambda row: row[FEEDBACK_COLUMNS.index("created_at")])
        items = heapq.merge(
            surveys,
            self._items(others, categories),
            key=lambda row: row[FEEDBACK_COLUMNS.index("created_at")],
        )
        columns = ", ".join(FEEDBACK_COLUMNS)
        with tqdm(
            total=len(surveys) + others,
            desc="feedback items",
            unit="item",
            unit_scale=True,
            disable=self.quiet,
        ) as bar:
            while chunk := list(itertools.islice(items, COPY_CHUNK)):
                with raw.copy(f"COPY feedback_feedbackitem ({columns}) FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
                bar.update(len(chunk))

    def _items(self, count: int, categories: list[dict]):
        """`count` complaints, questions, suggestions and praise, in created_at order: the days
        from 2022-01-01 to yesterday, each with its share of the count (growth from year to
        year, seasons, quieter weekends)."""
        rng = seeded(SEED + 100 * self.step)
        today = self.now.astimezone(KST).date()
        days = [FIRST_DAY + timedelta(days=n) for n in range((today - FIRST_DAY).days)]
        weights = [
            (1 + 0.3 * (day - FIRST_DAY).days / 365)
            * SEASON[day.month - 1]
            * (0.6 if day.weekday() >= 5 else 1.0)
            for day in days
        ]
        kinds = weighted(FEEDBACK_KINDS)
        category_table = weighted((c, CATEGORY_WEIGHTS.get(c["code"], 10)) for c in categories)
        languages = weighted(WRITTEN_IN)
        ratings = weighted(RATINGS)
        hours = list(itertools.accumulate(HOURS))
        programs = list({e.program_id: e for e in self.editions}.values())
        for day, per_day in zip(days, split(count, weights), strict=True):
            seconds = sorted(
                bisect.bisect(hours, rng.random() * hours[-1]) * 3600 + rng.random() * 3600
                for _ in range(per_day)
            )
            for second in seconds:
                yield self._item(
                    rng, kst(day, second), kinds, category_table, languages, ratings, programs
                )

    def _item(self, rng, created, kinds, categories, languages, ratings, programs) -> tuple:
        now = self.now
        self.item_serial += 1
        serial = self.item_serial
        kind = pick(rng, kinds)
        category = pick(rng, categories)
        sla = category["sla_days"]
        language = pick(rng, languages)
        program_id = None
        if category["code"] == "events-programs" or rng.random() < 0.05:
            program_id = rng.choice(programs).program_id
        status, answered, closed, rating, rated = "received", None, None, None, None
        # Time to first answer: median 55% of the SLA, so ~3 in 4 are answered on time.
        answer_at = created + timedelta(days=rng.lognormvariate(math.log(0.55 * sla), 0.8))
        if answer_at <= now:
            answered = answer_at
            close_at = answered + timedelta(days=rng.lognormvariate(math.log(2.0), 1.0))
            status = "answered"
            if close_at <= now:
                closed = close_at
                draw = rng.random()
                status = "closed" if draw < 0.85 else "rejected" if draw < 0.93 else "duplicate"
                rate_at = closed + timedelta(days=rng.expovariate(1.0))
                if status == "closed" and rng.random() < 0.4 and rate_at <= now:
                    rating, rated = pick(rng, ratings), rate_at
        else:
            age = (now - created).days
            status = "received" if age < 1 else "triaged" if age < 2 else "in_progress"
        has_contact = rng.random() < 0.7
        site_language = language if language in SITE_LANGUAGES else "en"
        return (
            tracking_code(),
            kind,
            "open311" if rng.random() < 0.1 else "web",
            language,
            round(0.7 + 0.3 * rng.random(), 3),
            False,
            site_language,
            status,
            created + timedelta(days=sla),
            created,
            max(t for t in (created, answered, closed, rated) if t is not None),
            answered,
            closed,
            rating,
            rated,
            f"주민 {serial}" if has_contact else "",
            f"resident{serial}@example.org" if has_contact else "",
            "",
            "{}",
            created,
            category["department"],
            None,
            program_id,
            None,
            category["pk"],
        )


FEEDBACK_COLUMNS = (
    "tracking_code",
    "kind",
    "channel",
    "language",
    "language_confidence",
    "language_is_fallback",
    "site_language",
    "status",
    "due_at",
    "created_at",
    "updated_at",
    "first_answered_at",
    "closed_at",
    "rating",
    "rated_at",
    "contact_name",
    "contact_email",
    "location_text",
    "attribute_answers",
    "consent_given_at",
    "department_id",
    "event_id",
    "program_id",
    "registration_id",
    "category_id",
)


TREE_PROBLEMS = """
SELECT 'wrong depth', count(*) FROM wagtailcore_page WHERE length(path) <> depth * 4
UNION ALL
SELECT 'orphan', count(*) FROM wagtailcore_page page WHERE depth > 1 AND NOT EXISTS (
    SELECT 1 FROM wagtailcore_page parent
    WHERE parent.path = substr(page.path, 1, length(page.path) - 4))
UNION ALL
SELECT 'wrong numchild', count(*) FROM wagtailcore_page page LEFT JOIN (
    SELECT substr(path, 1, length(path) - 4) AS parent_path, count(*) AS children
    FROM wagtailcore_page WHERE depth > 1 GROUP BY 1
) child ON child.parent_path = page.path
WHERE page.numchild <> coalesce(child.children, 0)
"""


def check_tree() -> None:
    """treebeard's find_problems() in three queries (it counts children node by node: 9 s
    for these 5,200 pages): depth matches the path, every parent exists, numchild is right.
    Paths are unique by a constraint."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(TREE_PROBLEMS)
        problems = {name: count for name, count in cursor.fetchall() if count}
    if problems:
        raise RuntimeError(f"page tree problems: {problems}")


def survey_row(edition: Edition, registration_id: int, person: Person, rating, at) -> tuple:
    """An event survey answer as answer_survey() stores it: a rating, no category."""
    return (
        tracking_code(),
        "event_survey",
        "survey",
        person.language,
        0.0,
        True,
        person.language,
        "received",
        None,
        at,
        at,
        None,
        None,
        rating,
        at,
        "",
        "",
        "",
        "{}",
        at,
        None,
        edition.pk,
        edition.program_id,
        registration_id,
        None,
    )


class Buffers:
    """Rows of a few hundred events, then one COPY per table."""

    REGISTRATION_COLUMNS = (
        "id, event_id, name, email, phone, nationality, resident_type, preferred_language, "
        "interpretation_language, accessibility_needs, party_size, consent_given_at, status, "
        "ticket_token, created_at, confirmed_at, cancelled_at, survey_sent_at"
    )
    RECORD_COLUMNS = (
        "kind, registration_id, event_id, program_id, strategy_axis_id, cluster_id, language, "
        "nationality, resident_type, party_size, at"
    )

    def __init__(self):
        self.registrations, self.check_ins, self.records = [], [], []

    def flush(self, raw) -> None:
        for table, columns, rows in (
            ("registrations_registration", self.REGISTRATION_COLUMNS, self.registrations),
            ("registrations_checkin", "registration_id, checked_in_at", self.check_ins),
            ("registrations_participationrecord", self.RECORD_COLUMNS, self.records),
        ):
            if rows:
                with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                rows.clear()


def split(total: int, weights, caps=None, floors=None) -> list[int]:
    """`total` in whole parts proportional to `weights` (largest remainder), each part at most
    its cap and at least its floor (what a smaller step wrote already)."""
    weight_sum = sum(weights) or 1
    exact = [total * w / weight_sum for w in weights]
    parts = [int(x) for x in exact]
    if caps is not None:
        parts = [min(p, c) for p, c in zip(parts, caps, strict=True)]
    if floors is not None:
        parts = [max(p, f) for p, f in zip(parts, floors, strict=True)]
    order = sorted(range(len(exact)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    excess = sum(parts) - total
    for i in reversed(order):  # a floor above the share: take it back from the others
        if excess <= 0:
            break
        if parts[i] > (floors[i] if floors else 0):
            parts[i] -= 1
            excess -= 1
    missing = total - sum(parts)
    while missing > 0:
        progressed = False
        for i in order:
            if missing == 0:
                break
            if caps is None or parts[i] < caps[i]:
                parts[i] += 1
                missing -= 1
                progressed = True
        if not progressed:
            raise ValueError(f"cannot split {total} under the caps")
    return parts


# --- standalone ----------------------------------------------------------------------------


def recreate_database() -> None:
    common.recreate_database(DATABASE)


def drop_database() -> None:
    common.drop_database(DATABASE)


def load_demo_content() -> float:
    """Migrate, then the demo content as `manage.py load_demo_content` loads it — pages,
    programs, agreements, feedback offices and categories — without its demo activity (a few
    hundred registrations and items, and a recompute of the KPIs), which would only blur the
    counts here."""
    from django.core.management import call_command

    from demo.content import load_demo_content as load_pages
    from demo.reference import load_feedback_reference_data

    began = time.perf_counter()
    call_command("migrate", verbosity=0)
    load_pages()
    load_feedback_reference_data()
    return time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feedback", type=int, default=1_000_000)
    parser.add_argument("--registrations", type=int, help="default: half the feedback items")
    args = parser.parse_args()
    registrations = args.registrations or args.feedback // 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
    recreate_database()
    import django

    django.setup()
    print(f"migrate + demo content: {load_demo_content():.1f}s", file=sys.stderr)
    generator = Generator(full_registrations=registrations, full_feedback=args.feedback)
    print(f"{EVENTS:,} events: {generator.create_events():.1f}s", file=sys.stderr)
    for name, seconds in generator.grow(
        registrations=registrations, feedback=args.feedback
    ).items():
        print(f"{name}: {seconds:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
