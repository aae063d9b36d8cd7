"""Reads for staff in the Wagtail admin: the moderation queue (overdue answers first) and the
comments residents reported (most reported first)."""

from django.db.models import Count, Max, Prefetch, Q

from .deadlines import overdue_condition, with_overdue
from .models import Comment, CommentReport, Proposal, TextTranslation, Visibility

QUEUE_SIZE = 200


def moderation_queue(*, visibility: str, overdue_only: bool, now):
    """Proposals of one visibility, or only the overdue ones; overdue first, oldest first."""
    proposals = Proposal.objects.select_related("round", "topic")
    if overdue_only:
        proposals = proposals.filter(overdue_condition(now=now))
    else:
        proposals = proposals.filter(visibility=visibility)
    return list(
        with_overdue(proposals, now=now).order_by("-is_overdue", "created_at", "pk")[:QUEUE_SIZE]
    )


def moderated_comments(*, show_all: bool = False):
    """Comments with open reports, most reported first, each with `open_reports`, `reasons`
    (the open reports' reason labels) and its proposal; `show_all` adds every other comment
    of a published proposal, newest first, for staff who answer or hide unreported ones."""
    open_reports = Q(reports__resolved_at__isnull=True)
    comments = (
        Comment.objects.filter(proposal__visibility=Visibility.PUBLISHED, language_pending=False)
        .select_related("proposal")
        .prefetch_related(
            Prefetch(
                "translations",
                queryset=TextTranslation.objects.filter(target_language="ko"),
                to_attr="korean",
            )
        )
        .annotate(
            open_reports=Count("reports", filter=open_reports),
            last_report=Max("reports__created_at", filter=open_reports),
        )
    )
    if not show_all:
        comments = comments.filter(open_reports__gt=0)
    comments = list(comments.order_by("-open_reports", "-last_report", "-created_at", "-pk")[:200])
    reasons = {}
    for report in CommentReport.objects.filter(
        comment__in=comments, resolved_at__isnull=True
    ).order_by("created_at", "pk"):
        reasons.setdefault(report.comment_id, []).append(report)
    for comment in comments:
        comment.open_report_rows = reasons.get(comment.pk, [])
    return comments
