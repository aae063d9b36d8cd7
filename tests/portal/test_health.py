import os

import pytest

from portal import health


@pytest.mark.django_db
def test_healthz_reports_every_service_up(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "ok"
    assert body["checks"]["broker"] in {"ok", "eager"}
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_healthz_reports_a_dead_broker_as_503(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "cache": "ok", "broker": "down"},
    }


@pytest.mark.django_db
def test_healthz_reports_a_dead_cache_as_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "down"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a Redis server (REDIS_URL)")
@pytest.mark.django_db
def test_broker_check_talks_to_a_live_redis(settings):
    settings.CELERY_BROKER_URL = os.environ["REDIS_URL"]

    assert health.check_broker() == "ok"


def test_healthz_is_get_only(client):
    assert client.post("/healthz").status_code == 405
