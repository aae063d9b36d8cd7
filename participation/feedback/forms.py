"""Public feedback forms. They collect and shape answers; services decide and re-validate."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.models import EventPage, ProgramPage

from . import conf
from .dongs import SEOUL, dong_by_code, dong_choices
from .errors import ConsentMissing, InvalidAttachment
from .models import Kind
from .selectors import active_categories
from .services.submission import (
    CATEGORY_MISSING,
    DONG_UNKNOWN,
    KIND_INVALID,
    RATING_INVALID,
    TEXT_MISSING,
)
from .uploads import check_attachments, check_counts_and_sizes

# Kept in line with the privacy page.
CONSENT_LABEL = _(
    "I agree: Gangnam-gu uses my message, contact details, the place I give and attachments "
    "to answer this feedback. The portal's open complaints API (Open311) publishes the topic, "
    "the status and my message with names, email addresses and phone numbers masked; if I "
    "give a location, also its administrative dong and its coordinates rounded to about "
    "100 m, never the address or place I type. Personal data are deleted three years after "
    "the matter is closed."
)
# Errors in plain words, each saying what to do (the error summary links them to their fields).
TEXT_TOO_LONG = _("Please keep your message to 4,000 characters or fewer.")
EMAIL_REQUIRED = _("Please give an email address so that we can answer you.")
EMAIL_FORMAT = _("Please enter an email address like name@example.com.")
PAGE_UNKNOWN = _("Please choose a program or event from the list.")
LOCATION_UNREADABLE = _(
    "We could not read the location from your device. Please choose the dong instead."
)
LOCATION_OUTSIDE_SEOUL = _(
    "The location from your device is outside Seoul. Please choose the dong instead."
)
CODE_REQUIRED = _("Please enter your tracking code.")
RESIDENT_KINDS = [choice for choice in Kind.choices if choice[0] != Kind.EVENT_SURVEY]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Counts and sizes only: the files are read and decoded by AttachmentsForm.clean, once
    every other field is valid, so that a form refused anyway costs no decoding."""

    widget = MultipleFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        try:
            return check_counts_and_sizes(files)
        except InvalidAttachment as error:
            raise forms.ValidationError(error.message) from None


class AttachmentsForm(forms.Form):
    def clean(self):
        cleaned_data = super().clean()
        if self.errors or not cleaned_data.get("attachments"):
            return cleaned_data
        try:
            cleaned_data["attachments"] = check_attachments(cleaned_data["attachments"])
        except InvalidAttachment as error:
            self.add_error("attachments", error.message)
        return cleaned_data


