import pytest
from django.core.cache import cache

from cms.demo_content import HOME_PAGES
from cms.services import set_up_home_pages


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits live in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_pages(db):
    """The home page in every site language, as the demo content publishes it."""
    return set_up_home_pages(content=HOME_PAGES)
