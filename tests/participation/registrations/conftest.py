from datetime import timedelta

import pytest
from django.utils import timezone

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
