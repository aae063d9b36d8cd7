"""The translation interface, through deep-translator's real HTTP client against the
LibreTranslate-compatible server of tests/support (the `libretranslate` fixture)."""

import hashlib
import socket
import threading
import time

import pytest
import requests
from deep_translator.exceptions import AuthorizationException, ServerException
from django.db import connection, transaction
from django.utils.functional import Promise

from participation.models import MachineTranslation
from participation.translation import (
    TranslationUnavailable,
    can_translate,
    translate,
    translate_html,
)
from participation.translation import errors as translation_errors
from participation.translation.service import store_machine_translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "source", "target", "expected", "sent_codes"),
    [
        ("안녕하세요", "ko", "en", "Hello", ("ko", "en")),
        ("강남 글로컬 포털", "ko", "zh-hans", "江南全球本地化门户", ("ko", "zh")),
        ("감사합니다", "ko", "ja", "ありがとうございます", ("ko", "ja")),
        ("Thank you", "en", "vi", "Cảm ơn", ("en", "vi")),
        ("你好", "zh-hans", "ko", "안녕하세요", ("zh", "ko")),
        ("こんにちは", "ja", "ko", "안녕하세요", ("ja", "ko")),
        (
            "Đường phố quá tối vào ban đêm.",
            "vi",
            "ko",
            "밤에 거리가 너무 어둡습니다.",
            ("vi", "ko"),
        ),
    ],
)
def test_translates_between_languages(libretranslate, text, source, target, expected, sent_codes):
    translation = translate(text=text, source=source, target=target)

    assert translation.text == expected
    assert (translation.source, translation.target) == (source, target)
    assert translation.provider == "libretranslate"
    assert translation.machine is True
    assert translation.cached is False
    # The provider got its own codes (LibreTranslate calls Simplified Chinese "zh").
    sent = libretranslate.requests[-1]
    assert (sent["source"], sent["target"], sent["q"]) == (*sent_codes, text)


def test_a_translation_is_stored_with_provider_codes_and_hash(libretranslate):
    translate(text="주차 공간이 부족합니다.", source="ko", target="en")

    stored = MachineTranslation.objects.get()
    assert stored.provider == "libretranslate"
    assert (stored.source_language, stored.target_language) == ("ko", "en")
    assert stored.content_hash == hashlib.sha256("주차 공간이 부족합니다.".encode()).hexdigest()
    assert stored.source_text == "주차 공간이 부족합니다."
    assert stored.translated_text == "There is not enough parking."
    assert stored.created_at is not None


def test_the_same_text_is_never_sent_twice(libretranslate):
    first = translate(text="안녕하세요", source="ko", target="vi")
    second = translate(text="안녕하세요", source="ko", target="vi")

    assert libretranslate.translate_requests == 1
    assert (first.cached, second.cached) == (False, True)
    assert second.text == first.text == "Xin chào"
    assert MachineTranslation.objects.count() == 1
    # Another target language is another translation.
    translate(text="안녕하세요", source="ko", target="ja")
    assert libretranslate.translate_requests == 2


def test_language_codes_are_the_portals_whatever_the_spelling(libretranslate):
    translation = translate(text="Hello", source="EN", target="zh_Hans")

    assert translation.target == "zh-hans"
    assert translation.text == "你好"
    assert translate(text="Hello", source="en", target="zh-CN").cached is True


def test_same_language_or_blank_text_asks_no_provider(libretranslate):
    same = translate(text="안녕하세요", source="ko", target="ko")
    blank = translate(text="  \n", source="ko", target="en")

    assert same.text == "안녕하세요"
    assert (same.machine, same.provider, same.cached) == (False, "", False)
    assert blank.text == "  \n"
    assert libretranslate.translate_requests == 0
    assert MachineTranslation.objects.count() == 0


def test_surrounding_whitespace_is_kept(libretranslate):
    assert translate(text=" 안녕하세요\n", source="ko", target="en").text == " Hello\n"


def test_an_unknown_language_code_is_a_programming_error(libretranslate):
    with pytest.raises(ValueError, match="klingon"):
        translate(text="Qapla'", source="klingon", target="en")


def test_a_pair_the_provider_lacks_is_unavailable_without_a_request(libretranslate):
    assert can_translate(source="ko", target="en")
    assert can_translate(source="zh-hans", target="vi")
    assert not can_translate(source="ko", target="ko")
    assert not can_translate(source="ko", target="mn")  # LibreTranslate has no Mongolian

    with pytest.raises(TranslationUnavailable) as raised:
        translate(text="안녕하세요", source="ko", target="mn")

    assert isinstance(raised.value.message, Promise)
    assert "ko" in str(raised.value) and "mn" in str(raised.value)
    assert libretranslate.translate_requests == 0


def test_a_hung_provider_is_cut_off_by_the_timeout(libretranslate, settings):
    settings.TRANSLATION_TIMEOUT_SECONDS = 0.5
    libretranslate.delay_seconds = 10

    started = time.monotonic()
    with pytest.raises(TranslationUnavailable) as raised:
        translate(text="안녕하세요", source="ko", target="en")
    elapsed = time.monotonic() - started

    assert elapsed < 3, elapsed
    assert libretranslate.translate_requests == 1
    assert raised.value.message == translation_errors.TIMED_OUT
    assert isinstance(raised.value.__cause__, requests.Timeout)
    assert MachineTranslation.objects.count() == 0


