import pytest
from django.urls import reverse

from participation.proposals.models import Proposal, StatusChange, Visibility
from tests.factories import ProposalFactory, ProposalRoundFactory

pytestmark = pytest.mark.usefixtures("no_staff_mfa")


def test_staff_review_hide_and_answer_in_the_admin(client, moderator):
    client.force_login(moderator)
    waiting = ProposalFactory(visibility="in_review", title="Waiting", published_at=None)
    queue = client.get(reverse("proposals_admin_queue"))
    assert queue.status_code == 200 and "Waiting" in queue.content.decode()
    assert client.get(reverse("proposals_admin_proposal", args=[waiting.pk])).status_code == 200
    client.post(reverse("proposals_admin_publish", args=[waiting.pk]))
    assert Proposal.objects.get(pk=waiting.pk).visibility == Visibility.PUBLISHED
    response = client.post(
        reverse("proposals_admin_answer", args=[waiting.pk]),
        {"status": "under_study", "answer": "검토하겠습니다."},
    )
    assert response.status_code == 302
    assert StatusChange.objects.get().to_status == "under_study"
    client.post(reverse("proposals_admin_hide", args=[waiting.pk]), {"reason": "duplicate"})
    assert Proposal.objects.get(pk=waiting.pk).hidden_reason == "duplicate"


def test_a_resident_cannot_open_the_queue(client, resident):
    resident.is_staff = True
    resident.save()
    client.force_login(resident)
    assert client.get(reverse("proposals_admin_queue")).status_code in (302, 403)


def test_editors_edit_rounds_as_snippets(client, moderator):
    proposal_round = ProposalRoundFactory()
    client.force_login(moderator)
    moderator.is_superuser = True
    moderator.save()
    url = reverse("wagtailsnippets_proposals_proposalround:edit", args=[proposal_round.pk])
    assert client.get(url).status_code == 200
