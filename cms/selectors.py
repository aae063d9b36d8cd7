"""Reads for page listings. Each runs a fixed number of queries whatever the number of items."""

from django.db.models import F, OuterRef, QuerySet, Subquery
from django.utils import timezone
from wagtail.models import Locale, Page

from .models import EventPage, NewsPage, ProgramIndexPage, ProgramPage


def _events() -> QuerySet[EventPage]:
    return EventPage.objects.live().select_related("venue", "category")


def featured_programs(*, locale: Locale) -> QuerySet[ProgramPage]:
    return (
        ProgramPage.objects.live()
        .filter(locale=locale, featured=True)
        .select_related("strategy_axis", "cluster", "hero_image")
        .order_by("path")
    )


def programs_in(*, index_page) -> QuerySet[ProgramPage]:
    return (
        ProgramPage.objects.child_of(index_page)
        .live()
        .select_related("strategy_axis", "cluster", "hero_image")
        .order_by("path")
    )


def programs_to_suggest(*, locale: Locale, limit: int) -> tuple[Page | None, list[ProgramPage]]:
    """For a search that found nothing: the program index and a few programs, featured first."""
    index = ProgramIndexPage.objects.live().filter(locale=locale).first()
    programs = ProgramPage.objects.live().filter(locale=locale).order_by("-featured", "path")
    return index, list(programs[:limit])


def upcoming_events(*, locale: Locale, limit: int) -> list[EventPage]:
    events = _events().filter(locale=locale, ends_at__gte=timezone.now()).order_by("starts_at")
    return list(events[:limit])


def program_events(*, program: ProgramPage) -> tuple[list[EventPage], list[EventPage]]:
    """A program's editions: upcoming (soonest first) and past (latest first)."""
    now = timezone.now()
    events = _events().child_of(program)
    upcoming = list(events.filter(ends_at__gte=now).order_by("starts_at"))
    past = list(events.filter(ends_at__lt=now).order_by("-starts_at"))
    return upcoming, past


def news_in(*, index_page) -> QuerySet[NewsPage]:
    return NewsPage.objects.child_of(index_page).live().order_by("-date", "-pk")


def latest_news(*, locale: Locale, limit: int) -> list[NewsPage]:
    return list(NewsPage.objects.live().filter(locale=locale).order_by("-date", "-pk")[:limit])


def outdated_translations() -> QuerySet[Page]:
    """Translated pages whose default-language source was published after them."""
    default_locale = Locale.get_default()
    source = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=default_locale)
    return (
        Page.objects.exclude(locale=default_locale)
        .annotate(
            source_id=Subquery(source.values("pk")[:1]),
            source_published_at=Subquery(source.values("last_published_at")[:1]),
        )
        .filter(source_published_at__gt=F("last_published_at"))
        .select_related("locale")
        .order_by("-source_published_at")
    )
