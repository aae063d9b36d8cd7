"""wagtail-localize's machine translator on the portal's translation interface, so that editors
and participation share one provider configuration and one store of translations."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from participation.translation import TranslationUnavailable, can_translate, translate_html
from participation.translation.providers import configured_provider, provider_label


class PortalMachineTranslator(BaseMachineTranslator):
    """Configured as WAGTAILLOCALIZE_MACHINE_TRANSLATOR; takes no OPTIONS (the provider comes
    from the TRANSLATION_* settings)."""

    @property
    def display_name(self) -> str:
        # Shown as "Translate with …" and stored as the tool of each machine translation.
        return provider_label(configured_provider())

    def can_translate(self, source_locale, target_locale) -> bool:
        return can_translate(source=source_locale.language_code, target=target_locale.language_code)

    def translate(self, source_locale, target_locale, strings) -> dict[StringValue, StringValue]:
        """All strings or none: the first failure raises TranslationUnavailable, before
        wagtail-localize has saved anything (MachineTranslationErrorMiddleware reports it)."""
        return {
            string: StringValue.from_translated_html(
                translate_html(
                    html=string.data,
                    source=source_locale.language_code,
                    target=target_locale.language_code,
                ).text
            )
            for string in strings
        }


class MachineTranslationErrorMiddleware:
    """wagtail-localize's views let a translator's exception through as a server error. In the
    Wagtail admin, an unavailable provider becomes an error message on the page the editor
    came from instead; those views write nothing before the translator has answered for every
    string (and update_translations runs in a transaction), so nothing is half-saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, TranslationUnavailable):
            return None
        admin_home = reverse("wagtailadmin_home")
        if not request.path.startswith(admin_home):
            return None
        messages.error(request, str(exception))
        return HttpResponseRedirect(_page_to_return_to(request, fallback=admin_home))


def _page_to_return_to(request, *, fallback: str) -> str:
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    # A form posted to itself (update translations) shows again, with the message.
    return request.get_full_path() if request.method == "POST" else fallback
