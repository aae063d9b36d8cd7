"""Rate limits on registration form posts, sized for the crowd at an event's opening.

When a popular event opens, thousands of phones post at once, many of them behind one mobile
carrier's shared address (carrier-grade NAT). So the limit per client address is much higher
for that event during its opening rush, counted per event, while the limit per email (one
person pressing the button again and again) always applies. Outside the rush the ordinary
per-address limit applies, counted across all events.
"""

from datetime import datetime

from django.utils.crypto import salted_hmac

from portal.ratelimit import over_limit

from . import conf

WINDOW_SECONDS = 60


def registration_retry_after(*, event, address: str, email: str, now: datetime) -> int | None:
    """Count one registration attempt for `event` from `address` with `email` at `now`; past a
    limit, the seconds until its window ends (the 429's Retry-After), else None."""
    if in_opening_rush(event=event, now=now):
        # translation_key: the event's language versions share one allowance.
        key = f"registrations:rate:opening:{event.translation_key}:{address}"
        limit = conf.opening_rate_limit_per_minute()
    else:
        key, limit = f"registrations:rate:{address}", conf.rate_limit_per_minute()
    retry_after = over_limit(key, limit=limit, window_seconds=WINDOW_SECONDS, now=now)
    if retry_after or not email:
        return retry_after
    return over_limit(
        f"registrations:rate:email:{_email_digest(email)}",
        limit=conf.email_rate_limit_per_minute(),
        window_seconds=WINDOW_SECONDS,
        now=now,
    )


def in_opening_rush(*, event, now: datetime) -> bool:
    opens_at = event.registration_opens_at
    return opens_at is not None and opens_at <= now < opens_at + conf.opening_rush()


def _email_digest(email: str) -> str:
    # Keyed digest: the cache holds no email address, nor anything to test guesses against.
    normalized = email.strip().lower()
    return salted_hmac("registrations.throttle", normalized).hexdigest()[:32]
