"""The publishing flow end to end: an editor creates a program and an event in Korean,
machine-translates them into Japanese in the admin, corrects a segment, publishes, and a visitor
finds the Japanese event at /ja/… with hreflang links, in the sitemap and in the calendar."""

import re
from urllib.parse import urlencode

import icalendar
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from tests.factories import StaffUserFactory, UserFactory, translate_page


@pytest.fixture
def editor(client):
    client.force_login(StaffUserFactory())
    return client


def submit_for_translation(client, page, language):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [Locale.objects.get(language_code=language).pk], "include_subtree": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def translation_of(page, language) -> Translation:
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=language
    )


@pytest.mark.django_db
def test_editor_machine_translates_corrects_and_publishes_in_japanese(
    libretranslate, editor, program, event, django_capture_on_commit_callbacks
):
    translate_page(program.get_parent(), "ja", title="プログラム")

    submit_for_translation(editor, program, "ja")  # the program and its event (subtree)
    for page in (program, event):
        translation = translation_of(page, "ja")
        response = editor.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]), {}
        )
        assert response.status_code == 302

    # The editor corrects the machine translation of the event's title.
    event_translation = translation_of(event, "ja")
    title = StringSegment.objects.get(source=event_translation.source, context__path="title")
    response = editor.put(
        reverse("wagtail_localize:edit_string_translation", args=[event_translation.pk, title.pk]),
        urlencode({"value": "K-POPワールドシティウィーク 2026 開幕祭"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)

    for page in (program, event):
        target = translation_of(page, "ja").get_target_instance()
        # wagtail-localize publishes once the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            editor.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})

    japanese_event = translation_of(event, "ja").get_target_instance()
    assert japanese_event.live
    editor.logout()

    html = editor.get(japanese_event.url).content.decode()
    assert "<h1>K-POPワールドシティウィーク 2026 開幕祭</h1>" in html
    assert f'hreflang="ko" href="http://testserver{event.url}"' in html
    assert f'hreflang="ja" href="http://testserver{japanese_event.url}"' in html
    assert japanese_event.url in editor.get("/sitemap.xml").content.decode()
    calendar = icalendar.Calendar.from_ical(editor.get("/ja/events.ics").content)
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [
        "K-POPワールドシティウィーク 2026 開幕祭"
    ]


@pytest.mark.django_db
def test_an_editors_changes_go_to_a_moderator_for_approval(client, program):
    workflow = Workflow.objects.get(name="Moderators approval")
    assert workflow.active
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[program.pk]),
        {
            "title": program.title,
            "slug": program.slug,
            "summary": "새 요약입니다.",
            "strategy_axis": program.strategy_axis_id,
            "cluster": program.cluster_id,
            "cadence": "yearly",
            "cadence_month": "10",
            "body-count": "0",
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
            "partners-MIN_NUM_FORMS": "0",
            "partners-MAX_NUM_FORMS": "1000",
            "action-submit": "Submit for moderation",
        },
    )

    assert response.status_code == 302
    program.refresh_from_db()
    assert program.workflow_in_progress
    assert program.summary != "새 요약입니다."  # live content waits for approval
    assert not program.permissions_for_user(editor).can_publish()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("admin_language", "names"),
    [
        ("ko", ["한국어", "영어", "중국어(간체)", "일본어", "베트남어"]),
        ("en", ["Korean", "English", "Simplified Chinese", "Japanese", "Vietnamese"]),
        ("ja", ["韓国語", "英語", "中国語（簡体字）", "日本語", "ベトナム語"]),
    ],
)
def test_translate_page_names_the_languages_in_the_editors_language(
    client, program, admin_language, names
):
    user = StaffUserFactory()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(user)

    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[program.pk]))

    offered = re.findall(r'name="locales"[^>]*>\s*([^<]+?)\s*</label>', response.content.decode())
    # The page's own language is not offered; the other four are, in the editor's words.
    assert sorted(offered) == sorted(names[1:])
