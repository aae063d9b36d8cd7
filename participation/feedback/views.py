"""Public feedback views: thin wrappers around services.

The status page is reached by its tracking code (the credential, ≥128 random bits), so it needs
no login; its responses are never cached and send no Referer that could leak the code.
"""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from cms.fields import EVENT_LANGUAGE_NAMES
from portal.client_ip import client_ip

from . import conf, services
from .errors import FeedbackError, InvalidFeedback, SubmissionRateLimited
from .forms import FeedbackForm, FollowUpForm, RatingForm, ReopenForm, TrackingCodeForm
from .ratelimits import check_status_action_rate, check_submission_rate
from .selectors import item_by_tracking_code, resident_conversation, status_history

HONEYPOT_FILLED = _("Please leave the last field empty; it is there to catch automated spam.")


@never_cache
@require_http_methods(["GET", "POST"])
def submit(request):
    user = request.user if request.user.is_authenticated else None
    language = translation.get_language()
    if request.method == "GET":
        return _submit_page(request, FeedbackForm(user=user, language=language))
    try:
        # Before the form is read: a refused form costs its sender as much as an accepted one.
        check_submission_rate(ip_address=client_ip(request))
    except SubmissionRateLimited as error:
        # What was typed comes back (files must be chosen again: they are not even read).
        form = FeedbackForm(request.POST, user=user, language=language)
        form.is_valid()
        form.add_error(None, error.message)
        return _too_many(_submit_page(request, form, status=429), error)
    form = FeedbackForm(request.POST, request.FILES, user=user, language=language)
    if not form.is_valid():
        return _submit_page(request, form)
    if form.is_spam:
        form.add_error("website", HONEYPOT_FILLED)
        return _submit_page(request, form)
    try:
        # Only a form that would be accepted (and email its address) counts for the address:
        # invalid posts naming someone else's email must not use up that person's allowance.
        check_submission_rate(
            email=form.cleaned_data.get("contact_email") or (user.email if user else "")
        )
    except SubmissionRateLimited as error:
        form.add_error(None, error.message)
        return _too_many(_submit_page(request, form, status=429), error)
    try:
        item = services.submit_feedback(
            user=user, site_language=language, **form.service_arguments()
        )
    except InvalidFeedback as error:
        form.add_error(error.field if error.field in form.fields else None, error.message)
        return _submit_page(request, form)
    except FeedbackError as error:
        form.add_error(None, error.message)
        return _submit_page(request, form)
    return redirect("feedback:sent", code=item.tracking_code)


def _submit_page(request, form, status=200):
    return TemplateResponse(request, "feedback/submit.html", {"form": form}, status=status)


def _too_many(response, error: SubmissionRateLimited):
    response["Retry-After"] = str(error.retry_after)
    return response


@never_cache
def lookup(request):
    form = TrackingCodeForm(request.GET or None)
    if form.is_valid():
        item = item_by_tracking_code(form.cleaned_data["code"])
        if item is not None:
            return redirect("feedback:status", code=item.tracking_code)
        form.add_error("code", _("We found no feedback with this code. Please check it."))
    return _private(TemplateResponse(request, "feedback/lookup.html", {"form": form}))


@never_cache
def status(request, code: str):
    item = item_by_tracking_code(code)
    if item is None:
        return _not_found(request)
    if code != item.tracking_code:  # typed with dashes or in lower case
        return redirect("feedback:status", code=item.tracking_code)
    return _status_page(request, item)


@never_cache
def sent(request, code: str):
    """Where a submission lands: the tracking code to keep, and the way to the status page."""
    item = item_by_tracking_code(code)
    if item is None:
        return _not_found(request)
    if code != item.tracking_code:
        return redirect("feedback:sent", code=item.tracking_code)
    context = {"item": item, "code_groups": item.display_code.split("-")}
    return _private(TemplateResponse(request, "feedback/sent.html", context))


