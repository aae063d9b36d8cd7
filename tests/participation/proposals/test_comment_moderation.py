"""Staff moderate comments in the Wagtail admin: reported ones first, hidden with a public
reason (the author told in their language), reports dismissed, or answered by the district."""

import pytest
from django.urls import reverse
from django.utils.translation import override

from participation.feedback.models import TranslationStatus
from participation.models import OutboundEmail
from participation.proposals import selectors
from participation.proposals.errors import NotPermitted
from participation.proposals.models import (
    Comment,
    CommentReport,
    ReportReason,
    TextTranslation,
)
from participation.proposals.services import (
    answer_comment,
    dismiss_comment_reports,
    hide_comment,
    report_comment,
)
from participation.proposals.wagtail_hooks import register_comment_moderation_menu_item
from tests.factories import CommentFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.usefixtures("no_staff_mfa")


def reported(comment, *reasons):
    for reason in reasons:
        report_comment(comment=comment, user=UserFactory(), reason=reason, details="see it")
    return comment


def test_hiding_a_comment_closes_its_reports_and_tells_its_author_in_their_language(moderator):
    comment = reported(
        CommentFactory(author=UserFactory(preferred_language="zh-hans")), "abusive", "abusive"
    )
    hide_comment(comment=comment, user=moderator, reason="abusive")
    comment.refresh_from_db()
    assert comment.hidden_reason == "abusive"
    assert not CommentReport.objects.filter(resolved_at__isnull=True).exists()
    (email,) = OutboundEmail.objects.all()
    assert email.language == "zh-hans" and email.to == [comment.author.email]
    with override("zh-hans"):
        assert str(comment.get_hidden_reason_display()) in email.body_text
        assert "评论" in email.subject
    hide_comment(comment=comment, user=moderator, reason="advertising")  # a new reason only
    assert OutboundEmail.objects.count() == 1


def test_dismissing_keeps_the_comment_and_closes_its_reports(moderator):
    comment = reported(CommentFactory(), "other")
    assert dismiss_comment_reports(comment=comment, user=moderator) == 1
    comment.refresh_from_db()
    assert not comment.hidden_reason
    assert not CommentReport.objects.filter(resolved_at__isnull=True).exists()
    assert not OutboundEmail.objects.exists()


def test_residents_cannot_moderate_comments(resident):
    comment = reported(CommentFactory(), "abusive")
    for action in (
        lambda: hide_comment(comment=comment, user=resident, reason="abusive"),
        lambda: dismiss_comment_reports(comment=comment, user=resident),
        lambda: answer_comment(comment=comment, user=resident, body="답변"),
    ):
        with pytest.raises(NotPermitted):
            action()


def test_staff_answer_a_comment_in_korean_one_level_deep_translated_and_marked(moderator):
    comment = CommentFactory()
    reply = CommentFactory(proposal=comment.proposal, parent=comment)
    answer = answer_comment(comment=reply, user=moderator, body="검토하겠습니다.")
    assert answer.parent_id == comment.pk  # an answer to a reply joins its thread
    assert (answer.by_staff, answer.language, answer.language_pending) == (True, "ko", False)
    targets = TextTranslation.objects.filter(comment=answer).values_list(
        "target_language", flat=True
    )
    assert sorted(targets) == ["en", "ja", "vi", "zh-hans"]
    assert set(TextTranslation.objects.values_list("status", flat=True)) == {
        TranslationStatus.NEEDS_MANUAL  # no provider in the tests
    }
    page = selectors.proposal_page(pk=comment.proposal_id, language="ko")
    (thread,) = page["comments"]
    assert [r.body for r in thread.shown_replies] == [reply.body, "검토하겠습니다."]


