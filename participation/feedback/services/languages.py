"""The language a resident wrote in, detected after commit in the one process that holds the
detector: a Celery worker consuming the `language` queue (LANGUAGE_QUEUE; its routing is in
the Celery settings). Web processes never load the detector's ~260 MB of models.

Submitting stores the item with `language_pending` and its site language standing in; the
resident's messages wait (TranslationStatus.AWAITS_LANGUAGE), and so does a staff reply
written meanwhile. `outbox` (a portal.outbox.Outbox) then detects, stores the language and
hands every waiting message to the translation outbox. The item's `language_pending` makes a
re-run (a duplicate task, the sweep) change nothing; a staff correction before the worker
answered ends the wait, and the detector's later answer is dropped."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from participation.language_detection import DetectedLanguage, detect_language
from portal.outbox import Outbox

from ..models import FeedbackItem, Message, TranslationStatus
from .translating import request_translation

LANGUAGE_QUEUE = "language"
# Detection takes milliseconds once the detector is built (seconds): a row still pending after
# this lost its task.
SWEEP_AFTER = timedelta(minutes=2)


def request_language_detection(*, item: FeedbackItem, now=None) -> None:
    """Mark `item` for detection and enqueue the task after commit. Call inside the transaction
    that creates the item, before its messages ask for their translation."""
    item.language = item.site_language
    item.language_confidence = 0.0
    item.language_is_fallback = False
    item.language_pending = True
    item.language_requested_at = now or timezone.now()
    item.save(
        update_fields=[
            "language",
            "language_confidence",
            "language_is_fallback",
            "language_pending",
            "language_requested_at",
        ]
    )
    outbox.enqueue_after_commit(item.pk)


def detect_item_language(*, item: FeedbackItem) -> FeedbackItem:
    """Detect `item`'s language now, in this process (the task's work; the demo loader calls it
    in its own flow). Returns the item as stored."""
    outbox.run(item.pk)
    return FeedbackItem.objects.get(pk=item.pk)


def _detect(item: FeedbackItem) -> DetectedLanguage:
    """Outside any lock: the first call in a process builds the detector."""
    first = (
        item.messages.filter(author=Message.Author.RESIDENT, is_internal=False)
        .order_by("created_at", "pk")
        .values_list("text", flat=True)
        .first()
    )
    return detect_language(text=first or "", fallback=item.site_language)


def _store_language(item: FeedbackItem, detected: DetectedLanguage) -> bool:
    """On the locked, still pending item: store the language and ask for the translations
    that waited for it."""
    item.language = detected.code
    item.language_confidence = detected.confidence
    item.language_is_fallback = detected.is_fallback
    item.language_pending = False
    item.save(
        update_fields=[
            "language",
            "language_confidence",
            "language_is_fallback",
            "language_pending",
            "updated_at",
        ]
    )
    now = timezone.now()
    waiting = item.messages.filter(translation_status=TranslationStatus.AWAITS_LANGUAGE)
    for message in waiting.order_by("created_at", "pk"):
        message.item = item
        if message.author == Message.Author.RESIDENT:
            message.language = detected.code
        request_translation(message=message, now=now)
    return True


outbox = Outbox(
    model=FeedbackItem,
    pending=Q(language_pending=True),
    prepare=_detect,
    handle=_store_language,
    task_name="participation.feedback.tasks.detect_item_language",
    sweep_task_name="participation.feedback.tasks.detect_pending_languages",
    stale_after=SWEEP_AFTER,
    requested_at="language_requested_at",
    touch_when_swept=True,
)
