"""Staff views in the Wagtail admin: registrations per event and their CSV export.

Wagtail wraps these views in its admin-access check; on top of it, only superusers and staff
with the check-in permission see an event's registrations. Refusals are a plain 403 (a raised
PermissionDenied would be turned into a redirect by Wagtail)."""

import codecs
import csv
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponseForbidden, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cms.calendar import SEOUL
from cms.fields import EVENT_LANGUAGE_NAMES
from cms.models import EventPage

from .models import Registration
from .selectors import interpretation_requests, registration_counts, source_event
from .views import CHECK_IN_PERMISSION

PER_PAGE = 50
CSV_CHUNK_SIZE = 2000
# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
COUNTED_STATUSES = ("confirmed", "waiting", "offered", "cancelled")


def may_view_registrations(user) -> bool:
    return user.is_superuser or (user.is_staff and user.has_perm(CHECK_IN_PERMISSION))


def _event_or_refusal(request, event_id):
    # Permission first: someone without it learns nothing, not even whether the event exists.
    if not may_view_registrations(request.user):
        return None, HttpResponseForbidden()
    return source_event(get_object_or_404(EventPage, pk=event_id)), None


def _filters(request) -> tuple[str, str]:
    status = request.GET.get("status", "")
    if status not in Registration.Status.values:
        status = ""
    return status, request.GET.get("q", "").strip()[:200]


def filtered_registrations(*, event_id: int, status: str = "", query: str = ""):
    registrations = Registration.objects.filter(event_id=event_id).select_related("check_in")
    if status:
        registrations = registrations.filter(status=status)
    if query:
        registrations = registrations.filter(Q(name__icontains=query) | Q(email__icontains=query))
    return registrations.order_by("created_at", "pk")


def _local(moment) -> str:
    return timezone.localtime(moment, SEOUL).strftime("%Y-%m-%d %H:%M") if moment else ""


def _checked_in_at(registration):
    check_in = getattr(registration, "check_in", None)
    return check_in.checked_in_at if check_in else None


@never_cache
def registrations_index(request, event_id: int):
    event, refusal = _event_or_refusal(request, event_id)
    if refusal:
        return refusal
    status, query = _filters(request)
    counts = registration_counts(event_id=event.pk)
    page = Paginator(
        filtered_registrations(event_id=event.pk, status=status, query=query), PER_PAGE
    ).get_page(request.GET.get("p"))
    for registration in page.object_list:
        registration.checked_in_at = _checked_in_at(registration)
    interpretation = [
        {"language": str(EVENT_LANGUAGE_NAMES.get(code, code)), "people": people}
        for code, people in interpretation_requests(event_id=event.pk).items()
    ]
    context = {
        "event": event,
        "counts": [
            (str(Registration.Status(value).label), counts[value]) for value in COUNTED_STATUSES
        ]
        + [(_("checked in"), counts["checked_in"])],
        "interpretation": interpretation,
        "status_choices": Registration.Status.choices,
        "status": status,
        "query": query,
        "page": page,
        "filter_query": _query_string(status, query),
    }
    return TemplateResponse(request, "registrations/admin/index.html", context)


def _query_string(status: str, query: str) -> str:
    return urlencode({key: value for key, value in (("status", status), ("q", query)) if value})


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class _Echo:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def _csv_rows(registrations, language):
    # The response is streamed after the view has returned: re-activate the staff's language.
    with translation.override(language):
        writer = csv.writer(_Echo())
        yield codecs.BOM_UTF8.decode("utf-8")
        yield writer.writerow(
            [
                _("Name"),
                _("Email"),
                _("Phone"),
                _("Status"),
                _("Places"),
                _("Preferred language"),
                _("Interpretation"),
                _("Registered at"),
                _("Checked in at"),
            ]
        )
        for registration in registrations.iterator(chunk_size=CSV_CHUNK_SIZE):
            yield writer.writerow(
                [
                    _cell(value)
                    for value in (
                        registration.name,
                        registration.email,
                        registration.phone,
                        registration.get_status_display(),
                        registration.party_size,
                        registration.get_preferred_language_display(),
                        registration.get_interpretation_language_display(),
                        _local(registration.created_at),
                        _local(_checked_in_at(registration)),
                    )
                ]
            )


@never_cache
def registrations_csv(request, event_id: int):
    event, refusal = _event_or_refusal(request, event_id)
    if refusal:
        return refusal
    status, query = _filters(request)
    registrations = filtered_registrations(event_id=event.pk, status=status, query=query)
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in _csv_rows(registrations, translation.get_language())),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="registrations-event-{event.pk}.csv"'
    return response
