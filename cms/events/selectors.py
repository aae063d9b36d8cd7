"""Reads for the events page. Each runs a fixed number of queries whatever the number of events
(tests/cms/events/test_selectors.py counts them at 10 and 500)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Min, OuterRef, Q, QuerySet, Subquery, TextField
from django.db.models.functions import Cast, Coalesce, Length, Substr
from wagtail.models import Locale, Page

from cms.calendar import SEOUL
from cms.models import EventPage, ProgramPage


class When:
    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"


class Attendance:
    IN_PERSON = "in_person"
    ONLINE = "online"


@dataclass(frozen=True)
class EventFilters:
    """What the visitor asked for; every field optional. Days are Asia/Seoul calendar days,
    `date_to` included; an event matches a period when any part of it falls inside."""

    when: str = When.UPCOMING
    date_from: date | None = None
    date_to: date | None = None
    program: str = ""  # a program's translation key: the same in every language
    language: str = ""  # held in, or interpreted into, this language
    interpretation: bool = False
    registration_open: bool = False
    attendance: str = ""


def seoul_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=SEOUL)


def month_bounds(month: date) -> tuple[date, date]:
    """The first and the last day of the month `month` falls in."""
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _page_parent_path():
    # A page's parent's path is its own without the last step (Wagtail's steplen).
    return Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)


def _in_visitor_language(locale: Locale) -> QuerySet[EventPage]:
    """Live events in `locale`, and, for those not translated into it yet, the default
    language's version (shown in that language, as the page itself is)."""
    live = EventPage.objects.live()
    default = Locale.get_default()
    if locale.pk == default.pk:
        return live.filter(locale=locale)
    translated = live.filter(locale=locale).values("translation_key")
    return live.filter(
        Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=Subquery(translated)))
    )


def _listed(queryset: QuerySet[EventPage]) -> QuerySet[EventPage]:
    parent = Page.objects.filter(path=_page_parent_path())
    return queryset.select_related("venue", "category", "locale").annotate(
        program_title=Subquery(parent.values("title")[:1]),
        program_key=Subquery(parent.values("translation_key")[:1]),
    )


def _contains_code(field: str, code: str) -> Q:
    # The language lists are JSON arrays of codes; a quoted code matches exactly one entry
    # on every database (SQLite has no JSON `contains`).
    return Q(**{f"{field}_text__contains": f'"{code}"'})


def find_events(*, locale: Locale, filters: EventFilters, now: datetime) -> QuerySet[EventPage]:
    """The events matching `filters`: upcoming soonest first, past latest first."""
    events = _listed(_in_visitor_language(locale)).annotate(
        languages_text=Cast("languages", TextField()),
        interpretation_languages_text=Cast("interpretation_languages", TextField()),
        registration_closes=Coalesce("registration_closes_at", "starts_at"),
    )
    if filters.when == When.UPCOMING:
        events = events.filter(ends_at__gte=now)
    elif filters.when == When.PAST:
        events = events.filter(ends_at__lt=now)
    if filters.date_from:
        events = events.filter(ends_at__gt=seoul_midnight(filters.date_from))
    if filters.date_to:
        events = events.filter(starts_at__lt=seoul_midnight(filters.date_to + timedelta(days=1)))
    if filters.program:
        events = events.filter(program_key=filters.program)
    if filters.language:
        events = events.filter(
            _contains_code("languages", filters.language)
            | _contains_code("interpretation_languages", filters.language)
        )
    if filters.interpretation:
        events = events.exclude(interpretation_languages_text__in=["[]", "null", ""])
    if filters.registration_open:
        events = events.filter(
            Q(registration_opens_at__isnull=True) | Q(registration_opens_at__lte=now),
            registration_closes__gt=now,
            ends_at__gt=now,
        )
    if filters.attendance == Attendance.ONLINE:
        events = events.exclude(online_url="")
    elif filters.attendance == Attendance.IN_PERSON:
        events = events.filter(Q(venue__isnull=False) | ~Q(address=""))
    if filters.when == When.PAST:
        return events.order_by("-starts_at", "-pk")
    return events.order_by("starts_at", "pk")


def program_choices(*, locale: Locale) -> list[tuple[str, str]]:
    """(translation key, title) of every live program, in `locale` where translated, else in
    the default language; in tree order. One query."""
    default = Locale.get_default()
    programs = (
        ProgramPage.objects.live()
        .filter(locale__in={locale.pk, default.pk})
        .order_by("path")
        .values_list("translation_key", "locale_id", "title")
    )
    titles: dict[str, str] = {}
    for key, locale_id, title in programs:
        if locale_id == locale.pk or str(key) not in titles:
            titles[str(key)] = title
    return list(titles.items())


def next_change(*, now: datetime) -> datetime | None:
    """The next moment any events listing may change (an event starts or ends, registration
    opens or closes): until then a cached events page stays right. One query."""
    moments = EventPage.objects.live().aggregate(
        **{
            name: Min(name, filter=Q(**{f"{name}__gt": now}))
            for name in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at")
        }
    )
    upcoming = [moment for moment in moments.values() if moment is not None]
    return min(upcoming) if upcoming else None
