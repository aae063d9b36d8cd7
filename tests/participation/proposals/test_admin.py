import pytest
from django.urls import reverse

from participation.feedback.models import TranslationStatus
from participation.proposals.models import Proposal, StatusChange, TextTranslation, Visibility
from participation.proposals.services import submit_proposal
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


def test_staff_translate_by_hand_what_the_provider_could_not(client, moderator, resident):
    proposal = submit_proposal(
        proposal_round=ProposalRoundFactory(),
        user=resident,
        title="Ghế đá",
        body="Thêm ghế đá",
        site_language="vi",
        language="vi",
    )
    row = TextTranslation.objects.get(proposal=proposal, field="title", target_language="ko")
    assert row.status == TranslationStatus.NEEDS_MANUAL  # no provider in the tests
    client.force_login(moderator)
    page = client.get(reverse("proposals_admin_awaiting_translation")).content.decode()
    assert "Thêm ghế đá" in page
    url = reverse("proposals_admin_translate", args=[row.pk])
    client.post(url, {"retry": "1"})  # still no provider: nothing changes
    row.refresh_from_db()
    assert row.status == TranslationStatus.NEEDS_MANUAL
    client.post(url, {"text": "돌 벤치"})
    row.refresh_from_db()
    assert (row.status, row.translated_text) == (TranslationStatus.MANUAL, "돌 벤치")
