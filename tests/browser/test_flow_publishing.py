"""An editor, in the Wagtail admin in Korean, creates and publishes a program page (the slug
suggested from the Korean title is romanised), has it machine-translated into Japanese with
wagtail-localize ("기계 번역: …", the fake LibreTranslate), corrects the title by typing,
publishes the translation, changes the Korean page and syncs the translation; a visitor reads
it at /ja/…. Every step speaks Korean: none of the English or wrong Korean that Wagtail and
wagtail-localize ship for these screens is left (locale/vendor/wagtail)."""

import pytest
from playwright.sync_api import expect

from cms.models import ProgramPage
from tests.browser.content import program_index
from tests.factories import ClusterFactory, StaffUserFactory, StrategyAxisFactory

pytestmark = pytest.mark.browser

TITLE_KO = "강남 다문화 가족 축제"
SUMMARY_KO = "강남에 사는 여러 나라 가족이 음식과 음악을 나누는 축제입니다."
NEW_SUMMARY_KO = "강남에 사는 여러 나라 가족이 음식, 음악, 춤을 나누는 축제입니다."
TITLE_JA = "江南多文化ファミリーフェスティバル"
SLUG = "multicultural-family-festival"
# What the packages' own catalogues show a Korean editor on this path.
NOT_KOREAN = [
    "Translate this page",
    "Translate with",
    "Download PO file",
    "Upload PO file",
    "Publish in",
    "Sync translated pages",
    "More actions",
    "Submit",
    "Toggle status",
    "Toggle section",
    "new items in this menu",
    "Actions",
    "더 많은 움직임",
    "오락가락",
    "제출하다",
]


def test_editor_publishes_translates_and_syncs_a_program_in_korean(
    new_page, home_pages, libretranslate, staff_browser
):
    index = program_index(home_pages, languages=["ja"])
    StrategyAxisFactory(code="inclusion", name_ko="포용 외교")
    ClusterFactory(code="C4", name_ko="데이터 거버넌스·포용")
    editor = staff_browser(StaffUserFactory(), "ko")

    # The Korean page: fields, two snippet choosers, the slug on the promote tab, publish.
    editor.goto(f"/admin/pages/add/cms/programpage/{index.pk}/")
    editor.locator("#id_title").fill(TITLE_KO)
    editor.locator("#id_summary").fill(SUMMARY_KO)  # leaving the title: Wagtail suggests a slug
    choose(editor, "전략 축 선택", "포용 외교")
    choose(editor, "클러스터 선택", "데이터 거버넌스·포용")
    editor.locator("#id_cadence_month").fill("5")
    editor.get_by_role("tab", name="홍보").click()
    expect(editor.locator("#id_slug")).to_have_value("gangnam-damunhwa-gajok-chukje")
    editor.locator("#id_slug").fill(SLUG)
    assert_all_korean(editor)
    editor.locator("footer").get_by_role("button", name="더 보기").click()
    editor.get_by_role("button", name="게시", exact=True).click()
    editor.wait_for_url(f"**/admin/pages/{index.pk}/")
    expect(editor.get_by_text(f"'{TITLE_KO}' 페이지를 만들고 게시했습니다.")).to_be_visible()
    assert_all_korean(editor)  # the page explorer
    program = ProgramPage.objects.get(locale__language_code="ko")
    assert (program.live, program.slug, program.cluster.code) == (True, SLUG, "C4")

    # wagtail-localize: submit it for translation into Japanese …
    editor.goto(f"/admin/pages/{program.pk}/edit/")
    expect(editor.get_by_role("button", name="상태 보기/숨기기")).to_be_visible()
    editor.locator("#w-slim-header-buttons").get_by_role("button").click()
    assert_all_korean(editor)
    editor.get_by_role("link", name="이 페이지 번역").click()
    editor.get_by_role("checkbox", name="일본어").check()
    assert_all_korean(editor)
    editor.get_by_role("button", name="제출").click()

    # … machine-translate every segment, then type a better title and keep the slug.
    editor.get_by_role("button", name="기계 번역: LibreTranslate").click()
    expect(editor.get_by_text(f"[ja] {SUMMARY_KO}")).to_be_visible()
    assert_all_korean(editor)
    # The offline way (PO files) is on the page too, below the fold.
    expect(editor.get_by_role("link", name="PO 파일 내려받기")).to_be_attached()
    assert [text for text in NOT_KOREAN if text in editor.content()] == []
    correct_segment(editor, 0, TITLE_JA)
    editor.get_by_role("tab", name="홍보").click()
    correct_segment(editor, 0, SLUG)
    with editor.expect_navigation():  # the publish POST answers with a redirect
        editor.get_by_role("button", name="게시할 언어: 일본어").click()
    translation = ProgramPage.objects.get(locale__language_code="ja")
    assert (translation.live, translation.title) == (True, TITLE_JA)

    # The Korean page changes; "sync translated pages" brings the change, machine-translated.
    editor.goto(f"/admin/pages/{program.pk}/edit/")
    editor.locator("#id_summary").fill(NEW_SUMMARY_KO)
    editor.locator("footer").get_by_role("button", name="더 보기").click()
    editor.get_by_role("button", name="게시", exact=True).click()
    editor.wait_for_url(f"**/admin/pages/{index.pk}/")
    editor.goto(f"/admin/pages/{program.pk}/edit/")
    editor.locator("#w-slim-header-buttons").get_by_role("button").click()
    editor.get_by_role("link", name="번역된 페이지 동기화").click()
    expect(editor.get_by_text("페이지를 왜 동기화하나요?")).to_be_visible()
    editor.get_by_label("기계 번역 사용").check()
    editor.get_by_label("바로 게시").check()
    assert_all_korean(editor)
    with editor.expect_navigation():
        editor.get_by_role("button", name="제출").click()
    expect(editor.get_by_text("번역을 업데이트했습니다")).to_be_visible()

    visitor = new_page("ja-JP")
    visitor.goto(f"/ja/programs/{SLUG}/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE_JA)
    expect(visitor.get_by_text(f"[ja] {NEW_SUMMARY_KO}")).to_be_visible()
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


def assert_all_korean(editor):
    """No English or wrong Korean of NOT_KOREAN in what the editor sees or hears: the
    visible text, the names buttons and links announce, and button values."""
    seen = editor.evaluate(
        """() => [document.body.innerText,
            ...[...document.querySelectorAll('[aria-label], [title], input[type=submit]')]
                .filter((element) => element.checkVisibility())
                .map((element) => [element.getAttribute('aria-label'), element.title,
                                   element.value].join(' '))].join('\\n')"""
    )
    assert [text for text in NOT_KOREAN if text in seen] == []
