"""What staff do to an item (services/staff.py, set_manual_translation): status transitions and
their timestamps, duplicates, routing, language correction, replies and internal notes, each
refused for an item the user may not handle."""

import pytest
from django.utils import timezone

from participation.feedback import services
from participation.feedback.errors import ActionNotAllowed, InvalidFeedback, NotPermitted
from participation.feedback.models import (
    FeedbackItem,
    LanguageCorrection,
    Message,
    StatusChange,
    TranslationStatus,
)
from participation.feedback.selectors import resident_conversation
from participation.models import OutboundEmail
from tests.factories import DepartmentFactory, FeedbackStaffFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = FeedbackItem.Status
REPLY = "공사 현장에 야간 작업 중지를 요청했습니다."
REPLY_IN_CHINESE = "我们已要求施工现场停止夜间作业。"


@pytest.fixture
def other_department():
    return DepartmentFactory(code="parks")


@pytest.fixture
def outsider(other_department):
    """Staff of another department."""
    user = FeedbackStaffFactory()
    other_department.members.add(user)
    return user


@pytest.fixture
def item(submit, libretranslate, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return submit()


def emails_containing(text):
    return OutboundEmail.objects.filter(body_text__contains=text)


# --- Status --------------------------------------------------------------------------------


def test_status_changes_are_recorded_with_who_and_when(item, member):
    item = services.change_status(item=item, status=Status.TRIAGED, user=member)
    item = services.change_status(item=item, status=Status.IN_PROGRESS, user=member)

    changes = list(StatusChange.objects.filter(item=item).values_list("from_status", "to_status"))
    assert changes == [("", "received"), ("received", "triaged"), ("triaged", "in_progress")]
    assert StatusChange.objects.filter(item=item, changed_by=member).count() == 2
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS
    assert item.closed_at is None
    assert item.first_answered_at is None


def test_staff_steps_happen_at_the_time_given(submit, dispatcher, department):
    """Every staff service takes `now=`: the demo plays history through them."""
    received = timezone.now() - timezone.timedelta(days=30)
    triaged, answered, closed = (received + timezone.timedelta(hours=h) for h in (2, 20, 50))
    item = submit(text="밤마다 공사 소음이 심합니다.", site_language="ko", now=received)

    services.assign_department(item=item, department=department, user=dispatcher, now=triaged)
    reply = services.reply_as_staff(item=item, text=REPLY, user=dispatcher, now=answered)
    item = services.change_status(item=item, status=Status.CLOSED, user=dispatcher, now=closed)
    item = services.rate_answer(item=item, rating=5, now=closed + timezone.timedelta(hours=1))

    times = list(StatusChange.objects.filter(item=item).values_list("to_status", "changed_at"))
    assert times == [
        ("received", received),
        ("triaged", triaged),
        ("answered", answered),
        ("closed", closed),
    ]
    assert (item.created_at, item.first_answered_at, item.closed_at) == (received, answered, closed)
    assert item.rated_at == closed + timezone.timedelta(hours=1)
    reply.refresh_from_db()
    assert (reply.created_at, reply.resident_notified_at) == (answered, answered)
    assert item.messages.get(author="resident").created_at == received


@pytest.mark.parametrize("final", [Status.CLOSED, Status.REJECTED])
def test_final_statuses_set_closed_at_and_email_the_resident(item, member, final):
    before = OutboundEmail.objects.count()

    item = services.change_status(item=item, status=final, user=member)

    item.refresh_from_db()
    assert item.closed_at is not None
    assert OutboundEmail.objects.count() == before + 1
    assert item.display_code in OutboundEmail.objects.first().subject


def test_open_statuses_email_nobody(item, member):
    before = OutboundEmail.objects.count()

    services.change_status(item=item, status=Status.TRIAGED, user=member)
    services.change_status(item=item, status=Status.IN_PROGRESS, user=member)

    assert OutboundEmail.objects.count() == before


def test_reopening_by_staff_clears_closed_at_but_keeps_first_answered_at(item, member):
    item = services.change_status(item=item, status=Status.CLOSED, user=member)
    first_answered = item.first_answered_at
    assert first_answered is not None  # closing answers too

    item = services.change_status(item=item, status=Status.IN_PROGRESS, user=member)
    item = services.change_status(item=item, status=Status.ANSWERED, user=member)

    item.refresh_from_db()
    assert item.closed_at is None
    assert item.first_answered_at == first_answered


@pytest.mark.parametrize("status", [Status.RECEIVED, "archived", ""])
def test_impossible_status_changes_are_refused(item, member, status):
    with pytest.raises(ActionNotAllowed):
        services.change_status(item=item, status=status, user=member)


def test_the_same_status_again_is_refused(item, member):
    services.change_status(item=item, status=Status.TRIAGED, user=member)
    with pytest.raises(ActionNotAllowed):
        services.change_status(item=item, status=Status.TRIAGED, user=member)
    assert StatusChange.objects.filter(item=item).count() == 2


# --- Duplicates ----------------------------------------------------------------------------


def test_a_duplicate_points_at_its_original(item, submit, member):
    original = submit(text="工地噪音太大。")

    item = services.change_status(
        item=item, status=Status.DUPLICATE, user=member, duplicate_of=original
    )

    item.refresh_from_db()
    assert item.duplicate_of == original
    assert item.closed_at is not None
    assert list(original.duplicates.all()) == [item]


def test_a_duplicate_of_a_duplicate_points_at_the_original(item, submit, member):
    original = submit(text="工地噪音太大。")
    first_copy = submit(text="施工噪音。")
    services.change_status(
        item=first_copy, status=Status.DUPLICATE, user=member, duplicate_of=original
    )
    first_copy.refresh_from_db()

    item = services.change_status(
        item=item, status=Status.DUPLICATE, user=member, duplicate_of=first_copy
    )

    assert item.duplicate_of == original


def test_duplicates_of_an_item_follow_it_when_it_becomes_a_duplicate(item, submit, member):
    copy = submit(text="施工噪音。")
    services.change_status(item=copy, status=Status.DUPLICATE, user=member, duplicate_of=item)
    original = submit(text="工地噪音太大。")

    services.change_status(item=item, status=Status.DUPLICATE, user=member, duplicate_of=original)

    copy.refresh_from_db()
    assert copy.duplicate_of == original


def test_a_duplicate_needs_an_original_other_than_itself(item, submit, member):
    with pytest.raises(InvalidFeedback) as missing:
        services.change_status(item=item, status=Status.DUPLICATE, user=member)
    assert missing.value.field == "duplicate_of"
    with pytest.raises(InvalidFeedback):
        services.change_status(item=item, status=Status.DUPLICATE, user=member, duplicate_of=item)

    # Nor, through one of its own duplicates, itself.
    copy = submit(text="施工噪音。")
    services.change_status(item=copy, status=Status.DUPLICATE, user=member, duplicate_of=item)
    copy.refresh_from_db()
    with pytest.raises(InvalidFeedback):
        services.change_status(item=item, status=Status.DUPLICATE, user=member, duplicate_of=copy)

    item.refresh_from_db()
    assert item.status == Status.RECEIVED
    assert item.duplicate_of is None


def test_the_original_must_be_an_item_the_user_can_handle(item, submit, member, other_department):
    elsewhere = submit(text="公园的灯坏了。")
    FeedbackItem.objects.filter(pk=elsewhere.pk).update(department=other_department)
    elsewhere.refresh_from_db()

    with pytest.raises(NotPermitted):
        services.change_status(
            item=item, status=Status.DUPLICATE, user=member, duplicate_of=elsewhere
        )
    item.refresh_from_db()
    assert item.status == Status.RECEIVED


def test_leaving_duplicate_forgets_the_original(item, submit, member):
    original = submit(text="工地噪音太大。")
    services.change_status(item=item, status=Status.DUPLICATE, user=member, duplicate_of=original)

    item = services.change_status(item=item, status=Status.IN_PROGRESS, user=member)

    item.refresh_from_db()
    assert item.duplicate_of is None
    assert item.closed_at is None


# --- Departments ---------------------------------------------------------------------------


def test_a_dispatcher_routes_anywhere_and_a_received_item_becomes_triaged(
    item, dispatcher, other_department
):
    item = services.assign_department(item=item, department=other_department, user=dispatcher)

    item.refresh_from_db()
    assert item.department == other_department
    assert item.status == Status.TRIAGED
    assert StatusChange.objects.filter(item=item, to_status="triaged").get().changed_by == (
        dispatcher
    )


def test_routing_keeps_a_status_past_triage(item, dispatcher, other_department):
    services.change_status(item=item, status=Status.IN_PROGRESS, user=dispatcher)

    item = services.assign_department(item=item, department=other_department, user=dispatcher)

    assert item.status == Status.IN_PROGRESS


def test_staff_route_only_between_their_own_departments(item, member, other_department):
    with pytest.raises(ActionNotAllowed):
        services.assign_department(item=item, department=other_department, user=member)
    item.refresh_from_db()
    assert item.department.code == "foreign-residents"

    other_department.members.add(member)
    item = services.assign_department(item=item, department=other_department, user=member)
    assert item.department == other_department


def test_once_routed_away_the_former_department_cannot_act(item, member, dispatcher, outsider):
    services.assign_department(
        item=item, department=outsider.feedback_departments.get(), user=dispatcher
    )

    with pytest.raises(NotPermitted):
        services.add_internal_note(item=item, text="아직 우리 담당인가요?", user=member)
    services.add_internal_note(item=item, text="공원녹지과에서 확인합니다.", user=outsider)


# --- Refusals ------------------------------------------------------------------------------


@pytest.fixture(params=["other department", "no view permission", "not staff"])
def refused_user(request, department, other_department):
    if request.param == "other department":
        user = FeedbackStaffFactory()
        other_department.members.add(user)
    elif request.param == "no view permission":
        user = UserFactory(is_staff=True)
        department.members.add(user)  # membership alone is not enough
    else:
        user = FeedbackStaffFactory(is_staff=False)
        department.members.add(user)
    return user


@pytest.mark.parametrize(
    "action",
    [
        lambda item, user, _: services.change_status(item=item, status="triaged", user=user),
        lambda item, user, department: services.assign_department(
            item=item, department=department, user=user
        ),
        lambda item, user, _: services.reply_as_staff(item=item, text="답변입니다.", user=user),
        lambda item, user, _: services.add_internal_note(item=item, text="메모", user=user),
        lambda item, user, _: services.correct_language(item=item, language="ja", user=user),
        lambda item, user, _: services.set_manual_translation(
            message=item.messages.get(), text="번역", user=user
        ),
    ],
    ids=["status", "department", "reply", "note", "language", "translation"],
)
def test_every_staff_service_refuses_an_item_the_user_cannot_handle(
    item, refused_user, other_department, action
):
    messages_before = list(item.messages.values_list("pk", "translated_text"))
    emails_before = OutboundEmail.objects.count()

    with pytest.raises(NotPermitted):
        action(item, refused_user, other_department)

    fresh = FeedbackItem.objects.get(pk=item.pk)
    assert (fresh.status, fresh.department_id, fresh.language) == (
        Status.RECEIVED,
        item.department_id,
        item.language,
    )
    assert list(fresh.messages.values_list("pk", "translated_text")) == messages_before
    assert OutboundEmail.objects.count() == emails_before


# --- Internal notes ------------------------------------------------------------------------


def test_internal_notes_are_never_translated_emailed_or_shown_to_the_resident(
    item, member, libretranslate, django_capture_on_commit_callbacks
):
    requests, emails = libretranslate.translate_requests, OutboundEmail.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        note = services.add_internal_note(item=item, text="민원인이 세 번째 신고함.", user=member)

    note.refresh_from_db()
    assert note.is_internal
    assert note.translation_status == TranslationStatus.NOT_NEEDED
    assert note.translated_text == ""
    assert libretranslate.translate_requests == requests
    assert OutboundEmail.objects.count() == emails
    assert note not in resident_conversation(item)
    item.refresh_from_db()
    assert item.status == Status.RECEIVED  # a note is no answer

    with django_capture_on_commit_callbacks(execute=True):
        services.correct_language(item=item, language="ja", user=member)
    note.refresh_from_db()
    assert note.translation_status == TranslationStatus.NOT_NEEDED
    with pytest.raises(ActionNotAllowed):
        services.set_manual_translation(message=note, text="translation", user=member)


def test_an_empty_note_is_refused(item, member):
    with pytest.raises(InvalidFeedback):
        services.add_internal_note(item=item, text="   ", user=member)
    assert not item.messages.filter(is_internal=True).exists()


# --- Language ------------------------------------------------------------------------------


def test_correcting_the_language_translates_resident_messages_and_replies_again(
    item, member, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.reply_as_staff(item=item, text=REPLY, user=member)
    reply_emails = emails_containing(REPLY).count()
    requests = libretranslate.translate_requests

    with django_capture_on_commit_callbacks(execute=True):
        item = services.correct_language(item=item, language="ja", user=member)

    item.refresh_from_db()
    assert (item.language, item.language_corrected_by, item.language_is_fallback) == (
        "ja",
        member,
        False,
    )
    first = item.messages.get(author=Message.Author.RESIDENT)
    assert first.language == "ja"
    assert first.translation_status == TranslationStatus.DONE
    assert {r["source"] for r in libretranslate.requests[requests:]} == {"ja", "ko"}
    reply.refresh_from_db()
    assert reply.language == "ko"  # staff still wrote Korean
    assert reply.translation_language == "ja"
    assert reply.translation_status == TranslationStatus.DONE
    assert emails_containing(REPLY).count() == reply_emails  # nobody is emailed twice


def test_a_correction_records_what_the_detector_said_and_what_staff_set(item, member):
    detected = item.language
    assert not item.language_is_fallback

    services.correct_language(item=item, language="ja", user=member)
    services.correct_language(item=item, language="vi", user=member)

    # One row per item: what the detector said, and staff's last word.
    correction = LanguageCorrection.objects.get()
    assert (correction.item_id, correction.detected_language, correction.corrected_language) == (
        item.pk,
        detected,
        "vi",
    )
    assert not correction.detected_was_fallback


def test_a_correction_of_a_greeting_counts_the_detector_as_unsure(submit, member):
    # "xin chao" alone gives the site language (Chinese here); the resident writes Vietnamese.
    item = submit(text="xin chao")
    assert (item.language, item.language_is_fallback) == ("zh-hans", True)

    services.correct_language(item=item, language="vi", user=member)

    correction = LanguageCorrection.objects.get()
    assert (correction.detected_language, correction.detected_was_fallback) == ("zh-hans", True)


def test_correcting_back_to_the_detected_language_is_no_correction(item, member):
    detected = item.language
    services.correct_language(item=item, language="ja", user=member)

    services.correct_language(item=item, language=detected, user=member)

    assert not LanguageCorrection.objects.exists()


def test_a_correction_outlives_the_erasure_of_the_item(item, member):
    services.correct_language(item=item, language="ja", user=member)

    FeedbackItem.objects.filter(pk=item.pk).delete()

    assert LanguageCorrection.objects.get().corrected_language == "ja"


def test_an_unknown_language_is_refused(item, member):
    with pytest.raises(InvalidFeedback) as raised:
        services.correct_language(item=item, language="tlh", user=member)
    assert raised.value.field == "language"
    item.refresh_from_db()
    assert item.language == "zh-hans"


# --- Replies -------------------------------------------------------------------------------


def test_a_reply_answers_an_open_item_and_is_emailed_once_it_is_translated(
    item, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        reply = services.reply_as_staff(item=item, text=REPLY, user=member)

    # Committed, not yet translated: no email in Korean, not answered yet.
    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.PENDING
    assert (reply.author, reply.language, reply.translation_language) == ("staff", "ko", "zh-hans")
    assert not emails_containing(REPLY).exists()
    item.refresh_from_db()
    assert item.status == Status.RECEIVED
    assert item.first_answered_at is None

    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()

    item.refresh_from_db()
    assert item.status == Status.ANSWERED
    assert item.first_answered_at is not None
    assert StatusChange.objects.filter(item=item, to_status="answered", changed_by=member).exists()
    reply.refresh_from_db()
    assert reply.translated_text == REPLY_IN_CHINESE
    email = emails_containing(REPLY).get()
    assert REPLY_IN_CHINESE in email.body_text
    assert email.language == "zh-hans"
    assert email.to == ["resident@example.org"]
    assert reply.resident_notified_at is not None


def test_a_reply_to_a_korean_resident_is_emailed_at_once(
    submit, member, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = submit(text="K-POP World City Week 신청이 안 돼요", site_language="ko")
        reply = services.reply_as_staff(item=item, text=REPLY, user=member)

    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.NOT_NEEDED
    assert emails_containing(REPLY).count() == 1


def test_a_reply_keeps_a_finished_items_status(item, member):
    services.change_status(item=item, status=Status.CLOSED, user=member)

    services.reply_as_staff(item=item, text=REPLY, user=member)

    item.refresh_from_db()
    assert item.status == Status.CLOSED


def test_no_reply_once_the_residents_data_is_erased(item, member):
    services.erase_personal_data(item=item)
    with pytest.raises(ActionNotAllowed):
        services.reply_as_staff(item=item, text=REPLY, user=member)


def test_a_reply_the_provider_cannot_translate_waits_for_staff_before_it_is_emailed(
    item, member, monkeypatch, django_capture_on_commit_callbacks
):
    # A provider without the resident's language nor their site language.
    monkeypatch.setattr(
        "participation.feedback.services.translating.can_translate", lambda **_: False
    )
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.reply_as_staff(item=item, text=REPLY, user=member)
    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.NEEDS_MANUAL
    assert not emails_containing(REPLY).exists()

    with django_capture_on_commit_callbacks(execute=True):
        services.set_manual_translation(message=reply, text=REPLY_IN_CHINESE, user=member)
        services.set_manual_translation(message=reply, text=REPLY_IN_CHINESE + "！", user=member)

    reply.refresh_from_db()
    assert reply.translation_status == TranslationStatus.MANUAL
    assert REPLY_IN_CHINESE in emails_containing(REPLY).get().body_text


# --- Manual translations -------------------------------------------------------------------


def test_staff_can_type_over_a_resident_messages_translation(item, member):
    message = item.messages.get()

    services.set_manual_translation(
        message=message, text="  집 앞 공사가 시끄럽습니다. ", user=member
    )

    message.refresh_from_db()
    assert message.translation_status == TranslationStatus.MANUAL
    assert message.translated_text == "집 앞 공사가 시끄럽습니다."
    assert message.translation_provider == ""
    assert message.translated_at <= timezone.now()


def test_an_empty_manual_translation_is_refused(item, member):
    message = item.messages.get()
    with pytest.raises(InvalidFeedback):
        services.set_manual_translation(message=message, text="  ", user=member)
    message.refresh_from_db()
    assert message.translation_status == TranslationStatus.DONE
