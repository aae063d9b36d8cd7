"""Staff replies the resident cannot read yet ("Awaiting translation"), and the actions that
deliver them: retry machine translation, translate by hand (on the item's page), send
untranslated with a reason. The same per-item checks as the triage queue (permissions.py);
when there is no working provider, the page says so once, at the top."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from participation.translation import provider_problem

from . import services
from .admin_forms import UntranslatedForm
from .admin_views import _handled_item, _perform, _refusal, language_name
from .permissions import can_access_queue, visible_items
from .selectors import replies_awaiting_translation, translation_overdue_before

PER_PAGE = 50


@never_cache
def awaiting_translation(request):
    if not can_access_queue(request.user):
        return _refusal(request)
    overdue_before = translation_overdue_before()
    page = Paginator(replies_awaiting_translation(visible_items(request.user)), PER_PAGE).get_page(
        request.GET.get("p")
    )
    for message in page.object_list:
        message.is_overdue = message.created_at < overdue_before
        message.translation_language_name = language_name(message.translation_language)
    context = {"page": page, "problem": provider_problem(), "now": timezone.now()}
    return TemplateResponse(request, "feedback/admin/awaiting_translation.html", context)


def _awaiting_message(request, pk: int, message_id: int):
    item, refusal = _handled_item(request, pk)
    if refusal:
        return None, None, refusal
    message = get_object_or_404(item.messages, pk=message_id, is_internal=False)
    return item, message, None


@never_cache
@require_POST
def retry_translation(request, pk: int, message_id: int):
    item, message, refusal = _awaiting_message(request, pk, message_id)
    if refusal:
        return refusal
    form = forms.Form(request.POST)  # nothing to fill in: only the service may refuse

    def action(_data):
        services.retry_machine_translation(message=message, user=request.user)
        return _("Machine translation is being tried again.")

    return _perform(request, item, form, ("retry", message.pk), action)


@never_cache
@require_POST
def send_untranslated(request, pk: int, message_id: int):
    item, message, refusal = _awaiting_message(request, pk, message_id)
    if refusal:
        return refusal
    form = UntranslatedForm(request.POST, message=message)

    def action(data):
        services.send_untranslated(message=message, reason=data["reason"], user=request.user)
        return _("The reply has been sent untranslated.")

    return _perform(request, item, form, ("untranslated", message.pk), action)
