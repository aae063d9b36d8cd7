"""Where the same page lives in another site language.

Wagtail pages may have translated slugs, so their URLs come from the page tree; every other view
shares its path across languages and only the language prefix changes.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    native_name: str
    url: str  # the same page in this language (path, query kept)
    is_current: bool
    is_translated: bool = True  # False: the page exists in the default language only

    @property
    def is_default(self) -> bool:
        return self.code == settings.LANGUAGE_CODE


def supported_language(code: str | None) -> str:
    """The site language matching `code`, or the default language."""
    try:
        return translation.get_supported_language_variant(code or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def localized_path(request, path: str, language: str) -> str:
    """`path` (an on-site path, possibly with a query) as it is in `language`."""
    path_only, _sep, query = path.partition("?")
    source_language = get_language_from_path(path_only) or settings.LANGUAGE_CODE
    page = _page_at(request, path_only, source_language)
    if page is not None:
        localized = _page_url(request, page, language)
    else:
        localized = _swap_language_prefix(path_only, language)
    return f"{localized}?{query}" if query else localized


def language_links(request, page: Page | None = None) -> list[LanguageLink]:
    """One link per site language to the current page in that language."""
    current = supported_language(translation.get_language())
    codes = [code for code, _name in settings.LANGUAGES]
    if page is not None:
        translations = _live_translations(page)
        urls = {code: _page_url(request, page, code, translations) for code in codes}
        translated = set(translations)
    else:
        path = request.get_full_path()
        urls = {code: localized_path(request, path, code) for code in codes}
        translated = set(codes)
    return [
        LanguageLink(
            code=code,
            native_name=settings.LANGUAGE_NATIVE_NAMES[code],
            url=urls[code],
            is_current=code == current,
            is_translated=code in translated,
        )
        for code in codes
    ]


def _page_at(request, path: str, language: str) -> Page | None:
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        # Wagtail's serve pattern passes the page path positionally.
        page_path = match.kwargs.get("path", match.args[0] if match.args else "")
        components = [part for part in page_path.split("/") if part]
        try:
            page, _args, _kwargs = site.root_page.localized.specific.route(request, components)
        except Http404:
            return None
    return page


def _live_translations(page: Page) -> dict[str, Page]:
    pages = page.get_translations(inclusive=True).live().select_related("locale")
    return {translated.locale.language_code: translated for translated in pages}


def _page_url(request, page: Page, language: str, translations=None) -> str:
    if translations is None:
        translations = _live_translations(page)
    if language in translations:
        return translations[language].get_url(request=request)
    # Not translated (yet): the same path in that language.
    return _swap_language_prefix(page.get_url(request=request) or "/", language)


def _swap_language_prefix(path: str, language: str) -> str:
    # translate_url resolves under the active language, so activate the path's own first.
    with translation.override(get_language_from_path(path) or settings.LANGUAGE_CODE):
        return translate_url(path, language)
