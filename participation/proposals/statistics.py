"""Proposal KPIs and open data, from public proposals only and never the author's identity.

- proposals by language of origin (the detected or author-given language);
- share from foreign residents: proposals written in a language other than Korean (the portal
  keeps no nationality; the language of origin is the published proxy);
- answered within due time: of the proposals whose answer is due (published longer ago than
  their round's `answer_due_days`) or answered, those first answered in time;
- implemented share: of the answered proposals, those now implemented.
Every figure counts published proposals, which are public anyway, so there is nothing to
suppress (participation.kpis.disclosure applies to people, not to public posts)."""

from datetime import timedelta

from django.db.models import Count

from .models import Proposal, Status, Visibility

OPEN_DATA_FIELDS = (
    "id",
    "round_id",
    "round_title",
    "topic",
    "language",
    "dong",
    "status",
    "supports",
    "published_at",
    "answered_at",
    "title",
    "body",
)


def _public(round_id: int | None = None):
    proposals = Proposal.objects.filter(visibility=Visibility.PUBLISHED)
    if round_id is not None:
        proposals = proposals.filter(round_id=round_id)
    return proposals


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def proposal_kpis(*, now, round_id: int | None = None) -> dict:
    proposals = _public(round_id)
    by_language = dict(
        proposals.values_list("language").annotate(n=Count("pk")).order_by("language")
    )
    total = sum(by_language.values())
    due_or_answered = 0
    in_time = 0
    answered = 0
    implemented = 0
    rows = proposals.values_list(
        "published_at", "answered_at", "status", "round__answer_due_days"
    ).iterator()
    for published_at, answered_at, status, due_days in rows:
        due_at = published_at + timedelta(days=due_days)
        if answered_at is not None:
            answered += 1
            implemented += status == Status.IMPLEMENTED
        if answered_at is not None or due_at <= now:
            due_or_answered += 1
            in_time += answered_at is not None and answered_at <= due_at
    return {
        "proposals": total,
        "by_language_of_origin": by_language,
        "foreign_language_share": _share(total - by_language.get("ko", 0), total),
        "answered_within_due_time_share": _share(in_time, due_or_answered),
        "implemented_share": _share(implemented, answered),
    }


def open_data_rows():
    """Every published proposal, without its author: one dict a proposal."""
    proposals = _public().select_related("round", "topic").order_by("pk")
    for proposal in proposals.iterator(chunk_size=500):
        yield {
            "id": proposal.pk,
            "round_id": proposal.round_id,
            "round_title": proposal.round.title_ko,
            "topic": proposal.topic.name_ko if proposal.topic else "",
            "language": proposal.language,
            "dong": proposal.dong,
            "status": proposal.status,
            "supports": proposal.support_count,
            "published_at": proposal.published_at.isoformat() if proposal.published_at else "",
            "answered_at": proposal.answered_at.isoformat() if proposal.answered_at else "",
            "title": proposal.title,
            "body": proposal.body,
        }
