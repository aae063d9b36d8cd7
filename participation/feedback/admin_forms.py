"""Forms of the staff triage queue: the queue's filters, and one form per action, each feeding
one service (services/staff.py, services/translating.py). The services check permissions again;
the forms only offer what the user may choose."""

import re

from django import forms
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils.translation import gettext_lazy as _

from cms.fields import EVENT_LANGUAGE_NAMES
from participation.translation.languages import LANGUAGES

from . import conf
from .codes import ALPHABET, LENGTH, normalize_tracking_code
from .models import FeedbackItem, Kind, Message, ServiceCategory
from .permissions import assignable_departments, sees_all_departments, visible_items
from .selectors import overdue_q

Status = FeedbackItem.Status

LANGUAGE_CHOICES = [(code, EVENT_LANGUAGE_NAMES[code]) for code in LANGUAGES]
NO_DEPARTMENT = "none"
ALL_STATUSES = "all"
UNFINISHED = "unfinished"
SORT_CHOICES = [("due", _("Due date, earliest first")), ("received", _("Newest first"))]
# What a typed fragment of a tracking code may contain once dashes and spaces are gone.
CODE_FRAGMENT = re.compile(rf"^[{ALPHABET}]{{4,{LENGTH}}}$")
CODE_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
TRANSLATION_MAX_LENGTH = conf.MAX_TEXT_LENGTH * 3  # room for scripts that need more letters

ORIGINAL_NOT_FOUND = _("No item you can handle has this tracking code or number.")
ORIGINAL_NEEDED = _("Give the tracking code or number of the original item.")


def _with_blank(choices):
    return [("", _("All")), *choices]


