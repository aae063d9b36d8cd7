"""wagtail-localize's "Translate with …" on the portal's translation interface, against the
LibreTranslate-compatible test server (the `libretranslate` fixture)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.models import Translation as PageTranslation
from wagtail_localize.strings import StringValue

from cms.machine_translator import PortalMachineTranslator
from participation.models import MachineTranslation
from participation.translation import errors as translation_errors
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get(language_code=code)


def test_the_portal_translator_is_wagtail_localizes_machine_translator(libretranslate):
    translator = get_machine_translator()

    assert isinstance(translator, PortalMachineTranslator)
    assert translator.display_name == "LibreTranslate"
    assert translator.can_translate(locale("ko"), locale("en"))
    assert translator.can_translate(locale("en"), locale("zh-hans"))
    assert not translator.can_translate(locale("ja"), locale("ja"))


def test_strings_come_back_as_string_values_with_their_tags(libretranslate):
    strings = [
        StringValue('Visit <a id="a1">our site</a> <b>today</b>'),
        StringValue("Hello"),
        StringValue("Tom &amp; Jerry<br/>Thank you"),
    ]

    translations = get_machine_translator().translate(locale("en"), locale("ja"), strings)

    assert translations == {
        strings[0]: StringValue('ご覧ください <a id="a1">私たちのサイト</a> <b>今日</b>'),
        strings[1]: StringValue("こんにちは"),
        strings[2]: StringValue("Tom &amp; Jerry<br/>ありがとうございます"),
    }
    assert all(isinstance(value, StringValue) for value in translations.values())
    # The link's attributes come back when wagtail-localize renders the translation.
    assert translations[strings[0]].render_html({"a1": {"href": "https://gangnam.go.kr"}}) == (
        'ご覧ください <a href="https://gangnam.go.kr">私たちのサイト</a> <b>今日</b>'
    )


# --- The editor's "Translate with LibreTranslate" button ----------------------------------


@pytest.fixture
def editor_client(client, no_staff_mfa):
    client.force_login(StaffUserFactory())
    return client


@pytest.fixture
def home_translation(home_pages):
    """The Korean home page submitted for translation into English with wagtail-localize."""
    source, _created = TranslationSource.get_or_create_from_instance(home_pages)
    return PageTranslation.objects.create(source=source, target_locale=locale("en"))


def machine_translate(client, translation):
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": edit_url},
    )
    return response, edit_url


def test_an_editor_machine_translates_a_page(libretranslate, editor_client, home_translation):
    segments = home_translation.source.stringsegment_set.select_related("context", "string")
    assert segments.exists()

    response, edit_url = machine_translate(editor_client, home_translation)

    assert response.status_code == 302
    assert response["Location"] == edit_url
    translated = StringTranslation.objects.filter(locale=locale("en"))
    assert translated.count() == segments.count()
    assert set(translated.values_list("translation_type", "tool_name")) == {
        (StringTranslation.TRANSLATION_TYPE_MACHINE, "LibreTranslate")
    }
    title = segments.get(context__path="title")
    assert translated.get(translation_of=title.string).data == "Gangnam Glocal Portal"
    # Every string went through the portal's interface, so it is stored for re-use.
    assert MachineTranslation.objects.filter(source_language="ko", target_language="en").count()
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == [
        "LibreTranslate(으)로 번역했습니다."
    ]  # the Korean admin (locale/vendor/wagtail)


def test_an_unavailable_provider_is_a_message_not_a_server_error(
    libretranslate, editor_client, home_translation
):
    libretranslate.fail_with_status = 500

    response, edit_url = machine_translate(editor_client, home_translation)

    assert response.status_code == 302
    assert response["Location"] == edit_url
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == [str(translation_errors.UNAVAILABLE)]
    assert not StringTranslation.objects.filter(locale=locale("en")).exists()
    assert not MachineTranslation.objects.exists()


def test_a_hung_provider_is_a_message_too(
    libretranslate, editor_client, home_translation, settings
):
    settings.TRANSLATION_TIMEOUT_SECONDS = 0.3
    libretranslate.delay_seconds = 10

    response, edit_url = machine_translate(editor_client, home_translation)

    assert response["Location"] == edit_url
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == [str(translation_errors.TIMED_OUT)]
    assert not StringTranslation.objects.filter(locale=locale("en")).exists()


def test_updating_translations_with_a_failing_provider_saves_nothing(
    libretranslate, editor_client, home_translation
):
    # "Update existing translations" with machine translation: English would succeed,
    # Japanese fails, and the whole update is rolled back.
    PageTranslation.objects.create(source=home_translation.source, target_locale=locale("ja"))
    libretranslate.failing_targets = {"ja"}
    url = reverse("wagtail_localize:update_translations", args=[home_translation.source.pk])

    response = editor_client.post(url, {"use_machine_translation": "on"})

    assert response.status_code == 302
    assert response["Location"] == url
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == [str(translation_errors.UNAVAILABLE)]
    # English had been translated and saved when Japanese failed; none of it remains.
    assert [sent["target"] for sent in libretranslate.requests][-2:] == ["en", "ja"]
    assert not StringTranslation.objects.exists()

    libretranslate.failing_targets = set()
    response = editor_client.post(url, {"use_machine_translation": "on"})

    assert response.status_code == 302
    assert set(StringTranslation.objects.values_list("locale__language_code", flat=True)) == {
        "en",
        "ja",
    }
