from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import EventPageFactory, ProgramIndexPageFactory, ProgramPageFactory
from tests.participation.registrations.helpers import translate_page


@pytest.fixture
def program(home_pages):
    index = ProgramIndexPageFactory(parent=home_pages)
    return ProgramPageFactory(parent=index, title="다국어 거버넌스 데이", slug="governance-day")


@pytest.fixture
def make_event(program):
    def make(**fields):
        fields.setdefault("registration_opens_at", timezone.now() - timedelta(days=1))
        fields.setdefault("capacity", 2)
        fields.setdefault("max_party_size", 4)
        return EventPageFactory(parent=program, **fields)

    return make


@pytest.fixture
def event(make_event):
    return make_event(title="다국어 거버넌스 데이 2026", slug="2026")


@pytest.fixture
def vietnamese_event(event):
    """`event` in Vietnamese, with its program index and program translated too."""
    program = event.get_parent()
    translate_page(program.get_parent().specific, "vi", title="Chương trình")
    translate_page(program.specific, "vi", title="Ngày quản trị đa ngôn ngữ")
    return translate_page(event, "vi", title="Ngày quản trị đa ngôn ngữ 2026")
