import pytest

from tests.factories import (
    translate_page,
)


@pytest.fixture
def vietnamese_event(event):
    """`event` in Vietnamese, with its program index and program translated too."""
    program = event.get_parent()
    translate_page(program.get_parent().specific, "vi", title="Chương trình")
    translate_page(program.specific, "vi", title="Ngày quản trị đa ngôn ngữ")
    return translate_page(event, "vi", title="Ngày quản trị đa ngôn ngữ 2026")
