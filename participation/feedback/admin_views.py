"""Staff views in the Wagtail admin: the triage queue, an item's page, its attachments and the
actions on it (reply, internal note, status, department, language, manual translation).

Wagtail wraps these views in its admin-access check; on top of it every view, GET or POST,
checks that the user may handle this item (permissions.py). Refusals are a 403 page (a raised
PermissionDenied would be turned into a redirect by Wagtail); each action then calls one
service, which checks again."""

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from cms.fields import EVENT_LANGUAGE_NAMES
from participation.translation import provider_problem

from . import services
from .admin_forms import (
    DepartmentForm,
    InternalNoteForm,
    LanguageForm,
    ManualTranslationForm,
    QueueFilterForm,
    ReplyForm,
    StatusForm,
    UntranslatedForm,
)
from .errors import FeedbackError, NotPermitted
from .models import FeedbackItem, Message, TranslationStatus
from .permissions import can_access_queue, can_handle, visible_items
from .selectors import queue_rows, staff_conversation, status_counts, status_history

PER_PAGE = 50
TRANSLATED = (TranslationStatus.DONE, TranslationStatus.MANUAL)


def language_name(code: str) -> str:
    return str(EVENT_LANGUAGE_NAMES.get(code, code))


def _refusal(request):
    context = {"reason": NotPermitted.message}
    return TemplateResponse(request, "feedback/admin/forbidden.html", context, status=403)


def _handled_item(request, pk: int):
    """The item and None, or None and the refusal. Access to the queue first: someone without
    it learns nothing, not even whether the item exists."""
    if not can_access_queue(request.user):
        return None, _refusal(request)
    item = get_object_or_404(
        FeedbackItem.objects.select_related(
            "category", "department", "duplicate_of", "user", "program", "event"
        ),
        pk=pk,
    )
    if not can_handle(request.user, item):
        return None, _refusal(request)
    return item, None


# --- Queue ---------------------------------------------------------------------------------


def _korean_first_line(row) -> str:
    if row.first_translation_status in TRANSLATED:
        text = row.first_translation
    elif row.first_translation_status == TranslationStatus.NOT_NEEDED:
        text = row.first_text  # written in Korean
    else:
        return ""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[0] if lines else ""


def _translation_state(row) -> str:
    if row.needs_manual_translation:
        return str(TranslationStatus.NEEDS_MANUAL.label)
    if row.translation_pending:
        return str(TranslationStatus.PENDING.label)
    return ""


@never_cache
def queue(request):
    if not can_access_queue(request.user):
        return _refusal(request)
    now = timezone.now()
    visible = visible_items(request.user)
    filters = QueueFilterForm(request.GET, user=request.user)
    page = Paginator(queue_rows(filters.filter(visible, now=now)), PER_PAGE).get_page(
        request.GET.get("p")
    )
    for row in page.object_list:
        row.is_overdue = row.is_open and row.due_at is not None and row.due_at < now
        row.language_name = language_name(row.language)
        row.korean_first_line = _korean_first_line(row)
        row.translation_state = _translation_state(row)
    query = request.GET.copy()
    query.pop("p", None)
    context = {
        "filters": filters,
        "counts": status_counts(visible, now=now),
        "page": page,
        "filter_query": query.urlencode(),
    }
    return TemplateResponse(request, "feedback/admin/queue.html", context)


# --- Item ----------------------------------------------------------------------------------


def _may_type_translation(message: Message) -> bool:
    return not message.is_internal and message.translation_status != TranslationStatus.NOT_NEEDED


def _detail_page(request, item, *, bound=None, status=200):
    """The item's page; `bound` holds a submitted form that failed, shown with its errors."""
    bound = bound or {}
    user = request.user
    conversation = staff_conversation(item)
    for message in conversation:
        message.language_name = language_name(message.language)
        message.translation_language_name = language_name(message.translation_language)
        message.translation_form = bound.get(("translation", message.pk)) or (
            ManualTranslationForm(message=message) if _may_type_translation(message) else None
        )
        message.untranslated_form = bound.get(("untranslated", message.pk)) or (
            UntranslatedForm(message=message) if message.awaits_translation else None
        )
    now = timezone.now()
    context = {
        "item": item,
        "is_overdue": item.is_open and item.due_at is not None and item.due_at < now,
        "language_name": language_name(item.language),
        "conversation": conversation,
        "history": status_history(item).select_related("changed_by"),
        "duplicates": visible_items(user).filter(duplicate_of=item),
        "original_is_visible": item.duplicate_of is not None
        and can_handle(user, item.duplicate_of),
        "attribute_answers": _attribute_answers(item),
        "reply_form": bound.get("reply") or ReplyForm(),
        "note_form": bound.get("note") or InternalNoteForm(),
        "status_form": bound.get("status") or StatusForm(item=item, user=user),
        "department_form": bound.get("department") or DepartmentForm(item=item, user=user),
        "language_form": bound.get("language") or LanguageForm(item=item, user=user),
        "translation_problem": provider_problem(),
    }
    return TemplateResponse(request, "feedback/admin/item.html", context, status=status)


