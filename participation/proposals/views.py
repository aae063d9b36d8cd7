"""Public proposal pages: thin wrappers around selectors and services."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import selectors, services
from .errors import InvalidProposal, PostRateLimited, ProposalError
from .forms import CommentForm, FilterForm, LanguageForm, ProposalForm
from .links import read_unfollow_token
from .models import Comment, Follow, Proposal, ProposalRound, Visibility
from .ratelimits import check_post_rate

SEED_SESSION_KEY = "proposals_seed"
SUPPORTED = _("Thank you: your support is counted, and you follow this proposal.")
WITHDRAWN = _("Your support is withdrawn.")
COMMENTED = _("Your comment is posted. It is shown once its language is detected.")
LANGUAGE_CORRECTED = _("Thank you: the translations are made again from this language.")


def _visitor_seed(request) -> str:
    """The visitor's own stable random order, kept in their session."""
    seed = request.session.get(SEED_SESSION_KEY)
    if seed is None:
        seed = request.session[SEED_SESSION_KEY] = secrets.token_hex(8)
    return seed


def rounds(request):
    now = timezone.now()
    return TemplateResponse(
        request,
        "proposals/rounds.html",
        {"rounds": selectors.open_rounds(now=now), "now": now},
    )


@never_cache
def round_detail(request, pk: int):
    proposal_round = get_object_or_404(ProposalRound, pk=pk)
    form = FilterForm(request.GET, proposal_round=proposal_round)
    filters = form.filters()
    seed = _visitor_seed(request) if filters.get("sort") == "random" else ""
    page = selectors.round_proposals(
        proposal_round=proposal_round,
        language=translation.get_language(),
        seed=seed,
        page=request.GET.get("page") or 1,
        **filters,
    )
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "proposals/round.html",
        {
            "round": proposal_round,
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "is_open": proposal_round.is_open(timezone.now()),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def submit(request, pk: int):
    proposal_round = get_object_or_404(ProposalRound, pk=pk)
    form = ProposalForm(request.POST or None, request.FILES or None, proposal_round=proposal_round)
    if request.method == "POST":
        try:
            check_post_rate(user=request.user, kind="proposal")
        except PostRateLimited as error:
            form.is_valid()
            form.add_error(None, error.message)
            response = TemplateResponse(
                request,
                "proposals/submit.html",
                {"round": proposal_round, "form": form},
                status=429,
            )
            return _too_many(response, error)
    if request.method == "POST" and form.is_valid():
        try:
            proposal = services.submit_proposal(
                proposal_round=proposal_round,
                user=request.user,
                site_language=translation.get_language(),
                **form.service_arguments(),
            )
        except InvalidProposal as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        except ProposalError as error:
            form.add_error(None, error.message)
        else:
            return redirect("proposals:sent", pk=proposal.pk)
    return TemplateResponse(
        request, "proposals/submit.html", {"round": proposal_round, "form": form}
    )


@never_cache
@login_required
def sent(request, pk: int):
    proposal = get_object_or_404(Proposal, pk=pk, author=request.user)
    return TemplateResponse(
        request,
        "proposals/sent.html",
        {
            "proposal": proposal,
            "language_form": LanguageForm(initial={"language": proposal.language}),
        },
    )


@never_cache
def proposal(request, pk: int, comment_form=None):
    now = timezone.now()
    context = selectors.proposal_page(
        pk=pk,
        language=translation.get_language(),
        comment_page=request.GET.get("comments") or 1,
        now=now,
    )
    if context is None:
        raise Http404
    item = context["proposal"]
    user = request.user
    context.update(
        {
            "supports": selectors.supports(proposal=item, user=user),
            "follows": user.is_authenticated
            and Follow.objects.filter(proposal=item, user=user).exists(),
            "is_open": item.round.is_open(now),
            "is_published": item.visibility == Visibility.PUBLISHED,
            "comment_form": comment_form or CommentForm(),
            "language_form": LanguageForm(initial={"language": item.language}),
            "is_author": user.is_authenticated and item.author_id == user.pk,
        }
    )
    return TemplateResponse(request, "proposals/proposal.html", context)


def _too_many(response, error: PostRateLimited):
    response["Retry-After"] = str(error.retry_after)
    return response


def _act(request, pk: int, action, done):
    item = get_object_or_404(Proposal, pk=pk)
    try:
        check_post_rate(user=request.user, kind="support")
    except PostRateLimited as error:
        messages.error(request, error.message)
        response = proposal(request, pk)
        response.status_code = 429
        return _too_many(response, error)
    try:
        action(proposal=item, user=request.user)
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)
    return redirect("proposals:proposal", pk=pk)


@login_required
@require_POST
def support(request, pk: int):
    return _act(request, pk, services.support_proposal, SUPPORTED)


@login_required
@require_POST
def withdraw(request, pk: int):
    return _act(request, pk, services.withdraw_support, WITHDRAWN)


@login_required
@require_POST
def comment(request, pk: int):
    item = get_object_or_404(Proposal, pk=pk)
    form = CommentForm(request.POST)
    try:
        check_post_rate(user=request.user, kind="comment")
    except PostRateLimited as error:
        form.is_valid()
        form.add_error(None, error.message)
        response = proposal(request, pk, comment_form=form)
        response.status_code = 429
        return _too_many(response, error)
    if form.is_valid():
        parent_id = form.cleaned_data["parent"]
        parent = Comment.objects.filter(pk=parent_id).first() if parent_id else None
        try:
            services.add_comment(
                proposal=item,
                user=request.user,
                body=form.cleaned_data["body"],
                parent=parent,
                site_language=translation.get_language(),
            )
        except InvalidProposal as error:
            form.add_error("body" if error.field == "body" else None, error.message)
        except ProposalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, COMMENTED)
            return redirect("proposals:proposal", pk=pk)
    response = proposal(request, pk, comment_form=form)
    response.status_code = 400
    return response


@login_required
@require_POST
def correct_language(request, pk: int):
    item = get_object_or_404(Proposal, pk=pk, author=request.user)
    form = LanguageForm(request.POST)
    if form.is_valid():
        services.correct_proposal_language(
            proposal=item, user=request.user, language=form.cleaned_data["language"]
        )
        messages.success(request, LANGUAGE_CORRECTED)
    if item.visibility == Visibility.IN_REVIEW:
        return redirect("proposals:sent", pk=pk)
    return redirect("proposals:proposal", pk=pk)


@never_cache
@require_http_methods(["GET", "POST"])
def unfollow(request, token: str):
    """The email's link: one button, no sign-in (the signed token is the credential)."""
    ids = read_unfollow_token(token)
    if ids is None:
        raise Http404
    item = get_object_or_404(Proposal, pk=ids[0])
    if request.method == "POST":
        Follow.objects.filter(proposal=item, user_id=ids[1]).delete()
        return TemplateResponse(request, "proposals/unfollowed.html", {"proposal": item})
    return TemplateResponse(request, "proposals/unfollow.html", {"proposal": item})
