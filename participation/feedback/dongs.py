"""Gangnam-gu's administrative dongs (행정동), read from dongs.yaml: the places the feedback
form offers, and how the dong stored on an item (its Korean name) reads in each language."""

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings
from django.utils.translation import get_language

DATA = Path(__file__).with_name("dongs.yaml")
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


@dataclass(frozen=True)
class Bounds:
    south: Decimal
    north: Decimal
    west: Decimal
    east: Decimal

    def __contains__(self, point) -> bool:
        latitude, longitude = point
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east


# Seoul's extent with a small margin: a shared location outside it is not a Gangnam matter.
SEOUL = Bounds(Decimal("37.41"), Decimal("37.72"), Decimal("126.76"), Decimal("127.19"))
GANGNAM = Bounds(Decimal("37.45"), Decimal("37.54"), Decimal("127.01"), Decimal("127.13"))


@dataclass(frozen=True)
class Dong:
    code: str
    names: dict
    latitude: Decimal
    longitude: Decimal
    former_names: tuple = ()

    @property
    def korean_name(self) -> str:
        return self.names["ko"]

    def name(self, language: str | None = None) -> str:
        return self.names.get(language or get_language() or "ko", self.korean_name)


@cache
def all_dongs() -> tuple[Dong, ...]:
    entries = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return tuple(
        Dong(
            code=entry["code"],
            names={language: entry[language] for language in LANGUAGES},
            latitude=Decimal(entry["latitude"]),
            longitude=Decimal(entry["longitude"]),
            former_names=tuple(entry.get("former", ())),
        )
        for entry in entries
    )


def dong_by_code(code: str) -> Dong | None:
    return next((dong for dong in all_dongs() if dong.code == code), None)


def dong_by_korean_name(name: str) -> Dong | None:
    """The dong stored under `name`, its current or a former official name."""
    return next(
        (dong for dong in all_dongs() if name in (dong.korean_name, *dong.former_names)), None
    )


def dong_display_name(stored: str, language: str | None = None) -> str:
    """A stored dong in `language` (the active one by default); an unknown name as stored."""
    dong = dong_by_korean_name(stored)
    return dong.name(language) if dong else stored


def dong_choices(language: str | None = None) -> list[tuple[str, str]]:
    return [(dong.code, dong.name(language)) for dong in all_dongs()]
