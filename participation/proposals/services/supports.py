"""Supports: one per account, withdrawable, and the proposal's cached count kept exact under
concurrency — the unique constraint decides who supports, and the count moves by an
``UPDATE … SET support_count = support_count ± 1`` in the same transaction as the row it
counts, so racing supporters never lose an increment."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from ..errors import AlreadySupported, NotAvailable, NotSupported
from ..models import Follow, Proposal, Support, Visibility
from .residents import ensure_can_take_part, ensure_round_open


@transaction.atomic
def support_proposal(*, proposal: Proposal, user, now=None) -> Support:
    """Support a published proposal of an open round; the supporter follows it."""
    now = now or timezone.now()
    ensure_can_take_part(user)
    proposal = Proposal.objects.select_related("round").get(pk=proposal.pk)
    if proposal.visibility != Visibility.PUBLISHED:
        raise NotAvailable()
    ensure_round_open(proposal.round, now)
    try:
        with transaction.atomic():  # a savepoint: a duplicate leaves the transaction usable
            support = Support.objects.create(proposal=proposal, user=user, created_at=now)
    except IntegrityError:
        raise AlreadySupported() from None
    Proposal.objects.filter(pk=proposal.pk).update(support_count=F("support_count") + 1)
    Follow.objects.get_or_create(proposal=proposal, user=user, defaults={"created_at": now})
    return support


@transaction.atomic
def withdraw_support(*, proposal: Proposal, user, now=None) -> None:
    """Take one's support back (while the round is open). The delete's row count says whether
    this call removed it: of two racing withdrawals, the second finds nothing to remove."""
    proposal = Proposal.objects.select_related("round").get(pk=proposal.pk)
    ensure_round_open(proposal.round, now or timezone.now())
    deleted, _rows = Support.objects.filter(proposal=proposal, user=user).delete()
    if not deleted:
        raise NotSupported()
    Proposal.objects.filter(pk=proposal.pk).update(support_count=F("support_count") - 1)
