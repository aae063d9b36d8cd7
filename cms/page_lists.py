"""The lists each listing page shows (registered in cms.page_context)."""

from . import selectors
from .models import HomePage, NewsIndexPage, ProgramIndexPage, ProgramPage
from .page_cache import keep_until_an_event_ends
from .page_context import lists


@lists(HomePage)
def home_lists(page, request) -> dict:
    upcoming = selectors.upcoming_events(locale=page.locale, limit=6)
    keep_until_an_event_ends(request, upcoming)
    return {
        "featured_programs": selectors.featured_programs(locale=page.locale),
        "upcoming_events": upcoming,
        "latest_news": selectors.latest_news(locale=page.locale, limit=3),
    }


@lists(NewsIndexPage)
def news_index_lists(page, request) -> dict:
    return {"news_items": selectors.news_in(index_page=page)}


@lists(ProgramIndexPage)
def program_index_lists(page, request) -> dict:
    return {"programs": selectors.programs_in(index_page=page)}


@lists(ProgramPage)
def program_lists(page, request) -> dict:
    upcoming, past = selectors.program_events(program=page)
    keep_until_an_event_ends(request, upcoming)
    return {"upcoming_events": upcoming, "past_events": past}
