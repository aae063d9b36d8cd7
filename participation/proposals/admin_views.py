"""Staff's moderation queue and a proposal's page in the Wagtail admin: thin wrappers around
the staff services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from participation.feedback.models import TranslationStatus

from .admin_forms import AnswerForm, HideForm, ManualTranslationForm
from .errors import InvalidProposal, ProposalError
from .models import Proposal, TextTranslation, Visibility
from .services import (
    answer_proposal,
    hide_proposal,
    publish_proposal,
    retry_machine_translation,
    translate_by_hand,
)
from .services.staff import MODERATE_PERMISSION
from .staff_selectors import moderation_queue

PUBLISHED = _("The proposal is published.")
HIDDEN = _("The proposal is hidden and its author told why.")
ANSWERED = _("The answer is published and the followers are emailed.")
TRANSLATED = _("The translation is saved.")
RETRIED = _("The translation provider is asked again.")


def ensure_staff(request):
    if not request.user.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied


def queue(request, now=None):
    """One visibility's proposals (`?visibility=`), or `?overdue=1` the published ones whose
    answer is overdue; overdue ones first, marked."""
    ensure_staff(request)
    visibility = request.GET.get("visibility") or Visibility.IN_REVIEW
    if visibility not in Visibility.values:
        visibility = Visibility.IN_REVIEW
    overdue_only = request.GET.get("overdue") == "1"
    proposals = moderation_queue(
        visibility=visibility, overdue_only=overdue_only, now=now or timezone.now()
    )
    return TemplateResponse(
        request,
        "proposals/admin/queue.html",
        {
            "proposals": proposals,
            "visibility": "" if overdue_only else visibility,
            "overdue_only": overdue_only,
            "visibilities": Visibility.choices,
        },
    )


def detail(request, pk: int, hide_form=None, answer_form=None):
    ensure_staff(request)
    proposal = get_object_or_404(Proposal.objects.select_related("round", "topic", "author"), pk=pk)
    korean = {
        row.field: row
        for row in proposal.translations.filter(target_language="ko", field__in=["title", "body"])
    }
    return TemplateResponse(
        request,
        "proposals/admin/proposal.html",
        {
            "proposal": proposal,
            "korean": korean,
            "timeline": proposal.timeline.all(),
            "hide_form": hide_form or HideForm(),
            "answer_form": answer_form or AnswerForm(),
        },
    )


@require_POST
def publish(request, pk: int):
    ensure_staff(request)
    proposal = get_object_or_404(Proposal, pk=pk)
    try:
        publish_proposal(proposal=proposal, user=request.user)
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, PUBLISHED)
    return redirect("proposals_admin_proposal", pk=pk)


@require_POST
def hide(request, pk: int):
    ensure_staff(request)
    proposal = get_object_or_404(Proposal, pk=pk)
    form = HideForm(request.POST)
    if form.is_valid():
        try:
            hide_proposal(proposal=proposal, user=request.user, reason=form.cleaned_data["reason"])
        except ProposalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, HIDDEN)
            return redirect("proposals_admin_proposal", pk=pk)
    return detail(request, pk, hide_form=form)


@require_POST
def answer(request, pk: int):
    ensure_staff(request)
    proposal = get_object_or_404(Proposal, pk=pk)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            answer_proposal(proposal=proposal, user=request.user, **form.cleaned_data)
        except InvalidProposal as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        except ProposalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, ANSWERED)
            return redirect("proposals_admin_proposal", pk=pk)
    return detail(request, pk, answer_form=form)


def awaiting_translation(request):
    """Texts the provider could not translate: staff type them, or ask the provider again."""
    ensure_staff(request)
    rows = TextTranslation.objects.filter(status=TranslationStatus.NEEDS_MANUAL).order_by(
        "requested_at", "pk"
    )[:100]
    return TemplateResponse(
        request,
        "proposals/admin/awaiting_translation.html",
        {"rows": rows, "form": ManualTranslationForm()},
    )


@require_POST
def translate(request, pk: int):
    ensure_staff(request)
    row = get_object_or_404(TextTranslation, pk=pk)
    form = ManualTranslationForm(request.POST)
    try:
        if "retry" in request.POST:
            retry_machine_translation(translation=row, user=request.user)
            messages.success(request, RETRIED)
        elif form.is_valid():
            translate_by_hand(translation=row, user=request.user, text=form.cleaned_data["text"])
            messages.success(request, TRANSLATED)
        else:
            messages.error(request, form.errors["text"][0])
    except ProposalError as error:
        messages.error(request, error.message)
    return redirect("proposals_admin_awaiting_translation")
