"""Residents' feedback from the demo's first day to today, over the demo service categories, in
the languages Gangnam's residents write in; and the months that shape the Trust Index.

Most items are answered within their category's SLA. Two kinds of month break the pattern, as
they do in an office: backlog months, when a quarter of the items due are answered late (the
last two months among them, so some items are overdue right now), and months when a batch of
requests that belong to another authority is answered with where to go and rejected. Both are
whole batches of at least five, and ratings are topped up to five in any month that has fewer:
the dashboard never shows a small group ("<5"), and the monthly Trust Index has no gaps."""

import math
import random
from collections import defaultdict
from datetime import date, datetime, timedelta

from django.utils import timezone

from cms.calendar import SEOUL
from demo.data import read
from participation.feedback.models import FeedbackItem
from participation.translation.languages import SITE_LANGUAGES

from .common import (
    DEMO_START,
    Weighted,
    days,
    deck,
    feedback_email,
    hours,
    in_office_hours,
    seeded,
)
from .conversations import ANSWERED, CLOSED, DUPLICATE, REJECTED, PlannedItem
from .people import writer_name

# Items a day on a weekday, by year: the portal becomes known.
DAILY_RATE = {2024: 0.45, 2025: 0.5}
LATEST_DAILY_RATE = 0.55
WEEKEND_FACTOR = 0.6
MIN_PER_MONTH = 12
CATEGORY_WEIGHTS = {
    "foreign-resident-support": 24,
    "noise": 20,
    "waste": 18,
    "streets-transport": 22,
    "other": 16,
}
# Noise in summer, ice and potholes in winter, visas and schools when the school year starts.
SEASONS = {
    "noise": {6: 1.6, 7: 1.8, 8: 1.6},
    "streets-transport": {12: 1.4, 1: 1.5, 2: 1.3},
    "foreign-resident-support": {2: 1.4, 3: 1.5},
}
WRITTEN_IN = {"ko": 40, "en": 15, "zh-hans": 14, "vi": 12, "ja": 7, "ru": 6, "mn": 6}
# When residents write, by hour of the day (KST).
HOURS = [1, 1, 1, 1, 1, 2, 4, 7, 10, 14, 15, 13, 11, 13, 14, 13, 11, 9, 8, 8, 7, 5, 3, 2]
LOCATED_CATEGORIES = ("noise", "waste", "streets-transport")
# The office that takes "other" items at triage.
OTHER_ROUTING = {"foreign-residents": 60, "global-cooperation": 40}

# Months with a batch of late answers, besides the last two; and months with a batch of
# rejections (requests for the immigration office, a court or the subway operator).
BACKLOG_MONTHS = (date(2024, 7, 1), date(2025, 2, 1))
REJECTION_MONTHS = tuple(
    date(year, month, 1)
    for year, month in ((2024, 6), (2024, 10), (2025, 6), (2025, 10), (2026, 6), (2026, 9))
)
LATE_SHARE, REJECTED_SHARE = 0.25, 0.3
BATCH = 5  # the smallest group the dashboard publishes
DUPLICATE_RATE, STAYS_ANSWERED = 0.04, 0.05
RATING_RATE = 0.72
ANSWER_RATINGS = {5: 56, 4: 33, 3: 8, 2: 2, 1: 1}


def plan_feedback(*, categories: dict, routing: dict, event_items, now: datetime):
    """General feedback items up to `now`, keyed by their contact address
    (demo-feedback-<day>-<n>@example.org). `event_items` (the editions' questions, comments
    and survey answers) count in every month's groups too; their answers are settled and
    rated here along with the general items'."""
    items = _received(categories, now)
    _assign_languages(items)
    handled = [item for item in event_items if not item.is_survey]
    this_month = timezone.localtime(now, SEOUL).replace(day=1)
    current_backlog = {_month(this_month), _month(this_month - days(1))}
    _mark_late(items, handled, current_backlog, now)
    for item in items:
        rng = seeded("timeline", item.contact_email)
        _schedule(item, rng, routing, current_backlog=current_backlog)
    _find_duplicates(items)
    for item in items + handled:
        item.settle(now)
        if item.triaged_at is None and item.category.department_id is None:
            item.department_id = None  # "other" items wait for a dispatcher
    _reject_batches(items, handled)
    _rate(items + handled, event_items, now)
    for item in items:
        _write_texts(item, seeded("texts", item.contact_email))
    return items


