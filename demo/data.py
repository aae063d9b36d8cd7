"""The demo's texts, read from the YAML files in demo/data/.

One shape everywhere for a text in several languages: a mapping from language code to text,
``{ko: ..., en: ..., zh-hans: ..., ja: ..., vi: ...}`` (residents' words also in ``ru`` and
``mn``). A page or snippet has one such mapping per field, e.g. ``title`` and ``summary``.
"""

from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = [code for code, _name in settings.LANGUAGES]  # the site languages, Korean first


@cache
def read(name: str):
    """The parsed contents of demo/data/<name>.yaml (plain YAML: safe_load)."""
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def by_language(item: dict, fields) -> dict[str, dict[str, str]]:
    """{language: {field: text}} from an item holding {field: {language: text}}: what a page
    in one language is made of."""
    return {language: {field: item[field][language] for field in fields} for language in LANGUAGES}


def home_page_texts() -> dict[str, dict[str, str]]:
    """The home page's fields in every site language, Korean first."""
    return by_language(read("site")["home"], ("title", "intro"))
