"""Proposal KPIs and open data, from public proposals only and never the author's identity.

- proposals by language of origin (the detected or author-given language);
- share from foreign residents: proposals written in a language other than Korean (the portal
  keeps no nationality; the language of origin is the published proxy);
- answered within due time: of the proposals whose answer is due (published longer ago than
  their round's `answer_due_days`) or answered, those first answered in time;
- implemented share: of the answered proposals, those now implemented.
Every figure counts published proposals. The open data gives them whole (the proposals are
public anyway); the public dashboard hides small groups as the KPI engine does
(public_proposal_figures, participation.kpis.disclosure)."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count
from django.utils.formats import number_format as format_number
from django.utils.translation import gettext_lazy as _

from cms.fields import EVENT_LANGUAGE_NAMES
from participation.kpis.disclosure import SUPPRESSED, Cell, is_small, protect

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


def proposal_counts(*, now, round_id: int | None = None) -> dict:
    """The counts behind the shares: answered, implemented, due or answered, in time."""
    counts = {"answered": 0, "implemented": 0, "due": 0, "in_time": 0}
    rows = _public(round_id).values_list(
        "published_at", "answered_at", "status", "round__answer_due_days"
    )
    for published_at, answered_at, status, due_days in rows.iterator():
        due_at = published_at + timedelta(days=due_days)
        if answered_at is not None:
            counts["answered"] += 1
            counts["implemented"] += status == Status.IMPLEMENTED
        if answered_at is not None or due_at <= now:
            counts["due"] += 1
            counts["in_time"] += answered_at is not None and answered_at <= due_at
    return counts


def proposal_kpis(*, now, round_id: int | None = None) -> dict:
    proposals = _public(round_id)
    by_language = dict(
        proposals.values_list("language").annotate(n=Count("pk")).order_by("language")
    )
    total = sum(by_language.values())
    counts = proposal_counts(now=now, round_id=round_id)
    return {
        "proposals": total,
        "by_language_of_origin": by_language,
        "foreign_language_share": _share(total - by_language.get("ko", 0), total),
        "answered_within_due_time_share": _share(counts["in_time"], counts["due"]),
        "implemented_share": _share(counts["implemented"], counts["answered"]),
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


@dataclass(frozen=True)
class PublicFigure:
    """One figure for the public dashboard: its text ("12", "35%", SUPPRESSED or "–")."""

    label: object  # a lazy translation
    text: str
    suppressed: bool = False


def _share_figure(label, part: int, whole: int) -> PublicFigure:
    """A share, hidden ("<5") when its numerator, denominator or complement is 1–4, as the KPI
    engine hides shares about people (participation.kpis.disclosure)."""
    if not whole:
        return PublicFigure(label, "–")
    if any(is_small(count) for count in (part, whole, whole - part)):
        return PublicFigure(label, SUPPRESSED, suppressed=True)
    return PublicFigure(label, f"{format_number(round(100 * part / whole), decimal_pos=0)}%")


def public_proposal_figures(*, now) -> dict:
    """The proposal KPIs for the public dashboard, with the KPI engine's small-count
    suppression: a language with 1–4 proposals shows "<5", and further cells are hidden
    until the total gives none of them away (disclosure.protect)."""
    figures = proposal_kpis(now=now)
    counts = proposal_counts(now=now)
    total = figures["proposals"]
    cells = [
        Cell(key=(language,), value=count, suppressed=is_small(count))
        for language, count in sorted(figures["by_language_of_origin"].items())
    ]
    protect([(Cell(key=(), value=total, suppressed=is_small(total)), cells)])
    by_language = [
        PublicFigure(
            EVENT_LANGUAGE_NAMES.get(cell.key[0], cell.key[0]),
            SUPPRESSED if cell.suppressed else format_number(int(cell.value)),
            cell.suppressed,
        )
        for cell in cells
    ]
    foreign = total - figures["by_language_of_origin"].get("ko", 0)
    return {
        "total": PublicFigure(
            _("Proposals published"),
            SUPPRESSED if is_small(total) else format_number(total),
            is_small(total),
        ),
        "by_language": by_language,
        "shares": [
            _share_figure(_("Written in a language other than Korean"), foreign, total),
            _share_figure(
                _("Answered within the round's due time"), counts["in_time"], counts["due"]
            ),
            _share_figure(
                _("Implemented, of the answered proposals"),
                counts["implemented"],
                counts["answered"],
            ),
        ],
    }
