"""A Mongolian-speaking resident proposes in Mongolian on the English site; the language
worker detects Mongolian, which the provider cannot translate, so staff type the Korean in the
admin; a Korean resident reads it in Korean and supports it; staff answer in Korean in the
admin; the author gets the answer by email in English (machine-translated by the fake
LibreTranslate, through a real Celery worker in CI)."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.proposals.models import Proposal, Status
from tests.browser.background import reload_until
from tests.factories import ProposalRoundFactory, StaffUserFactory, UserFactory
from tests.support.waiting import wait_until

pytestmark = pytest.mark.browser

TITLE_MN = "Цэцэрлэгт хүрээлэнд сандал нэмж тавих"
BODY_MN = (
    "Ахмад настнууд Янжэ горхины эрэг дагуу алхахдаа амрах газар олдохгүй байна. "
    "Зуун метр тутамд нэг сандал тавьж өгөөч."
)
TITLE_KO = "공원에 의자를 더 놓아 주세요"
BODY_KO = (
    "어르신들이 양재천을 따라 걸을 때 쉴 곳이 없습니다. 100미터마다 의자를 하나씩 놓아 주세요."
)
ANSWER_KO = "공원 관리과에서 의자 설치 위치를 검토하고 있습니다."
# The fake provider's phrase book has it (tests/support/libretranslate_server.py).
ANSWER_EN = "The parks department is studying where to put the benches."


def test_mongolian_proposal_read_in_korean_answered_in_english(
    new_page, resident_browser, staff_browser, home_pages, libretranslate, background
):
    background.start(
        TRANSLATION_PROVIDER="libretranslate",
        TRANSLATION_API_URL=libretranslate.url,
        TRANSLATION_TIMEOUT_SECONDS="10",
    )
    ProposalRoundFactory(
        title_ko="다국어 주민 제안", title_en="Proposals in every language", moderation="after"
    )
    author = UserFactory(email="bolormaa@example.mn", preferred_language="en")
    resident = resident_browser(author, "mn-MN")

    resident.goto("/en/proposals/")
    resident.get_by_role("link", name="Proposals in every language").click()
    resident.get_by_role("link", name="Make a proposal").click()
    resident.get_by_role("textbox", name="Title").fill(TITLE_MN)
    resident.get_by_role("textbox", name="Your proposal").fill(BODY_MN)
    resident.get_by_role("button", name="Send the proposal").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Your proposal was sent")

    proposal = Proposal.objects.get()
    wait_until(
        lambda: not Proposal.objects.filter(pk=proposal.pk, language_pending=True).exists(),
        what="the language worker",
    )
    proposal.refresh_from_db()
    assert proposal.language == "mn"

    # The provider has no Mongolian: staff type the Korean in the admin, in Korean.
    staff = StaffUserFactory()
    office = staff_browser(staff, "ko")
    office.goto("/admin/proposals/awaiting-translation/")
    for text, korean in ((TITLE_MN, TITLE_KO), (BODY_MN, BODY_KO)):
        section = office.locator("section").filter(has_text=text).filter(has_text="한국어")
        section.get_by_role("textbox", name="번역").fill(korean)
        section.get_by_role("button", name="번역 저장").click()
        expect(office.get_by_text("번역을 저장했습니다.")).to_be_visible()

    # A Korean resident reads it in Korean and supports it.
    neighbour = resident_browser(UserFactory(preferred_language="ko"), "ko-KR")
    neighbour.goto(f"/ko/proposals/{proposal.pk}/")
    expect(neighbour.get_by_role("heading", level=1)).to_have_text(TITLE_KO)
    expect(neighbour.get_by_text(BODY_KO)).to_be_visible()
    expect(neighbour.get_by_text("직원이 번역했습니다.").first).to_be_visible()
    neighbour.get_by_role("button", name="이 제안에 공감").click()
    supported = "감사합니다. 공감이 반영되었고 이 제안을 팔로우합니다."
    expect(neighbour.get_by_text(supported)).to_be_visible()
    proposal.refresh_from_db()
    assert proposal.support_count == 1

    # Staff answer in Korean.
    office.goto(f"/admin/proposals/{proposal.pk}/")
    expect(office.get_by_text(TITLE_KO)).to_be_visible()
    office.get_by_role("combobox", name="상태").select_option(label="검토 중")
    office.get_by_role("textbox", name="공식 답변(한국어)").fill(ANSWER_KO)
    office.get_by_role("button", name="답변 게시").click()
    expect(office.get_by_text("답변이 게시되었고 팔로워에게 이메일을 보냈습니다.")).to_be_visible()

    # The author reads the answer in English, by email and on the page.
    with translation.override("en"):
        subject = f"Proposal “{TITLE_MN}”: {Status.UNDER_STUDY.label}"
    answer = background.wait_for_mail(to=author.email, subject=subject)
    assert "Status: under study" in answer.body
    assert ANSWER_EN in answer.body and "Machine-translated from Korean." in answer.body
    resident.goto(answer.link(f"/en/proposals/{proposal.pk}/"))
    reload_until(resident, resident.get_by_text(ANSWER_EN))
    expect(resident.get_by_text("Machine-translated.").first).to_be_visible()
