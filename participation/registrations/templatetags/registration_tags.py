from django import template
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from .. import services
from ..errors import RegistrationError
from ..forms import RegistrationForm

register = template.Library()


@register.inclusion_tag("registrations/includes/form.html", takes_context=True)
def registration_form(context, event):
    """The registration form for `event` (posting to registrations:register), or why
    registration is not possible now. The page always gets a CSRF token, so it is never put in
    the shared page cache (cms.page_cache): what it shows depends on the time."""
    request = context.get("request")
    if request is not None:
        get_token(request)
    try:
        # The same window check the service applies when the form is posted.
        services.check_registration_window(event=event, now=timezone.now())
    except RegistrationError as error:
        return {"event": event, "form": None, "unavailable": error.message}
    user = getattr(request, "user", None)
    form = RegistrationForm(event=event, language=translation.get_language(), user=user)
    return {"event": event, "form": form, "csrf_token": context.get("csrf_token")}
