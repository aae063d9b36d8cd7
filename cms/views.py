from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.views import serve as wagtail_serve

from . import page_cache, selectors
from .calendar import upcoming_events_calendar
from .search import search_pages

RESULTS_PER_PAGE = 10
SUGGESTED_PROGRAMS = 5
CALENDAR_LENGTH = 200


def serve_page(request, path):
    """Wagtail's page serving; anonymous pages may be cached (cms.page_cache)."""
    return page_cache.mark_cacheable(request, _serve_page(request, path))


def _serve_page(request, path):
    """Wagtail's page serving, plus: a page not translated into the visitor's language yet is
    shown in the default language (the template says so) instead of a 404."""
    try:
        return wagtail_serve(request, path)
    except Http404:
        original = _default_language_page_at(request, path)
        if original is None:
            raise
        translated = original.get_translation_or_none(Locale.get_active())
        if translated is not None and translated.live:
            url = translated.get_url(request=request)
            if url == request.path:  # routable by URL but not by the tree: never loop
                raise
            # Translated under another slug: send the visitor to it.
            return HttpResponseRedirect(url)
        return original.serve(request)


def _default_language_page_at(request, path) -> Page | None:
    if translation.get_language() == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [part for part in path.split("/") if part]
    with translation.override(settings.LANGUAGE_CODE):
        try:
            page, _args, _kwargs = site.root_page.localized.specific.route(request, components)
        except Http404:
            return None
    return page


def search(request):
    query = request.GET.get("q", "").strip()
    results = search_pages(query=query, locale=Locale.get_active()) if query else []
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"query": query, "results": page_of_results}
    if query and not results:
        index, programs = selectors.programs_to_suggest(
            locale=Locale.get_active(), limit=SUGGESTED_PROGRAMS
        )
        context.update(program_index=index, suggested_programs=programs)
    return TemplateResponse(request, "cms/search.html", context)


def events_calendar(request):
    """Upcoming events in the visitor's language as an iCalendar feed (`/<lang>/events.ics`)."""
    events = selectors.upcoming_events(locale=Locale.get_active(), limit=CALENDAR_LENGTH)
    response = HttpResponse(
        upcoming_events_calendar(events, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
