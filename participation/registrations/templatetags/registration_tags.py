from datetime import timedelta

from django import template
from django.utils import timezone, translation

from cms import page_cache

from .. import services
from ..errors import RegistrationError
from ..forms import RegistrationForm
from ..selectors import localized_sessions, sessions_of, source_event

register = template.Library()


@register.inclusion_tag("registrations/includes/form.html", takes_context=True)
def registration_form(context, event):
    """The registration form for `event` (posting to registrations:register), or why
    registration is not possible now. The page may be kept by the page cache until registration
    opens or closes next; its CSRF token is filled in per visitor (cms.page_cache)."""
    request = context.get("request")
    now = timezone.now()
    if request is not None:
        moments = (event.registration_opens_at, event.registration_closes_at, event.starts_at)
        changes = [moment for moment in (*moments, event.ends_at) if moment and moment > now]
        if changes:
            page_cache.valid_until(request, min(changes))
    try:
        # The same window check the service applies when the form is posted.
        services.check_registration_window(event=event, now=now)
    except RegistrationError as error:
        return {"event": event, "form": None, "unavailable": error.message}
    user = getattr(request, "user", None)
    form = RegistrationForm(event=event, language=translation.get_language(), user=user)
    csrf_token = page_cache.csrf_token_for(request) if request is not None else None
    return {"event": event, "form": form, "page_csrf_token": csrf_token}


# How long an event page listing its sessions' free places may be kept by the page cache.
SESSION_PLACES_FRESH_FOR = timedelta(minutes=1)


@register.inclusion_tag("registrations/includes/sessions.html", takes_context=True)
def event_sessions(context, event):
    """The sessions of `event` (a page in any language) with their times and free places;
    nothing when it has none. The page cache keeps such a page a minute at most."""
    source = source_event(event)
    sessions = sessions_of(source)
    request = context.get("request")
    if sessions and request is not None:
        page_cache.valid_until(request, timezone.now() + SESSION_PLACES_FRESH_FOR)
    titles = localized_sessions(sessions, translation.get_language())
    rows = [{"session": session, "title": titles[session.pk].title} for session in sessions]
    return {"rows": rows}
