from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from participation.models import OutboundEmail
from participation.registrations import services
from participation.registrations.errors import (
    AlreadyRegistered,
    CancellationClosed,
    ConsentMissing,
    EventOver,
    InvalidRegistrationData,
    OfferNotAvailable,
    PartySizeInvalid,
    RegistrationClosed,
    RegistrationNotOpen,
)
from participation.registrations.models import (
    EventCapacity,
    ParticipationRecord,
    Registration,
)
from portal.formats import format_datetime_range
from tests.factories import RegistrationFactory
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db
Status = Registration.Status
Kind = ParticipationRecord.Kind


def kinds(registration):
    return list(registration.records.values_list("kind", flat=True))


# --- registering ----------------------------------------------------------------------------


def test_no_setting_turns_the_capacity_lock_off(event, settings):
    # The lock's row is made by the first registration that takes the lock.
    settings.REGISTRATION_LOCKING = False
    register(event, party_size=1)
    assert EventCapacity.objects.filter(event_id=event.pk).exists()


def test_registrations_are_confirmed_until_the_event_is_full_then_wait(event):
    first = register(event, party_size=1)
    second = register(event, party_size=1)
    third = register(event)

    assert [first.status, second.status, third.status] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITING,
    ]
    assert kinds(first) == [Kind.REGISTERED]
    assert kinds(third) == [Kind.WAITLISTED]


def test_a_registration_is_dated_at_now_when_given(make_event):
    """The demo replays history through the service: every time it stores is `now`."""
    event = make_event(registration_opens_at=timezone.now() - timedelta(days=10))
    then = timezone.now() - timedelta(days=3)

    registration = register(event, now=then)

    registration.refresh_from_db()
    assert registration.created_at == then
    assert registration.confirmed_at == then
    assert registration.consent_given_at == then
    assert registration.records.get().at == then


def test_a_party_counts_all_its_places(event):
    register(event, party_size=1)

    party = register(event, party_size=2)  # 2 places, 1 free

    assert party.status == Status.WAITING


def test_the_record_carries_what_the_kpis_group_by(event, program):
    registration = register(
        event, preferred_language="vi", nationality="vn", resident_type="gangnam", party_size=2
    )

    record = registration.records.get()
    assert record.event_id == event.pk
    assert record.program_id == program.pk
    assert record.strategy_axis_id == program.strategy_axis_id
    assert record.cluster_id == program.cluster_id
    assert (record.language, record.nationality, record.resident_type, record.party_size) == (
        "vi",
        "VN",
        "gangnam",
        2,
    )
    assert not hasattr(record, "email")  # nothing personal


def test_registering_on_a_translation_points_at_the_korean_event(event, vietnamese_event):
    registration = register(vietnamese_event, preferred_language="vi")

    assert registration.event_id == event.pk