def _received(categories: dict, now: datetime) -> list[PlannedItem]:
    today = timezone.localtime(now, SEOUL).date()
    per_day, day = {}, DEMO_START
    while day <= today:
        weights = _category_weights(day.month)
        rate = DAILY_RATE.get(day.year, LATEST_DAILY_RATE) * sum(weights.values()) / 100
        rate *= WEEKEND_FACTOR if day.weekday() >= 5 else 1.0
        per_day[day] = _poisson(seeded("feedback", day.isoformat()), rate)
        day += timedelta(days=1)
    # A quiet month would leave its groups below five: every month past gets a few more.
    by_month = defaultdict(list)
    for day in per_day:
        by_month[date(day.year, day.month, 1)].append(day)
    for month, month_days in by_month.items():
        if month == date(today.year, today.month, 1):
            continue
        rng = seeded("quiet month", month.isoformat())
        for _extra in range(MIN_PER_MONTH - sum(per_day[day] for day in month_days)):
            per_day[rng.choice(month_days)] += 1

    items = []
    for day, count in per_day.items():
        rng = seeded("feedback items", day.isoformat())
        weights = Weighted(_category_weights(day.month))
        for number in range(count):
            hour = Weighted(dict(enumerate(HOURS))).draw(rng)
            created = datetime(day.year, day.month, day.day, hour, tzinfo=SEOUL)
            created += timedelta(seconds=rng.randrange(3600))
            category = categories[weights.draw(rng)]
            concern = rng.choice(read("concerns")["concerns"][category.code])
            if created > now:
                continue
            items.append(
                PlannedItem(
                    kind=concern["kind"],
                    language="",  # dealt per year, below
                    site_language="",
                    created_at=created,
                    category=category,
                    department_id=category.department_id,
                    contact_email=feedback_email(f"{day:%Y%m%d}-{number + 1}"),
                    due_at=created + days(category.sla_days),
                    concern=concern,
                )
            )
    return items


def _category_weights(month: int) -> dict[str, float]:
    return {
        code: weight * SEASONS.get(code, {}).get(month, 1.0)
        for code, weight in CATEGORY_WEIGHTS.items()
    }


def _poisson(rng: random.Random, mean: float) -> int:
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _assign_languages(items: list[PlannedItem]) -> None:
    """Languages dealt per year in fixed shares, so that none is a group of one to four."""
    by_year = defaultdict(list)
    for item in items:
        by_year[item.created_at.year].append(item)
    for year, group in by_year.items():
        languages = deck(WRITTEN_IN, len(group), seeded("languages", year))
        for item, language in zip(group, languages, strict=True):
            item.language = language
            if language in SITE_LANGUAGES:
                item.site_language = language
            else:  # Russian and Mongolian writers use the English or the Korean site
                item.site_language = (
                    "en" if seeded("site", item.contact_email).random() < 0.75 else "ko"
                )


def _month(moment: datetime) -> date:
    local = timezone.localtime(moment, SEOUL)
    return date(local.year, local.month, 1)


def _batch_size(group: int, share: float) -> int:
    """How many of a month's `group` form the batch: at least five, and leaving five."""
    if group < 2 * BATCH:
        return 0
    return min(max(BATCH, round(share * group)), group - BATCH)


def _mark_late(items, handled, current_backlog: set[date], now: datetime) -> None:
    due = defaultdict(list)
    for item in items + handled:
        if item.due_at <= now:
            due[_month(item.due_at)].append(item)
    for month in sorted(set(BACKLOG_MONTHS) | current_backlog):
        group = due.get(month, [])
        candidates = [item for item in group if not item.program_linked]
        late = min(_batch_size(len(group), LATE_SHARE), len(candidates))
        if late < BATCH:
            continue
        if month in current_backlog:  # the backlog is growing: the latest items wait
            chosen = sorted(candidates, key=lambda item: item.due_at)[-late:]
        else:
            chosen = seeded("late", month).sample(candidates, late)
        for item in chosen:
            item.late = True


def _schedule(item: PlannedItem, rng: random.Random, routing: dict, *, current_backlog) -> None:
    sla = item.due_at - item.created_at
    item.triaged_at = in_office_hours(item.created_at + hours(rng.uniform(0.3, 6)))
    if item.category.department_id is None:
        item.department_id = routing[Weighted(OTHER_ROUTING).draw(rng)]
    if item.late:
        # The current backlog is not cleared yet: some of its items are overdue right now.
        delay = (
            rng.uniform(3, 12) if _month(item.due_at) in current_backlog else rng.uniform(0.3, 5)
        )
        answer = in_office_hours(item.due_at + days(delay))
    else:
        answer = in_office_hours(item.created_at + sla * rng.uniform(0.15, 0.8))
        if answer >= item.due_at:
            answer = item.due_at - hours(rng.uniform(1, 6))
    item.first_answered_at = max(answer, item.triaged_at + hours(0.5))
    if item.first_answered_at - item.triaged_at > days(1):
        started = in_office_hours(
            item.triaged_at + (item.first_answered_at - item.triaged_at) * 0.3
        )
        if started < item.first_answered_at:
            item.in_progress_at = started
    draw = rng.random()
    item.outcome = CLOSED
    if draw < DUPLICATE_RATE:
        item.outcome = DUPLICATE
    elif draw < DUPLICATE_RATE + STAYS_ANSWERED:
        item.outcome = ANSWERED  # the resident never confirmed; it stays answered
    finishing = (
        days(rng.uniform(0.1, 1)) if item.outcome == DUPLICATE else days(rng.uniform(0.5, 4))
    )
    closed_at = in_office_hours(item.first_answered_at + finishing)
    item.closed_at = None if item.outcome == ANSWERED else closed_at


