from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.files.storage import FileSystemStorage
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from participation.feedback.models import (
    ApiKey,
    Attachment,
    FeedbackItem,
    Message,
    TranslationStatus,
)
from participation.feedback.uploads import CheckedFile
from participation.models import OutboundEmail
from tests.factories import (
    DepartmentFactory,
    FeedbackItemFactory,
    FeedbackMessageFactory,
    FeedbackStaffFactory,
    ServiceCategoryFactory,
    UserFactory,
    in_english,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]

Status = FeedbackItem.Status
REPLY = "공사 현장에 야간 작업 중지를 요청했습니다."
CHINESE_IN_KOREAN = "집 근처 공사 소음이 너무 큽니다. 밤 10시 이후에도 공사를 합니다."


def url(name, *args):
    return reverse(name, args=args)


def item_url(item):
    return url("feedback_admin_item", item.pk)


@pytest.fixture
def parks():
    return DepartmentFactory(code="parks", name_ko="공원녹지과", name_en="Parks")


@pytest.fixture
def outsider(parks):
    user = in_english(FeedbackStaffFactory())
    parks.members.add(user)
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def item(submit, libretranslate, django_capture_on_commit_callbacks):
    """A Chinese complaint, translated into Korean, in the member's department."""
    with django_capture_on_commit_callbacks(execute=True):
        return submit()


@pytest.fixture
def parks_item(parks):
    item = FeedbackItemFactory(category=ServiceCategoryFactory(department=parks))
    FeedbackMessageFactory(item=item)
    return item


@pytest.fixture
def private_storage(tmp_path, monkeypatch):
    monkeypatch.setattr(
        Attachment._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path)
    )


def page_items(response):
    return [row.pk for row in response.context["page"].object_list]


# --- Access --------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_log_in(item):
    for address in (url("feedback_admin_queue"), item_url(item)):
        response = Client().get(address)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_staff_without_the_view_permission_get_nothing(item, department):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    department.members.add(user)
    client = client_for(user)

    assert client.get(url("feedback_admin_queue")).status_code == 403
    assert client.get(item_url(item)).status_code == 403
    response = client.post(url("feedback_admin_reply", item.pk), {"reply-text": REPLY})
    assert response.status_code == 403
    assert not item.messages.filter(author="staff").exists()


def test_another_departments_item_is_refused_on_every_view(item, outsider, private_storage):
    client = client_for(outsider)
    message = item.messages.get()
    posts = {
        url("feedback_admin_reply", item.pk): {"reply-text": REPLY},
        url("feedback_admin_note", item.pk): {"note-text": "메모"},
        url("feedback_admin_status", item.pk): {"status-status": "triaged"},
        url("feedback_admin_department", item.pk): {
            "department-department": outsider.feedback_departments.get().pk
        },
        url("feedback_admin_language", item.pk): {"language-language": "ja"},
        url("feedback_admin_translation", item.pk, message.pk): {
            f"translation-{message.pk}-text": "번역"
        },
    }

    assert client.get(item_url(item)).status_code == 403
    assert client.get(url("feedback_admin_attachment", item.pk, 1)).status_code == 403
    for address, data in posts.items():
        assert client.post(address, data).status_code == 403, address

    fresh = FeedbackItem.objects.get(pk=item.pk)
    assert (fresh.status, fresh.department_id, fresh.language) == (
        Status.RECEIVED,
        item.department_id,
        "zh-hans",
    )
    assert fresh.messages.count() == 1
    assert fresh.messages.get().translated_text == CHINESE_IN_KOREAN
    assert item.pk not in page_items(client.get(url("feedback_admin_queue")))


def test_an_unknown_item_is_404(member):
    assert (
        client_for(member).get(url("feedback_admin_item", 999999), follow=True).status_code == 404
    )


