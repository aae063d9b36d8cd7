"""Personal data in proposals: erased at a participant's request (or when their account is
deleted) and after the retention period. Public texts stay — proposals, comments, supports'
counts, the district's answers — but nobody can tell any more who wrote or supported them:
the author and supporter links go, followers and reports go, and so do a proposal's picture
and its description (a photo, or what it is said to show, can identify people)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from .. import conf
from ..models import Comment, CommentReport, Follow, Proposal, StatusChange, Support


def _forget_pictures(proposals) -> None:
    """Empty the pictures of `proposals` (a queryset) and delete their files after commit."""
    names = list(proposals.exclude(image="").values_list("image", flat=True))
    proposals.update(image="", image_description="")
    if names:
        transaction.on_commit(lambda: delete_pictures(names))


def delete_pictures(names: list[str]) -> None:
    storage = Proposal._meta.get_field("image").storage
    for name in names:
        storage.delete(name)


@transaction.atomic
def erase_participant_data(*, user=None, email: str = "", now=None) -> dict:
    """Erase what links one participant (the account `user`, or the account of `email`) to
    proposals: authorship of proposals and comments, supports, follows, reports, and their
    proposals' pictures. Returns the counts of what changed (all 0 for an unknown email)."""
    now = now or timezone.now()
    if user is None:
        user = get_user_model().objects.filter(email__iexact=(email or "").strip()).first()
    if user is None or user.pk is None:
        return {"proposals": 0, "comments": 0, "supports": 0, "follows": 0, "reports": 0}
    authored = Proposal.objects.filter(author=user)
    _forget_pictures(authored)
    counts = {
        "proposals": authored.update(author=None, personal_data_erased_at=now),
        "comments": Comment.objects.filter(author=user).update(author=None),
        "supports": Support.objects.filter(user=user).update(user=None),
        "follows": Follow.objects.filter(user=user).delete()[0],
        "reports": CommentReport.objects.filter(reporter=user).delete()[0],
    }
    return counts


@transaction.atomic
def erase_proposal_personal_data(*, proposal: Proposal, now=None) -> Proposal:
    """The retention sweep's work on one proposal: who wrote, supported, followed, commented
    on and reported comments of it is forgotten; its texts and answers stay."""
    now = now or timezone.now()
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.personal_data_erased_at:
        return proposal
    one = Proposal.objects.filter(pk=proposal.pk)
    _forget_pictures(one)
    one.update(author=None, personal_data_erased_at=now)
    Support.objects.filter(proposal=proposal).update(user=None)
    Follow.objects.filter(proposal=proposal).delete()
    Comment.objects.filter(proposal=proposal).update(author=None)
    CommentReport.objects.filter(comment__proposal=proposal).delete()
    proposal.refresh_from_db()
    return proposal


def purge_expired_personal_data(*, now=None, batch: int = 1000) -> int:
    """Erase the personal data of proposals whose round closed, and whose last answer came,
    longer ago than PROPOSALS_RETENTION_DAYS; one transaction each. Reports resolved longer
    ago go too. Returns how many proposals were erased."""
    now = now or timezone.now()
    cutoff = now - conf.retention_period()
    recent_answer = StatusChange.objects.filter(proposal=OuterRef("pk"), changed_at__gte=cutoff)
    proposal_ids = list(
        Proposal.objects.filter(
            personal_data_erased_at__isnull=True,
            round__closes_at__lt=cutoff,
            created_at__lt=cutoff,
        )
        .exclude(Exists(recent_answer))
        .values_list("pk", flat=True)[:batch]
    )
    for proposal_id in proposal_ids:
        erase_proposal_personal_data(proposal=Proposal(pk=proposal_id), now=now)
    CommentReport.objects.filter(resolved_at__lt=cutoff).delete()
    return len(proposal_ids)
