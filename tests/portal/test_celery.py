from portal.celery import app as celery_app


def test_tasks_are_registered_by_autodiscovery():
    celery_app.loader.import_default_modules()

    assert "participation.tasks.deliver_email" in celery_app.tasks
    assert "participation.tasks.deliver_pending_emails" in celery_app.tasks


def test_beat_schedule_names_registered_tasks():
    celery_app.loader.import_default_modules()

    for entry in celery_app.conf.beat_schedule.values():
        assert entry["task"] in celery_app.tasks


def test_without_a_broker_tasks_run_eagerly(settings):
    # The test settings, like the local demo, configure no broker unless REDIS_URL is set.
    assert celery_app.conf.task_always_eager is True