def test_actions_need_post_and_a_csrf_token(item, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    assert client.get(url("feedback_admin_reply", item.pk)).status_code == 405
    assert (
        client.post(url("feedback_admin_reply", item.pk), {"reply-text": REPLY}).status_code == 403
    )
    assert not item.messages.filter(author="staff").exists()


# --- Queue ---------------------------------------------------------------------------------


def test_department_staff_see_their_items_and_dispatchers_all(item, parks_item, member, dispatcher):
    unassigned = FeedbackItemFactory(department=None)

    assert page_items(client_for(member).get(url("feedback_admin_queue"))) == [item.pk]
    assert set(page_items(client_for(dispatcher).get(url("feedback_admin_queue")))) == {
        item.pk,
        parks_item.pk,
        unassigned.pk,
    }


def test_the_queue_row_shows_the_korean_first_line_and_the_language(item, member):
    response = client_for(member).get(url("feedback_admin_queue"))

    row = response.context["page"].object_list[0]
    assert row.korean_first_line == CHINESE_IN_KOREAN
    assert row.language_name == "Simplified Chinese"
    assert row.translation_state == ""
    content = response.content.decode()
    assert CHINESE_IN_KOREAN in content
    assert item.display_code[:9] in content
    assert "Noise" in content


def test_translation_state_and_language_markers(dispatcher):
    pending = FeedbackItemFactory(language="vi", language_is_fallback=True)
    FeedbackMessageFactory(item=pending, translation_status=TranslationStatus.PENDING)
    manual = FeedbackItemFactory(language="mn", language_corrected_by=dispatcher)
    FeedbackMessageFactory(item=manual, translation_status=TranslationStatus.NEEDS_MANUAL)

    with translation.override("en"):
        response = client_for(dispatcher).get(url("feedback_admin_queue"))

    rows = {row.pk: row for row in response.context["page"].object_list}
    assert rows[pending.pk].translation_state == "translation pending"
    assert rows[manual.pk].translation_state == "needs manual translation"
    assert rows[pending.pk].korean_first_line == ""
    content = response.content.decode()
    assert "fallback" in content
    assert "corrected" in content


def test_overdue_items_are_highlighted_in_words_too(dispatcher):
    late = FeedbackItemFactory(due_at=timezone.now() - timedelta(days=1))
    FeedbackItemFactory(due_at=timezone.now() - timedelta(days=1), status=Status.ANSWERED)
    FeedbackItemFactory()

    response = client_for(dispatcher).get(url("feedback_admin_queue"))

    overdue = [row.pk for row in response.context["page"].object_list if row.is_overdue]
    assert overdue == [late.pk]
    content = response.content.decode()
    assert content.count("feedback-queue__row--overdue") == 1
    assert '<strong class="feedback-overdue">overdue</strong>' in content
    assert response.context["counts"]["overdue"] == 1


def test_default_sort_is_by_due_date_with_undated_items_last(dispatcher):
    later = FeedbackItemFactory(due_at=timezone.now() + timedelta(days=9))
    undated = FeedbackItemFactory(due_at=None, kind="event_survey", category=None)
    sooner = FeedbackItemFactory(due_at=timezone.now() + timedelta(days=1))

    client = client_for(dispatcher)
    assert page_items(client.get(url("feedback_admin_queue"))) == [sooner.pk, later.pk, undated.pk]
    assert page_items(client.get(url("feedback_admin_queue"), {"sort": "received"})) == [
        sooner.pk,
        undated.pk,
        later.pk,
    ]


def test_the_queue_opens_on_open_items_overdue_first_then_oldest_due(dispatcher):
    now = timezone.now()
    soon = FeedbackItemFactory(due_at=now + timedelta(days=1))
    later = FeedbackItemFactory(due_at=now + timedelta(days=4), status=Status.IN_PROGRESS)
    answered = FeedbackItemFactory(due_at=now - timedelta(days=3), status=Status.ANSWERED)
    late = FeedbackItemFactory(due_at=now - timedelta(days=1), status=Status.TRIAGED)
    later_late = FeedbackItemFactory(due_at=now - timedelta(hours=1))
    finished = [
        FeedbackItemFactory(due_at=now - timedelta(days=5), status=status)
        for status in (Status.CLOSED, Status.REJECTED, Status.DUPLICATE)
    ]
    client = client_for(dispatcher)

    response = client.get(url("feedback_admin_queue"))
    assert page_items(response) == [late.pk, later_late.pk, soon.pk, later.pk]
    assert response.context["filters"]["status"].value() is None  # the filter says "open"
    unfinished = page_items(client.get(url("feedback_admin_queue"), {"status": "unfinished"}))
    assert unfinished == [late.pk, later_late.pk, answered.pk, soon.pk, later.pk]
    everything = page_items(client.get(url("feedback_admin_queue"), {"status": "all"}))
    assert set(everything) == {soon.pk, later.pk, answered.pk, late.pk, later_late.pk} | {
        item.pk for item in finished
    }
    assert page_items(client.get(url("feedback_admin_queue"), {"status": "rejected"})) == [
        finished[1].pk
    ]


def test_counts_per_status(dispatcher):
    FeedbackItemFactory.create_batch(2)
    FeedbackItemFactory(status=Status.CLOSED)

    response = client_for(dispatcher).get(url("feedback_admin_queue"), {"status": "closed"})

    counts = {row["value"]: row["count"] for row in response.context["counts"]["statuses"]}
    assert counts["received"] == 2
    assert counts["closed"] == 1
    assert counts["answered"] == 0
    assert len(page_items(response)) == 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"status": "in_progress"}, ["busy"]),
        ({"kind": "question"}, ["question"]),
        ({"language": "vi"}, ["vietnamese"]),
        ({"overdue": "on"}, ["late"]),
        ({"department": "none"}, ["unassigned"]),
        ({"status": "bogus"}, ["busy", "question", "vietnamese", "late", "unassigned", "parks"]),
    ],
)
def test_queue_filters(dispatcher, parks, filters, expected):
    parks_category = ServiceCategoryFactory(department=parks)
    items = {
        "busy": FeedbackItemFactory(status=Status.IN_PROGRESS),
        "question": FeedbackItemFactory(kind="question"),
        "vietnamese": FeedbackItemFactory(language="vi"),
        "late": FeedbackItemFactory(due_at=timezone.now() - timedelta(hours=1)),
        "unassigned": FeedbackItemFactory(department=None),
        "parks": FeedbackItemFactory(category=parks_category),
    }

    response = client_for(dispatcher).get(url("feedback_admin_queue"), filters)

    assert set(page_items(response)) == {items[name].pk for name in expected}


