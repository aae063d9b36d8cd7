"""When staff owe a proposal its official answer: its round's days to answer after
publication. A published proposal still awaiting an answer past that is overdue."""

from datetime import timedelta

from django.db.models import BooleanField, Case, Q, Value, When

from .models import Proposal, ProposalRound, Status, Visibility


def answer_due_at(proposal: Proposal):
    """None while the proposal is not published."""
    if proposal.published_at is None:
        return None
    return proposal.published_at + timedelta(days=proposal.round.answer_due_days)


def is_overdue(proposal: Proposal, *, now) -> bool:
    due = answer_due_at(proposal)
    return (
        proposal.visibility == Visibility.PUBLISHED
        and proposal.status == Status.OPEN
        and due is not None
        and due < now
    )


def overdue_condition(*, now) -> Q:
    """The same test in the database, one clause per distinct days-to-answer (a handful), so
    that it works alike on PostgreSQL and SQLite."""
    days = ProposalRound.objects.values_list("answer_due_days", flat=True).distinct()
    published_before = Q(pk__in=[])
    for day_count in days:
        published_before |= Q(
            round__answer_due_days=day_count,
            published_at__lt=now - timedelta(days=day_count),
        )
    return Q(visibility=Visibility.PUBLISHED, status=Status.OPEN) & published_before


def with_overdue(proposals, *, now):
    """`proposals` annotated with `is_overdue`."""
    return proposals.annotate(
        is_overdue=Case(
            When(overdue_condition(now=now), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )
