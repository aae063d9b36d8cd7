"""One demo feedback item as it happened — received, triaged, answered, finished, rated — and
the rows that story leaves: the item, its messages and its status changes, written in bulk.

Rows are written directly rather than through the feedback services: those stamp the current
time, queue the receipt email and ask the translation provider, none of which suits history.
They have the shape the services give them: the resident's message with its Korean
translation, the staff reply in Korean with the resident's translation (typed by staff:
status MANUAL, no provider), one status change per transition."""

from dataclasses import dataclass, field
from datetime import datetime

from participation.feedback.models import (
    FeedbackItem,
    Kind,
    Message,
    StatusChange,
    TranslationStatus,
)
from participation.feedback.services.translating import STAFF_LANGUAGE
from participation.translation.languages import SITE_LANGUAGES

from .common import BATCH_SIZE, bulk_create_backdated

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

    def status_history(self) -> list[tuple[str, str, datetime]]:
        history = [("", Status.RECEIVED, self.created_at)]
        for to_status, at in (
            (Status.TRIAGED, self.triaged_at),
            (Status.IN_PROGRESS, self.in_progress_at),
            (Status.ANSWERED, self.first_answered_at),
            (self.status, self.closed_at),
        ):
            if at is not None:
                history.append((history[-1][1], to_status, at))
        return history


def reply_language(item: PlannedItem) -> str:
    """The language a staff reply is translated into, as services.translating decides it when
    no provider covers the resident's language: theirs if a site language, else the site's."""
    return item.language if item.language in SITE_LANGUAGES else item.site_language


def _resident_message(item: PlannedItem, now: datetime) -> Message:
    message = Message(
        item=item.row,
        author=Message.Author.RESIDENT,
        text=item.text,
        language=item.language,
        created_at=item.created_at,
        translation_language=STAFF_LANGUAGE,
    )
    if item.language == STAFF_LANGUAGE:
        message.translation_status = TranslationStatus.NOT_NEEDED
        return message
    # A staff member types the translation when triaging (or at once, for a survey comment).
    translated_at = item.triaged_at or item.created_at
    if translated_at > now or (not item.is_survey and item.triaged_at is None):
        message.translation_status = TranslationStatus.NEEDS_MANUAL
        return message
    message.translation_status = TranslationStatus.MANUAL
    message.translated_text = item.text_ko
    message.translated_at = translated_at
    return message


def _staff_reply(item: PlannedItem) -> Message:
    target = reply_language(item)
    message = Message(
        item=item.row,
        author=Message.Author.STAFF,
        text=item.reply[STAFF_LANGUAGE],
        language=STAFF_LANGUAGE,
        created_at=item.first_answered_at,
        translation_language=target,
        resident_notified_at=item.first_answered_at if item.contact_email else None,
    )
    if target == STAFF_LANGUAGE:
        message.translation_status = TranslationStatus.NOT_NEEDED
    else:
        message.translation_status = TranslationStatus.MANUAL
        message.translated_text = item.reply[target]
        message.translated_at = item.first_answered_at
    return message


def write_items(items: list[PlannedItem], *, now: datetime) -> None:
    """Insert `items` (settled), their messages and their status changes."""
    for item in items:
        item.row = FeedbackItem(
            kind=item.kind,
            channel=item.channel,
            category=item.category,
            department_id=item.department_id,
            program_id=item.program_id,
            event_id=item.event_id,
            registration=item.registration.row if item.registration else None,
            language=item.language,
            language_confidence=0.97 if item.text else 0.0,
            language_is_fallback=not item.text,
            site_language=item.site_language,
            status=item.status,
            due_at=item.due_at,
            created_at=item.created_at,
            first_answered_at=item.first_answered_at,
            closed_at=item.closed_at,
            rating=item.rating,
            rated_at=item.rated_at,
            contact_name=item.contact_name,
            contact_email=item.contact_email,
            location_text=item.location_text,
            latitude=item.latitude,
            longitude=item.longitude,
            attribute_answers=item.attribute_answers,
            consent_given_at=item.created_at,
        )
    FeedbackItem.objects.bulk_create([item.row for item in items], batch_size=BATCH_SIZE)
    duplicates = [item for item in items if item.duplicate_of and item.duplicate_of.row]
    for item in duplicates:
        item.row.duplicate_of = item.duplicate_of.row
    FeedbackItem.objects.bulk_update(
        [item.row for item in duplicates], ["duplicate_of"], batch_size=BATCH_SIZE
    )

    messages = []
    for item in items:
        if item.text:
            messages.append(_resident_message(item, now))
        if item.first_answered_at is not None:
            messages.append(_staff_reply(item))
    bulk_create_backdated(Message, messages, "created_at")
    changes = [
        StatusChange(item=item.row, from_status=before, to_status=after, changed_at=at)
        for item in items
        for before, after, at in item.status_history()
    ]
    bulk_create_backdated(StatusChange, changes, "changed_at")