def test_confirmation_is_emailed_in_the_registrants_language(
    event, vietnamese_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(vietnamese_event, preferred_language="vi", email="an@example.org")

    [sent] = mail.outbox
    assert sent.to == ["an@example.org"]
    assert "Ngày quản trị đa ngôn ngữ 2026" in sent.subject
    assert "Thời gian" in sent.body  # "When", from the Vietnamese catalogue
    # "14:00–17:00, thứ Năm, ngày 14 tháng 5 năm 2026": as Vietnamese writes a time range.
    when = format_datetime_range(event.starts_at, event.ends_at, language="vi")
    assert f"Thời gian: {when} (Giờ chuẩn Hàn Quốc)" in sent.body
    assert registration.ticket_token in sent.body
    assert "Đăng ký" in sent.subject  # "Registration confirmed", in Vietnamese
    assert OutboundEmail.objects.get().language == "vi"


def test_confirmation_carries_the_calendar_file_and_the_ticket_qr(
    event, vietnamese_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(vietnamese_event, preferred_language="vi", email="an@example.org")

    [sent] = mail.outbox
    attachments = {name: (content, mimetype) for name, content, mimetype in sent.attachments}
    calendar = icalendar.Calendar.from_ical(attachments["event.ics"][0])
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == vietnamese_event.title
    assert str(vevent["uid"]) == f"event-{event.translation_key}@gangnam-glocal-portal"
    assert vevent["dtstart"].dt.tzinfo.key == "Asia/Seoul"
    qr_png, mimetype = attachments["ticket-qr.png"]
    assert mimetype == "image/png"
    assert qr_png.startswith(b"\x89PNG")
    assert registration.ticket_token not in str(registration.pk)


def test_confirmation_links_and_calendar_file_point_at_the_portal_base_url(
    event, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_BASE_URL = "https://portal.example.go.kr"
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(event, email="an@example.org")

    [sent] = mail.outbox
    assert f"https://portal.example.go.kr/ko/registrations/{registration.ticket_token}/" in (
        sent.body
    )
    assert "testserver" not in sent.body
    attachments = {name: content for name, content, _mimetype in sent.attachments}
    [vevent] = icalendar.Calendar.from_ical(attachments["event.ics"]).walk("VEVENT")
    assert str(vevent["url"]) == "https://portal.example.go.kr" + event.url


def test_the_same_email_in_other_case_is_a_duplicate(event, django_capture_on_commit_callbacks):
    first = register(event, email="Minji.Kim@Example.org")

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(AlreadyRegistered) as error,
    ):
        register(event, email="minji.kim@example.ORG", name="Someone else")

    assert error.value.registration_id == first.pk
    assert Registration.objects.count() == 1
    # The existing registration's link goes to the address, not to whoever submitted the form.
    [sent] = mail.outbox
    assert sent.to == ["Minji.Kim@Example.org"]
    assert first.ticket_token in sent.body
    assert first.email == "Minji.Kim@Example.org"  # stored as given


def test_the_database_refuses_a_second_active_registration_per_email(event):
    RegistrationFactory(event=event, email="a@example.org")

    with pytest.raises(IntegrityError):
        RegistrationFactory(event=event, email="A@EXAMPLE.ORG", status=Status.WAITING)


def test_after_cancelling_the_email_can_register_again(event):
    first = register(event, email="a@example.org")
    services.cancel_registration(registration=first)

    again = register(event, email="a@example.org")

    assert again.status == Status.CONFIRMED


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"consent": False}, ConsentMissing),
        ({"party_size": 0}, PartySizeInvalid),
        ({"party_size": 5}, PartySizeInvalid),
        ({"email": "not-an-email"}, InvalidRegistrationData),
        ({"name": "  "}, InvalidRegistrationData),
        ({"preferred_language": "fr"}, InvalidRegistrationData),
        ({"interpretation_language": "th"}, InvalidRegistrationData),
        ({"nationality": "Korea"}, InvalidRegistrationData),
        ({"resident_type": "mars"}, InvalidRegistrationData),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_written(event, fields, error):
    with pytest.raises(error) as raised:
        register(event, **fields)

    assert str(raised.value.message)
    assert Registration.objects.count() == 0
    assert ParticipationRecord.objects.count() == 0


def test_party_size_message_names_the_limit_in_the_readers_language(event):
    with pytest.raises(PartySizeInvalid) as raised:
        register(event, party_size=9)

    assert "4" in str(raised.value.message)


def test_an_offered_interpretation_language_is_kept(event):
    registration = register(event, interpretation_language="vi")

    assert registration.interpretation_language == "vi"


def test_registration_not_open_yet(make_event):
    event = make_event(registration_opens_at=timezone.now() + timedelta(days=1))

    with pytest.raises(RegistrationNotOpen):
        register(event)


def test_registration_closed(make_event):
    event = make_event(registration_closes_at=timezone.now() - timedelta(minutes=1))

    with pytest.raises(RegistrationClosed):
        register(event)


def test_event_over(make_event):
    starts_at = timezone.now() - timedelta(days=2)
    event = make_event(
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        registration_opens_at=starts_at - timedelta(days=10),
    )

    with pytest.raises(EventOver):
        register(event)


# --- cancelling and the waitlist ------------------------------------------------------------


def test_cancelling_offers_the_place_to_the_first_waiting_in_their_language(
    event, vietnamese_event, django_capture_on_commit_callbacks
):
    confirmed = [register(event), register(event)]
    first_waiting = register(event, preferred_language="vi", email="an@example.org")
    second_waiting = register(event)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(registration=confirmed[0])

    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == Status.OFFERED
    assert first_waiting.offer_expires_at > timezone.now()
    assert second_waiting.status == Status.WAITING
    offer = next(sent for sent in mail.outbox if sent.to == ["an@example.org"])
    assert "Ngày quản trị đa ngôn ngữ 2026" in offer.subject
    assert "Địa điểm" in offer.body  # "Where", Vietnamese
    assert f"/vi/registrations/{first_waiting.ticket_token}/accept/" in offer.body
    assert f"/vi/registrations/{first_waiting.ticket_token}/decline/" in offer.body
    assert kinds(confirmed[0]) == [Kind.REGISTERED, Kind.CANCELLED]
    assert kinds(first_waiting) == [Kind.WAITLISTED, Kind.OFFERED]


def test_cancelling_twice_changes_nothing(event):
    registration = register(event)
    services.cancel_registration(registration=registration)

    again = services.cancel_registration(registration=registration)

    assert again.status == Status.CANCELLED
    assert kinds(registration) == [Kind.REGISTERED, Kind.CANCELLED]


