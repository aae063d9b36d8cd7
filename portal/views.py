from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.cache import never_cache

from portal.i18n import localized_path


@never_cache
def switch_language(request, language):
    """Show the page the visitor was on in `language`; `next` must be a path on this site."""
    if language not in dict(settings.LANGUAGES) or not check_for_language(language):
        language = settings.LANGUAGE_CODE
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not next_url.startswith("/"):
        with translation.override(language):
            next_url = reverse("wagtail_serve", args=("",))
    response = HttpResponseRedirect(localized_path(request, next_url, language))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def too_many_requests(request, exception=None):
    """allauth's 429 (sign-in, sign-up, password reset…): the translated page, and a Retry-After
    of the longest window among allauth's limits, as the page does not know which one was hit."""
    response = TemplateResponse(request, "429.html", status=429)
    response["Retry-After"] = str(_longest_allauth_window())
    return response


def _longest_allauth_window() -> int:
    from allauth.account import app_settings
    from allauth.core.internal.ratelimit import parse_rates

    try:
        durations = [
            rate.duration
            for rates in app_settings.RATE_LIMITS.values()
            for rate in parse_rates(rates)
        ]
    except (ValueError, TypeError, AttributeError):
        durations = []
    return int(max(durations, default=300))
