import pytest

from tests.factories import EventPageFactory, ProgramIndexPageFactory, ProgramPageFactory


@pytest.fixture
def program_index(home_pages):
    return ProgramIndexPageFactory(parent=home_pages)


@pytest.fixture
def program(program_index):
    return ProgramPageFactory(parent=program_index, title="K-POP 월드 시티 위크", slug="kpop-week")


@pytest.fixture
def event(program):
    return EventPageFactory(parent=program, title="K-POP 월드 시티 위크 2026", slug="2026")
