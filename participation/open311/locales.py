"""The `locale` parameter: which of the site languages a client asked for, and the columns of
translated reference data (django-modeltranslation) in that language."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from participation.translation.languages import ALIASES

DEFAULT_CONTENT_LANGUAGE = settings.LANGUAGE_CODE  # Korean: what staff write in
DEFAULT_ERROR_LANGUAGE = "en"
SITE_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# Chinese tags that mean Simplified Chinese (the portal has no Traditional Chinese).
_SIMPLIFIED_CHINESE = {"zh", "zh-hans", "zh-cn", "zh-sg", "zh-hans-cn", "zh-hans-sg"}


def requested_language(locale: str | None) -> str | None:
    """The site language `locale` names (``ko``, ``en-US``, ``zh_Hans``, ``zh`` …), or None.
    Region subtags are ignored except for Chinese, where only Simplified Chinese is ours."""
    tag = (locale or "").strip().lower().replace("_", "-")
    if not tag:
        return None
    if tag in _SIMPLIFIED_CHINESE:
        return "zh-hans"
    tag = ALIASES.get(tag, tag)
    if tag in SITE_LANGUAGES:
        return tag
    primary = tag.split("-", 1)[0]
    if primary != "zh" and primary in SITE_LANGUAGES:
        return primary
    return None


def content_language(locale: str | None) -> str:
    return requested_language(locale) or DEFAULT_CONTENT_LANGUAGE


def error_language(locale: str | None) -> str:
    return requested_language(locale) or DEFAULT_ERROR_LANGUAGE


def localized(obj, field: str, language: str) -> str:
    """`obj.<field>` in `language`, else in Korean (the required column)."""
    value = getattr(obj, build_localized_fieldname(field, language), "")
    if value:
        return value
    return getattr(obj, build_localized_fieldname(field, DEFAULT_CONTENT_LANGUAGE), "") or ""
