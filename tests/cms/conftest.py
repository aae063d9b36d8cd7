import pytest
from wagtail.models import Locale

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


def translate_page(page, language, **fields):
    """The page copied into `language` (its parent must be translated already), published."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation
