"""`manage.py detectlang`: lines on stdin, one language code per line on stdout."""

import io
import sys

import pytest
from django.core.management import CommandError, call_command

LINES = [
    "K-POP World City Week 신청이 안 돼요",
    "",
    "我上周报名参加了活动，但是一直没有收到确认邮件。",
    "https://www.gangnam.go.kr/ko/",
    "Je me suis inscrit à l'événement la semaine dernière, mais je n'ai rien reçu.",
    "   ",
    "Сайн байна уу, танайх сайхан байна уу?",
]


def detectlang(text: str, **options) -> list[str]:
    stdout = io.StringIO()
    call_command("detectlang", stdin=io.StringIO(text, newline="\n"), stdout=stdout, **options)
    return stdout.getvalue().split("\n")


def test_one_code_per_line_in_order_with_the_fallback_for_empty_lines():
    printed = detectlang("\n".join(LINES) + "\n", fallback="vi", engine="lingua")

    assert printed == ["ko", "vi", "zh-hans", "vi", "fr", "vi", "mn", ""]


def test_the_default_fallback_is_the_site_default_language():
    assert detectlang("\n😀\n") == ["ko", "ko", ""]


def test_the_engine_option_overrides_the_setting(settings):
    settings.LANGUAGE_DETECTOR = "lingua"
    mongolian = "Сайн байна уу, танайх сайхан байна уу?\n"

    assert detectlang(mongolian) == ["mn", ""]
    assert detectlang(mongolian, engine="langdetect") == ["ru", ""]


def test_a_line_ends_only_at_a_line_feed():
    # U+0085 (NEL) and U+2028 are inside a resident's text, not line breaks; CRLF is one break.
    printed = detectlang("Bonjour\x85à tous, je voudrais\u2028m'inscrire\r\nDanke schön\n")

    assert printed == ["fr", "de", ""]


def test_reads_utf8_from_the_process_stdin(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO("신청이 안 돼요\nXin cảm ơn\n".encode()), encoding="ascii")
    monkeypatch.setattr(sys, "stdin", stdin)
    stdout = io.StringIO()

    call_command("detectlang", "--fallback", "en", stdout=stdout)

    assert stdout.getvalue() == "ko\nvi\n"


def test_an_unknown_fallback_is_refused():
    with pytest.raises(CommandError, match="unknown language code"):
        detectlang("hello\n", fallback="klingon")
