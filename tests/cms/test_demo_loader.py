"""The demo content that `make run` loads: complete, consistent and idempotent.

Transactional, like `make run`: wagtail-localize publishes each translation when its own
transaction commits, which is what keeps the page tree consistent.
"""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from cms.models import Agreement, EventPage, Partner, ProgramPage
from participation.feedback.models import ServiceCategory
from tests.conftest import restore_wagtail_base_data

LANGUAGES = ["ko", "en", "zh-hans", "ja", "vi"]


@pytest.mark.django_db(transaction=True)
def test_demo_content_is_complete_consistent_and_idempotent(client):
    restore_wagtail_base_data()
    call_command("load_demo_content", verbosity=0)

    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() == 35 * len(LANGUAGES)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}">' in response.content.decode()
    for program in ProgramPage.objects.all():
        assert program.numchild == program.get_children().count()
    assert EventPage.objects.count() == 18 * len(LANGUAGES)
    assert Partner.objects.count() == 6 * len(LANGUAGES)
    assert Agreement.objects.filter(locale__language_code="ko").count() == 7
    # Feedback topics in every language, each routed to an office except "other".
    categories = ServiceCategory.objects.all()
    assert categories.count() == 6
    for category in categories:
        assert all(getattr(category, f"name_{code.replace('-', '_')}") for code in LANGUAGES)
    assert list(categories.filter(department=None).values_list("code", flat=True)) == ["other"]
    feedback_form = client.get("/vi/feedback/").content.decode()
    assert "Tiếng ồn và công trình" in feedback_form

    revisions = Revision.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert Revision.objects.count() == revisions  # nothing published again