class FeedbackForm(AttachmentsForm):
    kind = forms.ChoiceField(
        label=_("What kind of feedback is it?"),
        choices=RESIDENT_KINDS,
        widget=forms.RadioSelect,
        error_messages={"required": KIND_INVALID, "invalid_choice": KIND_INVALID},
    )
    category = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=active_categories(),
        empty_label=_("Choose a topic"),
        error_messages={"required": CATEGORY_MISSING, "invalid_choice": CATEGORY_MISSING},
    )
    text = forms.CharField(
        label=_("Your message"),
        help_text=_(
            "Write in any language, up to 4,000 characters. Staff answer in Korean, and the "
            "answer is translated into your language."
        ),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": conf.MAX_TEXT_LENGTH}),
        max_length=conf.MAX_TEXT_LENGTH,
        error_messages={"required": TEXT_MISSING, "max_length": TEXT_TOO_LONG},
    )
    related_page = forms.TypedChoiceField(
        label=_("About a program or event (optional)"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": PAGE_UNKNOWN},
    )
    dong = forms.ChoiceField(
        label=_("Dong (optional)"),
        help_text=_("The administrative dong of Gangnam-gu where it is. It is published."),
        required=False,
        error_messages={"invalid_choice": DONG_UNKNOWN},
    )
    location_text = forms.CharField(
        label=_("Near (optional)"),
        help_text=_(
            "A street, building or landmark, for example “Exit 3 of Yeoksam Station”. Only "
            "staff see it."
        ),
        max_length=255,
        required=False,
    )
    # Filled by "Use my location" (static/js/geolocation.js); read in clean().
    latitude = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    longitude = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    attachments = AttachmentsField(
        label=_("Photos or documents (optional)"),
        help_text=_(
            "Up to 3 files: JPEG, PNG or PDF, 5 MB each. Location data is removed from photos."
        ),
        required=False,
    )
    contact_name = forms.CharField(label=_("Name (optional)"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send your tracking code and our answers here."),
        error_messages={"required": EMAIL_REQUIRED, "invalid": EMAIL_FORMAT},
    )
    # A honeypot: hidden from people, filled in by bots.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_LABEL, error_messages={"required": ConsentMissing.message}
    )

    def __init__(self, *args, user=None, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["related_page"].choices = [("", _("Not about a program or event"))] + list(
            _page_choices(language)
        )
        self.fields["dong"].choices = [("", _("Not in a particular dong"))] + dong_choices(language)
        if user is not None and user.is_authenticated:
            self.fields["contact_email"].required = False
            self.fields["contact_email"].initial = user.email

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def clean(self):
        # Before the attachments are decoded: a refused point costs no decoding.
        self.cleaned_data["point"] = self._shared_point()
        return super().clean()

    def _shared_point(self):
        """The device's location, both coordinates inside Seoul, or None; an error otherwise
        goes to the dong picker, the visible way to say where."""
        typed = [self.cleaned_data.get(name, "").strip() for name in ("latitude", "longitude")]
        if not any(typed):
            return None
        try:
            point = tuple(Decimal(value).quantize(Decimal("0.000001")) for value in typed)
        except (InvalidOperation, ValueError):
            self.add_error("dong", LOCATION_UNREADABLE)
            return None
        if not all(value.is_finite() for value in point) or point not in SEOUL:
            self.add_error("dong", LOCATION_OUTSIDE_SEOUL)
            return None
        return point

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        page = _related_page(data.get("related_page"))
        dong, point = dong_by_code(data.get("dong") or ""), data.get("point")
        return {
            "kind": data["kind"],
            "category": data["category"],
            "text": data["text"],
            "consent": data["consent"],
            "contact_name": data["contact_name"],
            "contact_email": data.get("contact_email") or "",
            "location_text": data["location_text"],
            "administrative_dong": dong.korean_name if dong else "",
            "latitude": point[0] if point else None,
            "longitude": point[1] if point else None,
            "attachments": data["attachments"],
            "program": page if isinstance(page, ProgramPage) else None,
            "event": page if isinstance(page, EventPage) else None,
        }


class FollowUpForm(AttachmentsForm):
    text = forms.CharField(
        label=_("Add a message"),
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": conf.MAX_TEXT_LENGTH}),
        max_length=conf.MAX_TEXT_LENGTH,
        error_messages={"required": TEXT_MISSING, "max_length": TEXT_TOO_LONG},
    )
    attachments = AttachmentsField(label=_("Photos or documents (optional)"), required=False)

    def __init__(self, *args, **kwargs):
        # The status page holds several forms: their fields' ids must not collide.
        kwargs.setdefault("auto_id", "follow-up-%s")
        super().__init__(*args, **kwargs)


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with our answer?"),
        choices=[
            (5, _("5 – very satisfied")),
            (4, _("4 – satisfied")),
            (3, _("3 – neutral")),
            (2, _("2 – dissatisfied")),
            (1, _("1 – very dissatisfied")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": RATING_INVALID, "invalid_choice": RATING_INVALID},
    )

    def __init__(self, *args, **kwargs):
        # The status page holds several forms: their fields' ids must not collide.
        kwargs.setdefault("auto_id", "rate-%s")
        super().__init__(*args, **kwargs)


class ReopenForm(forms.Form):
    text = forms.CharField(
        label=_("Why is the matter not settled? (optional)"),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": conf.MAX_TEXT_LENGTH}),
        max_length=conf.MAX_TEXT_LENGTH,
        required=False,
        error_messages={"max_length": TEXT_TOO_LONG},
    )

    def __init__(self, *args, **kwargs):
        # The status page holds several forms: their fields' ids must not collide.
        kwargs.setdefault("auto_id", "reopen-%s")
        super().__init__(*args, **kwargs)


class TrackingCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=60,
        help_text=_("The code in the email we sent you, for example ABCD-EFGH-…"),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": CODE_REQUIRED},
    )


def _page_choices(language: str):
    """Programs and their upcoming or recent events, in the visitor's language."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    programs = ProgramPage.objects.live().filter(locale=locale).order_by("title")
    for program in programs:
        yield program.pk, program.title
        for event in EventPage.objects.live().child_of(program).order_by("-starts_at")[:5]:
            yield event.pk, f"— {event.title}"


def _related_page(page_id):
    if not page_id:
        return None
    page = Page.objects.live().filter(pk=page_id).first()
    return page.specific if page else None
