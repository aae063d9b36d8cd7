"""Residents report comments: once per account and comment, rate limited, only visible ones."""

import pytest
from django.urls import reverse
from django.utils.translation import override

from participation.proposals.errors import (
    AlreadyReported,
    CommentNotAvailable,
    EmailNotVerified,
    InvalidProposal,
)
from participation.proposals.models import CommentReport, ReportReason
from participation.proposals.services import report_comment
from tests.factories import CommentFactory, ProposalFactory, UserFactory


def test_a_resident_reports_a_comment_once(resident):
    comment = CommentFactory()
    report = report_comment(
        comment=comment, user=resident, reason="personal_data", details=" My phone number "
    )
    assert (report.reason, report.details, report.resolved_at) == (
        ReportReason.PERSONAL_DATA,
        "My phone number",
        None,
    )
    messages = {}
    for language in ("ko", "en"):
        with override(language):
            with pytest.raises(AlreadyReported) as again:
                report_comment(comment=comment, user=resident, reason="abusive")
            messages[language] = str(again.value.message)
    assert messages["en"].startswith("You have already reported this comment.")
    assert messages["ko"] != messages["en"]
    assert CommentReport.objects.count() == 1


def test_another_account_may_report_the_same_comment(resident):
    comment = CommentFactory()
    report_comment(comment=comment, user=resident, reason="abusive")
    report_comment(comment=comment, user=UserFactory(), reason="advertising")
    assert CommentReport.objects.filter(comment=comment).count() == 2


@pytest.mark.parametrize(
    "hidden",
    [
        {"hidden_reason": "abusive"},
        {"language_pending": True},
        {"proposal__visibility": "hidden"},
    ],
)
def test_only_a_visible_comment_can_be_reported(resident, hidden):
    comment = CommentFactory(**hidden)
    with pytest.raises(CommentNotAvailable):
        report_comment(comment=comment, user=resident, reason="abusive")
    assert not CommentReport.objects.exists()


def test_a_report_needs_a_known_reason_and_short_details(resident):
    comment = CommentFactory()
    with pytest.raises(InvalidProposal) as refused:
        report_comment(comment=comment, user=resident, reason="boring")
    assert refused.value.field == "reason"
    with pytest.raises(InvalidProposal) as refused:
        report_comment(comment=comment, user=resident, reason="other", details="x" * 501)
    assert refused.value.field == "details"


def test_an_unverified_account_cannot_report(db):
    with pytest.raises(EmailNotVerified):
        report_comment(
            comment=CommentFactory(), user=UserFactory(verified_email=False), reason="abusive"
        )


def test_the_report_page_takes_a_report_and_refuses_a_second_in_the_site_language(client, resident):
    comment = CommentFactory(body="Call 010-1234-5678")
    client.force_login(resident)
    with override("en"):
        url = reverse("proposals:report_comment", args=[comment.pk])
    assert url == f"/en/proposals/comments/{comment.pk}/report/"
    page = client.get(url)
    assert page.status_code == 200 and "Call 010-1234-5678" in page.content.decode()
    response = client.post(url, {"reason": "personal_data", "details": ""})
    assert response.status_code == 302
    assert response["Location"] == f"/en/proposals/{comment.proposal_id}/"
    again = client.post(f"/vi/proposals/comments/{comment.pk}/report/", {"reason": "abusive"})
    assert again.status_code == 400
    with override("vi"):
        assert str(AlreadyReported.message) in again.content.decode()
    assert CommentReport.objects.count() == 1


def test_the_report_form_says_what_is_missing(client, resident):
    client.force_login(resident)
    url = f"/en/proposals/comments/{CommentFactory().pk}/report/"
    response = client.post(url, {"details": "rude"})
    assert response.status_code == 400
    assert "Please choose why you report this comment." in response.content.decode()


def test_reporting_needs_a_signed_in_account(db, client):
    response = client.post(
        f"/en/proposals/comments/{CommentFactory().pk}/report/", {"reason": "abusive"}
    )
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not CommentReport.objects.exists()


def test_a_hidden_comment_has_no_report_page(client, resident):
    client.force_login(resident)
    comment = CommentFactory(hidden_reason="abusive")
    assert client.get(f"/en/proposals/comments/{comment.pk}/report/").status_code == 404


def test_reports_past_the_hourly_limit_are_refused_with_retry_after(client, resident, settings):
    settings.PROPOSALS_RATE_LIMITS = {"report": 2}
    client.force_login(resident)
    proposal = ProposalFactory()
    comments = [CommentFactory(proposal=proposal) for _ in range(3)]
    for comment in comments[:2]:
        client.post(f"/en/proposals/comments/{comment.pk}/report/", {"reason": "abusive"})
    response = client.post(
        f"/en/proposals/comments/{comments[2].pk}/report/", {"reason": "abusive"}
    )
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "You have posted a lot in a short time." in response.content.decode()
    assert CommentReport.objects.count() == 2


def test_the_proposal_page_offers_to_report_others_comments_only(client, resident):
    proposal = ProposalFactory()
    own = CommentFactory(proposal=proposal, author=resident)
    other = CommentFactory(proposal=proposal)
    client.force_login(resident)
    page = client.get(f"/en/proposals/{proposal.pk}/").content.decode()
    assert f"/en/proposals/comments/{other.pk}/report/" in page
    assert f"/en/proposals/comments/{own.pk}/report/" not in page
