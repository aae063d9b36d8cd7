"""translate(): the portal's one way to machine-translate a text, stored once per text."""

import hashlib
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from participation.models import MachineTranslation

from . import providers
from .languages import normalize_language, provider_supports


@dataclass(frozen=True, kw_only=True)
class Translation:
    text: str
    source: str
    target: str
    provider: str  # "" when nothing was translated (same language, blank text)
    cached: bool  # served from storage: the provider was not asked this time
    machine: bool = True  # readers are told that a machine wrote it


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def can_translate(*, source: str, target: str) -> bool:
    """Whether the configured provider translates `source` → `target` (portal codes)."""
    try:
        source, target = normalize_language(source), normalize_language(target)
    except ValueError:
        return False
    return source != target and provider_supports(
        provider=providers.configured_provider(), source=source, target=target
    )


def translate(*, text: str, source: str, target: str) -> Translation:
    """`text` from `source` into `target` (portal codes, e.g. ``ko``, ``zh-hans``, ``tl``).

    A text the configured provider has translated before is read back from the database; a new
    one is sent to the provider (cut off after TRANSLATION_TIMEOUT_SECONDS) and stored.
    Raises TranslationUnavailable when the provider fails, and ValueError for an unknown code.
    """
    source, target = normalize_language(source), normalize_language(target)
    if source == target or not text.strip():
        return Translation(
            text=text, source=source, target=target, provider="", cached=False, machine=False
        )
    provider = providers.configured_provider()
    key = _lookup_key(provider=provider, source=source, target=target, text=text)
    stored = MachineTranslation.objects.filter(**key).first()
    if stored is not None:
        return _as_translation(stored, cached=True)

    # No transaction of ours is open while the provider answers: a slow answer holds no lock.
    translated = providers.translate_text(
        provider=provider, text=text, source=source, target=target
    )
    stored = store_machine_translation(
        provider=provider, source=source, target=target, text=text, translated=translated
    )
    return _as_translation(stored, cached=False)


def store_machine_translation(
    *, provider: str, source: str, target: str, text: str, translated: str
) -> MachineTranslation:
    """Keep a provider's translation; when a concurrent call stored the same text first, its
    row wins and is returned, so every reader sees one translation per text."""
    key = _lookup_key(provider=provider, source=source, target=target, text=text)
    try:
        # A savepoint, so that a duplicate leaves the caller's transaction usable.
        with transaction.atomic():
            return MachineTranslation.objects.create(
                **key, source_text=text, translated_text=translated
            )
    except IntegrityError:
        stored = MachineTranslation.objects.filter(**key).first()
        if stored is None:  # not a duplicate after all
            raise
        return stored


def _lookup_key(*, provider: str, source: str, target: str, text: str) -> dict:
    return {
        "provider": provider,
        "source_language": source,
        "target_language": target,
        "content_hash": content_hash(text),
    }


def _as_translation(stored: MachineTranslation, *, cached: bool) -> Translation:
    return Translation(
        text=stored.translated_text,
        source=stored.source_language,
        target=stored.target_language,
        provider=stored.provider,
        cached=cached,
    )
