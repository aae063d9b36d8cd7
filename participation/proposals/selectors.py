"""Reads for the public pages: rounds, a round's proposals filtered and sorted in a constant
number of queries, and every text shown in the visitor's language when a translation is
readable (marked machine-translated, the original one click away)."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, TextField, Value
from django.db.models.functions import MD5, Cast, Concat
from django.utils import timezone
from wagtail.models import Page

from cms.models import NewsPage, ProgramPage

from .deadlines import is_overdue
from .models import (
    Comment,
    Proposal,
    ProposalRound,
    Status,
    StatusChange,
    TextTranslation,
    Visibility,
)

PAGE_SIZE = 20
COMMENT_PAGE_SIZE = 50
SORTS = ("supported", "newest", "random")


@dataclass(frozen=True)
class Shown:
    """A text as a visitor reads it: `text` in `language`; `original` set when it is a
    translation (`machine` says whether a machine made it)."""

    text: str
    language: str
    original: str = ""
    original_language: str = ""
    machine: bool = False

    @property
    def is_translation(self) -> bool:
        return bool(self.original_language)


def shown(*, text: str, language: str, translations, field: str, visitor_language: str) -> Shown:
    """`translations`: the owner's rows already fetched (prefetched for the visitor's language)."""
    if language == visitor_language:
        return Shown(text=text, language=language)
    for row in translations:
        if row.field == field and row.target_language == visitor_language and row.is_readable:
            return Shown(
                text=row.translated_text,
                language=visitor_language,
                original=text,
                original_language=language,
                machine=row.status == "done",
            )
    return Shown(text=text, language=language)


def _translations_in(language: str) -> Prefetch:
    return Prefetch(
        "translations",
        queryset=TextTranslation.objects.filter(target_language=language),
        to_attr="visitor_translations",
    )


def open_rounds(*, now):
    return ProposalRound.objects.filter(opens_at__lte=now).order_by("-closes_at")


def round_proposals(
    *,
    proposal_round: ProposalRound,
    language: str,
    topic: int | None = None,
    status: str = "",
    origin: str = "",
    dong: str = "",
    sort: str = "supported",
    seed: str = "",
    page: int = 1,
):
    """A page of the round's published proposals, each with `.shown_title` in `language`;
    three queries whatever the page holds (count, page, translations)."""
    proposals = Proposal.objects.filter(
        round=proposal_round, visibility=Visibility.PUBLISHED
    ).select_related("topic")
    filters = Q()
    if topic:
        filters &= Q(topic_id=topic)
    if status:
        filters &= Q(status=status)
    if origin:
        filters &= Q(language=origin)
    if dong:
        filters &= Q(dong=dong)
    proposals = proposals.filter(filters)
    if sort == "random":
        key = MD5(
            Concat(Cast("pk", output_field=TextField()), Value(seed), output_field=TextField())
        )
        proposals = proposals.annotate(shuffle=key).order_by("shuffle", "pk")
    elif sort == "newest":
        proposals = proposals.order_by("-published_at", "-pk")
    else:
        proposals = proposals.order_by("-support_count", "-published_at", "-pk")
    proposals = proposals.prefetch_related(_translations_in(language))
    result = Paginator(proposals, PAGE_SIZE).get_page(page)
    for proposal in result:
        proposal.shown_title = shown(
            text=proposal.title,
            language=proposal.language,
            translations=proposal.visitor_translations,
            field=TextTranslation.Field.TITLE,
            visitor_language=language,
        )
    return result


def proposal_page(*, pk: int, language: str, comment_page=1, now=None):
    """A public proposal with its texts, comments and timeline in `language`; None when it
    is missing or still in review. `proposal.awaiting_since` is its publication date when
    its answer is overdue (deadlines.py), else None. Comments come COMMENT_PAGE_SIZE threads
    (a comment and its replies) at a time, oldest first: a constant number of queries and a
    bounded page however many there are."""
    proposal = (
        Proposal.objects.filter(pk=pk)
        .exclude(visibility=Visibility.IN_REVIEW)
        .select_related("round", "topic", "result_page")
        .prefetch_related(_translations_in(language))
        .first()
    )
    if proposal is None:
        return None
    proposal.shown_result_page = _result_page(proposal)
    overdue = is_overdue(proposal, now=now or timezone.now())
    proposal.awaiting_since = proposal.published_at if overdue else None
    fields = TextTranslation.Field
    proposal.shown_title, proposal.shown_body = (
        shown(
            text=getattr(proposal, field),
            language=proposal.language,
            translations=proposal.visitor_translations,
            field=field,
            visitor_language=language,
        )
        for field in (fields.TITLE, fields.BODY)
    )
    shown_comments = Comment.objects.filter(proposal=proposal, language_pending=False)
    threads = Paginator(
        shown_comments.filter(parent=None)
        .prefetch_related(_translations_in(language))
        .order_by("created_at", "pk"),
        COMMENT_PAGE_SIZE,
    ).get_page(comment_page)
    answers = list(
        shown_comments.filter(parent__in=[comment.pk for comment in threads])
        .prefetch_related(_translations_in(language))
        .order_by("created_at", "pk")
    )
    replies = defaultdict(list)
    for reply in answers:
        replies[reply.parent_id].append(reply)
    for comment in [*threads, *answers]:
        comment.shown_body = shown(
            text=comment.body,
            language=comment.language,
            translations=comment.visitor_translations,
            field=fields.COMMENT,
            visitor_language=language,
        )
        comment.shown_replies = replies.get(comment.pk, [])
    timeline = list(
        StatusChange.objects.filter(proposal=proposal).prefetch_related(_translations_in(language))
    )
    for change in timeline:
        change.shown_answer = shown(
            text=change.answer,
            language="ko",
            translations=change.visitor_translations,
            field=fields.ANSWER,
            visitor_language=language,
        )
    return {
        "proposal": proposal,
        "comments": list(threads),
        "comment_page": threads,
        "timeline": timeline,
    }


def shown_comment(*, comment: Comment, language: str) -> Shown:
    return shown(
        text=comment.body,
        language=comment.language,
        translations=comment.translations.filter(target_language=language),
        field=TextTranslation.Field.COMMENT,
        visitor_language=language,
    )


def supports(*, proposal: Proposal, user) -> bool:
    return user.is_authenticated and proposal.supports.filter(user=user).exists()


def result_pages():
    """The pages an implemented proposal can point at: live Korean news and program pages
    (a visitor is sent to the page in their language)."""
    return (
        Page.objects.live()
        .type(NewsPage, ProgramPage)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
    )


def _result_page(proposal):
    """The result page in the active language when translated and live (Page.localized), else
    the Korean page; None unless the proposal is implemented and the page is still live."""
    page = proposal.result_page
    if page is None or proposal.status != Status.IMPLEMENTED or not page.live:
        return None
    return page.localized
