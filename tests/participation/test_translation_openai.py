"""The OpenAI-compatible provider, through the real `openai` client against the fake server of
tests/support (the `openai_server` fixture), and what "not configured" means for every
provider (participation/translation/health.py)."""

import pytest
from django.core.cache import cache

from participation.models import MachineTranslation
from participation.translation import (
    TranslationUnavailable,
    configuration_problem,
    provider_problem,
    translate,
    translate_html,
)
from participation.translation import errors as translation_errors
from participation.translation.openai_compatible import kept_protected_parts

pytestmark = pytest.mark.django_db


def test_translates_through_the_chat_completion_api(openai_server):
    translation = translate(text="감사합니다", source="ko", target="ja")

    assert translation.text == "ありがとうございます"
    assert translation.provider == "openai"
    (sent,) = openai_server.requests
    assert sent["model"] == "qwen2.5-7b-instruct"
    assert sent["temperature"] == 0
    system, user = sent["messages"]
    assert "from Korean into Japanese" in system["content"]
    assert "placeholder" in system["content"] and "HTML tag" in system["content"]
    assert user == {"role": "user", "content": "감사합니다"}
    assert MachineTranslation.objects.filter(provider="openai", target_language="ja").exists()


def test_sends_the_key_when_one_is_set(openai_server, settings):
    openai_server.api_key = "local-secret"
    settings.TRANSLATION_API_KEY = "local-secret"
    assert translate(text="안녕하세요", source="ko", target="vi").text == "Xin chào"

    settings.TRANSLATION_API_KEY = "wrong"
    with pytest.raises(TranslationUnavailable) as refused:
        translate(text="감사합니다", source="ko", target="vi")
    assert refused.value.message == translation_errors.REFUSED_CREDENTIALS


def test_placeholders_and_markup_come_back_unchanged(openai_server):
    text = "%(name)s님, {count}건 <b>확인</b>: https://gangnam.go.kr/a?b=1 %s"
    translation = translate(text=text, source="ko", target="en")
    assert translation.text == f"[en] {text}"


def test_a_translation_that_lost_placeholders_is_refused_and_not_stored(openai_server):
    openai_server.mangle_placeholders = True
    with pytest.raises(TranslationUnavailable):
        translate(text="%(name)s님, <b>{count}</b>건", source="ko", target="en")
    assert not MachineTranslation.objects.exists()
    # The server answered: it is not reported unreachable.
    assert provider_problem() is None


def test_inline_markup_of_editors_pages_survives(openai_server):
    translation = translate_html(
        html='Visit <a href="/ko/">our site</a> today', source="en", target="ja"
    )
    assert translation.text == 'ご覧ください <a href="/ko/">私たちのサイト</a> 今日'


@pytest.mark.parametrize(
    ("source", "translated", "kept"),
    [
        ("{name} 님", "{name} 様", True),
        ("{name} 님", "{nom} 様", False),
        ("%(count)d건 %s", "%s %(count)d件", True),
        ("%(count)d건", "%(count)s件", False),
        ("<b>확인</b>", "<b>確認</b>", True),
        ("<b>확인</b>", "<strong>確認</strong>", False),
        ("https://gangnam.go.kr/x", "https://gangnam.go.kr/y", False),
        ("[X0X]강남[X1X]", "[X1X]江南[X0X]", True),
        ("<br><br>", "<br>", False),
    ],
)
def test_protected_parts_are_compared_exactly(source, translated, kept):
    assert kept_protected_parts(source, translated) is kept


def test_an_unreachable_server_fails_and_is_reported_once(openai_server):
    openai_server.fail_with_status = 503
    with pytest.raises(TranslationUnavailable) as failed:
        translate(text="감사합니다", source="ko", target="en")
    assert failed.value.message == translation_errors.UNAVAILABLE
    problem = provider_problem()
    assert "TRANSLATION_API_URL" in problem.settings
    assert "TRANSLATION_API_URL" in str(problem.message)

    openai_server.fail_with_status = None
    translate(text="감사합니다", source="ko", target="en")
    assert provider_problem() is None


def test_a_hung_server_is_cut_off(openai_server, settings):
    settings.TRANSLATION_TIMEOUT_SECONDS = 0.3
    openai_server.delay_seconds = 5
    with pytest.raises(TranslationUnavailable) as failed:
        translate(text="감사합니다", source="ko", target="en")
    assert failed.value.message == translation_errors.TIMED_OUT


@pytest.mark.parametrize(
    ("provider", "blank", "named"),
    [
        ("openai", "TRANSLATION_API_URL", "TRANSLATION_API_URL"),
        ("openai", "TRANSLATION_MODEL", "TRANSLATION_MODEL"),
        ("libretranslate", "TRANSLATION_API_URL", "TRANSLATION_API_URL"),
    ],
)
def test_a_provider_without_its_server_is_not_configured_and_never_called(
    openai_server, settings, provider, blank, named
):
    settings.TRANSLATION_PROVIDER = provider
    setattr(settings, blank, "")
    with pytest.raises(TranslationUnavailable) as failed:
        translate(text="감사합니다", source="ko", target="en")
    assert named in str(failed.value.message)
    assert configuration_problem() is not None
    assert openai_server.requests == []


def test_no_public_libretranslate_when_its_url_is_empty(settings):
    """An empty TRANSLATION_API_URL once meant libretranslate.com: residents' words went to a
    public internet service without anyone choosing it."""
    settings.TRANSLATION_PROVIDER = "libretranslate"
    settings.TRANSLATION_API_URL = ""
    with pytest.raises(TranslationUnavailable) as failed:
        translate(text="주차 공간이 부족합니다.", source="ko", target="en")
    assert "TRANSLATION_API_URL" in str(failed.value.message)
    assert not MachineTranslation.objects.exists()


def test_the_unreachable_notice_expires_with_the_cache(openai_server):
    openai_server.fail_with_status = 500
    with pytest.raises(TranslationUnavailable):
        translate(text="감사합니다", source="ko", target="en")
    cache.clear()
    assert provider_problem() is None
