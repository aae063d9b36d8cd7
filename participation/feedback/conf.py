"""Feedback settings, read with defaults so the app needs nothing in portal/settings.

- FEEDBACK_RETENTION_DAYS: personal data of finished items is erased this long after they
  were closed, rejected or marked duplicate (1095).
- FEEDBACK_REOPEN_DAYS: a resident can reopen a closed item this long after closing (14).
- FEEDBACK_RATE_LIMIT_PER_HOUR: submissions per IP address, and per email address, an hour (10).
- FEEDBACK_MAX_PIXELS_PER_SUBMISSION: width × height of all photos of one message (or one
  follow-up) together, read from their headers before any is decoded (40,000,000: three
  12-megapixel phone photos).
- FEEDBACK_TRANSLATION_ATTEMPTS: provider attempts per message before it is flagged for a
  manual translation (5); retries wait FEEDBACK_TRANSLATION_RETRY_SECONDS × 2ⁿ (30).
- FEEDBACK_TRANSLATION_DUE_HOURS: a staff reply the resident cannot read yet is overdue in the
  "awaiting translation" queue this long after it was written (8: within a working day).
"""

from datetime import timedelta

from django.conf import settings

MAX_TEXT_LENGTH = 4000
MAX_ATTACHMENTS = 3
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024


def retention_period() -> timedelta:
    return timedelta(days=getattr(settings, "FEEDBACK_RETENTION_DAYS", 365 * 3))


def reopen_period() -> timedelta:
    return timedelta(days=getattr(settings, "FEEDBACK_REOPEN_DAYS", 14))


def rate_limit_per_hour() -> int:
    return int(getattr(settings, "FEEDBACK_RATE_LIMIT_PER_HOUR", 10))


def max_pixels_per_submission() -> int:
    return int(getattr(settings, "FEEDBACK_MAX_PIXELS_PER_SUBMISSION", 40_000_000))


def translation_attempts() -> int:
    return int(getattr(settings, "FEEDBACK_TRANSLATION_ATTEMPTS", 5))


def translation_retry_seconds() -> int:
    return int(getattr(settings, "FEEDBACK_TRANSLATION_RETRY_SECONDS", 30))


def translation_due_period() -> timedelta:
    return timedelta(hours=getattr(settings, "FEEDBACK_TRANSLATION_DUE_HOURS", 8))
