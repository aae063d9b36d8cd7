"""Public registration views: thin wrappers around services.

No enumeration: a new registration and a duplicate (AlreadyRegistered, whose link the service
emails to that address) both redirect to the same neutral "check your email" page, so the
answer never tells a stranger whether an email is registered. The personal page is reached only
through the link in the email (the ticket token is the credential).
"""

import base64
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from cms.calendar import SEOUL, calendar_of
from cms.models import EventPage

from . import conf, services
from .checkin import CheckInStatus, check_in
from .errors import AlreadyRegistered, RegistrationBusy, RegistrationError
from .forms import RegistrationForm
from .links import registration_url
from .models import Registration
from .notifications import ticket_qr_png
from .selectors import localized_event, registration_by_token, registration_counts, source_event

_CANCELLED = _("Your registration has been cancelled.")


# --- registering ----------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, event_id: int):
    event = get_object_or_404(EventPage.objects.live(), pk=event_id)
    language = translation.get_language()
    if request.method == "GET":
        form = RegistrationForm(event=event, language=language)
        return _form_page(request, event, form)
    if _rate_limited(request):
        return TemplateResponse(request, "registrations/rate_limited.html", status=429)
    form = RegistrationForm(request.POST, event=event, language=language)
    if not form.is_valid():
        return _form_page(request, event, form)
    try:
        services.register(
            event=event,
            user=request.user if request.user.is_authenticated else None,
            **form.service_arguments(),
        )
    except AlreadyRegistered:
        pass  # the service emailed the existing link; answer exactly as for a new one
    except RegistrationBusy as error:
        form.add_error(None, error.message)
        return _form_page(request, event, form, status=503)
    except RegistrationError as error:
        form.add_error(None, error.message)
        return _form_page(request, event, form)
    return redirect("registrations:check_email")


@never_cache
def check_email(request):
    return TemplateResponse(request, "registrations/check_email.html")


def _form_page(request, event, form, status=200):
    return TemplateResponse(
        request, "registrations/register.html", {"event": event, "form": form}, status=status
    )


def _rate_limited(request) -> bool:
    """At most conf.rate_limit_per_minute() registration attempts per IP address and minute."""
    limit = conf.rate_limit_per_minute()
    address = request.META.get("REMOTE_ADDR", "")
    key = f"registrations:rate:{address}:{int(timezone.now().timestamp() // 60)}"
    try:
        cache.add(key, 0, timeout=120)
        count = cache.incr(key)
    except Exception:  # the cache being down must not stop registrations
        return False
    return count > limit


# --- the personal page ----------------------------------------------------------------------


def _registration_or_404(request, token) -> Registration | HttpResponse:
    registration = registration_by_token(token)
    if registration is None:
        return TemplateResponse(request, "registrations/not_found.html", status=404)
    return registration


@never_cache
def manage(request, token: str):
    registration = _registration_or_404(request, token)
    if isinstance(registration, HttpResponse):
        return registration
    event = localized_event(registration.event, translation.get_language())
    qr = base64.b64encode(ticket_qr_png(registration_url(registration))).decode("ascii")
    deadline = registration.event.starts_at - conf.cancellation_lead_time()
    context = {
        "registration": registration,
        "event": event,
        "starts_at": timezone.localtime(event.starts_at, SEOUL),
        "ends_at": timezone.localtime(event.ends_at, SEOUL),
        "offer_expires_at": registration.offer_expires_at
        and timezone.localtime(registration.offer_expires_at, SEOUL),
        "qr_data_uri": f"data:image/png;base64,{qr}",
        "holds_ticket": registration.status == Registration.Status.CONFIRMED,
        "is_offered": registration.status == Registration.Status.OFFERED,
        "can_cancel": registration.is_active and timezone.now() < deadline,
    }
    return TemplateResponse(request, "registrations/manage.html", context)


@never_cache
def ics(request, token: str):
    registration = _registration_or_404(request, token)
    if isinstance(registration, HttpResponse):
        return registration
    event = localized_event(registration.event, translation.get_language())
    response = HttpResponse(
        calendar_of([event], None, name=event.title), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="event.ics"'
    return response


@never_cache
@require_POST
def cancel(request, token: str):
    registration = _registration_or_404(request, token)
    if isinstance(registration, HttpResponse):
        return registration
    try:
        services.cancel_registration(registration=registration)
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _CANCELLED)
    return redirect("registrations:manage", token=token)


def _offer_action(service, done_message, action):
    @never_cache
    @require_http_methods(["GET", "POST"])
    def view(request, token: str):
        registration = _registration_or_404(request, token)
        if isinstance(registration, HttpResponse):
            return registration
        if request.method == "GET":  # links in emails get prefetched: GET never changes state
            event = localized_event(registration.event, translation.get_language())
            context = {
                "registration": registration,
                "event": event,
                "action": action,
                "action_url": reverse(f"registrations:{action}", kwargs={"token": token}),
            }
            return TemplateResponse(request, "registrations/confirm_action.html", context)
        try:
            service(registration=registration)
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, done_message)
        return redirect("registrations:manage", token=token)

    return view


accept = _offer_action(services.accept_offer, _("You have accepted the place."), "accept")
decline = _offer_action(services.decline_offer, _("You have declined the place."), "decline")


# --- staff check-in -------------------------------------------------------------------------

CHECK_IN_PERMISSION = "registrations.check_in_registrations"
# The QR code holds the personal link: take the token out of a scanned or pasted URL.
_PERSONAL_LINK = re.compile(r"/registrations/([A-Za-z0-9_-]+)/?(?:[?#]|$)")


def ticket_code(text: str) -> str:
    """The ticket token in `text`: a bare code or a personal link."""
    text = (text or "").strip()
    match = _PERSONAL_LINK.search(text)
    return match.group(1) if match else text


def _may_check_in(user) -> bool:
    return user.is_superuser or (user.is_staff and user.has_perm(CHECK_IN_PERMISSION))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def check_in_page(request, event_id: int):
    # Permission first: someone without it learns nothing, not even whether the event exists.
    if not _may_check_in(request.user):
        raise PermissionDenied
    event = get_object_or_404(EventPage, pk=event_id)
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
    }
    return TemplateResponse(request, "registrations/check_in.html", context)


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
    return answer