def test_category_and_department_filters(dispatcher, parks):
    parks_category = ServiceCategoryFactory(department=parks)
    in_parks = FeedbackItemFactory(category=parks_category)
    FeedbackItemFactory()
    client = client_for(dispatcher)

    assert page_items(client.get(url("feedback_admin_queue"), {"category": parks_category.pk})) == [
        in_parks.pk
    ]
    assert page_items(client.get(url("feedback_admin_queue"), {"department": parks.pk})) == [
        in_parks.pk
    ]


def test_department_filter_offers_only_the_users_departments(member, department, parks):
    response = client_for(member).get(url("feedback_admin_queue"))

    choices = [value for value, _label in response.context["filters"].fields["department"].choices]
    assert choices == ["", str(department.pk)]


def test_search_by_code_fragment_number_or_text(item, member):
    client = client_for(member)
    FeedbackMessageFactory(item=FeedbackItemFactory(category=item.category), text="Parking")
    fragment = item.display_code[5:14].lower()  # "efgh-ijkl", typed in lower case

    for query in (fragment, str(item.pk), "施工噪音", "공사 소음"):
        assert page_items(client.get(url("feedback_admin_queue"), {"q": query})) == [item.pk], query
    assert page_items(client.get(url("feedback_admin_queue"), {"q": "nothing like it"})) == []


def test_pagination_fifty_a_page(dispatcher):
    FeedbackItemFactory.create_batch(51)
    client = client_for(dispatcher)

    first = client.get(url("feedback_admin_queue"), {"kind": "complaint"})
    second = client.get(url("feedback_admin_queue"), {"kind": "complaint", "p": 2})

    assert len(page_items(first)) == 50
    assert len(page_items(second)) == 1
    assert "kind=complaint&amp;p=2" in first.content.decode()


# --- Item ----------------------------------------------------------------------------------


def test_item_page_shows_original_and_korean_side_by_side(item, member):
    with translation.override("en"):
        response = client_for(member).get(item_url(item))

    assert response.status_code == 200
    content = response.content.decode()
    assert 'lang="zh-hans">我家附近的施工噪音太大了' in content
    assert f'lang="ko">{CHINESE_IN_KOREAN}' in content
    assert "machine-translated" in content
    assert "resident@example.org" in content
    assert item.display_code in content
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )


def test_internal_notes_are_labelled_and_replies_show_their_translation(
    item, member, django_capture_on_commit_callbacks
):
    client = client_for(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("feedback_admin_note", item.pk), {"note-text": "세 번째 신고입니다."})
        client.post(url("feedback_admin_reply", item.pk), {"reply-text": REPLY})

    content = client.get(item_url(item)).content.decode()

    assert "internal note — never shown to the resident" in content
    assert "feedback-message--internal" in content
    assert 'lang="zh-hans">我们已要求施工现场停止夜间作业。' in content
    assert "For the resident (Simplified Chinese)" in content


def test_overdue_marker_on_the_item_page(item, member):
    FeedbackItem.objects.filter(pk=item.pk).update(due_at=timezone.now() - timedelta(days=2))

    response = client_for(member).get(item_url(item))

    assert response.context["is_overdue"]
    assert '<strong class="feedback-overdue">overdue</strong>' in response.content.decode()


