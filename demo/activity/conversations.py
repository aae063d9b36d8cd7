"""One demo feedback item as it happened — received, triaged, answered, finished, rated —
played through the feedback services with `now=` set to the moment of each step, so the rows,
statuses, times and emails are the ones production writes.

The demo office staff (people.office_staff) do the staff steps; they type the translations the
data gives (demo/data/*.yaml), since the demo asks no provider: a resident's words in Korean
when the item is triaged (a survey comment when it arrives), a reply in the language the
services chose for it when it is written — so a reply reaches the resident at once, readable.
When the language detector reads a demo text otherwise than the data says, the staff correct
the language at triage through correct_language, as they would in the queue; an item nobody
has triaged yet keeps the detector's answer.
"""

from dataclasses import dataclass, field
from datetime import datetime

from cms.models import EventPage
from demo.data import read
from participation.feedback import services
from participation.feedback.models import (
    AWAITING_STATUSES,
    Department,
    FeedbackItem,
    Kind,
    Message,
)
from participation.feedback.services.translating import STAFF_LANGUAGE
from participation.registrations.services.surveys import answer_survey

Status = FeedbackItem.Status
# What happens to an item once answered: the status it ends in, given time.
CLOSED, REJECTED, DUPLICATE, ANSWERED = "closed", "rejected", "duplicate", "answered"


@dataclass
class PlannedItem:
    kind: str
    language: str  # written in
    site_language: str
    created_at: datetime
    text: str = ""  # the resident's words, in `language`
    text_ko: str = ""  # their Korean translation (the same text when written in Korean)
    channel: str = FeedbackItem.Channel.WEB
    category: object = None  # a ServiceCategory
    department_id: int | None = None
    program_id: int | None = None
    event_id: int | None = None
    registration: object = None  # a PlannedRegistration (event surveys)
    contact_name: str = ""
    contact_email: str = ""
    location_text: str = ""
    latitude: str | None = None
    longitude: str | None = None
    attribute_answers: dict = field(default_factory=dict)
    # The timeline; settle() drops what lies after `now`.
    due_at: datetime | None = None
    triaged_at: datetime | None = None
    in_progress_at: datetime | None = None
    first_answered_at: datetime | None = None
    closed_at: datetime | None = None
    rated_at: datetime | None = None
    outcome: str = CLOSED
    late: bool = False
    program_linked: bool = False
    rating: int | None = None
    concern: dict = field(default_factory=dict)  # what they write about (concerns.yaml)
    reply: dict = field(default_factory=dict)  # {language: text}, "ko" the original
    duplicate_of: "PlannedItem | None" = None
    status: str = Status.RECEIVED
    row: FeedbackItem | None = None

    @property
    def is_survey(self) -> bool:
        return self.kind == Kind.EVENT_SURVEY

    def settle(self, now: datetime) -> None:
        """The status the item has reached by `now`; later steps have not happened yet."""
        if self.is_survey:
            self.status = Status.RECEIVED  # survey answers are counted, not handled
            return
        steps = ("triaged_at", "in_progress_at", "first_answered_at", "closed_at", "rated_at")
        for name in steps:
            if getattr(self, name) is not None and getattr(self, name) > now:
                for later in steps[steps.index(name) :]:
                    setattr(self, later, None)
                break
        if self.closed_at is not None:
            self.status = {REJECTED: Status.REJECTED, DUPLICATE: Status.DUPLICATE}.get(
                self.outcome, Status.CLOSED
            )
        elif self.first_answered_at is not None:
            self.status = Status.ANSWERED
        elif self.in_progress_at is not None:
            self.status = Status.IN_PROGRESS
        elif self.triaged_at is not None:
            self.status = Status.TRIAGED
        if self.status != Status.CLOSED:
            self.rating = self.rated_at = None


def play_items(items: list[PlannedItem], *, staff) -> None:
    """Play `items` (settled) in the order they were received; `staff` may handle every item."""
    office = _Office(
        staff=staff,
        events=EventPage.objects.in_bulk({item.event_id for item in items if item.event_id}),
        departments=Department.objects.in_bulk(),
    )
    for item in sorted(items, key=lambda item: item.created_at):
        _play(item, office)


