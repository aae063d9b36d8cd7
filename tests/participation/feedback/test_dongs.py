import re

import pytest
from django.utils import translation

from participation.feedback.dongs import (
    GANGNAM,
    SEOUL,
    all_dongs,
    dong_by_code,
    dong_by_korean_name,
    dong_choices,
    dong_display_name,
)

LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")
# Revised Romanization as the district writes it: "Sinsa-dong", "Nonhyeon 1-dong".
ROMANIZED = re.compile(r"^[A-Z][a-z]+(?: \d)?-dong$")


def test_the_22_current_dongs_of_gangnam_gu():
    names = [dong.korean_name for dong in all_dongs()]
    assert len(names) == 22
    assert len(set(names)) == 22 and len({dong.code for dong in all_dongs()}) == 22
    assert all(name.endswith("동") for name in names)
    # 일원2동 was renamed 개포3동 in December 2022: the current name is offered.
    assert "개포3동" in names and "일원2동" not in names


@pytest.mark.parametrize("dong", all_dongs(), ids=lambda dong: dong.code)
def test_each_dong_has_a_name_in_every_language_and_a_point_in_gangnam(dong):
    assert all(dong.names[language].strip() for language in LANGUAGES)
    assert ROMANIZED.match(dong.names["en"]), dong.names["en"]
    assert dong.names["vi"] != dong.names["en"]
    assert (dong.latitude, dong.longitude) in GANGNAM
    assert GANGNAM.south >= SEOUL.south and GANGNAM.north <= SEOUL.north


def test_names_follow_the_language_and_a_former_name_still_reads():
    assert dong_by_code("nonhyeon-1").name("en") == "Nonhyeon 1-dong"
    assert dong_by_korean_name("일원2동") == dong_by_code("gaepo-3")
    with translation.override("ja"):
        assert dong_display_name("일원2동") == "開浦3洞"
        assert ("yeoksam-1", "駅三1洞") in dong_choices()
    assert dong_display_name("없는동") == "없는동"
    assert dong_by_code("nowhere") is None
