"""What staff do in the triage queue. Every function checks, per item, that `user` may handle
it (permissions.py) before changing anything."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.translation.languages import LANGUAGES

from ..errors import ActionNotAllowed, InvalidFeedback
from ..models import Department, FeedbackItem, LanguageCorrection, Message
from ..notifications import notify_resident
from ..permissions import assignable_departments, ensure_can_handle
from .delivery import ensure_no_reply_awaits_translation
from .statuses import change_status_quietly
from .submission import _checked_text
from .translating import STAFF_LANGUAGE, request_translation

Status = FeedbackItem.Status

DUPLICATE_NEEDS_ORIGINAL = _("Choose the item this one duplicates.")
DUPLICATE_OF_ITSELF = _("An item cannot be a duplicate of itself.")
LANGUAGE_UNKNOWN = _("Choose one of the languages the portal detects.")
# Statuses the resident is emailed about: their item is finished.
NOTIFIED_STATUSES = FeedbackItem.FINAL_STATUSES


def _locked(item: FeedbackItem, user) -> FeedbackItem:
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    ensure_can_handle(user, item)
    return item


@transaction.atomic
def change_status(
    *,
    item: FeedbackItem,
    status: str,
    user,
    duplicate_of: FeedbackItem | None = None,
    now: datetime | None = None,
) -> FeedbackItem:
    item = _locked(item, user)
    if status not in Status.values or status == Status.RECEIVED or status == item.status:
        raise ActionNotAllowed()
    if status == Status.DUPLICATE:
        if duplicate_of is None:
            raise InvalidFeedback(DUPLICATE_NEEDS_ORIGINAL, field="duplicate_of")
        ensure_can_handle(user, duplicate_of)
        # Point at the original, never at another duplicate (nor, through one, back here).
        original = duplicate_of.duplicate_of or duplicate_of
        if original.pk == item.pk:
            raise InvalidFeedback(DUPLICATE_OF_ITSELF, field="duplicate_of")
        item.duplicate_of = original
        FeedbackItem.objects.filter(duplicate_of=item).update(duplicate_of=original)
    else:
        item.duplicate_of = None
    if status in (Status.ANSWERED, Status.CLOSED):
        ensure_no_reply_awaits_translation(item)
    change_status_quietly(item=item, status=status, user=user, now=now)
    if status in NOTIFIED_STATUSES:
        notify_resident(item=item, kind="status")
    return item


@transaction.atomic
def assign_department(
    *, item: FeedbackItem, department: Department, user, now: datetime | None = None
) -> FeedbackItem:
    """Route the item; a received item becomes triaged. Dispatchers route to any department,
    other staff only between their own departments (permissions.assignable_departments)."""
    item = _locked(item, user)
    if not assignable_departments(user).filter(pk=department.pk).exists():
        raise ActionNotAllowed()
    item.department = department
    item.save(update_fields=["department", "updated_at"])
    if item.status == Status.RECEIVED:
        change_status_quietly(item=item, status=Status.TRIAGED, user=user, now=now)
    return item


@transaction.atomic
def reply_as_staff(*, item: FeedbackItem, text: str, user, now: datetime | None = None) -> Message:
    """A reply written in Korean. It is delivered (the resident emailed, an open item answered)
    once it reads in their language (services/delivery.py)."""
    item = _locked(item, user)
    if item.personal_data_erased_at:
        raise ActionNotAllowed()
    message = Message(
        item=item,
        author=Message.Author.STAFF,
        author_user=user,
        text=_checked_text(text),
        language=STAFF_LANGUAGE,
        created_at=now or timezone.now(),
    )
    request_translation(message=message, now=message.created_at)
    item.save(update_fields=["updated_at"])
    return message


@transaction.atomic
def add_internal_note(*, item: FeedbackItem, text: str, user) -> Message:
    item = _locked(item, user)
    return Message.objects.create(
        item=item,
        author=Message.Author.STAFF,
        author_user=user,
        is_internal=True,
        text=_checked_text(text),
        language=STAFF_LANGUAGE,
    )


@transaction.atomic
def correct_language(
    *, item: FeedbackItem, language: str, user, now: datetime | None = None
) -> FeedbackItem:
    """Staff know better than the detector: re-translate the conversation, and count the
    correction for the KPI page. Before the detector answered, there is nothing to count, and
    its later answer is dropped (services/languages.py)."""
    item = _locked(item, user)
    if language not in LANGUAGES:
        raise InvalidFeedback(LANGUAGE_UNKNOWN, field="language")
    now = now or timezone.now()
    _record_correction(item=item, language=language, now=now)
    item.language = language
    item.language_corrected_by = user
    item.language_is_fallback = False
    item.language_confidence = 1.0
    item.language_pending = False
    item.save()
    for message in item.messages.filter(is_internal=False):
        if message.author == Message.Author.RESIDENT:
            message.language = language
        request_translation(message=message, now=now)
    return item


def _record_correction(*, item: FeedbackItem, language: str, now: datetime) -> None:
    """Keep what the detector said (from the item's first correction) beside staff's last
    word; set back to the detector's answer, it was no failure after all."""
    if item.language_pending:  # the detector has not said anything yet
        return
    correction = LanguageCorrection.objects.filter(item=item).first()
    if correction is None:
        # Corrected before corrections were counted: the detector's answer is gone.
        if language == item.language or item.language_corrected_by_id is not None:
            return
        correction = LanguageCorrection(
            item=item,
            detected_language=item.language,
            detected_was_fallback=item.language_is_fallback,
        )
    elif language == correction.detected_language:
        correction.delete()
        return
    correction.corrected_language = language
    correction.corrected_at = now
    correction.save()