class QueueFilterForm(forms.Form):
    """The queue's GET filters; a value that is not valid is ignored, not an error page."""

    status = forms.ChoiceField(label=_("Status"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    category = forms.ModelChoiceField(
        label=_("Category"),
        required=False,
        queryset=ServiceCategory.objects.all(),
        empty_label=_("All"),
    )
    language = forms.ChoiceField(label=_("Written in"), required=False)
    department = forms.ChoiceField(label=_("Department"), required=False)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    q = forms.CharField(label=_("Tracking code or text"), required=False, max_length=200)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Without a status the queue opens on what staff must act on (answered items wait for
        # the resident); "unfinished" adds those, "all" shows every item.
        self.fields["status"].choices = [
            ("", _("Open (not yet answered)")),
            (UNFINISHED, _("Unfinished")),
            (ALL_STATUSES, _("All")),
            *Status.choices,
        ]
        self.fields["kind"].choices = _with_blank(Kind.choices)
        self.fields["language"].choices = _with_blank(LANGUAGE_CHOICES)
        departments = [(str(d.pk), d.name) for d in assignable_departments(user)]
        if sees_all_departments(user):
            departments.append((NO_DEPARTMENT, _("No department")))
        self.fields["department"].choices = _with_blank(departments)

    def filters(self) -> dict:
        """The valid filters only (an unknown status counts as none: open items)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, items, *, now=None):
        values = self.filters()
        if "status" not in values:
            items = items.filter(status__in=FeedbackItem.OPEN_STATUSES)
        elif values["status"] == UNFINISHED:
            items = items.exclude(status__in=FeedbackItem.FINAL_STATUSES)
            del values["status"]
        elif values["status"] == ALL_STATUSES:
            del values["status"]
        for name in ("status", "kind", "category", "language"):
            if name in values:
                items = items.filter(**{name: values[name]})
        if values.get("department") == NO_DEPARTMENT:
            items = items.filter(department__isnull=True)
        elif "department" in values:
            items = items.filter(department_id=values["department"])
        if values.get("overdue"):
            items = items.filter(overdue_q(now))
        if "q" in values:
            items = items.filter(search_q(values["q"]))
        if values.get("sort") == "received":
            return items.order_by("-created_at", "-pk")
        overdue_first = Case(When(overdue_q(now), then=Value(0)), default=Value(1))
        return items.order_by(overdue_first, F("due_at").asc(nulls_last=True), "created_at", "pk")


def search_q(query: str) -> Q:
    """Items whose tracking code contains the typed fragment (dashes, case and O/0, I/L/1
    confusions ignored), whose number is the query, or whose conversation mentions it."""
    mentions = Message.objects.filter(item=OuterRef("pk")).filter(
        Q(text__icontains=query) | Q(translated_text__icontains=query)
    )
    matches = Q(Exists(mentions))
    fragment = re.sub(r"[\s\-_.]", "", query).upper().translate(CODE_CONFUSABLE)
    if CODE_FRAGMENT.match(fragment):
        matches |= Q(tracking_code__contains=fragment)
    if query.isdigit():
        matches |= Q(pk=int(query))
    return matches


class TextForm(forms.Form):
    text = forms.CharField(
        label=_("Text"),
        max_length=conf.MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, item=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)


class ReplyForm(TextForm):
    prefix = "reply"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Reply in Korean")
        self.fields["text"].widget.attrs["lang"] = "ko"


class InternalNoteForm(TextForm):
    prefix = "note"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Internal note (never shown to the resident)")
        self.fields["text"].widget.attrs["lang"] = "ko"


class StatusForm(forms.Form):
    prefix = "status"

    status = forms.ChoiceField(label=_("New status"))
    duplicate_of = forms.CharField(
        label=_("Duplicate of"),
        required=False,
        max_length=40,
        help_text=_("For “duplicate”: the tracking code or number of the original item."),
    )

    def __init__(self, *args, item, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.user = user
        self.fields["status"].choices = [
            (value, label)
            for value, label in Status.choices
            if value not in (Status.RECEIVED, item.status)
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") != Status.DUPLICATE:
            cleaned["duplicate_of"] = None
            return cleaned
        typed = (cleaned.get("duplicate_of") or "").strip()
        if not typed:
            self.add_error("duplicate_of", ORIGINAL_NEEDED)
            return cleaned
        original = item_by_code_or_number(typed, user=self.user)
        if original is None:
            self.add_error("duplicate_of", ORIGINAL_NOT_FOUND)
        cleaned["duplicate_of"] = original
        return cleaned


def item_by_code_or_number(typed: str, *, user) -> FeedbackItem | None:
    """An item `user` can handle, by its tracking code or its number in the queue."""
    items = visible_items(user)
    if typed.lstrip("#").isdigit() and len(typed) < LENGTH:
        return items.filter(pk=int(typed.lstrip("#"))).first()
    code = normalize_tracking_code(typed)
    return items.filter(tracking_code=code).first() if code else None


class DepartmentForm(forms.Form):
    prefix = "department"

    department = forms.ModelChoiceField(label=_("Department"), queryset=None)

    def __init__(self, *args, item, user, **kwargs):
        kwargs.setdefault("initial", {"department": item.department_id})
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = assignable_departments(user)


class LanguageForm(forms.Form):
    prefix = "language"

    language = forms.ChoiceField(label=_("Written in"), choices=LANGUAGE_CHOICES)

    def __init__(self, *args, item, user, **kwargs):
        kwargs.setdefault("initial", {"language": item.language})
        super().__init__(*args, **kwargs)


class ManualTranslationForm(forms.Form):
    text = forms.CharField(
        label=_("Translation"),
        max_length=TRANSLATION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, message, **kwargs):
        kwargs.setdefault("prefix", f"translation-{message.pk}")
        kwargs.setdefault("initial", {"text": message.translated_text})
        super().__init__(*args, **kwargs)
        self.message = message
        self.fields["text"].widget.attrs["lang"] = message.translation_language


class UntranslatedForm(forms.Form):
    """Send a reply as written: only with a reason, which the staff record keeps."""

    reason = forms.CharField(
        label=_("Why the resident can read it untranslated"),
        help_text=_("For example: the resident wrote to us in Korean before."),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, message, **kwargs):
        kwargs.setdefault("prefix", f"untranslated-{message.pk}")
        super().__init__(*args, **kwargs)
        self.message = message