def test_attachments_download_only_through_the_admin(submit, member, private_storage):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    item = submit(attachments=[CheckedFile(name="소음.png", content=png, content_type="image/png")])
    attachment = item.attachments.get()
    other = submit(
        attachments=[CheckedFile(name="b.pdf", content=b"%PDF-1.4", content_type="application/pdf")]
    )
    client = client_for(member)

    assert (
        url("feedback_admin_attachment", item.pk, attachment.pk)
        in client.get(item_url(item)).content.decode()
    )
    response = client.get(url("feedback_admin_attachment", item.pk, attachment.pk))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    other_file = other.attachments.get()
    # Another item's file through this item's address: not found.
    assert (
        client.get(
            url("feedback_admin_attachment", item.pk, other_file.pk), follow=True
        ).status_code
        == 404
    )


# --- Actions -------------------------------------------------------------------------------


def test_reply_in_korean(item, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(member).post(
            url("feedback_admin_reply", item.pk), {"reply-text": REPLY}
        )

    assert response.status_code == 302
    assert response["Location"] == item_url(item)
    reply = item.messages.get(author="staff")
    assert (reply.text, reply.author_user, reply.translation_status) == (
        REPLY,
        member,
        TranslationStatus.DONE,
    )
    item.refresh_from_db()
    assert item.status == Status.ANSWERED
    assert OutboundEmail.objects.filter(body_text__contains=REPLY).count() == 1


def test_an_empty_reply_shows_the_form_again_with_an_error(item, member):
    response = client_for(member).post(url("feedback_admin_reply", item.pk), {"reply-text": " "})

    assert response.status_code == 400
    assert response.context["reply_form"].errors
    assert not item.messages.filter(author="staff").exists()


def test_a_service_refusal_is_shown_as_its_translated_message(item, member):
    from participation.feedback import services

    services.erase_personal_data(item=item)

    with translation.override("en"):
        response = client_for(member).post(
            url("feedback_admin_reply", item.pk), {"reply-text": REPLY}
        )

    assert response.status_code == 400
    shown = [str(m.message).strip() for m in response.context["messages"]]
    assert "This action is not possible for this item now." in shown
    assert response.context["reply_form"]["text"].value() == REPLY  # nothing typed is lost


def test_internal_note(item, member):
    response = client_for(member).post(url("feedback_admin_note", item.pk), {"note-text": "메모"})

    assert response.status_code == 302
    note = item.messages.get(is_internal=True)
    assert note.translation_status == TranslationStatus.NOT_NEEDED


def test_change_status(item, member):
    response = client_for(member).post(
        url("feedback_admin_status", item.pk), {"status-status": "in_progress"}, follow=True
    )

    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS
    assert [str(m.message).strip() for m in response.context["messages"]] == [
        "The status is now “in progress”."
    ]


@pytest.mark.parametrize("how", ["code", "number"])
def test_mark_as_duplicate_by_tracking_code_or_number(item, submit, member, how):
    original = submit(text="工地噪音太大。")
    typed = original.display_code.lower() if how == "code" else str(original.pk)

    client_for(member).post(
        url("feedback_admin_status", item.pk),
        {"status-status": "duplicate", "status-duplicate_of": typed},
    )

    item.refresh_from_db()
    assert item.status == Status.DUPLICATE
    assert item.duplicate_of == original


@pytest.mark.parametrize("typed", ["", "NOPE", "own", "elsewhere"])
def test_duplicate_of_must_be_another_item_the_user_can_handle(item, member, parks_item, typed):
    typed = {"own": item.display_code, "elsewhere": parks_item.display_code}.get(typed, typed)

    response = client_for(member).post(
        url("feedback_admin_status", item.pk),
        {"status-status": "duplicate", "status-duplicate_of": typed},
    )

    assert response.status_code == 400
    assert response.context["status_form"].errors["duplicate_of"]
    item.refresh_from_db()
    assert item.status == Status.RECEIVED


def test_assign_department_offers_only_assignable_departments(item, member, dispatcher, parks):
    member_form = client_for(member).get(item_url(item)).context["department_form"]
    assert list(member_form.fields["department"].queryset) == [item.department]

    refused = client_for(member).post(
        url("feedback_admin_department", item.pk), {"department-department": parks.pk}
    )
    assert refused.status_code == 400
    item.refresh_from_db()
    assert item.department != parks

    client_for(dispatcher).post(
        url("feedback_admin_department", item.pk), {"department-department": parks.pk}
    )
    item.refresh_from_db()
    assert item.department == parks
    assert item.status == Status.TRIAGED


def test_correct_language(item, member, django_capture_on_commit_callbacks):
    form = client_for(member).get(item_url(item)).context["language_form"]
    with translation.override("en"):
        choices = [(value, str(label)) for value, label in form.fields["language"].choices]
    assert ("mn", "Mongolian") in choices
    assert len(choices) == 18

    with django_capture_on_commit_callbacks(execute=True):
        client_for(member).post(
            url("feedback_admin_language", item.pk), {"language-language": "mn"}
        )

    item.refresh_from_db()
    assert item.language == "mn"
    assert item.language_corrected_by == member
    # The provider has no Mongolian: staff are asked to translate.
    assert item.messages.get().translation_status == TranslationStatus.NEEDS_MANUAL


def test_type_a_manual_translation(item, member):
    message = item.messages.get()
    Message.objects.filter(pk=message.pk).update(
        translation_status=TranslationStatus.NEEDS_MANUAL, translated_text=""
    )
    page = client_for(member).get(item_url(item)).content.decode()
    assert f'name="translation-{message.pk}-text"' in page

    response = client_for(member).post(
        url("feedback_admin_translation", item.pk, message.pk),
        {f"translation-{message.pk}-text": "집 앞 공사가 밤늦게까지 시끄럽습니다."},
    )

    assert response.status_code == 302
    message.refresh_from_db()
    assert message.translation_status == TranslationStatus.MANUAL
    assert message.translated_text == "집 앞 공사가 밤늦게까지 시끄럽습니다."
    assert "translated by staff" in client_for(member).get(item_url(item)).content.decode()


def test_no_manual_translation_of_an_internal_note_or_another_items_message(
    item, member, parks_item
):
    note = Message.objects.create(
        item=item, author="staff", is_internal=True, text="메모", language="ko"
    )
    elsewhere = parks_item.messages.get()
    client = client_for(member)

    for message in (note, elsewhere):
        response = client.post(
            url("feedback_admin_translation", item.pk, message.pk),
            {f"translation-{message.pk}-text": "x"},
            follow=True,
        )
        assert response.status_code == 404
    note.refresh_from_db()
    assert note.translated_text == ""


# --- Menu and settings ---------------------------------------------------------------------


def test_menu_item_only_for_queue_users_with_the_overdue_count(rf, member, department):
    from participation.feedback.wagtail_hooks import register_feedback_menu_item

    FeedbackItemFactory(
        category=ServiceCategoryFactory(department=department),
        due_at=timezone.now() - timedelta(days=1),
    )
    menu_item = register_feedback_menu_item()
    request = rf.get("/admin/")

    request.user = UserFactory(is_staff=True)
    assert not menu_item.is_shown(request)
    request.user = member
    assert menu_item.is_shown(request)
    with translation.override("en"):
        assert menu_item.render_component(request).label == "Feedback (1 overdue)"


def test_feedback_settings_snippets(department):
    ApiKey.issue(name="Seoul 120 app")
    admin = in_english(UserFactory(is_staff=True, is_superuser=True))
    client = client_for(admin)

    for model in ("department", "servicecategory", "serviceattribute", "serviceattributevalue"):
        assert client.get(f"/admin/snippets/feedback/{model}/").status_code == 200, model
    resident = UserFactory(email="resident-not-staff@example.org")
    department_form = client.get(f"/admin/snippets/feedback/department/edit/{department.pk}/")
    assert department_form.status_code == 200
    # Only staff accounts can be members: residents' accounts are never listed.
    assert admin.email in department_form.content.decode()
    assert resident.email not in department_form.content.decode()

    keys = client.get("/admin/snippets/feedback/apikey/")
    assert "Seoul 120 app" in keys.content.decode()
    assert "/admin/snippets/feedback/apikey/add/" not in keys.content.decode()
    # Keys are issued by the management command only, which shows the key once.
    assert client.get("/admin/snippets/feedback/apikey/add/").status_code != 200
    key = ApiKey.objects.get()
    edit = client.get(f"/admin/snippets/feedback/apikey/edit/{key.pk}/")
    assert "key_hash" not in edit.content.decode()
    client.post(
        f"/admin/snippets/feedback/apikey/edit/{key.pk}/",
        {"name": "Seoul 120 app", "is_active": ""},
    )
    key.refresh_from_db()
    assert not key.is_active
