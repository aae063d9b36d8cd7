"""The portal's language codes and what each provider calls them.

The portal speaks its own codes everywhere (the site's ``ko``, ``en``, ``zh-hans``, ``ja``,
``vi`` and the detected languages, docs/architecture.md); only the provider layer sees the
provider's codes.
deep-translator ships its own language tables, but they lag behind the services (DeepL has
translated Korean since 2023, Papago's table maps codes to names the wrong way round), so the
tables below are the ones that count.
"""

SITE_LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")
# Resident-written text may also come in these (docs/architecture.md, "Languages").
DETECTED_LANGUAGES = (
    "ru",
    "mn",
    "th",
    "tl",
    "uz",
    "id",
    "ne",
    "km",
    "my",
    "es",
    "fr",
    "de",
    "ar",
)
LANGUAGES = SITE_LANGUAGES + DETECTED_LANGUAGES

# Other spellings that detectors and browsers use for the same languages.
ALIASES = {"zh": "zh-hans", "zh-cn": "zh-hans", "zh-sg": "zh-hans", "fil": "tl"}


def _same_codes(*codes: str) -> dict[str, str]:
    return {code: code for code in codes}


# provider → {portal code: provider code}; a language missing here is one the provider lacks.
SOURCE_CODES: dict[str, dict[str, str]] = {
    # A self-hosted LibreTranslate (Argos models) has no Mongolian, Uzbek, Nepali, Khmer or
    # Burmese, and calls Simplified Chinese plain "zh".
    "libretranslate": {
        **_same_codes("ko", "en", "ja", "vi", "ru", "th", "tl", "id", "es", "fr", "de", "ar"),
        "zh-hans": "zh",
    },
    "google": {**_same_codes(*LANGUAGES), "zh-hans": "zh-CN"},
    "deepl": {
        "ko": "KO",
        "en": "EN",
        "zh-hans": "ZH",
        "ja": "JA",
        "vi": "VI",
        "ru": "RU",
        "th": "TH",
        "id": "ID",
        "es": "ES",
        "fr": "FR",
        "de": "DE",
        "ar": "AR",
    },
    # Papago (Naver) covers the languages of Korea's neighbours and main visitors only.
    "papago": {
        **_same_codes("ko", "en", "ja", "vi", "ru", "th", "id", "es", "fr", "de"),
        "zh-hans": "zh-CN",
    },
    "microsoft": {
        **_same_codes(*LANGUAGES),
        "zh-hans": "zh-Hans",
        "tl": "fil",  # Microsoft lists Tagalog as Filipino
        "mn": "mn-Cyrl",  # Mongolia writes Cyrillic; Microsoft also has traditional script
    },
    # MyMemory keys its memories by locale.
    "mymemory": {
        "ko": "ko-KR",
        "en": "en-US",
        "zh-hans": "zh-CN",
        "ja": "ja-JP",
        "vi": "vi-VN",
        "ru": "ru-RU",
        "mn": "mn-MN",
        "th": "th-TH",
        "tl": "tl-PH",
        "uz": "uz-UZ",
        "id": "id-ID",
        "ne": "ne-NP",
        "km": "km-KH",
        "my": "my-MM",
        "es": "es-ES",
        "fr": "fr-FR",
        "de": "de-DE",
        "ar": "ar-SA",
    },
    # A chat model is told the language by its English name.
    "openai": {
        "ko": "Korean",
        "en": "English",
        "zh-hans": "Simplified Chinese",
        "ja": "Japanese",
        "vi": "Vietnamese",
        "ru": "Russian",
        "mn": "Mongolian (Cyrillic script)",
        "th": "Thai",
        "tl": "Tagalog",
        "uz": "Uzbek",
        "id": "Indonesian",
        "ne": "Nepali",
        "km": "Khmer",
        "my": "Burmese",
        "es": "Spanish",
        "fr": "French",
        "de": "German",
        "ar": "Arabic",
    },
}
# Where a provider wants a different code for the language it writes into.
TARGET_CODES: dict[str, dict[str, str]] = {
    **SOURCE_CODES,
    # DeepL deprecated a bare "EN" target; its Chinese target names the script.
    "deepl": {**SOURCE_CODES["deepl"], "en": "EN-US", "zh-hans": "ZH-HANS"},
}


def normalize_language(code: str) -> str:
    """The portal's code for `code` (``zh_Hans`` → ``zh-hans``); ValueError if unknown."""
    normalized = code.strip().lower().replace("_", "-")
    normalized = ALIASES.get(normalized, normalized)
    if normalized not in LANGUAGES:
        raise ValueError(f"unknown language code {code!r}; expected one of {LANGUAGES}")
    return normalized


def provider_supports(*, provider: str, source: str, target: str) -> bool:
    return source in SOURCE_CODES.get(provider, {}) and target in TARGET_CODES.get(provider, {})


def provider_codes(*, provider: str, source: str, target: str) -> tuple[str, str]:
    """The provider's codes for a pair it supports (see provider_supports)."""
    return SOURCE_CODES[provider][source], TARGET_CODES[provider][target]
