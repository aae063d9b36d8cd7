from celery import shared_task

from .services.refresh import refresh_rollups_and_snapshots as refresh


@shared_task(name="kpis.tasks.refresh_rollups_and_snapshots")
def refresh_rollups_and_snapshots() -> int:
    """Hourly (CELERY_BEAT_SCHEDULE); safe to run any number of times."""
    return refresh().snapshots
