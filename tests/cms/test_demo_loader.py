"""The demo content that `make run` loads: complete, consistent and idempotent."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from cms.models import Agreement, EventPage, Partner, ProgramPage

LANGUAGES = ["ko", "en", "zh-hans", "ja", "vi"]


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    from tests.conftest import restore_wagtail_base_data

    with django_db_blocker.unblock():
        restore_wagtail_base_data()
        call_command("load_demo_content", verbosity=0)
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.mark.django_db
def test_every_demo_page_is_served_in_every_language(client, demo_content):
    pages = Page.objects.live().filter(depth__gt=1).specific()

    assert pages.count() == 35 * len(LANGUAGES)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}">' in response.content.decode()


@pytest.mark.django_db
def test_the_tree_is_consistent(demo_content):
    for page in ProgramPage.objects.all():
        assert (
            page.numchild == page.get_children().count() == EventPage.objects.child_of(page).count()
        )
    assert EventPage.objects.count() == 18 * len(LANGUAGES)


@pytest.mark.django_db
def test_partners_and_agreements_exist_in_every_language(demo_content):
    assert Partner.objects.count() == 6 * len(LANGUAGES)
    assert Agreement.objects.filter(locale__language_code="ko").count() == 7


@pytest.mark.django_db
def test_loading_again_publishes_nothing(demo_content):
    revisions = Revision.objects.count()

    call_command("load_demo_content", verbosity=0)

    assert Revision.objects.count() == revisions
