from datetime import timedelta

import pytest
from django.utils import timezone

from cms.models import EventSession
from tests.factories import (
    translate_page,
)
from tests.participation.registrations.helpers import attend


@pytest.fixture
def vietnamese_event(event):
    """`event` in Vietnamese, with its program index and program translated too."""
    program = event.get_parent()
    translate_page(program.get_parent().specific, "vi", title="Chương trình")
    translate_page(program.specific, "vi", title="Ngày quản trị đa ngôn ngữ")
    return translate_page(event, "vi", title="Ngày quản trị đa ngôn ngữ 2026")


@pytest.fixture
def finished_event(make_event):
    """An event that ended three hours ago: past the default two-hour survey delay."""
    ended = timezone.now() - timedelta(hours=3)
    return make_event(
        title="지난 행사", slug="finished", starts_at=ended - timedelta(hours=2), ends_at=ended
    )


@pytest.fixture
def attendee(finished_event):
    return attend(finished_event, email="an@example.org", preferred_language="vi")


@pytest.fixture
def make_session():
    """`make_session(event, **fields)`: a session of `event` (a day of it), 2 places."""

    def make(event, **fields):
        number = event.sessions.count()
        fields.setdefault("title", f"세션 {number + 1}")
        fields.setdefault("starts_at", event.starts_at + timedelta(days=number))
        fields.setdefault("ends_at", fields["starts_at"] + timedelta(hours=2))
        fields.setdefault("capacity", 2)
        fields.setdefault("sort_order", number)
        return EventSession.objects.create(page=event, **fields)

    return make


@pytest.fixture
def session_event(event, make_session):
    """`event` with three sessions: a keynote (2 places), a workshop (1) and a tour (2)."""
    make_session(event, title="기조연설", capacity=2)
    make_session(event, title="워크숍", capacity=1)
    make_session(event, title="투어", capacity=2)
    return event