def _find_duplicates(items: list[PlannedItem]) -> None:
    """A duplicate repeats an item of its category from the fortnight before; without one it
    is an ordinary item."""
    for index, item in enumerate(items):
        if item.outcome != DUPLICATE:
            continue
        earlier = [
            other
            for other in items[:index]
            if other.category == item.category
            and other.outcome != DUPLICATE
            and item.created_at - other.created_at < days(14)
        ]
        if earlier:
            item.duplicate_of = earlier[-1]
            item.concern = earlier[-1].concern
        else:
            item.outcome = CLOSED


def _reject_batches(items, handled) -> None:
    finished = defaultdict(list)
    for item in items + handled:
        if item.status == FeedbackItem.Status.CLOSED:
            finished[_month(item.closed_at)].append(item)
    remits = {concern["category"] for concern in read("concerns")["out_of_remit"]}
    originals = {id(item.duplicate_of) for item in items if item.duplicate_of}
    for month in REJECTION_MONTHS:
        group = finished.get(month, [])
        candidates = [
            item
            for item in group
            if not item.program_linked
            and item.category.code in remits
            and item.kind in ("question", "complaint")
            and item.duplicate_of is None
            and id(item) not in originals
        ]
        rejected = min(_batch_size(len(group), REJECTED_SHARE), len(candidates))
        if rejected < BATCH:
            continue
        for item in seeded("rejected", month).sample(candidates, rejected):
            concern = next(
                c for c in read("concerns")["out_of_remit"] if c["category"] == item.category.code
            )
            item.outcome, item.status = REJECTED, FeedbackItem.Status.REJECTED
            item.kind, item.concern = concern["kind"], concern


def _rate(items, event_items, now: datetime) -> None:
    """Residents rate most closed answers a few hours or days later; a month with one to four
    ratings gets more from the items closed in it, or loses them."""
    ratings = Weighted(ANSWER_RATINGS)
    for item in items:
        rng = seeded("rating", item.contact_email, item.created_at.isoformat())
        if item.status != FeedbackItem.Status.CLOSED or rng.random() >= RATING_RATE:
            continue
        rated_at = item.closed_at + hours(rng.uniform(1, 72))
        if rated_at <= now:
            item.rating, item.rated_at = ratings.draw(rng), rated_at
    rated = defaultdict(list)
    for item in items + [item for item in event_items if item.is_survey]:
        if item.rated_at is not None:
            rated[_month(item.rated_at)].append(item)
    for month, group in rated.items():
        if len(group) >= BATCH:
            continue
        spare = [
            item
            for item in items
            if item.status == FeedbackItem.Status.CLOSED
            and item.rating is None
            and _month(item.closed_at) == month
            and _month(item.closed_at + hours(1)) == month
            and item.closed_at + hours(1) <= now
        ]
        if len(group) + len(spare) >= BATCH:
            for item in spare[: BATCH - len(group)]:
                item.rating, item.rated_at = 4, item.closed_at + hours(1)
        else:
            for item in group:
                if not item.is_survey:
                    item.rating = item.rated_at = None


def _write_texts(item: PlannedItem, rng: random.Random) -> None:
    concern = item.concern
    item.kind = concern["kind"]
    item.text, item.text_ko = concern["text"][item.language], concern["text"]["ko"]
    duplicate = item.outcome == DUPLICATE
    item.reply = read("concerns")["duplicate_reply"] if duplicate else concern["reply"]
    item.attribute_answers = dict(concern.get("attributes", {}))
    item.contact_name = writer_name(rng, item.language)
    if item.category.code in LOCATED_CATEGORIES:
        place = rng.choice(read("concerns")["places"])
        item.location_text = place["korean"] if item.language == "ko" else place["romanized"]
        item.latitude, item.longitude = place["latitude"], place["longitude"]
