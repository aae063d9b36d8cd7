"""A resident reports a comment that gives away a neighbour's phone number; staff hide it in
the Korean admin with a public reason; the proposal's page shows the reason in place of the
comment, and the comment's author is emailed in their language. The report page and the
proposal page pass axe-core in all five languages, and at 360 px."""

import pytest
from django.utils.translation import override
from playwright.sync_api import expect

from participation.models import OutboundEmail
from participation.proposals.models import CommentReport, HideReason
from tests.browser.axe import blocking_violations, enable_axe
from tests.browser.content import LANGUAGES
from tests.factories import (
    CommentFactory,
    ProposalFactory,
    ProposalRoundFactory,
    StaffUserFactory,
    UserFactory,
)

pytestmark = pytest.mark.browser

LEAK = "The man at 010-1234-5678 parks on the bench path every night."


def test_a_reported_comment_is_hidden_in_the_korean_admin_with_a_public_reason(
    resident_browser, staff_browser, home_pages
):
    proposal = ProposalFactory(
        round=ProposalRoundFactory(title_en="Parks proposals"), title="Benches by the stream"
    )
    leaker = UserFactory(preferred_language="ja")
    comment = CommentFactory(proposal=proposal, author=leaker, body=LEAK)
    resident = resident_browser(UserFactory(preferred_language="en"), "en-US")
    enable_axe(resident.context)

    resident.goto(f"/en/proposals/{proposal.pk}/")
    expect(resident.get_by_text(LEAK)).to_be_visible()
    resident.get_by_role("link", name="Report this comment").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Report a comment")
    assert blocking_violations(resident) == []
    resident.get_by_role("button", name="Send the report").click()  # no reason chosen
    expect(resident.get_by_text("Please choose why you report this comment.").first).to_be_visible()
    resident.get_by_label("It contains someone's personal information.").check()
    resident.get_by_role("textbox", name="Anything the moderators should know").fill(
        "A phone number."
    )
    resident.get_by_role("button", name="Send the report").click()
    expect(
        resident.get_by_text("Thank you: the moderators will look at this comment.")
    ).to_be_visible()
    assert CommentReport.objects.get().comment_id == comment.pk

    # Staff, in Korean, hide it with the public reason.
    office = staff_browser(StaffUserFactory(), "ko")
    office.goto("/admin/")
    office.get_by_role("link", name="신고된 댓글").first.click()
    section = office.locator("section").filter(has_text=LEAK)
    expect(section.get_by_text("신고 1건")).to_be_visible()
    with override("ko"):
        reason = str(HideReason.PERSONAL_DATA.label)
    section.get_by_role("combobox", name="공개되는 사유").select_option(label=reason)
    section.get_by_role("button", name="댓글 숨기기").click()
    expect(
        office.get_by_text("댓글을 숨기고 그 자리에 사유를 표시했으며 작성자에게 알렸습니다.")
    ).to_be_visible()
    expect(office.get_by_text("신고된 댓글이 없습니다.")).to_be_visible()

    # The public page shows the reason, not the comment; its author hears it in Japanese.
    resident.goto(f"/en/proposals/{proposal.pk}/")
    expect(
        resident.get_by_text(
            "The moderators hid this comment. It contains someone's personal information."
        )
    ).to_be_visible()
    expect(resident.get_by_text(LEAK)).to_have_count(0)
    (email,) = [email for email in OutboundEmail.objects.all() if email.to == [leaker.email]]
    assert email.language == "ja" and "コメント" in email.subject


def test_the_report_and_proposal_pages_pass_axe_in_every_language(resident_browser, home_pages):
    proposal = ProposalFactory(title="Benches by the stream")
    comment = CommentFactory(proposal=proposal, body="A good idea.")
    hidden = CommentFactory(proposal=proposal, hidden_reason="abusive")
    CommentFactory(proposal=proposal, parent=hidden, author=proposal.author, body="Thanks.")
    page = resident_browser(UserFactory(), "ko-KR")
    enable_axe(page.context)
    found = {}
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        for language in LANGUAGES:
            for url in (
                f"/{language}/proposals/comments/{comment.pk}/report/",
                f"/{language}/proposals/{proposal.pk}/",
            ):
                assert page.goto(url).status == 200, url
                assert page.locator("html").get_attribute("lang") == language
                if violations := blocking_violations(page):
                    found[f"{url} at {width} px"] = violations
                overflow = page.evaluate(
                    "() => document.documentElement.scrollWidth > window.innerWidth"
                )
                assert not overflow, f"{url} scrolls sideways at {width} px"
    assert found == {}
