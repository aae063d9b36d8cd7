"""An editor, in the Wagtail admin in Korean, creates and publishes a program page, has it
machine-translated into Japanese with wagtail-localize ("Translate with …", the fake
LibreTranslate), corrects the title by typing, publishes the translation, and a visitor reads
it at /ja/…"""

import pytest
from playwright.sync_api import expect

from cms.models import ProgramPage
from tests.browser.content import program_index
from tests.factories import ClusterFactory, StaffUserFactory, StrategyAxisFactory

pytestmark = pytest.mark.browser

TITLE_KO = "강남 다문화 가족 축제"
SUMMARY_KO = "강남에 사는 여러 나라 가족이 음식과 음악을 나누는 축제입니다."
TITLE_JA = "江南多文化ファミリーフェスティバル"
SLUG = "multicultural-family-festival"


def test_editor_publishes_a_program_and_its_japanese_translation(
    new_page, home_pages, libretranslate, staff_browser
):
    index = program_index(home_pages, languages=["ja"])
    StrategyAxisFactory(code="inclusion", name_ko="포용 외교")
    ClusterFactory(code="C4", name_ko="데이터 거버넌스·포용")
    editor = staff_browser(StaffUserFactory(), "ko")

    # The Korean page: fields, two snippet choosers, the slug on the promote tab, publish.
    editor.goto(f"/admin/pages/add/cms/programpage/{index.pk}/")
    editor.locator("#id_title").fill(TITLE_KO)
    editor.locator("#id_summary").fill(SUMMARY_KO)
    choose(editor, "전략 축 선택", "포용 외교")
    choose(editor, "클러스터 선택", "데이터 거버넌스·포용")
    editor.locator("#id_cadence_month").fill("5")
    editor.get_by_role("tab", name="홍보").click()
    editor.locator("#id_slug").fill(SLUG)
    editor.locator("footer").get_by_role("button", name="더 많은 움직임").click()
    editor.get_by_role("button", name="게시", exact=True).click()
    editor.wait_for_url(f"**/admin/pages/{index.pk}/")
    program = ProgramPage.objects.get(locale__language_code="ko")
    assert (program.live, program.slug, program.cluster.code) == (True, SLUG, "C4")

    # wagtail-localize: submit it for translation into Japanese …
    editor.goto(f"/admin/pages/{program.pk}/edit/")
    editor.locator("#w-slim-header-buttons").get_by_role("button").click()
    editor.get_by_role("link", name="Translate this page").click()
    editor.get_by_role("checkbox", name="일본어").check()
    editor.get_by_role("button", name="제출하다").click()

    # … machine-translate every segment, then type a better title and keep the slug.
    editor.get_by_role("button", name="Translate with LibreTranslate").click()
    expect(editor.get_by_text(f"[ja] {SUMMARY_KO}")).to_be_visible()
    correct_segment(editor, 0, TITLE_JA)
    editor.get_by_role("tab", name="홍보").click()
    correct_segment(editor, 0, SLUG)
    with editor.expect_navigation():  # the publish POST answers with a redirect
        editor.get_by_role("button", name="Publish in 일본어").click()
    translation = ProgramPage.objects.get(locale__language_code="ja")
    assert (translation.live, translation.title) == (True, TITLE_JA)

    visitor = new_page("ja-JP")
    visitor.goto(f"/ja/programs/{SLUG}/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE_JA)
    expect(visitor.get_by_text(f"[ja] {SUMMARY_KO}")).to_be_visible()
    assert visitor.locator("html").get_attribute("lang") == "ja"


def choose(editor, button, item):
    editor.get_by_role("button", name=button).click()
    editor.get_by_role("dialog").get_by_role("link", name=item).click()
    expect(editor.get_by_role("dialog")).to_be_hidden()


def correct_segment(editor, index, text):
    """Edit the `index`-th visible segment of wagtail-localize's editor and save it."""
    editor.get_by_role("button", name="수정").filter(visible=True).nth(index).click()
    editor.locator("textarea:visible").fill(text)
    editor.get_by_role("button", name="저장").click()
    expect(editor.locator("textarea:visible")).to_have_count(0)  # saved, the editor closed
