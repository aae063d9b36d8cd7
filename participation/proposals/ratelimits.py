"""Posts per hour and account (portal.ratelimit's fixed windows): proposals, comments,
supports (a withdrawal counts as a support post) and comment reports. Every POST counts, valid
or not, before the form is read, so that refused posts cost as much as accepted ones. Limits
in settings: PROPOSALS_RATE_LIMITS = {"proposal": 5, "comment": 20, "support": 60,
"report": 10} (the defaults)."""

from datetime import datetime

from django.conf import settings

from portal.ratelimit import over_limit

from .errors import PostRateLimited

HOUR = 3600
DEFAULT_LIMITS = {"proposal": 5, "comment": 20, "support": 60, "report": 10}


def limit_for(kind: str) -> int:
    return int(getattr(settings, "PROPOSALS_RATE_LIMITS", {}).get(kind, DEFAULT_LIMITS[kind]))


def check_post_rate(*, user, kind: str, now: datetime | None = None) -> None:
    """Count one `kind` post by `user`; raise PostRateLimited when over the hour's limit."""
    wait = over_limit(
        f"proposals:rate:{kind}:user:{user.pk}",
        limit=limit_for(kind),
        window_seconds=HOUR,
        now=now,
    )
    if wait is not None:
        raise PostRateLimited(retry_after=wait)