def test_the_timeout_applies_to_translation_calls_only(libretranslate, settings):
    settings.TRANSLATION_TIMEOUT_SECONDS = 0.2
    libretranslate.delay_seconds = 0.6
    with pytest.raises(TranslationUnavailable):
        translate(text="안녕하세요", source="ko", target="en")

    # Other code in the process that uses requests (no timeout given) still waits as it did.
    response = requests.get(libretranslate.url + "languages")  # noqa: S113
    assert response.status_code == 200


def test_a_server_error_is_unavailable_with_a_message(libretranslate):
    libretranslate.fail_with_status = 500

    with pytest.raises(TranslationUnavailable) as raised:
        translate(text="안녕하세요", source="ko", target="en")

    assert isinstance(raised.value.message, Promise)  # translated when shown
    assert str(raised.value) == str(translation_errors.UNAVAILABLE)
    assert isinstance(raised.value.__cause__, ServerException)
    assert MachineTranslation.objects.count() == 0

    # Nothing was stored, so the next call asks again and succeeds.
    libretranslate.fail_with_status = None
    assert translate(text="안녕하세요", source="ko", target="en").text == "Hello"
    assert libretranslate.translate_requests == 2


def test_a_refused_connection_is_unavailable(libretranslate, settings):
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    settings.TRANSLATION_API_URL = f"http://127.0.0.1:{port}/"

    with pytest.raises(TranslationUnavailable) as raised:
        translate(text="안녕하세요", source="ko", target="en")

    assert str(raised.value) == str(translation_errors.UNAVAILABLE)
    assert isinstance(raised.value.__cause__, requests.ConnectionError)


def test_the_api_key_is_sent_and_a_wrong_one_is_reported(libretranslate, settings):
    libretranslate.api_key = "portal-key"
    settings.TRANSLATION_API_KEY = "wrong-key"

    with pytest.raises(TranslationUnavailable) as raised:
        translate(text="안녕하세요", source="ko", target="en")
    assert raised.value.message == translation_errors.REFUSED_CREDENTIALS
    assert isinstance(raised.value.__cause__, AuthorizationException)

    settings.TRANSLATION_API_KEY = "portal-key"
    assert translate(text="안녕하세요", source="ko", target="en").text == "Hello"
    assert libretranslate.requests[-1]["api_key"] == "portal-key"


def test_a_duplicate_insert_returns_the_stored_row():
    fields = {"provider": "libretranslate", "source": "ko", "target": "en", "text": "안녕하세요"}
    with transaction.atomic():
        first = store_machine_translation(**fields, translated="Hello")
        # A concurrent worker that translated the same text loses the race quietly…
        second = store_machine_translation(**fields, translated="Hi")
        # …and the surrounding transaction is still usable.
        assert MachineTranslation.objects.count() == 1

    assert second.pk == first.pk
    assert second.translated_text == "Hello"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_concurrent_translations_of_one_text_store_one_row(libretranslate):
    libretranslate.delay_seconds = 0.5  # both calls miss the store before either has written
    results, failures = [], []

    def worker():
        try:
            results.append(translate(text="감사합니다", source="ko", target="en"))
        except Exception as exc:  # reported below
            failures.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)

    assert failures == []
    assert [result.text for result in results] == ["Thank you", "Thank you"]
    assert libretranslate.translate_requests == 2
    assert MachineTranslation.objects.count() == 1


# --- HTML ---------------------------------------------------------------------------------


def test_inline_tags_survive_and_their_text_is_translated(libretranslate):
    translation = translate_html(
        html='Visit <a id="a1">our site</a> <b>today</b>', source="en", target="ko"
    )

    assert translation.text == '방문하세요 <a id="a1">우리 사이트</a> <b>오늘</b>'
    assert translation.provider == "libretranslate"
    # One request for the whole sentence: the provider sees the words in their context.
    assert libretranslate.translate_requests == 1
    assert "<" not in libretranslate.requests[0]["q"]


def test_nested_tags_line_breaks_and_entities_survive(libretranslate):
    html = "<b>Hello <i>world</i></b><br>Tom &amp; Jerry say <code>Thank you</code>"

    translation = translate_html(html=html, source="en", target="ko")

    assert translation.text == (
        "<b>안녕하세요 <i>세계</i></b><br>Tom &amp; Jerry say <code>감사합니다</code>"
    )


def test_tags_survive_a_provider_that_loses_the_placeholders(libretranslate):
    libretranslate.drop_markers = True

    translation = translate_html(
        html='Visit <a id="a1">our site</a> <b>today</b>', source="en", target="ja"
    )

    # The text between the tags was translated piece by piece instead.
    assert translation.text == 'ご覧ください <a id="a1">私たちのサイト</a> <b>今日</b>'


def test_html_is_stored_and_not_sent_twice(libretranslate):
    html = "<b>Hello</b>, <i>today</i>"
    first = translate_html(html=html, source="en", target="zh-hans")
    second = translate_html(html=html, source="en", target="zh-hans")

    assert first.text == second.text == "<b>你好</b>, <i>今天</i>"
    assert (first.cached, second.cached) == (False, True)
    assert libretranslate.translate_requests == 1


def test_html_in_the_same_language_is_returned_as_it_is(libretranslate):
    html = "<b>안녕하세요</b> &amp; 반갑습니다"

    assert translate_html(html=html, source="ko", target="ko").text == html
    assert translate_html(html="안녕하세요", source="ko", target="en").text == "Hello"
    assert libretranslate.translate_requests == 1
