import re

import pytest
from django.core import mail
from django.utils.translation import override

from participation.feedback.models import TranslationStatus
from participation.models import OutboundEmail
from participation.proposals.errors import InvalidProposal, NotAvailable, NotPermitted
from participation.proposals.links import read_unfollow_token, unfollow_token
from participation.proposals.models import (
    Follow,
    Status,
    StatusChange,
    TextTranslation,
    Visibility,
)
from participation.proposals.services import (
    answer_proposal,
    hide_proposal,
    publish_proposal,
    support_proposal,
)
from tests.factories import ProposalFactory, UserFactory

ANSWER = "검토 결과 양재천 산책로에 벤치 20개를 추가 설치하기로 하였습니다."


def test_staff_publish_a_reviewed_proposal(moderator):
    proposal = ProposalFactory(visibility="in_review", published_at=None)
    proposal = publish_proposal(proposal=proposal, user=moderator)
    assert proposal.visibility == Visibility.PUBLISHED and proposal.published_at


def test_residents_cannot_moderate(resident):
    with pytest.raises(NotPermitted):
        publish_proposal(proposal=ProposalFactory(), user=resident)


def test_hiding_keeps_a_public_reason_and_tells_the_author_in_their_language(
    moderator, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(author=UserFactory(preferred_language="ja"))
    with django_capture_on_commit_callbacks(execute=True):
        hide_proposal(proposal=proposal, user=moderator, reason="advertising")
    proposal.refresh_from_db()
    assert proposal.visibility == Visibility.HIDDEN and proposal.hidden_reason == "advertising"
    (email,) = OutboundEmail.objects.all()
    assert email.language == "ja" and email.to == [proposal.author.email]
    with override("ja"):
        assert str(proposal.get_hidden_reason_display()) in email.body_text
    with pytest.raises(InvalidProposal):
        hide_proposal(proposal=ProposalFactory(), user=moderator, reason="dislike")


def test_an_answer_goes_on_the_timeline_is_translated_and_mailed_to_each_follower(
    moderator, libretranslate, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(author=UserFactory(preferred_language="vi"))
    Follow.objects.create(proposal=proposal, user=proposal.author, created_at=proposal.created_at)
    supporter = UserFactory(preferred_language="zh-hans")
    support_proposal(proposal=proposal, user=supporter)
    with django_capture_on_commit_callbacks(execute=True):
        change = answer_proposal(
            proposal=proposal, user=moderator, status=Status.ACCEPTED, answer=ANSWER
        )
    proposal.refresh_from_db()
    assert proposal.status == Status.ACCEPTED and proposal.answered_at == change.changed_at
    assert (change.from_status, change.to_status) == (Status.OPEN, Status.ACCEPTED)
    rows = TextTranslation.objects.filter(status_change=change)
    assert sorted(rows.values_list("target_language", flat=True)) == ["en", "ja", "vi", "zh-hans"]
    assert set(rows.values_list("status", flat=True)) == {TranslationStatus.DONE}
    by_address = {email.to[0]: email for email in mail.outbox}
    assert set(by_address) == {proposal.author.email, supporter.email}
    with override("vi"):
        assert str(Status.ACCEPTED.label) in by_address[proposal.author.email].subject
    chinese = by_address[supporter.email]
    assert f"[zh] {ANSWER}" in chinese.body  # the fake provider's translation…
    assert ANSWER in chinese.body  # …and the Korean original
    # The token is timestamped: read it back rather than sign it again a second later.
    (token,) = re.findall(r"/proposals/unfollow/([^/\s]+)/", chinese.body)
    assert read_unfollow_token(token) == (proposal.pk, supporter.pk)


def test_unfollowed_residents_get_no_email(moderator, django_capture_on_commit_callbacks):
    proposal = ProposalFactory()
    with django_capture_on_commit_callbacks(execute=True):
        answer_proposal(proposal=proposal, user=moderator, status="under_study", answer=ANSWER)
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("status", "answer"), [("open", ANSWER), ("maybe", ANSWER), ("accepted", " ")]
)
def test_bad_answers_write_nothing(moderator, status, answer):
    proposal = ProposalFactory()
    with pytest.raises(InvalidProposal):
        answer_proposal(proposal=proposal, user=moderator, status=status, answer=answer)
    assert not StatusChange.objects.exists()


def test_a_hidden_proposal_is_not_answered(moderator):
    proposal = ProposalFactory(visibility="hidden", hidden_reason="advertising")
    with pytest.raises(NotAvailable):
        answer_proposal(proposal=proposal, user=moderator, status="accepted", answer=ANSWER)


def test_an_unfollow_token_is_signed():
    assert read_unfollow_token("forged") is None
    assert read_unfollow_token(unfollow_token(Follow(proposal_id=3, user_id=4))) == (3, 4)


def test_an_implemented_proposal_links_to_the_page_showing_its_result(moderator, program):
    proposal = ProposalFactory()

    answer_proposal(
        proposal=proposal,
        user=moderator,
        status="implemented",
        answer=ANSWER,
        result_page=program.page_ptr,
    )

    proposal.refresh_from_db()
    assert proposal.status == Status.IMPLEMENTED
    assert proposal.result_page_id == program.pk


@pytest.mark.parametrize("status", ["accepted", "in_progress", "under_study", "not_accepted"])
def test_only_an_implemented_proposal_links_to_a_result_page(moderator, program, status):
    proposal = ProposalFactory()

    with override("en"):
        with pytest.raises(InvalidProposal) as refused:
            answer_proposal(
                proposal=proposal,
                user=moderator,
                status=status,
                answer=ANSWER,
                result_page=program,
            )
        assert "implemented" in str(refused.value.message)

    proposal.refresh_from_db()
    assert (proposal.status, proposal.result_page_id) == (Status.OPEN, None)
    assert not StatusChange.objects.filter(proposal=proposal).exists()


def test_a_result_page_must_be_a_live_news_or_program_page(moderator, program, home_pages):
    proposal = ProposalFactory()
    program.unpublish()

    for page in (home_pages, program):
        with pytest.raises(InvalidProposal):
            answer_proposal(
                proposal=proposal,
                user=moderator,
                status="implemented",
                answer=ANSWER,
                result_page=page,
            )

    assert not StatusChange.objects.filter(proposal=proposal).exists()
