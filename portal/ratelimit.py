"""Fixed-window counters for rate limits, shared by the forms that need one."""

import logging
import math
from datetime import datetime

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

logger = logging.getLogger(__name__)


def over_limit(
    key: str, *, limit: int, window_seconds: int, now: datetime | None = None
) -> int | None:
    """Count one hit on `key` in the current fixed window of `window_seconds`. Past `limit`,
    return the seconds until the window ends (the 429's Retry-After); else None."""
    moment = (now or timezone.now()).timestamp()
    window = int(moment // window_seconds)
    count = count_hit(f"{key}:{window}", window_seconds=window_seconds + 100)
    if count is None or count <= limit:
        return None
    return max(1, math.ceil((window + 1) * window_seconds - moment))


def count_hit(key: str, *, window_seconds: int) -> int | None:
    """Add one to the counter `key` (created for `window_seconds`) and return its value, or
    None when the cache is unavailable: a cache outage must not stop residents."""
    cache = caches["default"]
    try:
        if isinstance(cache, RedisCache):
            return _count_in_one_round_trip(cache, key, window_seconds=window_seconds)
        cache.add(key, 0, timeout=window_seconds)
        return cache.incr(key)
    except Exception:
        logger.warning("rate limit counter unavailable", exc_info=True)
        return None


def _count_in_one_round_trip(cache: RedisCache, key: str, *, window_seconds: int) -> int:
    # SET NX + INCR pipelined: one round trip on every form POST instead of three (add,
    # then incr's existence check and increment). Integers are stored raw, as the cache does.
    real_key = cache.make_and_validate_key(key)
    client = cache._cache.get_client(real_key, write=True)
    pipeline = client.pipeline(transaction=False)
    pipeline.set(real_key, 0, ex=window_seconds, nx=True)
    pipeline.incr(real_key)
    return pipeline.execute()[1]