@dataclass(frozen=True)
class _Office:
    staff: object  # a user who may handle every item
    events: dict  # {pk: EventPage}
    departments: dict  # {pk: Department}


def _play(item: PlannedItem, office: _Office) -> None:
    if item.row is not None:
        return  # played already, as the original of a duplicate
    staff = office.staff
    # The language worker's step, in the demo's own flow: triage below reads its answer.
    item.row = row = services.detect_item_language(
        item=_receive(item, office.events.get(item.event_id))
    )
    if item.is_survey:
        _read(item, staff=staff, at=item.created_at)
        return
    if item.triaged_at is None:
        return
    _read(item, staff=staff, at=item.triaged_at)
    services.assign_department(
        item=row,
        department=office.departments[item.department_id],
        user=staff,
        now=item.triaged_at,
    )
    if item.in_progress_at is not None:
        services.change_status(
            item=row, status=Status.IN_PROGRESS, user=staff, now=item.in_progress_at
        )
    if item.first_answered_at is None:
        return
    _answer(item, staff=staff)
    if item.closed_at is None:
        return
    original = None
    if item.status == Status.DUPLICATE:
        original = _original_row(item, office)
    item.row = row = services.change_status(
        item=row, status=item.status, user=staff, duplicate_of=original, now=item.closed_at
    )
    if item.rated_at is not None:
        services.rate_answer(item=row, rating=item.rating, now=item.rated_at)


def _receive(item: PlannedItem, event) -> FeedbackItem:
    if item.is_survey:
        return answer_survey(
            registration=item.registration.row,
            rating=item.rating,
            comment=item.text,
            language=item.site_language,
            now=item.created_at,
        )
    return services.submit_feedback(
        kind=item.kind,
        text=item.text,
        site_language=item.site_language,
        consent=True,
        category=item.category,
        contact_name=item.contact_name,
        contact_email=item.contact_email,
        event=event,
        location_text=item.location_text,
        latitude=item.latitude,
        longitude=item.longitude,
        attribute_answers=item.attribute_answers,
        channel=item.channel,
        now=item.created_at,
    )


def _read(item: PlannedItem, *, staff, at: datetime) -> None:
    """Staff read the resident's words at `at`: they set the language the data says it is, if
    the detector said otherwise, and type the Korean translation the message waits for."""
    if item.row.language != item.language:
        item.row = services.correct_language(
            item=item.row, language=item.language, user=staff, now=at
        )
    message = item.row.messages.filter(author=Message.Author.RESIDENT).first()
    if message is not None and message.translation_status in AWAITING_STATUSES:
        services.set_manual_translation(message=message, text=item.text_ko, user=staff, now=at)


def _answer(item: PlannedItem, *, staff) -> None:
    """The Korean reply and its translation into the language the services chose, typed at
    once: the reply is delivered (the item answered, the resident told) when it is written."""
    at = item.first_answered_at
    reply = services.reply_as_staff(
        item=item.row, text=item.reply[STAFF_LANGUAGE], user=staff, now=at
    )
    if not reply.awaits_translation:
        return
    translation = item.reply.get(reply.translation_language)
    if translation is None:
        # A provider covers a language the data has no reply in: staff send the Korean.
        reason = read("concerns")["untranslated_reason"][STAFF_LANGUAGE]
        services.send_untranslated(message=reply, reason=reason, user=staff, now=at)
    else:
        services.set_manual_translation(message=reply, text=translation, user=staff, now=at)


def _original_row(item: PlannedItem, office: _Office) -> FeedbackItem:
    """The item a duplicate repeats: played now if it came later the same day, read back if
    an earlier load wrote it."""
    original = item.duplicate_of
    if original.row is None:
        stored = FeedbackItem.objects.filter(contact_email=original.contact_email).first()
        if stored is not None:
            return stored
        _play(original, office)
    return original.row
