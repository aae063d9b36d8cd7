"""What every part of the demo activity shares: seeded randomness, Seoul office hours and the
marker that tells demo rows apart."""

import bisect
import itertools
import random
from datetime import date, datetime, timedelta

from cms.calendar import SEOUL

# The demo's history starts with the KPI dashboard's first year.
DEMO_START = date(2024, 1, 1)
# Demo people write from addresses nobody reads (RFC 2606); the prefix keys the demo rows.
DEMO_EMAIL_PREFIX = "demo-"
DEMO_EMAIL_DOMAIN = "@example.org"
# The account the demo's staff actions are made with (people.office_staff).
OFFICE_EMAIL = f"{DEMO_EMAIL_PREFIX}office{DEMO_EMAIL_DOMAIN}"


def seeded(*parts) -> random.Random:
    """A generator seeded by a readable name, e.g. seeded("edition", 3): reproducible data,
    not secrets."""
    return random.Random(":".join(str(part) for part in parts))  # noqa: S311


def registrant_email(number: int) -> str:
    return f"{DEMO_EMAIL_PREFIX}{number}{DEMO_EMAIL_DOMAIN}"


def registrant_number(email: str) -> int:
    """The number in a registrant's demo address (registrant_email's inverse)."""
    return int(email.removeprefix(DEMO_EMAIL_PREFIX).removesuffix(DEMO_EMAIL_DOMAIN))


def feedback_email(key: str) -> str:
    return f"{DEMO_EMAIL_PREFIX}feedback-{key}{DEMO_EMAIL_DOMAIN}"


def demo_email_filter(field: str) -> dict:
    """Lookups that select rows whose `field` holds a demo address."""
    return {f"{field}__startswith": DEMO_EMAIL_PREFIX, f"{field}__endswith": DEMO_EMAIL_DOMAIN}


class Weighted:
    """Draws values with the given relative weights: Weighted({"ko": 3, "en": 1})."""

    def __init__(self, weights: dict):
        self.values = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))

    def draw(self, rng: random.Random):
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def deck(weights: dict, size: int, rng: random.Random) -> list:
    """`size` values in the proportions of `weights`, shuffled: every value with a weight gets
    its share, which independent draws would not guarantee for small groups."""
    total = sum(weights.values())
    cards = []
    for value, weight in weights.items():
        cards.extend([value] * round(size * weight / total))
    cards = (cards + [max(weights, key=weights.get)] * size)[:size]
    rng.shuffle(cards)
    return cards


def seoul(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SEOUL)


def in_office_hours(moment: datetime) -> datetime:
    """The same moment if the district office is open then (weekdays 9–18 KST), else the next
    opening, with the minutes kept so that staff actions do not all fall on the hour."""
    local = moment.astimezone(SEOUL)
    if local.weekday() < 5 and 9 <= local.hour < 18:
        return local
    day = local.date() if local.hour < 9 else local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return seoul(day, 9 + local.minute % 3, local.minute)


def between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A moment drawn evenly from [start, end), to the second."""
    seconds = max(0, int((end - start).total_seconds()))
    return start + timedelta(seconds=rng.randrange(seconds) if seconds else 0)


def hours(value: float) -> timedelta:
    return timedelta(hours=value)


def days(value: float) -> timedelta:
    return timedelta(days=value)
