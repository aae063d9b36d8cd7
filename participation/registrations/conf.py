"""Registration settings, read with defaults so the app needs nothing in portal/settings.

- REGISTRATION_OFFER_HOURS: how long a waitlist offer stays open (24).
- REGISTRATION_REMINDER_HOURS: the reminder goes out this long before the event starts (24).
- REGISTRATION_SURVEY_DELAY_HOURS: the satisfaction survey goes out this long after the event
  ends (2).
- REGISTRATION_SURVEY_MAX_AGE_DAYS: no survey for events that ended longer ago than this (14),
  so turning surveys on never emails people about events long past.
- REGISTRATION_CANCELLATION_HOURS: registrants may cancel until this long before the start (0).
- REGISTRATION_LOCK_TIMEOUT_MS: how long to wait for an event's capacity lock (3000).
- REGISTRATION_RATE_LIMIT_PER_MINUTE: registration attempts per IP address and minute (10).
- REGISTRATION_EMAIL_RATE_LIMIT_PER_MINUTE: registration attempts per email and minute (5).
- REGISTRATION_OPENING_RATE_LIMIT_PER_MINUTE: attempts per IP address and minute for an event
  during its opening rush (300): crowds behind one carrier-grade NAT address.
- REGISTRATION_OPENING_MINUTES: how long the opening rush lasts after registration opens (60).
"""

from datetime import timedelta

from django.conf import settings


def offer_validity() -> timedelta:
    return timedelta(hours=getattr(settings, "REGISTRATION_OFFER_HOURS", 24))


def reminder_lead_time() -> timedelta:
    return timedelta(hours=getattr(settings, "REGISTRATION_REMINDER_HOURS", 24))


def survey_delay() -> timedelta:
    return timedelta(hours=getattr(settings, "REGISTRATION_SURVEY_DELAY_HOURS", 2))


def survey_max_age() -> timedelta:
    return timedelta(days=getattr(settings, "REGISTRATION_SURVEY_MAX_AGE_DAYS", 14))


def cancellation_lead_time() -> timedelta:
    return timedelta(hours=getattr(settings, "REGISTRATION_CANCELLATION_HOURS", 0))


def lock_timeout_ms() -> int:
    return int(getattr(settings, "REGISTRATION_LOCK_TIMEOUT_MS", 3000))


def rate_limit_per_minute() -> int:
    return int(getattr(settings, "REGISTRATION_RATE_LIMIT_PER_MINUTE", 10))


def email_rate_limit_per_minute() -> int:
    return int(getattr(settings, "REGISTRATION_EMAIL_RATE_LIMIT_PER_MINUTE", 5))


def opening_rate_limit_per_minute() -> int:
    return int(getattr(settings, "REGISTRATION_OPENING_RATE_LIMIT_PER_MINUTE", 300))


def opening_rush() -> timedelta:
    return timedelta(minutes=getattr(settings, "REGISTRATION_OPENING_MINUTES", 60))
