"""/<lang>/status/: the checks of /healthz, for people, in their language."""

import pytest
from django.utils.html import strip_tags

WORKING = {
    "ko": ("포털의 모든 기능이 정상적으로 작동하고 있습니다.", "정상"),
    "en": ("All parts of the portal are working.", "Working"),
    "zh-hans": ("门户的所有功能均运行正常。", "正常"),
    "ja": ("ポータルのすべての機能が正常に動作しています。", "正常"),
    "vi": ("Mọi phần của cổng thông tin đều hoạt động bình thường.", "Hoạt động bình thường"),
}


def text_of(response) -> str:
    return " ".join(strip_tags(response.content.decode()).split())


@pytest.mark.django_db
@pytest.mark.parametrize("language", WORKING)
def test_every_service_up_reads_as_working_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/status/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response["Cache-Control"].startswith("max-age=0")
    summary, working = WORKING[language]
    text = text_of(response)
    assert summary in text
    assert text.count(working) >= 3  # database, cache, broker (eager counts as working)
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.django_db
def test_a_dead_broker_is_named_in_words_and_answers_503(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port

    response = client.get("/en/status/")

    assert response.status_code == 503
    html = response.content.decode()
    broker = html.split('data-check="broker"')[1].split("</li>")[0]
    assert "Emails and translations" in broker
    assert "Not working" in broker
    database = html.split('data-check="database"')[1].split("</li>")[0]
    assert "Not working" not in database
    assert "Part of the portal is not working." in text_of(response)
    assert '"checks"' not in html  # a page for people, not the JSON


@pytest.mark.django_db
def test_the_page_links_the_machine_readable_status(client):
    html = client.get("/vi/status/").content.decode()

    assert 'href="/healthz"' in html
