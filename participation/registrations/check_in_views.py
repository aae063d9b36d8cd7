"""The staff check-in page (on the public site, so door staff need no admin access), with the
offline app's conflicts to resolve and its refused late scans: who may use it for which event
is decided per event by permissions.may_check_in."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts.middleware import staff_surface
from cms.calendar import SEOUL
from cms.models import EventPage

from .check_in_list import check_in_conflicts, open_check_in_conflicts, scans_after_expiry
from .checkin import CheckInStatus, check_in
from .errors import RegistrationError
from .models import CheckInConflict
from .permissions import may_check_in
from .selectors import localized_event, registration_counts, source_event
from .services import resolve_check_in_conflict

CONFLICTS_ANCHOR = "#check-in-conflicts-heading"
# The QR code holds the personal link: take the token out of a scanned or pasted URL.
_PERSONAL_LINK = re.compile(r"/registrations/([A-Za-z0-9_-]+)/?(?:[?#]|$)")


def ticket_code(text: str) -> str:
    """The ticket token in `text`: a bare code or a personal link."""
    text = (text or "").strip()
    match = _PERSONAL_LINK.search(text)
    return match.group(1) if match else text


def _permitted_event(request, event_id: int) -> EventPage:
    event = EventPage.objects.filter(pk=event_id).first()
    # Permission first: someone without it learns nothing, not even whether the event exists.
    if not may_check_in(request.user, event):
        raise PermissionDenied
    if event is None:
        raise Http404
    return event


@staff_surface
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def check_in_page(request, event_id: int):
    event = _permitted_event(request, event_id)
    source = source_event(event)
    result = None
    if request.method == "POST":
        result = check_in(
            token=ticket_code(request.POST.get("code", "")), event=event, staff=request.user
        )
    counts = registration_counts(event_id=source.pk)
    if result is not None and _wants_json(request):
        return JsonResponse(_result_json(result, counts))
    shown = localized_event(source, translation.get_language())
    context = {
        "event": shown,
        "starts_at": timezone.localtime(source.starts_at, SEOUL),
        "result": result,
        "shows_registrant": result is not None and _shows_registrant(result),
        "confirmed_count": counts["confirmed"],
        "checked_in_count": counts["checked_in"],
        # Tickets let in twice by devices of the offline app, for staff to follow up.
        "conflicts": check_in_conflicts(event_id=source.pk),
        "open_conflict_count": open_check_in_conflicts(event_id=source.pk).count(),
        "scans_after_expiry": scans_after_expiry(event_id=source.pk),
    }
    return TemplateResponse(request, "registrations/check_in.html", context)


@staff_surface
@never_cache
@login_required
@require_POST
def resolve_conflict(request, event_id: int, conflict_id: int):
    """Mark one of the event's conflicts resolved with the note staff wrote."""
    source = source_event(_permitted_event(request, event_id))
    conflict = get_object_or_404(CheckInConflict, pk=conflict_id, registration__event_id=source.pk)
    try:
        resolve_check_in_conflict(
            conflict=conflict, staff=request.user, note=request.POST.get("note", "")
        )
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The conflict has been marked resolved."))
    return redirect(
        reverse("registrations:check_in", kwargs={"event_id": event_id}) + CONFLICTS_ANCHOR
    )


def _wants_json(request) -> bool:
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def _shows_registrant(result) -> bool:
    return result.registration is not None and result.status in (
        CheckInStatus.CHECKED_IN,
        CheckInStatus.ALREADY_CHECKED_IN,
    )


def _result_json(result, counts) -> dict:
    answer = {
        "result": result.status.value,
        "message": str(result.message),
        "confirmed": counts["confirmed"],
        "checked_in": counts["checked_in"],
    }
    if _shows_registrant(result):
        registration = result.registration
        answer["name"] = registration.name
        answer["party_size"] = registration.party_size
        answer["who"] = f"{registration.name} · {_('Number of places')}: {registration.party_size}"
        if registration.session_id:
            answer["session"] = registration.session.title
            answer["who"] += f" · {_('Session')}: {registration.session.title}"
    return answer
