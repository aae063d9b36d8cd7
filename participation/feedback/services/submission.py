"""What residents do: submit, write a follow-up, rate the answer, reopen."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import EventPage, ProgramPage
from portal.errors import lazy_format

from .. import conf
from ..dongs import dong_by_korean_name
from ..errors import (
    ActionNotAllowed,
    AlreadyRated,
    ConsentMissing,
    FeedbackError,
    InvalidFeedback,
    ReopenPeriodOver,
)
from ..models import Attachment, FeedbackItem, Kind, Message, ServiceCategory, StatusChange
from ..notifications import notify_resident
from ..uploads import TOO_MANY
from .languages import request_language_detection
from .statuses import change_status_quietly
from .translating import request_translation

Status = FeedbackItem.Status

TEXT_MISSING = _("Please write your message.")
TEXT_TOO_LONG = _("Please keep your message to %(limit)d characters.")
EMAIL_INVALID = _("Please enter a valid email address.")
EMAIL_MISSING = _("Please give an email address so that we can answer you.")
CATEGORY_MISSING = _("Please choose a topic.")
KIND_INVALID = _("Please choose what kind of feedback this is.")
LOCATION_INVALID = _(
    "The location is not a valid point (latitude −90 to 90, longitude −180 to 180)."
)
RATING_INVALID = _("Please choose a rating from 1 to 5.")
DONG_UNKNOWN = _("Please choose a dong of Gangnam-gu from the list.")


@transaction.atomic
def submit_feedback(
    *,
    kind: str,
    text: str,
    site_language: str,
    consent: bool,
    category: ServiceCategory | None = None,
    user=None,
    contact_name: str = "",
    contact_email: str = "",
    require_contact: bool = True,
    program: ProgramPage | None = None,
    event: EventPage | None = None,
    location_text: str = "",
    latitude=None,
    longitude=None,
    administrative_dong: str = "",
    attachments=(),
    attribute_answers: dict | None = None,
    channel: str = FeedbackItem.Channel.WEB,
    api_client=None,
    registration=None,
    rating: int | None = None,
    now=None,
) -> FeedbackItem:
    """Store a resident's feedback with its due date and department, and queue the detection of
    its language (which then asks for its translation) and the receipt email after commit.
    `attachments` are uploads.CheckedFile objects. `administrative_dong` is a dong's Korean
    name (dongs.yaml); without a point of its own the item is placed at the dong's. Raises a
    FeedbackError."""
    now = now or timezone.now()
    # A survey answer may be a rating alone; everything else needs words.
    text = _checked_text(text, required=kind != Kind.EVENT_SURVEY)
    if kind not in Kind.values:
        raise InvalidFeedback(KIND_INVALID, field="kind")
    if kind != Kind.EVENT_SURVEY and (category is None or not category.is_active):
        raise InvalidFeedback(CATEGORY_MISSING, field="category")
    if not consent:
        raise ConsentMissing()
    contact_email = contact_email.strip()
    if contact_email:
        try:
            validate_email(contact_email)
        except ValidationError:
            raise InvalidFeedback(EMAIL_INVALID, field="contact_email") from None
    elif require_contact and user is None:
        raise InvalidFeedback(EMAIL_MISSING, field="contact_email")
    latitude, longitude = _checked_point(latitude, longitude)
    if administrative_dong:
        dong = dong_by_korean_name(administrative_dong)
        if dong is None:
            raise InvalidFeedback(DONG_UNKNOWN, field="dong")
        if latitude is None:
            latitude, longitude = dong.latitude, dong.longitude
    if rating is not None and rating not in range(1, 6):
        raise InvalidFeedback(RATING_INVALID, field="rating")
    if len(attachments) > conf.MAX_ATTACHMENTS:
        raise InvalidFeedback(
            lazy_format(TOO_MANY, {"count": conf.MAX_ATTACHMENTS}), field="attachments"
        )
    event, program = _source_pages(event=event, program=program)

    item = FeedbackItem.objects.create(
        kind=kind,
        channel=channel,
        category=category,
        department=category.department if category else None,
        program=program,
        event=event,
        registration=registration,
        # A rating alone has no words to detect: the site language is the one it was given in.
        language=site_language,
        language_is_fallback=True,
        site_language=site_language,
        created_at=now,
        due_at=now + timezone.timedelta(days=category.sla_days) if category else None,
        user=user,
        contact_name=contact_name.strip()[:200],
        contact_email=contact_email,
        location_text=location_text.strip()[:255],
        latitude=latitude,
        longitude=longitude,
        administrative_dong=administrative_dong,
        attribute_answers=attribute_answers or {},
        consent_given_at=now,
        api_client=api_client,
        rating=rating,
        rated_at=now if rating is not None else None,
    )
    StatusChange.objects.create(
        item=item, from_status="", to_status=Status.RECEIVED, changed_at=now
    )
    if text:  # a rating alone has no message, so nothing to translate
        request_language_detection(item=item, now=now)
        message = Message(
            item=item,
            author=Message.Author.RESIDENT,
            author_user=user,
            text=text,
            language=item.language,
            created_at=now,
        )
        request_translation(message=message, now=now)
        _store_attachments(item=item, message=message, files=attachments)
    if kind != Kind.EVENT_SURVEY:
        notify_resident(item=item, kind="received")
    return item


@transaction.atomic
def add_follow_up(*, item: FeedbackItem, text: str, attachments=(), now=None) -> Message:
    """The resident writes again. An answered item goes back to staff."""
    now = now or timezone.now()
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    _refuse(follow_up_refusal(item=item))
    text = _checked_text(text)
    if item.attachments.count() + len(attachments) > conf.MAX_ATTACHMENTS * 2:
        raise InvalidFeedback(_("This item has as many attachments as it can take."))
    message = Message(
        item=item,
        author=Message.Author.RESIDENT,
        author_user=item.user,
        text=text,
        language=item.language,
        created_at=now,
    )
    request_translation(message=message, now=now)
    _store_attachments(item=item, message=message, files=attachments)
    if item.status == Status.ANSWERED:
        change_status_quietly(item=item, status=Status.IN_PROGRESS, now=now)
    else:
        item.save(update_fields=["updated_at"])
    return message


@transaction.atomic
def rate_answer(*, item: FeedbackItem, rating: int, now=None) -> FeedbackItem:
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    _refuse(rating_refusal(item=item))
    if rating not in range(1, 6):
        raise InvalidFeedback(RATING_INVALID, field="rating")
    item.rating = rating
    item.rated_at = now or timezone.now()
    item.save(update_fields=["rating", "rated_at", "updated_at"])
    return item


@transaction.atomic
def reopen_item(*, item: FeedbackItem, text: str = "", now=None) -> FeedbackItem:
    """Within conf.reopen_period() of closing; the rating of the earlier answer goes, so the
    next answer can be rated."""
    now = now or timezone.now()
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    _refuse(reopen_refusal(item=item, now=now))
    item.rating = None
    item.rated_at = None
    change_status_quietly(item=item, status=Status.IN_PROGRESS, now=now)
    if text.strip():
        message = Message(
            item=item,
            author=Message.Author.RESIDENT,
            author_user=item.user,
            text=_checked_text(text),
            language=item.language,
            created_at=now,
        )
        request_translation(message=message, now=now)
    return item


# --- may the resident do this now? The status page asks these, the services obey them. ----


def follow_up_refusal(*, item: FeedbackItem) -> FeedbackError | None:
    """Why the resident cannot write again now, or None when they can."""
    if item.is_final or item.personal_data_erased_at:
        return ActionNotAllowed()
    return None


def rating_refusal(*, item: FeedbackItem) -> FeedbackError | None:
    """Why the resident cannot rate the answer now, or None when they can."""
    if item.status != Status.CLOSED:
        return ActionNotAllowed()
    if item.rating is not None:
        return AlreadyRated()
    return None


def reopen_refusal(*, item: FeedbackItem, now=None) -> FeedbackError | None:
    """Why the resident cannot reopen the item now, or None when they can."""
    if item.status != Status.CLOSED or item.personal_data_erased_at:
        return ActionNotAllowed()
    now = now or timezone.now()
    if item.closed_at is None or now - item.closed_at > conf.reopen_period():
        return ReopenPeriodOver()
    return None


def _refuse(refusal: FeedbackError | None) -> None:
    if refusal is not None:
        raise refusal


def _checked_text(text: str, *, required: bool = True) -> str:
    text = (text or "").strip()
    if not text and required:
        raise InvalidFeedback(TEXT_MISSING, field="text")
    if len(text) > conf.MAX_TEXT_LENGTH:
        raise InvalidFeedback(
            lazy_format(TEXT_TOO_LONG, {"limit": conf.MAX_TEXT_LENGTH}), field="text"
        )
    return text


def _checked_point(latitude, longitude):
    if latitude in (None, "") and longitude in (None, ""):
        return None, None
    try:
        latitude, longitude = Decimal(str(latitude)), Decimal(str(longitude))
        if not (latitude.is_finite() and longitude.is_finite()):
            raise InvalidOperation  # NaN cannot even be compared with the bounds
        latitude = latitude.quantize(Decimal("0.000001"))
        longitude = longitude.quantize(Decimal("0.000001"))
    except (InvalidOperation, ValueError):
        raise InvalidFeedback(LOCATION_INVALID, field="location") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise InvalidFeedback(LOCATION_INVALID, field="location")
    return latitude, longitude


def _source_pages(*, event, program):
    """The Korean pages (every language version names the same event), and the event's
    program when only the event is given."""
    if event is not None:
        event = event.get_translation_or_none(_default_locale()) or event
        program = ProgramPage.objects.ancestor_of(event).first() or program
    if program is not None:
        program = program.get_translation_or_none(_default_locale()) or program
    return event, program


def _default_locale():
    return Locale.get_default()


def _store_attachments(*, item, message, files) -> None:
    for checked in files:
        attachment = Attachment(
            item=item,
            message=message,
            original_name=checked.name,
            content_type=checked.content_type,
            size=len(checked.content),
        )
        attachment.file.save(checked.name, ContentFile(checked.content), save=False)
        attachment.save()
