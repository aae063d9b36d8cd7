"""Posts per hour (conf.rate_limit_per_hour()): the feedback form per IP address and per email
address, the status page's follow-up and reopen forms per IP address. Every POST counts against
its address, valid or not, so that refused forms cost an attacker as much as accepted ones; only
a form that would be accepted counts against the email address it names, so that nobody uses up
someone else's allowance with forms that fail."""

import hashlib
from datetime import datetime

from portal.ratelimit import over_limit

from . import conf
from .errors import SubmissionRateLimited

HOUR = 3600


def check_submission_rate(
    *, ip_address: str = "", email: str = "", now: datetime | None = None
) -> None:
    """Count a submission per IP address and per email address (each when given); raise
    SubmissionRateLimited when a counter is over the limit."""
    keys = [f"feedback:rate:ip:{ip_address}"] if ip_address else []
    if email.strip():
        keys.append(f"feedback:rate:email:{email_digest(email)}")
    _count(keys, limit=conf.rate_limit_per_hour(), now=now)


def check_status_action_rate(*, ip_address: str, now: datetime | None = None) -> None:
    """Count a follow-up or reopen post (one counter for both)."""
    _count([f"feedback:rate:status:ip:{ip_address}"], limit=conf.rate_limit_per_hour(), now=now)


def email_digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def check_api_client_rate(*, client_id: int, limit: int, now: datetime | None = None) -> None:
    """Count an Open311 client's post: its server speaks for many residents, so its API key,
    not its address, is what a limit can hold."""
    _count([f"open311:rate:client:{client_id}"], limit=limit, now=now)


def check_failed_api_key_rate(*, ip_address: str, limit: int, now: datetime | None = None) -> None:
    """Count an Open311 post from `ip_address` whose api_key was missing or invalid."""
    _count([f"open311:rate:failed-key:ip:{ip_address}"], limit=limit, now=now)


def _count(keys: list[str], *, limit: int, now: datetime | None) -> None:
    # Every counter counts the hit, so that one over its limit does not spare the others.
    waits = [over_limit(key, limit=limit, window_seconds=HOUR, now=now) for key in keys]
    waits = [wait for wait in waits if wait is not None]
    if waits:
        raise SubmissionRateLimited(retry_after=max(waits))
