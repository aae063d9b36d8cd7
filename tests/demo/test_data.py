"""The demo data files: one shape for a text in several languages, and every text in all five
site languages (residents' words also in the two other languages they write in)."""

import pytest

from demo.data import DATA_DIR, LANGUAGES, by_language, read

SITE_LANGUAGES = {"ko", "en", "zh-hans", "ja", "vi"}
RESIDENT_LANGUAGES = SITE_LANGUAGES | {"ru", "mn"}
FILES = sorted(path.stem for path in DATA_DIR.glob("*.yaml"))


def language_maps(value, path=""):
    """Every mapping with a Korean entry, with where it is: the one shape of a text."""
    if isinstance(value, dict):
        if "ko" in value:
            yield path, value
            return
        for key, inner in value.items():
            yield from language_maps(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from language_maps(inner, f"{path}[{index}]")


def test_the_site_languages_are_the_five_of_the_data():
    assert set(LANGUAGES) == SITE_LANGUAGES
    assert LANGUAGES[0] == "ko"


def problems(value) -> list[str]:
    """Where a text lacks a site language, has an unknown one, or an empty entry."""
    found = []
    for path, text in language_maps(value):
        if not SITE_LANGUAGES <= set(text) <= RESIDENT_LANGUAGES:
            found.append(f"{path}: {sorted(text)}")
        found += [
            f"{path}.{language}: empty"
            for language, words in text.items()
            if not (isinstance(words, str) and words.strip())
        ]
    return found


@pytest.mark.parametrize("name", FILES)
def test_every_text_is_written_in_all_five_languages(name):
    data = read(name)

    if name != "people":  # names are not translated
        assert list(language_maps(data)), f"{name}.yaml has no texts"
    assert problems(data) == []


def test_residents_write_in_seven_languages_and_staff_reply_in_six():
    """Replies in the site languages and in Russian, which the default provider covers: the
    services address a Russian writer in Russian (a Mongolian one in their site language)."""
    data = read("concerns")
    concerns = [c for group in data["concerns"].values() for c in group] + data["out_of_remit"]
    for concern in concerns:
        assert set(concern["text"]) == RESIDENT_LANGUAGES, concern["text"]["ko"]
        assert set(concern["reply"]) == SITE_LANGUAGES | {"ru"}, concern["reply"]["ko"]
    assert set(data["duplicate_reply"]) == SITE_LANGUAGES | {"ru"}


def test_the_services_reply_to_each_demo_language_in_one_the_data_has(settings):
    """The reply language is the services' choice (services.translating.reply_language) with
    the default provider: the data has a reply text in it for every language demo people use."""
    from participation.feedback.models import FeedbackItem
    from participation.feedback.services.translating import reply_language

    settings.TRANSLATION_PROVIDER = "libretranslate"
    replies = set(read("concerns")["duplicate_reply"])
    for language in RESIDENT_LANGUAGES:
        for site_language in ("ko", "en"):
            item = FeedbackItem(language=language, site_language=site_language)
            assert reply_language(item) in replies, (language, site_language)


def test_a_page_is_its_fields_by_language():
    program = read("programs")[0]

    pages = by_language(program, ("title", "summary"))

    assert list(pages) == LANGUAGES
    assert pages["vi"] == {"title": program["title"]["vi"], "summary": program["summary"]["vi"]}


def test_the_schema_check_finds_a_missing_language_and_an_empty_text():
    five = {"ko": "제목", "en": "Title", "zh-hans": "标题", "ja": "題名", "vi": "Tiêu đề"}
    broken = [{"title": {"ko": "제목", "en": "Title"}, "summary": {**five, "vi": " "}}]

    assert problems(broken) == ["[0].title: ['en', 'ko']", "[0].summary.vi: empty"]
