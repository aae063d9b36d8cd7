"""Posts per hour and account: past the limit a proposal, comment or support is refused with
a 429, a translated message and Retry-After, and nothing is written; every post counts."""

import pytest

from participation.proposals.models import Comment, Proposal, Support
from tests.factories import ProposalFactory, ProposalRoundFactory, UserFactory

pytestmark = pytest.mark.django_db

LIMITS = {"proposal": 2, "comment": 2, "support": 2}


@pytest.fixture(autouse=True)
def small_limits(settings):
    settings.PROPOSALS_RATE_LIMITS = LIMITS


@pytest.fixture
def resident(client):
    user = UserFactory()
    client.force_login(user)
    return user


def test_proposals_past_the_limit_are_refused(client, resident):
    proposal_round = ProposalRoundFactory()
    path = f"/en/proposals/rounds/{proposal_round.pk}/new/"
    client.post(path, {"title": "", "body": ""})  # a refused post counts too
    client.post(path, {"title": "Benches", "body": "More benches, please."})
    response = client.post(path, {"title": "Benches", "body": "More benches, please."})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "You have posted a lot in a short time." in response.content.decode()
    assert Proposal.objects.count() == 1


def test_comments_and_supports_past_the_limit_are_refused_in_the_site_language(client, resident):
    proposal = ProposalFactory()
    for _ in range(2):
        client.post(f"/ko/proposals/{proposal.pk}/comment/", {"body": "좋은 생각입니다."})
    response = client.post(f"/ko/proposals/{proposal.pk}/comment/", {"body": "좋은 생각입니다."})
    assert response.status_code == 429
    assert "짧은 시간에" in response.content.decode()
    assert Comment.objects.count() == 2

    client.post(f"/en/proposals/{proposal.pk}/support/")
    client.post(f"/en/proposals/{proposal.pk}/withdraw/")
    response = client.post(f"/en/proposals/{proposal.pk}/support/")
    assert response.status_code == 429 and "Retry-After" in response
    assert not Support.objects.exists()


def test_the_limit_is_per_account(client, resident):
    proposal = ProposalFactory()
    for _ in range(3):
        client.post(f"/en/proposals/{proposal.pk}/comment/", {"body": "Yes!"})
    client.force_login(UserFactory())
    assert client.post(f"/en/proposals/{proposal.pk}/comment/", {"body": "Yes!"}).status_code == 302
