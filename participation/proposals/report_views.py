"""Residents report a comment to the moderators: a thin wrapper around services.report_comment."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .errors import InvalidProposal, PostRateLimited, ProposalError
from .forms import ReportForm
from .models import Comment
from .ratelimits import check_post_rate
from .services.reports import is_visible

REPORTED = _("Thank you: the moderators will look at this comment.")


def _page(request, comment, form, status=200):
    response = TemplateResponse(
        request,
        "proposals/report.html",
        {
            "comment": comment,
            "proposal": comment.proposal,
            "shown": selectors.shown_comment(comment=comment, language=translation.get_language()),
            "form": form,
        },
        status=status,
    )
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def report(request, pk: int):
    comment = get_object_or_404(Comment.objects.select_related("proposal"), pk=pk)
    if not is_visible(comment):
        raise Http404
    form = ReportForm(request.POST or None)
    if request.method == "GET":
        return _page(request, comment, form)
    try:
        check_post_rate(user=request.user, kind="report")
    except PostRateLimited as error:
        form.is_valid()
        form.add_error(None, error.message)
        response = _page(request, comment, form, status=429)
        response["Retry-After"] = str(error.retry_after)
        return response
    if form.is_valid():
        try:
            services.report_comment(comment=comment, user=request.user, **form.cleaned_data)
        except InvalidProposal as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        except ProposalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, REPORTED)
            return redirect("proposals:proposal", pk=comment.proposal_id)
    return _page(request, comment, form, status=400)