def _status_page(request, item, *, forms=None, status=200):
    forms = forms or {}

    def offered(key, form_class, refusal):
        # A form that failed is shown again with its errors; otherwise only allowed actions.
        return forms.get(key) or (form_class() if refusal(item=item) is None else None)

    context = {
        "item": item,
        "code_groups": item.display_code.split("-"),
        "language_name": EVENT_LANGUAGE_NAMES.get(item.language, item.language),
        "conversation": resident_conversation(item),
        "history": status_history(item),
        "follow_up_form": offered("follow_up", FollowUpForm, services.follow_up_refusal),
        "rating_form": offered("rate", RatingForm, services.rating_refusal),
        "reopen_form": offered("reopen", ReopenForm, services.reopen_refusal),
        "reopen_days": conf.reopen_period().days,
    }
    response = TemplateResponse(request, "feedback/status.html", context, status=status)
    # Its forms post back here: under no-referrer a browser sends "Origin: null", which
    # Django's CSRF check refuses. same-origin still keeps the code from other sites.
    return _private(response, referrer_policy="same-origin")


def _private(response, referrer_policy="no-referrer"):
    # The code is in the URL: never send it on to other sites, never let robots keep it.
    response["Referrer-Policy"] = referrer_policy
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _not_found(request):
    form = TrackingCodeForm()
    form.fields["code"].help_text = ""
    response = TemplateResponse(
        request, "feedback/lookup.html", {"form": form, "not_found": True}, status=404
    )
    return _private(response)


def _item_action(form_class, key, action, *, rate_limited=False):
    """A POST on the status page: validate `form_class`, run `action`, show the page again.
    `rate_limited`: every POST counts toward the status page's limit, before anything is read."""

    @never_cache
    @require_POST
    def view(request, code: str):
        limited = None
        if rate_limited:
            try:
                check_status_action_rate(ip_address=client_ip(request))
            except SubmissionRateLimited as error:
                limited = error
        item = item_by_tracking_code(code)
        if item is None and limited:
            return _too_many(TemplateResponse(request, "429.html", status=429), limited)
        if item is None:
            return _not_found(request)
        if limited:
            form = form_class(request.POST)
            form.is_valid()
            form.add_error(None, limited.message)
            return _too_many(_status_page(request, item, forms={key: form}, status=429), limited)
        form = form_class(request.POST, request.FILES)
        if not form.is_valid():
            return _status_page(request, item, forms={key: form}, status=400)
        try:
            notice = action(item=item, data=form.cleaned_data)
        except FeedbackError as error:
            form.add_error(None, error.message)
            return _status_page(request, item, forms={key: form}, status=400)
        messages.success(request, notice)
        return redirect("feedback:status", code=item.tracking_code)

    return view


def _add_follow_up(*, item, data):
    services.add_follow_up(item=item, text=data["text"], attachments=data["attachments"])
    return _("Your message has been added.")


def _rate(*, item, data):
    services.rate_answer(item=item, rating=data["rating"])
    return _("Thank you for rating our answer.")


def _reopen(*, item, data):
    services.reopen_item(item=item, text=data["text"])
    return _("Your feedback has been reopened. Staff will look at it again.")


follow_up = _item_action(FollowUpForm, "follow_up", _add_follow_up, rate_limited=True)
rate = _item_action(RatingForm, "rate", _rate)
reopen = _item_action(ReopenForm, "reopen", _reopen, rate_limited=True)


@never_cache
@require_POST
def erase(request, code: str):
    item = item_by_tracking_code(code)
    if item is None:
        return _not_found(request)
    services.erase_personal_data(item=item)
    messages.success(request, _("Your personal data has been deleted from this feedback."))
    return redirect("feedback:status", code=item.tracking_code)


@never_cache
def attachment(request, code: str, attachment_id: int):
    item = item_by_tracking_code(code)
    if item is None:
        raise Http404
    file = item.attachments.filter(pk=attachment_id).first()
    if file is None:
        raise Http404
    response = FileResponse(
        file.file.open("rb"),
        as_attachment=file.content_type == "application/pdf",
        filename=file.original_name,
        content_type=file.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return _private(response)
