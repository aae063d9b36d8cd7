from datetime import timedelta

import pytest
from django.utils import timezone

from participation.proposals.errors import (
    AlreadySupported,
    EmailNotVerified,
    NotAvailable,
    NotSupported,
    RoundClosed,
)
from participation.proposals.models import Follow, Proposal, Support
from participation.proposals.services import support_proposal, withdraw_support
from tests.factories import ProposalFactory, ProposalRoundFactory, UserFactory

pytestmark = pytest.mark.django_db


def count(proposal) -> int:
    return Proposal.objects.get(pk=proposal.pk).support_count


def test_supporting_counts_once_follows_and_can_be_withdrawn():
    proposal, user = ProposalFactory(), UserFactory()
    support_proposal(proposal=proposal, user=user)
    assert count(proposal) == 1
    assert Follow.objects.filter(proposal=proposal, user=user).exists()
    with pytest.raises(AlreadySupported):
        support_proposal(proposal=proposal, user=user)
    assert count(proposal) == 1
    withdraw_support(proposal=proposal, user=user)
    assert count(proposal) == 0 and not Support.objects.exists()
    with pytest.raises(NotSupported):  # withdrawn twice
        withdraw_support(proposal=proposal, user=user)
    assert count(proposal) == 0


def test_a_proposal_in_review_or_a_closed_round_takes_no_support():
    with pytest.raises(NotAvailable):
        support_proposal(proposal=ProposalFactory(visibility="in_review"), user=UserFactory())
    closed = ProposalRoundFactory(
        opens_at=timezone.now() - timedelta(days=9), closes_at=timezone.now() - timedelta(days=1)
    )
    with pytest.raises(RoundClosed):
        support_proposal(proposal=ProposalFactory(round=closed), user=UserFactory())
    with pytest.raises(EmailNotVerified):
        support_proposal(proposal=ProposalFactory(), user=UserFactory(verified_email=False))
    assert not Support.objects.exists()
