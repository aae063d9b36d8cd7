"""Every UI string is translated — really translated — in all five catalogues."""

import re
import shutil
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.utils import translation

from portal.catalogues import BASE_DIR, CATALOGUE_LANGUAGES, catalogue_paths, update_catalogues

PLACEHOLDER = re.compile(r"%\(\w+\)[sdfr]|%[sdfr]|\{\{\s*\w+\s*\}\}|\{\w*\}")
# Names and technical terms that read the same in the translation.
SAME_IN_TRANSLATION = {"WebAuthn", "TOTP", "Google", "Kakao", "Naver", "HTML body"}
PROJECT_CATALOGUES = [
    BASE_DIR / "locale" / lang / "LC_MESSAGES" / "django.po" for lang in CATALOGUE_LANGUAGES
]


# Korean overrides for Wagtail and wagtail-localize (docs/korean-admin.md).
WAGTAIL_OVERRIDES = BASE_DIR / "locale" / "vendor" / "wagtail" / "ko" / "LC_MESSAGES"
WAGTAIL_DIR = Path(wagtail.__file__).parent
PACKAGE_CATALOGUES = {
    "django": [WAGTAIL_DIR, WAGTAIL_DIR / "admin", Path(wagtail_localize.__file__).parent],
    "djangojs": [WAGTAIL_DIR / "admin", Path(wagtail_localize.__file__).parent],
}


def entries(po_path: Path):
    return [entry for entry in polib.pofile(str(po_path)) if not entry.obsolete]


def translations_of(entry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_every_language_has_a_project_catalogue():
    for path in PROJECT_CATALOGUES:
        assert path.exists(), path


@pytest.mark.parametrize("po_path", catalogue_paths(), ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_catalogue_has_no_untranslated_or_fuzzy_entry(po_path):
    catalogue = polib.pofile(str(po_path))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("po_path", catalogue_paths(), ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_translations_keep_every_placeholder(po_path):
    for entry in entries(po_path):
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        for text in translations_of(entry):
            assert sorted(PLACEHOLDER.findall(text)) == expected, entry.msgid


@pytest.mark.parametrize("po_path", [p for p in catalogue_paths() if "/en/" not in str(p)])
def test_translations_are_not_copies_of_the_english(po_path):
    copies = [
        entry.msgid
        for entry in entries(po_path)
        if entry.msgstr == entry.msgid
        and entry.msgid not in SAME_IN_TRANSLATION
        and re.search(r"[A-Za-z]{3}", entry.msgid)
    ]

    assert copies == []


def test_all_languages_translate_the_same_strings():
    msgids = {path: {entry.msgid for entry in entries(path)} for path in PROJECT_CATALOGUES}

    reference = msgids[PROJECT_CATALOGUES[0]]
    for path, ids in msgids.items():
        assert ids == reference, f"{path}: missing {reference - ids}, extra {ids - reference}"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (xgettext)")
def test_catalogues_contain_every_string_of_the_source(tmp_path):
    # Extract the strings from a copy of the source, so the real catalogues stay untouched.
    checkout = tmp_path / "checkout"
    shutil.copytree(
        BASE_DIR,
        checkout,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "*.mo", "__pycache__", "media", "staticfiles", "*.sqlite3"
        ),
    )
    update_catalogues(checkout, languages=["ko"])

    extracted = {e.msgid for e in entries(checkout / "locale/ko/LC_MESSAGES/django.po")}
    committed = {e.msgid for e in entries(PROJECT_CATALOGUES[0])}
    assert extracted - committed == set(), "run `make catalogues` and translate the new strings"
    assert committed - extracted == set(), "these strings are no longer used: run `make catalogues`"


@pytest.mark.parametrize("domain", PACKAGE_CATALOGUES)
def test_wagtail_overrides_are_strings_the_packages_use(domain):
    # An upgrade that rewords a string leaves our override unused: this names it.
    used = set()
    for package in PACKAGE_CATALOGUES[domain]:
        used |= {e.msgid for e in entries(package / f"locale/en/LC_MESSAGES/{domain}.po")}

    overridden = {e.msgid for e in entries(WAGTAIL_OVERRIDES / f"{domain}.po")}
    assert overridden - used == set()


@pytest.mark.parametrize(
    ("msgid", "korean"),
    [
        ("More actions", "더 보기"),
        ("Toggle status", "상태 보기/숨기기"),
        ("Submit", "제출"),
        ("Translate this page", "이 페이지 번역"),
        ("Sync translated pages", "번역된 페이지 동기화"),
    ],
)
def test_wagtail_overrides_win_over_the_packages_own_korean(msgid, korean):
    with translation.override("ko"):
        assert translation.gettext(msgid) == korean
