"""Korean titles give readable slugs by the Revised Romanization, not Hangul URLs."""

import pytest
from django.urls import reverse

from cms.models import ProgramPage
from cms.romanization import romanise, romanised_slug
from tests.factories import ProgramPageFactory, StaffUserFactory


@pytest.mark.parametrize(
    ("korean", "slug"),
    [
        ("강남구", "gangnam-gu"),
        ("다국어 거버넌스 데이", "dagugeo-geobeoneonseu-dei"),
        # The rules write ㄹ before a consonant as l: 월드 is "woldeu".
        ("케이팝 월드 시티 위크", "keipap-woldeu-siti-wikeu"),
        ("강남 다문화 가족 축제", "gangnam-damunhwa-gajok-chukje"),
        ("역삼동 주민 설명회", "yeoksam-dong-jumin-seolmyeonghoe"),
        ("K-POP 월드 시티 위크 2026", "k-pop-woldeu-siti-wikeu-2026"),
        ("강남 글로벌 테크 포럼!", "gangnam-geullobeol-tekeu-poreom"),
        ("Data Diplomacy", "data-diplomacy"),
        ("", ""),
    ],
)
def test_romanised_slug(korean, slug):
    assert romanised_slug(korean) == slug


@pytest.mark.parametrize(
    ("korean", "latin"),
    [
        ("한국어", "hangugeo"),  # a final carried over to a vowel
        ("월요일", "woryoil"),
        ("국민", "gungmin"),  # nasal assimilation
        ("합니다", "hamnida"),
        ("백마", "baengma"),
        ("신라", "silla"),  # ㄴ and ㄹ
        ("설날", "seollal"),
        ("종로", "jongno"),
        ("독립", "dongnip"),
        ("협력", "hyeomnyeok"),
        ("좋아", "joa"),  # ㅎ silent before a vowel, aspirating before ㄱ
        ("좋고", "joko"),
        ("앉아", "anja"),  # double finals
        ("닭", "dak"),
        ("외교", "oegyo"),
        ("희망", "huimang"),
        ("친구", "chingu"),  # two syllables: not an administrative unit
    ],
)
def test_romanise_follows_the_sound_rules(korean, latin):
    assert romanise(korean) == latin


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "expected"),
    [("", "gangnam-geullobeol-poreom"), ("강남-포럼", "gangnam-poreom"), ("forum", "forum")],
)
def test_page_saved_without_a_latin_slug_gets_the_romanised_one(program_index, slug, expected):
    page = ProgramPageFactory(parent=program_index, title="강남 글로벌 포럼", slug=slug)

    assert ProgramPage.objects.get(pk=page.pk).slug == expected


@pytest.mark.django_db
def test_romanised_slug_taken_by_a_sibling_gets_a_number(program_index):
    ProgramPageFactory(parent=program_index, title="강남 포럼", slug="")
    second = ProgramPageFactory(parent=program_index, title="강남 포럼", slug="")

    assert second.slug == "gangnam-poreom-2"


@pytest.mark.django_db
def test_slug_suggestion_answers_editors(client):
    client.force_login(StaffUserFactory())

    response = client.get(reverse("cms_slug_suggestion"), {"title": "강남구 축제"})

    assert response.json() == {"slug": "gangnam-gu-chukje"}


@pytest.mark.django_db
def test_slug_suggestion_is_for_editors_only(client):
    response = client.get(reverse("cms_slug_suggestion"), {"title": "강남구"})

    assert response.status_code == 302  # to the sign-in page


@pytest.mark.django_db
def test_page_editor_loads_the_romanised_slug_script(client, program_index):
    client.force_login(StaffUserFactory())

    response = client.get(
        reverse("wagtailadmin_pages:add", args=("cms", "programpage", program_index.pk))
    )

    assert 'src="/static/js/romanised-slug.js"' in response.content.decode()
    assert f'data-url="{reverse("cms_slug_suggestion")}"' in response.content.decode()
