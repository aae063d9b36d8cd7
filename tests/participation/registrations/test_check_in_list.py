import hashlib
from datetime import datetime, timedelta

import pytest
from django.test import override_settings

from cms.calendar import SEOUL
from participation.registrations.check_in_list import (
    code_hash,
    list_expires_at,
    list_salt,
    masked_initial,
    ticket_list,
    tokens_by_hash,
)
from tests.factories import RegistrationFactory
from tests.participation.registrations.helpers import attend

pytestmark = pytest.mark.django_db


def test_the_list_holds_hashes_party_sizes_initials_and_check_ins_only(event):
    waiting = RegistrationFactory(event=event, status="waiting")
    confirmed = RegistrationFactory(event=event, name="김민지", party_size=3)
    arrived = attend(event, name="Nguyễn An")

    data = ticket_list(event=event)

    salt = list_salt(event)
    assert data["salt"] == salt and data["event"] == event.pk
    assert data["tickets"] == [
        {
            "hash": code_hash(salt, confirmed.ticket_token),
            "initial": "김**",
            "party_size": 3,
            "checked_in": False,
        },
        {
            "hash": code_hash(salt, arrived.ticket_token),
            "initial": "N***",
            "party_size": 1,
            "checked_in": True,
        },
    ]
    text = str(data)
    for registration in (waiting, confirmed, arrived):
        assert registration.ticket_token not in text
        assert registration.email not in text
    assert "민지" not in text


def test_the_hash_is_sha256_of_salt_and_code_as_the_browser_computes_it(event):
    salt = list_salt(event)

    assert code_hash(salt, "abc") == hashlib.sha256(f"{salt}:abc".encode()).hexdigest()


def test_each_event_has_its_own_salt_and_the_key_decides_it(event, make_event):
    other = make_event(title="다른 행사", slug="other")

    assert list_salt(event) != list_salt(other)
    with override_settings(SECRET_KEY="another-key-" + "x" * 50):
        changed = list_salt(event)
    assert changed != list_salt(event)


def test_the_list_expires_at_the_end_of_the_event_day_in_seoul(make_event):
    starts = datetime(2030, 10, 3, 14, 0, tzinfo=SEOUL)
    event = make_event(starts_at=starts, ends_at=starts + timedelta(hours=9))  # 23:00

    assert list_expires_at(event) == datetime(2030, 10, 4, 0, 0, tzinfo=SEOUL)


def test_masked_initial():
    assert masked_initial("김민지") == "김**"
    assert masked_initial("A") == "A"
    assert masked_initial("Alexandra Smith") == "A***"
    assert masked_initial("  ") == ""


def test_tokens_by_hash_maps_back_only_this_events_codes(event, make_event):
    mine = RegistrationFactory(event=event)
    other = RegistrationFactory(event=make_event(title="다른 행사", slug="other"))

    tokens = tokens_by_hash(event=event)

    assert tokens == {code_hash(list_salt(event), mine.ticket_token): mine.ticket_token}
    assert other.ticket_token not in tokens.values()
