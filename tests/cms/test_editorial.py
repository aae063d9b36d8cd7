"""Editorial work: translators limited to their language, outdated translations listed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.services import set_up_translator_groups
from cms.tasks import publish_scheduled_pages
from tests.factories import EventPageFactory, StaffUserFactory, UserFactory, translate_page


@pytest.fixture
def vietnamese_program(program):
    translate_page(program.get_parent(), "vi", title="Chương trình")
    return translate_page(program, "vi", title="Tuần lễ Thành phố Thế giới K-POP")


@pytest.fixture
def vietnamese_translator(vietnamese_program):
    groups = {group.name: group for group in set_up_translator_groups()}
    user = UserFactory()
    user.groups.add(groups["Translators (vi)"])
    return user


@pytest.mark.django_db
def test_a_group_per_translated_language(home_pages):
    names = {group.name for group in set_up_translator_groups()}

    assert names == {f"Translators ({code})" for code in ("en", "zh-hans", "ja", "vi")}
    assert set_up_translator_groups()  # running again changes nothing and does not fail


@pytest.mark.django_db
def test_vietnamese_translator_edits_vietnamese_pages_only(
    client, vietnamese_translator, vietnamese_program, program
):
    client.force_login(vietnamese_translator)

    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[vietnamese_program.pk])).status_code
        == 200
    )
    assert client.get(reverse("wagtailadmin_pages:edit", args=[program.pk])).status_code in (
        302,
        403,
    )
    permissions = vietnamese_program.permissions_for_user(vietnamese_translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()  # publishing goes through moderation


@pytest.mark.django_db
def test_outdated_translations_are_listed_until_synced(client, vietnamese_program, program):
    client.force_login(StaffUserFactory())
    report = reverse("outdated_translations")
    assert "Tuần lễ Thành phố Thế giới K-POP" not in client.get(report).content.decode()

    program.summary = "새 요약"
    program.save_revision().publish()

    assert "Tuần lễ Thành phố Thế giới K-POP" in client.get(report).content.decode()
    vietnamese_program.refresh_from_db()
    vietnamese_program.save_revision().publish()
    assert "Tuần lễ Thành phố Thế giới K-POP" not in client.get(report).content.decode()


@pytest.mark.django_db
def test_scheduled_page_goes_live_when_its_time_comes(client, program):
    page = EventPageFactory(parent=program, title="2027 개막제", slug="2027", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # scheduled, not published yet
    assert client.get("/ko/programs/kpop-week/2027/").status_code == 404

    # An hour later: the scheduled moment has passed.
    moment = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = moment.isoformat()
    revision.approved_go_live_at = moment
    revision.save()
    publish_scheduled_pages.delay()

    assert "2027 개막제" in client.get("/ko/programs/kpop-week/2027/").content.decode()
