"""The proposals' outbox tasks (defined by services.texts): language detection runs only on
the `language` queue (settings.CELERY_TASK_ROUTES), translation on the default one; and the
hourly retention sweep."""

from celery import shared_task

from .services import privacy, texts

detect_proposal_language = texts.proposal_languages.task
detect_pending_proposal_languages = texts.proposal_languages.sweep_task
detect_comment_language = texts.comment_languages.task
detect_pending_comment_languages = texts.comment_languages.sweep_task
translate_text = texts.translations.task
translate_pending_texts = texts.translations.sweep_task


@shared_task
def purge_expired_personal_data() -> int:
    """Beat, hourly: forget who took part in proposals older than the retention period."""
    return privacy.purge_expired_personal_data()