def test_no_cancellation_after_the_deadline(event, settings):
    settings.REGISTRATION_CANCELLATION_HOURS = 48
    registration = register(event)

    with pytest.raises(CancellationClosed):
        services.cancel_registration(
            registration=registration, now=event.starts_at - timedelta(hours=47)
        )
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_leaving_the_waitlist_offers_nothing(event):
    register(event), register(event)
    waiting = register(event)
    behind = register(event)

    services.cancel_registration(registration=waiting)

    behind.refresh_from_db()
    assert behind.status == Status.WAITING


def test_accepting_an_offer_confirms_it(event, django_capture_on_commit_callbacks):
    holder = register(event)
    register(event)
    waiting = register(event, email="w@example.org")
    services.cancel_registration(registration=holder)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        accepted = services.accept_offer(registration=waiting)

    assert accepted.status == Status.CONFIRMED
    assert kinds(waiting)[-1] == Kind.ACCEPTED
    assert [sent.to for sent in mail.outbox] == [["w@example.org"]]
    # Accepting again (a double click) changes nothing.
    assert services.accept_offer(registration=waiting).status == Status.CONFIRMED
    assert kinds(waiting).count(Kind.ACCEPTED) == 1


def test_declining_offers_the_place_to_the_next(event):
    holder = register(event)
    register(event)
    first, second = register(event), register(event)
    services.cancel_registration(registration=holder)

    services.decline_offer(registration=first)

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Status.DECLINED
    assert second.status == Status.OFFERED
    with pytest.raises(OfferNotAvailable):
        services.accept_offer(registration=first)


def test_an_expired_offer_moves_on_and_cannot_be_revived(event):
    holder = register(event)
    register(event)
    first, second = register(event), register(event)
    services.cancel_registration(registration=holder)
    first.refresh_from_db()

    expired = services.expire_offers(now=first.offer_expires_at + timedelta(seconds=1))

    assert expired == 1
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Status.EXPIRED
    assert second.status == Status.OFFERED
    with pytest.raises(OfferNotAvailable):
        services.accept_offer(registration=first)
    with pytest.raises(OfferNotAvailable):
        services.decline_offer(registration=first)
    assert services.expire_offers(now=first.offer_expires_at + timedelta(seconds=1)) == 0


def test_accepting_after_the_deadline_before_the_beat_ran_expires_it(event):
    holder = register(event)
    register(event)
    first, second = register(event), register(event)
    services.cancel_registration(registration=holder)
    first.refresh_from_db()

    with pytest.raises(OfferNotAvailable):
        services.accept_offer(registration=first, now=first.offer_expires_at)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.EXPIRED, Status.OFFERED)


def test_outstanding_offers_hold_places_against_newcomers(event):
    holder = register(event)
    register(event)
    waiting = register(event)
    services.cancel_registration(registration=holder)  # the freed place is offered to `waiting`

    newcomer = register(event)

    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    assert newcomer.status == Status.WAITING


def test_nobody_overtakes_the_head_of_the_waitlist(event):
    holder = register(event)
    register(event)
    party = register(event, party_size=2)
    single = register(event, party_size=1)

    services.cancel_registration(registration=holder)  # 1 place free; the party needs 2

    party.refresh_from_db()
    single.refresh_from_db()
    assert (party.status, single.status) == (Status.WAITING, Status.WAITING)


def test_raised_capacity_serves_the_waitlist_before_newcomers(event):
    register(event), register(event)
    waiting = register(event)
    event.capacity = 3
    event.save_revision().publish()

    newcomer = register(event)

    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    assert newcomer.status == Status.WAITING


def test_offers_expire_no_later_than_the_event_start(event, settings):
    settings.REGISTRATION_OFFER_HOURS = 24 * 365
    holder = register(event)
    register(event)
    waiting = register(event)

    services.cancel_registration(registration=holder)

    waiting.refresh_from_db()
    assert waiting.offer_expires_at == event.starts_at


# --- reminders ------------------------------------------------------------------------------


def test_reminders_are_sent_once_in_the_registrants_language(
    event, vietnamese_event, django_capture_on_commit_callbacks
):
    registration = register(event, preferred_language="vi", email="an@example.org")
    mail.outbox.clear()
    shortly_before = event.starts_at - timedelta(hours=2)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders(now=shortly_before) == 1
        assert services.send_reminders(now=shortly_before) == 0

    [sent] = mail.outbox
    assert "Ngày quản trị đa ngôn ngữ 2026" in sent.subject
    registration.refresh_from_db()
    assert registration.reminder_sent_at == shortly_before


def test_no_reminder_too_early_nor_for_the_waitlist(event):
    register(event), register(event)
    register(event)  # waiting

    assert services.send_reminders(now=event.starts_at - timedelta(days=3)) == 0
    assert services.send_reminders(now=event.starts_at - timedelta(hours=1)) == 2
