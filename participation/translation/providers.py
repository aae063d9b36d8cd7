"""The providers, each through deep-translator's client (an OpenAI-compatible server through the
`openai` library): settings in, one translated string out, every failure turned into
TranslationUnavailable. A provider that is not configured is never called (health.py)."""

import logging

import openai
import requests
from deep_translator import (
    DeeplTranslator,
    GoogleTranslator,
    LibreTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
    PapagoTranslator,
)
from deep_translator.base import BaseTranslator
from deep_translator.exceptions import ApiKeyException, AuthorizationException
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import lazy

from participation.models import MachineTranslation

from . import deadline, errors, health
from .errors import TranslationUnavailable
from .languages import provider_codes, provider_supports
from .openai_compatible import LostProtectedParts, OpenAICompatibleTranslator

logger = logging.getLogger(__name__)


def configured_provider() -> str:
    provider = settings.TRANSLATION_PROVIDER.strip().lower()
    if provider not in MachineTranslation.Provider.values:
        raise ImproperlyConfigured(
            f"TRANSLATION_PROVIDER={settings.TRANSLATION_PROVIDER!r}; "
            f"expected one of {', '.join(MachineTranslation.Provider.values)}"
        )
    return provider


def provider_label(provider: str) -> str:
    return MachineTranslation.Provider(provider).label


def _libretranslate() -> BaseTranslator:
    url = settings.TRANSLATION_API_URL  # never empty here: see health.configuration_problem
    # deep-translator insists on a key, but a self-hosted server usually needs none: build the
    # client with a stand-in and send the real one (or none) with each request.
    client = LibreTranslator(
        api_key=settings.TRANSLATION_API_KEY or "none", custom_url=url.rstrip("/") + "/"
    )
    client.api_key = settings.TRANSLATION_API_KEY
    return client


def _deepl() -> BaseTranslator:
    key = settings.TRANSLATION_API_KEY
    # Keys of DeepL's free plan end in ":fx" and only work on its free endpoint.
    return DeeplTranslator(api_key=key or None, use_free_api=key.endswith(":fx"))


def _papago() -> BaseTranslator:
    return PapagoTranslator(
        client_id=settings.TRANSLATION_API_KEY, secret_key=settings.TRANSLATION_API_SECRET
    )


def _microsoft() -> BaseTranslator:
    return MicrosoftTranslator(
        api_key=settings.TRANSLATION_API_KEY or None,
        region=settings.TRANSLATION_API_REGION or None,
    )


def _mymemory() -> BaseTranslator:
    # MyMemory raises its free daily quota for requests that name a contact email.
    return MyMemoryTranslator(email=settings.TRANSLATION_API_KEY or None)


CLIENTS = {
    "libretranslate": _libretranslate,
    "google": GoogleTranslator,  # the public web endpoint: no key
    "deepl": _deepl,
    "papago": _papago,
    "microsoft": _microsoft,
    "mymemory": _mymemory,
    "openai": OpenAICompatibleTranslator,
}


def translate_text(*, provider: str, text: str, source: str, target: str) -> str:
    """Send `text` (portal codes `source` → `target`) to `provider` and return its translation.
    Leading and trailing whitespace is kept as it was: several clients strip it."""
    if not provider_supports(provider=provider, source=source, target=target):
        # Lazy, so the message is rendered in the language of whoever reads it.
        message = lazy(lambda: errors.UNSUPPORTED_PAIR % {"source": source, "target": target}, str)
        raise TranslationUnavailable(message())
    problem = health.configuration_problem()
    if problem is not None:
        raise TranslationUnavailable(problem.message)
    core = text.strip()
    leading, trailing = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    source_code, target_code = provider_codes(provider=provider, source=source, target=target)
    with deadline.provider_call(seconds=settings.TRANSLATION_TIMEOUT_SECONDS) as call:
        try:
            client = CLIENTS[provider]()
            # The client's own language table is not the one that counts (see languages.py).
            client.source, client.target = source_code, target_code
            translated = client.translate(core)
        except LostProtectedParts:
            health.record_reachable(provider)
            logger.warning("translation lost placeholders: %s %s→%s", provider, source, target)
            raise
        except Exception as exc:  # every client fails in its own way, some with bare Exception
            cause = call.request_error or exc
            logger.warning(
                "machine translation failed: %s %s→%s: %r", provider, source, target, cause
            )
            health.record_unreachable(provider)
            raise TranslationUnavailable(_message_for(cause)) from cause
    health.record_reachable(provider)
    if not isinstance(translated, str) or (core and not translated.strip()):
        logger.warning("machine translation empty: %s %s→%s", provider, source, target)
        raise TranslationUnavailable()
    return leading + translated.strip() + trailing


def _message_for(cause: BaseException):
    if isinstance(cause, requests.Timeout | openai.APITimeoutError):
        return errors.TIMED_OUT
    if isinstance(
        cause,
        AuthorizationException
        | ApiKeyException
        | openai.AuthenticationError
        | openai.PermissionDeniedError,
    ):
        return errors.REFUSED_CREDENTIALS
    return errors.UNAVAILABLE
