"""Staff's comment moderation in the Wagtail admin: reported comments first, each hidden with
a public reason (its author emailed), its reports dismissed, or answered by the district."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from .admin_forms import CommentAnswerForm, HideForm
from .admin_views import ensure_staff
from .errors import ProposalError
from .models import Comment, HideReason
from .services import answer_comment, dismiss_comment_reports, hide_comment
from .staff_selectors import moderated_comments

COMMENT_HIDDEN = _("The comment is hidden, its reason shown in its place, and its author told.")
REPORTS_DISMISSED = _("The reports are dismissed; the comment stays.")
COMMENT_ANSWERED = _("The answer is posted under the comment.")


def comments(request):
    ensure_staff(request)
    show_all = request.GET.get("all") == "1"
    return TemplateResponse(
        request,
        "proposals/admin/comments.html",
        {
            "comments": moderated_comments(show_all=show_all),
            "show_all": show_all,
            "reasons": HideReason.choices,
        },
    )


def _back(request):
    url = reverse("proposals_admin_comments")
    return redirect(f"{url}?all=1" if request.POST.get("next") == "all" else url)


@require_POST
def hide(request, pk: int):
    ensure_staff(request)
    comment = get_object_or_404(Comment, pk=pk)
    form = HideForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["reason"][0])
        return _back(request)
    try:
        hide_comment(comment=comment, user=request.user, reason=form.cleaned_data["reason"])
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, COMMENT_HIDDEN)
    return _back(request)


@require_POST
def dismiss(request, pk: int):
    ensure_staff(request)
    comment = get_object_or_404(Comment, pk=pk)
    try:
        dismiss_comment_reports(comment=comment, user=request.user)
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, REPORTS_DISMISSED)
    return _back(request)


@require_POST
def answer(request, pk: int):
    ensure_staff(request)
    comment = get_object_or_404(Comment, pk=pk)
    form = CommentAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["body"][0])
        return _back(request)
    try:
        answer_comment(comment=comment, user=request.user, body=form.cleaned_data["body"])
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, COMMENT_ANSWERED)
    return _back(request)
