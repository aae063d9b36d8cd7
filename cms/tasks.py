from celery import shared_task
from django.core.management import call_command


@shared_task
def publish_scheduled_pages() -> None:
    """Beat: publish pages and snippets whose scheduled time has come, unpublish expired ones.
    Wagtail's own command is idempotent, so an overlapping run does no harm."""
    call_command("publish_scheduled", verbosity=0)
