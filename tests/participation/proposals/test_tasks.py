from django.conf import settings

from participation.proposals import tasks
from participation.proposals.services import texts


def test_detection_runs_only_on_the_language_queue_and_translation_on_the_default_one():
    routes = settings.CELERY_TASK_ROUTES
    for task in (tasks.detect_proposal_language, tasks.detect_comment_language):
        assert routes[task.name] == {"queue": "language"}
    assert tasks.translate_text.name not in routes
    assert texts.proposal_languages.task is tasks.detect_proposal_language


def test_the_beat_sweeps_every_proposal_outbox():
    swept = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    for task in (
        tasks.detect_pending_proposal_languages,
        tasks.detect_pending_comment_languages,
        tasks.translate_pending_texts,
    ):
        assert task.name in swept
