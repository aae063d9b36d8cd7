"""The email outbox's Celery tasks (defined by participation.emails.outbox)."""

from .emails import outbox

deliver_email = outbox.task
deliver_pending_emails = outbox.sweep_task
