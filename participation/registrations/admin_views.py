"""Staff views in the Wagtail admin: the overview of events, registrations per event with its
check-in staff, and the CSV export.

Wagtail wraps these views in its admin-access check; on top of it, permissions.py decides:
registration managers see everything, assigned check-in staff only the overview rows of their
events. Refusals are a plain 403 (a raised PermissionDenied would be turned into a redirect by
Wagtail)."""

import codecs
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponseForbidden, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from cms.calendar import SEOUL
from cms.fields import EVENT_LANGUAGE_NAMES
from cms.models import EventPage
from portal.csv_files import CsvWriter

from . import services
from .check_in_list import check_in_conflicts, open_check_in_conflicts
from .errors import RegistrationError
from .forms import CheckInStaffForm
from .models import CheckInAssignment, CheckInConflict, Registration
from .permissions import check_in_event_ids, may_manage_registrations, may_see_overview
from .questions import questions_of
from .selectors import (
    events_with_counts,
    interpretation_requests,
    localized_event,
    localized_events,
    registration_counts,
    session_titles,
    source_event,
)

PER_PAGE = 50
CSV_CHUNK_SIZE = 2000
# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
COUNTED_STATUSES = ("confirmed", "waiting", "offered", "cancelled")
# The overview lists upcoming events and those that ended this recently.
RECENT_EVENTS = timedelta(days=30)


@never_cache
def registrations_overview(request):
    """Upcoming and recent events with their counts, linking to each event's registrations
    page (managers) and check-in page (managers and the event's check-in staff)."""
    if not may_see_overview(request.user):
        return HttpResponseForbidden()
    event_ids = check_in_event_ids(request.user)
    events = events_with_counts(ends_after=timezone.now() - RECENT_EVENTS, event_ids=event_ids)
    page = Paginator(events, PER_PAGE).get_page(request.GET.get("p"))
    titles = localized_events(page.object_list, translation.get_language())
    rows = [
        {
            "event": event,
            "title": titles[event.translation_key].title,
            "starts_at": timezone.localtime(event.starts_at, SEOUL),
            "counts": [getattr(event, f"{status}_count") for status in COUNTED_STATUSES]
            + [event.checked_in_count],
        }
        for event in page.object_list
    ]
    context = {
        "rows": rows,
        "page": page,
        "count_labels": [str(Registration.Status(value).label) for value in COUNTED_STATUSES]
        + [_("checked in")],
        "manages": event_ids is None,
    }
    return TemplateResponse(request, "registrations/admin/overview.html", context)


def _event_or_refusal(request, event_id):
    # Permission first: someone without it learns nothing, not even whether the event exists.
    if not may_manage_registrations(request.user):
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


def _staff_questions(event):
    """The event's questions labelled in the staff member's language (else Korean)."""
    return questions_of(event, labelled_by=localized_event(event, translation.get_language()))


def _answers(registration, questions) -> list[str]:
    return [question.display(registration.answers.get(question.key)) for question in questions]


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
    questions = _staff_questions(event)
    sessions = session_titles(event=event, language=translation.get_language())
    for registration in page.object_list:
        registration.session_title = sessions.get(registration.session_id, "")
        registration.checked_in_at = _checked_in_at(registration)
        registration.answer_cells = _answers(registration, questions)
    interpretation = [
        {"language": str(EVENT_LANGUAGE_NAMES.get(code, code)), "people": people}
        for code, people in interpretation_requests(event_id=event.pk).items()
    ]
    context = {
        "event": event,
        "export_rows": page.paginator.count,
        "check_in_staff": CheckInAssignment.objects.filter(event=event).select_related("user"),
        "staff_form": CheckInStaffForm(),
        "counts": [
            (str(Registration.Status(value).label), counts[value]) for value in COUNTED_STATUSES
        ]
        + [(_("checked in"), counts["checked_in"])]
        # Resolved ones are listed below as such, no longer counted.
        + [(_("open check-in conflicts"), open_check_in_conflicts(event_id=event.pk).count())],
        "conflicts": check_in_conflicts(event_id=event.pk),
        "interpretation": interpretation,
        "questions": questions,
        "has_sessions": bool(sessions),
        "column_count": len(questions) + 7 + bool(sessions),
        "status_choices": Registration.Status.choices,
        "status": status,
        "query": query,
        "page": page,
        "filter_query": _query_string(status, query),
    }
    return TemplateResponse(request, "registrations/admin/index.html", context)


@never_cache
@require_POST
def add_check_in_staff(request, event_id: int):
    event, refusal = _event_or_refusal(request, event_id)
    if refusal:
        return refusal
    form = CheckInStaffForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["email"]))
    else:
        try:
            assignment = services.assign_check_in_staff(
                event=event, email=form.cleaned_data["email"], assigned_by=request.user
            )
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(email)s may now check people in at this event.")
                % {"email": assignment.user.email},
            )
    return redirect("registrations_admin_index", event_id=event.pk)


@never_cache
@require_POST
def remove_check_in_staff(request, event_id: int, user_id: int):
    event, refusal = _event_or_refusal(request, event_id)
    if refusal:
        return refusal
    services.remove_check_in_staff(event=event, user_id=user_id)
    messages.success(request, _("The check-in assignment has been removed."))
    return redirect("registrations_admin_index", event_id=event.pk)


@never_cache
@require_POST
def resolve_conflict(request, event_id: int, conflict_id: int):
    event, refusal = _event_or_refusal(request, event_id)
    if refusal:
        return refusal
    conflict = get_object_or_404(CheckInConflict, pk=conflict_id, registration__event=event)
    try:
        services.resolve_check_in_conflict(
            conflict=conflict, staff=request.user, note=request.POST.get("note", "")
        )
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The conflict has been marked resolved."))
    return redirect("registrations_admin_index", event_id=event.pk)


def _query_string(status: str, query: str) -> str:
    return urlencode({key: value for key, value in (("status", status), ("q", query)) if value})


def _csv_rows(registrations, language, questions, sessions):
    # The response is streamed after the view has returned: re-activate the staff's language.
    with translation.override(language):
        writer = CsvWriter()
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
                *([_("Session")] if sessions else []),
                *(question.label for question in questions),
            ]
        )
        for registration in registrations.iterator(chunk_size=CSV_CHUNK_SIZE):
            yield writer.writerow(
                [
                    registration.name,
                    registration.email,
                    registration.phone,
                    registration.get_status_display(),
                    registration.party_size,
                    registration.get_preferred_language_display(),
                    registration.get_interpretation_language_display(),
                    _local(registration.created_at),
                    _local(_checked_in_at(registration)),
                    *([sessions.get(registration.session_id, "")] if sessions else []),
                    *_answers(registration, questions),
                ]
            )


@never_cache
def registrations_csv(request, event_id: int):
    event, refusal = _event_or_refusal(request, event_id)
    if refusal:
        return refusal
    status, query = _filters(request)
    registrations = filtered_registrations(event_id=event.pk, status=status, query=query)
    # Read now: the rows are written after the view has returned.
    language, questions = translation.get_language(), _staff_questions(event)
    sessions = session_titles(event=event, language=language)
    rows = _csv_rows(registrations, language, questions, sessions)
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in rows),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="registrations-event-{event.pk}.csv"'
    return response
