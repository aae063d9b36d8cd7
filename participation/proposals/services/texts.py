"""The feedback pipeline's two stages, for proposals' texts: the language worker detects the
language a proposal or comment was written in (`proposal_languages`, `comment_languages`, on
the `language` queue), then each text is machine-translated into every other site language
(`translations`): one TextTranslation row a language, stored once per text by
participation.translation, retried like feedback messages (feedback.conf), and left for staff
("needs manual translation") when the provider cannot. Every outbox is idempotent: a re-run
finds its row no longer pending and does nothing."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from participation.feedback import conf as feedback_conf
from participation.feedback.models import TranslationStatus
from participation.feedback.services.translating import STAFF_LANGUAGE
from participation.language_detection import detect_language
from participation.translation import (
    TranslationUnavailable,
    can_translate,
    configuration_problem,
    translate,
)
from participation.translation.languages import normalize_language
from portal.outbox import Outbox, Retry

from ..models import Comment, Proposal, TextTranslation
from .delivery import deliver_answer

SITE_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
DETECTION_SWEEP_AFTER = timedelta(minutes=2)
TRANSLATION_SWEEP_AFTER = timedelta(minutes=20)


def same_language(a: str, b: str) -> bool:
    try:
        return normalize_language(a) == normalize_language(b)
    except ValueError:
        return a == b


# --- translation -------------------------------------------------------------------------


def request_translations(*, texts: dict, source_language: str, now=None, **owner) -> None:
    """Replace the translations of `owner` (proposal=, comment= or status_change=) with one
    row per other site language for each of `texts` ({field: text}); enqueue the pending ones
    after commit. Call inside the transaction that saves the owner."""
    now = now or timezone.now()
    TextTranslation.objects.filter(**owner).delete()
    rows = []
    for field, text in texts.items():
        for target in SITE_LANGUAGES:
            if same_language(source_language, target) or not text.strip():
                continue
            if configuration_problem() is None and can_translate(
                source=source_language, target=target
            ):
                status = TranslationStatus.PENDING
            else:
                status = TranslationStatus.NEEDS_MANUAL
            rows.append(
                TextTranslation(
                    **owner,
                    field=field,
                    source_language=source_language,
                    target_language=target,
                    source_text=text,
                    status=status,
                    requested_at=now,
                )
            )
    for row in TextTranslation.objects.bulk_create(rows):
        if row.status == TranslationStatus.PENDING:
            translations.enqueue_after_commit(row.pk)


def _ask_provider(row: TextTranslation):
    """Outside any lock: the provider may take seconds. None when no provider is set up."""
    if configuration_problem() is not None:
        return None
    return translate(text=row.source_text, source=row.source_language, target=row.target_language)


def _store_translation(row: TextTranslation, result) -> bool:
    if result is None:
        row.status = TranslationStatus.NEEDS_MANUAL
        row.save(update_fields=["status"])
        return False
    row.translated_text = result.text
    row.provider = result.provider
    row.status = TranslationStatus.DONE
    row.error = ""
    row.translated_at = timezone.now()
    row.save(update_fields=["translated_text", "provider", "status", "error", "translated_at"])
    if row.status_change_id:
        deliver_answer(status_change_id=row.status_change_id)
    return True


@transaction.atomic
def record_translation_failure(*, row_id: int, error: str, final: bool) -> None:
    row = TextTranslation.objects.select_for_update().filter(pk=row_id).first()
    if row is None or row.status != TranslationStatus.PENDING:
        return
    row.error = error[:2000]
    if final:
        row.status = TranslationStatus.NEEDS_MANUAL
    row.save(update_fields=["error", "status"])


@transaction.atomic
def set_manual_translation(*, translation: TextTranslation, text: str, now=None):
    """Staff type the translation the provider could not give (or correct the machine's);
    staff.translate_by_hand checks who and what first."""
    row = TextTranslation.objects.select_for_update().get(pk=translation.pk)
    row.translated_text = text.strip()
    row.status = TranslationStatus.MANUAL
    row.provider = ""
    row.error = ""
    row.translated_at = now or timezone.now()
    row.save()
    if row.status_change_id:
        deliver_answer(status_change_id=row.status_change_id, now=now)
    return row


@transaction.atomic
def retry_translation(*, translation: TextTranslation) -> bool:
    """Ask the provider again for a text it gave up on; False when it still cannot."""
    row = TextTranslation.objects.select_for_update().get(pk=translation.pk)
    if row.status != TranslationStatus.NEEDS_MANUAL or configuration_problem() is not None:
        return False
    if not can_translate(source=row.source_language, target=row.target_language):
        return False
    row.status = TranslationStatus.PENDING
    row.error = ""
    row.requested_at = timezone.now()
    row.save(update_fields=["status", "error", "requested_at"])
    translations.enqueue_after_commit(row.pk)
    return True


translations = Outbox(
    model=TextTranslation,
    pending=Q(status=TranslationStatus.PENDING),
    prepare=_ask_provider,
    handle=_store_translation,
    task_name="participation.proposals.tasks.translate_text",
    sweep_task_name="participation.proposals.tasks.translate_pending_texts",
    stale_after=TRANSLATION_SWEEP_AFTER,
    requested_at="requested_at",
    touch_when_swept=True,
    retry=Retry(
        on=(TranslationUnavailable,),
        attempts=feedback_conf.translation_attempts,
        first_delay_seconds=feedback_conf.translation_retry_seconds,
        record_failure=record_translation_failure,
    ),
)


def request_answer_translations(*, status_change, now=None) -> None:
    request_translations(
        status_change=status_change,
        texts={TextTranslation.Field.ANSWER: status_change.answer},
        source_language=STAFF_LANGUAGE,
        now=now,
    )


# --- language detection ------------------------------------------------------------------


def request_detection(*, text_owner, outbox: Outbox, now=None) -> None:
    """Mark a new proposal or comment for detection (the site language stands in meanwhile)
    and enqueue the language worker's task after commit."""
    text_owner.language = text_owner.site_language
    text_owner.language_pending = True
    text_owner.language_requested_at = now or timezone.now()
    text_owner.save(update_fields=["language", "language_pending", "language_requested_at"])
    outbox.enqueue_after_commit(text_owner.pk)


def proposal_texts(proposal: Proposal) -> dict:
    return {TextTranslation.Field.TITLE: proposal.title, TextTranslation.Field.BODY: proposal.body}


def comment_texts(comment: Comment) -> dict:
    return {TextTranslation.Field.COMMENT: comment.body}


def _detect_proposal(proposal: Proposal):
    text = f"{proposal.title}\n{proposal.body}"
    return detect_language(text=text, fallback=proposal.site_language)


def _detect_comment(comment: Comment):
    return detect_language(text=comment.body, fallback=comment.site_language)


def store_language(*, text_owner, code: str, confidence: float, chosen: bool, now=None) -> None:
    """Set the language of a locked proposal or comment and ask for its translations."""
    text_owner.language = code
    text_owner.language_confidence = confidence
    text_owner.language_chosen_by_author = chosen
    text_owner.language_pending = False
    text_owner.save(
        update_fields=[
            "language",
            "language_confidence",
            "language_chosen_by_author",
            "language_pending",
        ]
    )
    if isinstance(text_owner, Proposal):
        texts, owner = proposal_texts(text_owner), {"proposal": text_owner}
    else:
        texts, owner = comment_texts(text_owner), {"comment": text_owner}
    request_translations(texts=texts, source_language=code, now=now, **owner)


def _store_detected(text_owner, detected) -> bool:
    store_language(
        text_owner=text_owner, code=detected.code, confidence=detected.confidence, chosen=False
    )
    return True


proposal_languages = Outbox(
    model=Proposal,
    pending=Q(language_pending=True),
    prepare=_detect_proposal,
    handle=_store_detected,
    task_name="participation.proposals.tasks.detect_proposal_language",
    sweep_task_name="participation.proposals.tasks.detect_pending_proposal_languages",
    stale_after=DETECTION_SWEEP_AFTER,
    requested_at="language_requested_at",
    touch_when_swept=True,
)

comment_languages = Outbox(
    model=Comment,
    pending=Q(language_pending=True),
    prepare=_detect_comment,
    handle=_store_detected,
    task_name="participation.proposals.tasks.detect_comment_language",
    sweep_task_name="participation.proposals.tasks.detect_pending_comment_languages",
    stale_after=DETECTION_SWEEP_AFTER,
    requested_at="language_requested_at",
    touch_when_swept=True,
)
