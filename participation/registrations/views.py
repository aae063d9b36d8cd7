"""Public registration views: thin wrappers around services.

No enumeration: a new registration and a duplicate (AlreadyRegistered, whose link the service
emails to that address) both redirect to the same neutral "check your email" page, so the
answer never tells a stranger whether an email is registered. The personal page is reached only
through the link in the email (the ticket token is the credential), or from the account page
of a signed-in resident whose registration it is.
"""

import base64

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cms.calendar import SEOUL, google_calendar_url, registration_calendar
from cms.models import EventPage
from portal.client_ip import client_ip
from portal.links import page_url

from . import services
from .errors import AlreadyRegistered, RegistrationBusy, RegistrationError, SurveyAlreadyAnswered
from .forms import RegistrationForm, SurveyForm
from .links import registration_url
from .models import Registration
from .notifications import localized_session, ticket_qr_png
from .selectors import (
    any_sessions,
    localized_event,
    localized_events,
    localized_sessions,
    registration_by_token,
    registrations_of,
)
from .services.offers import fewer_places_pending
from .throttle import registration_retry_after

_CANCELLED = _("Your registration has been cancelled.")
# The event's lock was not free in time: a moment later it usually is.
BUSY_RETRY_AFTER_SECONDS = 1


# --- registering ----------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, event_id: int):
    event = get_object_or_404(
        EventPage.objects.live().select_related("locale").annotate(has_sessions=any_sessions()),
        pk=event_id,
    )
    language = translation.get_language()
    if request.method == "GET":
        form = RegistrationForm(event=event, language=language, user=request.user)
        return _form_page(request, event, form)
    retry_after = registration_retry_after(
        event=event,
        address=client_ip(request),
        email=request.POST.get("email", ""),
        now=timezone.now(),
    )
    if retry_after:
        response = TemplateResponse(request, "registrations/rate_limited.html", status=429)
        response["Retry-After"] = str(retry_after)
        return response
    form = RegistrationForm(request.POST, event=event, language=language, user=request.user)
    if not form.is_valid():
        return _form_page(request, event, form)
    # An event with sessions registers for those chosen, each with its own places.
    service = services.register_for_sessions if form.sessions else services.register
    try:
        service(
            event=event,
            user=request.user if request.user.is_authenticated else None,
            **form.service_arguments(),
        )
    except AlreadyRegistered:
        pass  # the service emailed the existing link; answer exactly as for a new one
    except RegistrationBusy as error:
        form.add_error(None, error.message)
        response = _form_page(request, event, form, status=503)
        response["Retry-After"] = str(BUSY_RETRY_AFTER_SECONDS)
        return response
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
    language = translation.get_language()
    event = localized_event(registration.event, language)
    event_link = page_url(event, request)
    qr = base64.b64encode(ticket_qr_png(registration_url(registration))).decode("ascii")
    session = registration.session and localized_session(registration.session, language)
    context = {
        "registration": registration,
        "event": event,
        "session": session,
        "starts_at": timezone.localtime(registration.starts_at, SEOUL),
        "ends_at": timezone.localtime(registration.ends_at, SEOUL),
        "offer_expires_at": registration.offer_expires_at
        and timezone.localtime(registration.offer_expires_at, SEOUL),
        "qr_data_uri": f"data:image/png;base64,{qr}",
        "holds_ticket": registration.status == Registration.Status.CONFIRMED,
        "is_offered": registration.status == Registration.Status.OFFERED,
        "fewer_places_asked": fewer_places_pending(registration),
        "google_calendar_url": google_calendar_url(event, link=event_link, session=session),
        "can_cancel": services.cancellation_refusal(registration=registration) is None,
        "survey_open": _survey_open(registration),
    }
    return TemplateResponse(request, "registrations/manage.html", context)


def _survey_open(registration) -> bool:
    try:
        services.check_survey_open(registration=registration)
    except RegistrationError:
        return False
    return True


@never_cache
def ics(request, token: str):
    registration = _registration_or_404(request, token)
    if isinstance(registration, HttpResponse):
        return registration
    language = translation.get_language()
    event = localized_event(registration.event, language)
    session = registration.session and localized_session(registration.session, language)
    response = HttpResponse(
        registration_calendar(event, session=session), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="event.ics"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def cancel(request, token: str):
    """GET asks to confirm (links get prefetched, and a click must not cancel at once); the
    confirmation posts here. The service decides whether cancelling is still allowed."""
    registration = _registration_or_404(request, token)
    if isinstance(registration, HttpResponse):
        return registration
    if request.method == "GET":
        refusal = services.cancellation_refusal(registration=registration)
        context = {
            "registration": registration,
            "event": localized_event(registration.event, translation.get_language()),
            "action": "cancel",
            "action_url": reverse("registrations:cancel", kwargs={"token": token}),
            "refusal": refusal.message if refusal else None,
        }
        return TemplateResponse(request, "registrations/confirm_action.html", context)
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
accept_fewer = _offer_action(
    services.accept_fewer_places, _("You have accepted the places offered."), "accept_fewer"
)
keep_waiting = _offer_action(
    services.keep_waiting,
    _("You keep your place on the waiting list; the free places go to the next people waiting."),
    "keep_waiting",
)


# --- the satisfaction survey after the event -----------------------------------------------

_SURVEY_THANKS = _("Thank you for your answer!")


@never_cache
@require_http_methods(["GET", "POST"])
def survey(request, token: str):
    registration = _registration_or_404(request, token)
    if isinstance(registration, HttpResponse):
        return registration
    language = translation.get_language()
    event = localized_event(registration.event, language)
    context = {"registration": registration, "event": event, "form": None, "closed": None}
    try:
        services.check_survey_open(registration=registration)
    except SurveyAlreadyAnswered as error:
        # Straight after answering (the redirect below) thank; on a later visit say so.
        just_answered = request.method == "GET" and "answered" in request.GET
        return _survey_page(
            request, context, answered=_SURVEY_THANKS if just_answered else error.message
        )
    except RegistrationError as error:
        return _survey_page(request, context, closed=error.message)
    form = SurveyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.answer_survey(
                registration=registration,
                rating=form.cleaned_data["rating"],
                comment=form.cleaned_data["comment"],
                language=language,
            )
        except SurveyAlreadyAnswered as error:
            return _survey_page(request, context, answered=error.message)
        except RegistrationError as error:
            form.add_error(None, error.message)
        else:
            path = reverse("registrations:survey", kwargs={"token": token})
            return redirect(f"{path}?answered")
    return _survey_page(request, context, form=form)


def _survey_page(request, context, **state):
    return TemplateResponse(request, "registrations/survey.html", {**context, **state})


# --- the account page -----------------------------------------------------------------------


@never_cache
@login_required
def my_registrations(request):
    registrations = list(registrations_of(request.user))
    language = translation.get_language()
    events = localized_events((registration.event for registration in registrations), language)
    sessions = localized_sessions(
        (registration.session for registration in registrations if registration.session_id),
        language,
    )
    rows = [
        {
            "registration": registration,
            "event": events[registration.event.translation_key],
            "session": sessions.get(registration.session_id),
            "starts_at": timezone.localtime(registration.starts_at, SEOUL),
        }
        for registration in registrations
    ]
    return TemplateResponse(request, "registrations/mine.html", {"rows": rows})
