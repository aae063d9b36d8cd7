from dataclasses import replace
from datetime import timedelta

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Locale

from cms import page_cache
from cms.calendar import SEOUL

from . import selectors
from .forms import CALENDAR, EventFilterForm
from .month import month_grid, weekday_names
from .selectors import When, month_bounds, seoul_midnight

EVENTS_PER_PAGE = 20


def event_list(request):
    """/<lang>/events/: the events matching the GET filters, as a list or a month calendar."""
    now = timezone.now()
    today = timezone.localtime(now, SEOUL).date()
    locale = Locale.get_active()
    form = EventFilterForm(request.GET, programs=selectors.program_choices(locale=locale))
    filters = form.filters()
    context = {"form": form, "view": form.view_name, "today": today}
    if form.view_name == CALENDAR:
        # A calendar is about dates: it shows the month's past events too.
        month = form.chosen_month or filters.date_from or today
        first, last = month_bounds(month)
        in_month = selectors.find_events(
            locale=locale,
            filters=replace(filters, when=When.ALL, date_from=first, date_to=last),
            now=now,
        )
        in_month = list(in_month)
        context.update(
            month=first,
            month_has_events=bool(in_month),
            previous_month=(first - timedelta(days=1)).strftime("%Y-%m"),
            next_month=(last + timedelta(days=1)).strftime("%Y-%m"),
            weeks=month_grid(month=first, events=in_month, today=today),
            weekdays=weekday_names(),
        )
    else:
        events = selectors.find_events(locale=locale, filters=filters, now=now)
        context["events"] = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        context["shows_past"] = filters.when != When.UPCOMING
    # The page changes when an event starts or ends, registration opens or closes, and (the
    # calendar's "today") at midnight.
    changes = [seoul_midnight(today + timedelta(days=1)), selectors.next_change(now=now)]
    page_cache.valid_until(request, min(moment for moment in changes if moment))
    response = TemplateResponse(request, "cms/events/event_list.html", context)
    return page_cache.mark_cacheable(request, response)
