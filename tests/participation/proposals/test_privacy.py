"""Personal data in proposals: erased on request, when the account is deleted, and after the
retention period. The public texts stay; who wrote, supported and followed them goes."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from participation.proposals.models import (
    Comment,
    CommentReport,
    Follow,
    Proposal,
    StatusChange,
    Support,
)
from participation.proposals.services import (
    erase_participant_data,
    purge_expired_personal_data,
    report_comment,
    support_proposal,
)
from tests.factories import CommentFactory, ProposalFactory, ProposalRoundFactory, UserFactory

NOW = timezone.now()


@pytest.fixture
def participant(db):
    """Someone who proposed (with a picture), commented, supported, followed and reported."""
    user = UserFactory(email="minh@example.vn")
    own = ProposalFactory(
        author=user, image="proposals/abc.jpg", image_description="My house at 12 Yeoksam-ro"
    )
    Follow.objects.create(proposal=own, user=user, created_at=NOW)
    other = ProposalFactory()
    support_proposal(proposal=other, user=user)
    CommentFactory(proposal=other, author=user, body="I live next door.")
    report_comment(comment=CommentFactory(proposal=other), user=user, reason="abusive")
    return user


def assert_erased(user):
    proposal = Proposal.objects.get(title__startswith="Proposal", image_description="", author=None)
    assert proposal.personal_data_erased_at is not None and not proposal.image
    assert Comment.objects.filter(body="I live next door.", author=None).exists()
    assert Support.objects.filter(user=None).count() == 1
    assert not Follow.objects.filter(user_id=user.pk).exists()
    assert not CommentReport.objects.filter(reporter_id=user.pk).exists()
    assert Proposal.objects.get(pk=proposal.pk).support_count == 0  # its own count unchanged


def test_erasing_a_participant_keeps_the_texts_but_not_who_wrote_them(
    participant, django_capture_on_commit_callbacks
):
    counts = erase_participant_data(user=participant)
    assert counts == {"proposals": 1, "comments": 1, "supports": 1, "follows": 2, "reports": 1}
    assert_erased(participant)
    assert Proposal.objects.count() == 2 and Comment.objects.count() == 2


def test_erasing_by_email_ignores_case_and_an_unknown_email_changes_nothing(participant):
    assert not any(erase_participant_data(email="nobody@example.org").values())
    assert erase_participant_data(email="MINH@example.vn")["proposals"] == 1


def test_deleting_the_account_erases_and_keeps_the_public_proposal(participant):
    participant.delete()
    assert Proposal.objects.count() == 2
    assert_erased(participant)
    assert Support.objects.count() == 1  # counted, nobody's


def test_the_erasure_command(participant, capsys):
    call_command("erase_proposal_participant", "minh@example.vn")
    assert "proposals: 1" in capsys.readouterr().out
    assert_erased(participant)
    with pytest.raises(CommandError):
        call_command("erase_proposal_participant", "nobody@example.org")


def test_the_picture_file_is_deleted_after_commit(
    participant, django_capture_on_commit_callbacks, monkeypatch
):
    deleted = []
    storage = Proposal._meta.get_field("image").storage
    monkeypatch.setattr(storage, "delete", deleted.append)
    with django_capture_on_commit_callbacks(execute=True):
        erase_participant_data(user=participant)
    assert deleted == ["proposals/abc.jpg"]


def test_the_retention_sweep_forgets_participants_of_old_rounds_only(
    settings, moderator, django_capture_on_commit_callbacks
):
    settings.PROPOSALS_RETENTION_DAYS = 365
    old_round = ProposalRoundFactory(
        opens_at=NOW - timedelta(days=800), closes_at=NOW - timedelta(days=700)
    )
    old = ProposalFactory(round=old_round, created_at=NOW - timedelta(days=750))
    Follow.objects.create(proposal=old, user=old.author, created_at=NOW)
    Support.objects.create(proposal=old, user=UserFactory(), created_at=old.created_at)
    CommentFactory(proposal=old)
    answered_lately = ProposalFactory(round=old_round, created_at=NOW - timedelta(days=750))
    StatusChange.objects.create(
        proposal=answered_lately, to_status="accepted", changed_at=NOW - timedelta(days=100)
    )
    current = ProposalFactory()

    assert purge_expired_personal_data(now=NOW) == 1
    old.refresh_from_db()
    assert old.author is None and old.personal_data_erased_at is not None
    assert not Follow.objects.filter(proposal=old).exists()
    assert not Support.objects.filter(proposal=old, user__isnull=False).exists()
    assert not Comment.objects.filter(proposal=old, author__isnull=False).exists()
    for kept in (answered_lately, current):
        kept.refresh_from_db()
        assert kept.author is not None and kept.personal_data_erased_at is None
    assert purge_expired_personal_data(now=NOW) == 0  # idempotent


def test_the_retention_defaults_to_the_feedback_retention(settings):
    from participation.proposals import conf

    del settings.PROPOSALS_RETENTION_DAYS
    settings.FEEDBACK_RETENTION_DAYS = 30
    assert conf.retention_period() == timedelta(days=30)


def test_the_beat_runs_the_retention_sweep_hourly():
    schedule = settings.CELERY_BEAT_SCHEDULE["purge-expired-proposal-personal-data"]
    assert schedule == {
        "task": "participation.proposals.tasks.purge_expired_personal_data",
        "schedule": 3600.0,
    }
