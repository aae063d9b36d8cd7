import os

import pytest
from django.core.cache import caches

from portal.ratelimit import count_hit
from tests.conftest import redis_database_url

REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_cache_settings(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "ratelimit-test",
        }
    }


@pytest.fixture
def redis_cache(settings):
    if not REDIS_URL:
        pytest.skip("needs Redis (REDIS_URL)")
    settings.CACHES = redis_cache_settings(redis_database_url(1))  # emptied before and after
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def test_redis_counts_each_hit_and_expires_with_the_window(redis_cache):
    counts = [count_hit("form:1.2.3.4", window_seconds=120) for _ in range(3)]

    assert counts == [1, 2, 3]
    assert redis_cache.get("form:1.2.3.4") == 3  # readable through the cache as usual
    real_key = redis_cache.make_and_validate_key("form:1.2.3.4")
    ttl = redis_cache._cache.get_client(real_key).ttl(real_key)
    assert 0 < ttl <= 120


def test_redis_keeps_the_first_window_when_hit_again(redis_cache):
    count_hit("form:window", window_seconds=120)
    count_hit("form:window", window_seconds=5000)

    real_key = redis_cache.make_and_validate_key("form:window")
    assert redis_cache._cache.get_client(real_key).ttl(real_key) <= 120


def test_other_caches_count_too(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    assert [count_hit("form:local", window_seconds=60) for _ in range(2)] == [1, 2]


def test_an_unreachable_cache_counts_nothing_and_raises_nothing(settings):
    settings.CACHES = redis_cache_settings("redis://127.0.0.1:1/0")  # nothing listens there

    assert count_hit("form:down", window_seconds=60) is None


def test_over_the_limit_says_how_long_until_the_window_ends():
    from datetime import UTC, datetime

    from portal.ratelimit import over_limit

    moment = datetime(2026, 12, 4, 12, 0, 50, 250_000, tzinfo=UTC)
    hits = [over_limit("form:198.51.100.7", limit=2, window_seconds=60, now=moment) for _ in "abc"]
    assert hits == [None, None, 10]  # 9.75 s left in the minute, rounded up
    next_minute = datetime(2026, 12, 4, 12, 1, 0, tzinfo=UTC)
    assert over_limit("form:198.51.100.7", limit=2, window_seconds=60, now=next_minute) is None
    hour = datetime(2026, 12, 4, 12, 59, 59, 900_000, tzinfo=UTC)
    assert [over_limit("hour", limit=0, window_seconds=3600, now=hour)] == [1]