def _attribute_answers(item) -> list[tuple[str, str]]:
    """(question, answer) pairs; an answer to a question since removed keeps its code."""
    if not item.attribute_answers:
        return []
    questions = {}
    if item.category_id:
        questions = {a.code: a.description for a in item.category.attributes.all()}
    answers = []
    for code, value in item.attribute_answers.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        answers.append((questions.get(code, code), shown))
    return answers


@never_cache
def item_detail(request, pk: int):
    item, refusal = _handled_item(request, pk)
    if refusal:
        return refusal
    return _detail_page(request, item)


@never_cache
def attachment_download(request, pk: int, attachment_id: int):
    item, refusal = _handled_item(request, pk)
    if refusal:
        return refusal
    attachment = get_object_or_404(item.attachments, pk=attachment_id)
    try:
        file = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        file,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- Actions -------------------------------------------------------------------------------


def _perform(request, item, form, key, action):
    """Run `action(data)` for a valid `form`: on success a message and back to the item; on a
    refusal the item's page again, with the form and the service's message."""
    if form.is_valid():
        try:
            notice = action(form.cleaned_data)
        except FeedbackError as error:
            field = getattr(error, "field", None)
            form.add_error(field if field in form.fields else None, error.message)
            messages.error(request, str(error.message))
        else:
            messages.success(request, notice)
            return redirect("feedback_admin_item", pk=item.pk)
    else:
        messages.error(request, _("Please correct the errors in the form."))
    item.refresh_from_db()
    return _detail_page(request, item, bound={key: form}, status=400)


def _item_action(form_class, key, action):
    @never_cache
    @require_POST
    def view(request, pk: int):
        item, refusal = _handled_item(request, pk)
        if refusal:
            return refusal
        form = form_class(request.POST, item=item, user=request.user)
        return _perform(
            request, item, form, key, lambda data: action(item=item, user=request.user, data=data)
        )

    return view


def _reply(*, item, user, data):
    message = services.reply_as_staff(item=item, text=data["text"], user=user)
    if message.awaits_translation:
        return _(
            "Your reply has been saved. It reaches the resident, and the item counts as "
            "answered, once it is translated."
        )
    return _("Your reply has been sent to the resident.")


def _note(*, item, user, data):
    services.add_internal_note(item=item, text=data["text"], user=user)
    return _("The internal note has been added.")


def _status(*, item, user, data):
    item = services.change_status(
        item=item, status=data["status"], user=user, duplicate_of=data["duplicate_of"]
    )
    return _("The status is now “%(status)s”.") % {"status": item.get_status_display()}


def _department(*, item, user, data):
    item = services.assign_department(item=item, department=data["department"], user=user)
    return _("The item is now with %(department)s.") % {"department": item.department.name}


def _language(*, item, user, data):
    item = services.correct_language(item=item, language=data["language"], user=user)
    return _("The language is now %(language)s; the conversation is translated again.") % {
        "language": language_name(item.language)
    }


reply = _item_action(ReplyForm, "reply", _reply)
add_note = _item_action(InternalNoteForm, "note", _note)
change_status = _item_action(StatusForm, "status", _status)
assign_department = _item_action(DepartmentForm, "department", _department)
correct_language = _item_action(LanguageForm, "language", _language)


@never_cache
@require_POST
def type_translation(request, pk: int, message_id: int):
    item, refusal = _handled_item(request, pk)
    if refusal:
        return refusal
    message = get_object_or_404(item.messages, pk=message_id, is_internal=False)
    form = ManualTranslationForm(request.POST, message=message)

    def action(data):
        services.set_manual_translation(message=message, text=data["text"], user=request.user)
        return _("The translation has been saved.")

    return _perform(request, item, form, ("translation", message.pk), action)
