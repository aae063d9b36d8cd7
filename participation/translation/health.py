"""Whether machine translation works at all: a provider is configured, and it answered the
last time it was asked. Staff see one notice about it instead of a failure per message.

A provider that is not configured is never called: in particular an empty
TRANSLATION_API_URL never falls back to a public LibreTranslate or OpenAI server.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

NOT_CONFIGURED = _(
    "Machine translation is not set up: replies wait for a staff translation. "
    "Set %(settings)s in the portal's environment."
)
UNREACHABLE = _(
    "The machine translation provider (%(provider)s) could not be reached or refused the "
    "portal's request: replies wait for a staff translation. Check %(settings)s."
)

# What each provider needs before it is asked anything.
REQUIRED_SETTINGS = {
    "libretranslate": ("TRANSLATION_API_URL",),
    "openai": ("TRANSLATION_API_URL", "TRANSLATION_MODEL"),
    "deepl": ("TRANSLATION_API_KEY",),
    "microsoft": ("TRANSLATION_API_KEY",),
    "papago": ("TRANSLATION_API_KEY", "TRANSLATION_API_SECRET"),
}
# Where an unreachable provider is set.
CONNECTION_SETTINGS = {
    "libretranslate": ("TRANSLATION_API_URL", "TRANSLATION_API_KEY"),
    "openai": ("TRANSLATION_API_URL", "TRANSLATION_API_KEY", "TRANSLATION_MODEL"),
}
UNREACHABLE_KEY = "translation:provider-unreachable"
# Forgotten after this long without news, so an old outage does not linger on the page.
UNREACHABLE_SECONDS = 24 * 3600

_format = lazy(lambda template, params: str(template) % params, str)


@dataclass(frozen=True)
class ProviderProblem:
    message: str  # translated, for staff
    settings: tuple[str, ...]  # the settings to change


def provider_name() -> str:
    return settings.TRANSLATION_PROVIDER.strip().lower()


def configuration_problem() -> ProviderProblem | None:
    """Why the configured provider cannot be asked at all, or None."""
    provider = provider_name()
    if not provider:
        return _problem(NOT_CONFIGURED, ("TRANSLATION_PROVIDER",))
    missing = tuple(
        name
        for name in REQUIRED_SETTINGS.get(provider, ())
        if not str(getattr(settings, name, "") or "").strip()
    )
    if missing:
        return _problem(NOT_CONFIGURED, ("TRANSLATION_PROVIDER", *missing))
    return None


def provider_problem() -> ProviderProblem | None:
    """configuration_problem(), else whether the provider failed on its last call."""
    problem = configuration_problem()
    if problem is not None:
        return problem
    provider = provider_name()
    if cache.get(UNREACHABLE_KEY) != provider:
        return None
    names = CONNECTION_SETTINGS.get(provider, ("TRANSLATION_API_KEY",))
    return ProviderProblem(
        message=_format(UNREACHABLE, {"provider": provider, "settings": ", ".join(names)}),
        settings=names,
    )


def record_unreachable(provider: str) -> None:
    cache.set(UNREACHABLE_KEY, provider, UNREACHABLE_SECONDS)


def record_reachable(provider: str) -> None:
    if cache.get(UNREACHABLE_KEY) == provider:
        cache.delete(UNREACHABLE_KEY)


def _problem(template, names: tuple[str, ...]) -> ProviderProblem:
    return ProviderProblem(
        message=_format(template, {"settings": ", ".join(names)}), settings=names
    )
