"""The demo's people: registrants with a nationality, a language and a place of residence,
numbered in the order they first appear (their address is demo-<number>@example.org), the
names residents sign their feedback with, and the office staff who handle the feedback."""

import random
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from demo.data import read
from participation.feedback.permissions import ACCESS, TRIAGE_ALL
from participation.registrations.models import ResidentType

from .common import OFFICE_EMAIL, Weighted, registrant_email


def _names() -> dict:
    """{nationality: (family or given names, the other part, what joins them)}, from the names
    in the order they are written (family name first, but for "EN")."""
    return {
        code: (parts["first"], parts["second"], parts["separator"])
        for code, parts in read("people")["names"].items()
    }


# Whose names are written in English letters with a given name first.
ENGLISH_NAMED = ("US", "GB", "CA", "AU", "")

# The site language people choose, by nationality: most their own, long-term residents Korean.
SITE_LANGUAGES = {
    "KR": {"ko": 97, "en": 3},
    "CN": {"zh-hans": 85, "ko": 15},
    "VN": {"vi": 85, "ko": 15},
    "JP": {"ja": 88, "en": 7, "ko": 5},
    "": {"ko": 60, "en": 40},
}
OTHER_SITE_LANGUAGES = {"en": 70, "ko": 30}
ABROAD_LIKELY = ("US", "GB", "DE", "FR", "IN", "JP", "TH", "AU")
RESIDENCE = {
    "KR": {ResidentType.GANGNAM: 55, ResidentType.KOREA: 42, "": 3},
    "foreign": {ResidentType.GANGNAM: 50, ResidentType.KOREA: 35, ResidentType.ABROAD: 10, "": 5},
    "visitor": {ResidentType.GANGNAM: 30, ResidentType.KOREA: 30, ResidentType.ABROAD: 35, "": 5},
}


@dataclass(frozen=True)
class Person:
    number: int
    name: str
    nationality: str  # ISO 3166-1 alpha-2, or "" when not stated
    language: str  # a site language
    resident_type: str
    phone: str

    @property
    def email(self) -> str:
        return registrant_email(self.number)


def person_name(rng: random.Random, nationality: str) -> str:
    full_names = read("people")["full_names"]
    if nationality in full_names:
        return rng.choice(full_names[nationality])
    names = _names()
    written_as = nationality if nationality in names and nationality not in ENGLISH_NAMED else "EN"
    first, second, separator = names[written_as]
    return f"{rng.choice(first)}{separator}{rng.choice(second)}"


def new_person(number: int, nationality: str, rng: random.Random) -> Person:
    language = Weighted(SITE_LANGUAGES.get(nationality, OTHER_SITE_LANGUAGES)).draw(rng)
    if nationality in ("KR", ""):
        residence = RESIDENCE["KR"]
    else:
        residence = RESIDENCE["visitor" if nationality in ABROAD_LIKELY else "foreign"]
    resident_type = Weighted(residence).draw(rng)
    # Most people in Korea leave a mobile number; the digits are not a real subscriber's.
    phone = ""
    if resident_type != ResidentType.ABROAD and rng.random() < 0.6:
        phone = f"010-0{rng.randrange(100, 1000)}-{rng.randrange(1000, 10000)}"
    return Person(
        number=number,
        name=person_name(rng, nationality),
        nationality=nationality,
        language=language,
        resident_type=resident_type,
        phone=phone,
    )


def writer_name(rng: random.Random, language: str) -> str:
    """A name that goes with the language a resident writes feedback in."""
    nationality = {
        "ko": "KR",
        "zh-hans": "CN",
        "vi": "VN",
        "ja": "JP",
        "ru": "RU",
        "mn": "MN",
    }.get(language, "US")
    return person_name(rng, nationality)


@contextmanager
def office_staff():
    """The district office's account for the demo's staff steps: a dispatcher, who may handle
    every item. It is active only while the demo plays, so nobody can sign in with it."""
    users = get_user_model().objects
    staff, created = users.get_or_create(
        email=OFFICE_EMAIL, defaults={"is_staff": True, "preferred_language": "ko"}
    )
    if created:
        staff.set_unusable_password()
        staff.save(update_fields=["password"])
        codenames = [name.split(".", 1)[1] for name in (ACCESS, TRIAGE_ALL)]
        staff.user_permissions.add(
            *Permission.objects.filter(content_type__app_label="feedback", codename__in=codenames)
        )
    users.filter(pk=staff.pk).update(is_active=True)
    staff.is_active = True
    try:
        yield staff
    finally:
        users.filter(pk=staff.pk).update(is_active=False)