def test_the_proposal_page_marks_the_districts_and_the_authors_answers(client, moderator):
    proposal = ProposalFactory()
    comment = CommentFactory(proposal=proposal)
    CommentFactory(proposal=proposal, parent=comment, author=proposal.author, body="Thanks!")
    answer_comment(comment=comment, user=moderator, body="검토하겠습니다.")
    page = client.get(f"/en/proposals/{proposal.pk}/").content.decode()
    assert "Gangnam-gu Office" in page and "Author of the proposal" in page


def test_the_author_may_answer_a_comment_from_the_proposal_page(db, client):
    proposal = ProposalFactory()
    comment = CommentFactory(proposal=proposal)
    client.force_login(proposal.author)
    page = client.get(f"/en/proposals/{proposal.pk}/").content.decode()
    assert "Answer this comment" in page
    response = client.post(
        f"/en/proposals/{proposal.pk}/comment/", {"body": "Thank you!", "parent": comment.pk}
    )
    assert response.status_code == 302
    assert Comment.objects.get(body="Thank you!").parent_id == comment.pk
    client.force_login(UserFactory())
    assert "Answer this comment" not in client.get(f"/en/proposals/{proposal.pk}/").content.decode()


def test_the_admin_lists_reported_comments_most_reported_first(client, moderator):
    proposal = ProposalFactory(title="Benches")
    once = reported(CommentFactory(proposal=proposal, body="Once reported"), "other")
    twice = reported(
        CommentFactory(proposal=proposal, body="Twice reported"), "abusive", "personal_data"
    )
    CommentFactory(proposal=proposal, body="Never reported")
    dismissed = reported(CommentFactory(proposal=proposal, body="Dismissed one"), "other")
    dismiss_comment_reports(comment=dismissed, user=moderator)
    client.force_login(moderator)  # the admin speaks the moderator's Korean
    page = client.get(reverse("proposals_admin_comments")).content.decode()
    assert page.index("Twice reported") < page.index("Once reported")
    assert "Never reported" not in page and "Dismissed one" not in page
    with override("ko"):
        assert "신고 2건" in page and str(ReportReason.PERSONAL_DATA.label) in page
    everything = client.get(reverse("proposals_admin_comments") + "?all=1").content.decode()
    assert "Never reported" in everything and "Dismissed one" in everything
    assert once.pk and twice.pk


def test_staff_hide_dismiss_and_answer_in_the_admin(client, moderator):
    hidden = reported(CommentFactory(), "abusive")
    kept = reported(CommentFactory(), "other")
    client.force_login(moderator)
    url = reverse("proposals_admin_hide_comment", args=[hidden.pk])
    assert client.post(url, {"reason": "abusive"}).status_code == 302
    client.post(reverse("proposals_admin_dismiss_reports", args=[kept.pk]))
    client.post(reverse("proposals_admin_answer_comment", args=[kept.pk]), {"body": "고맙습니다."})
    hidden.refresh_from_db()
    assert hidden.hidden_reason == "abusive"
    assert not CommentReport.objects.filter(resolved_at__isnull=True).exists()
    assert Comment.objects.get(by_staff=True).parent_id == kept.pk
    with override("en"):
        page = client.get(f"/en/proposals/{hidden.proposal_id}/").content.decode()
    assert "It is insulting, hateful or discriminatory." in page and hidden.body not in page


def test_the_comment_queue_needs_the_moderation_permission(client, resident):
    resident.is_staff = True
    resident.save()
    client.force_login(resident)
    comment = reported(CommentFactory(), "abusive")
    assert client.get(reverse("proposals_admin_comments")).status_code in (302, 403)
    client.post(reverse("proposals_admin_hide_comment", args=[comment.pk]), {"reason": "abusive"})
    comment.refresh_from_db()
    assert not comment.hidden_reason


def test_the_menu_offers_reported_comments_to_moderators_in_korean(rf, moderator, resident):
    item = register_comment_moderation_menu_item()
    with override("ko"):
        assert str(item.label) == "신고된 댓글"
    request = rf.get("/admin/")
    request.user = moderator
    assert item.is_shown(request)
    request.user = resident
    assert not item.is_shown(request)
