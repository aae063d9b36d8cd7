"""The consent check boxes of the feedback and registration forms read as one sentence in
each language: one full stop at the end (。 in Chinese and Japanese), no colon added after it."""

import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

FULL_STOP = {"ko": ".", "en": ".", "zh-hans": "。", "ja": "。", "vi": "."}


def consent_label(html) -> str:
    label = BeautifulSoup(html, "html.parser").select_one("label[for=id_consent]")
    return label.get_text().strip()


def assert_punctuated(text, language):
    assert text.endswith(FULL_STOP[language]), text[-20:]
    assert not re.search(r"[.。][:：.。]$|[.。]{2}|\s[.,。、]", text), text
    if language in ("zh-hans", "ja"):
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff][:;,]", text), text  # half-width


@pytest.mark.parametrize("language", FULL_STOP)
def test_the_feedback_consent(client, category, language):
    assert_punctuated(consent_label(client.get(f"/{language}/feedback/").content), language)


@pytest.mark.parametrize("language", FULL_STOP)
def test_the_registration_consent(client, event, language):
    page = client.get(f"/{language}/registrations/event/{event.pk}/")
    assert_punctuated(consent_label(page.content), language)
