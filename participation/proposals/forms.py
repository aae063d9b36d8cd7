"""Public proposal forms. They collect and shape answers; services decide and re-validate."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from participation.feedback.dongs import dong_by_code, dong_choices
from participation.feedback.errors import InvalidAttachment
from participation.feedback.uploads import check_counts_and_sizes

from . import conf
from .errors import InvalidProposal
from .models import MAX_REPORT_DETAILS_LENGTH, ReportReason, Status
from .selectors import SORTS
from .services.residents import (
    BODY_MISSING,
    BODY_RULES,
    COMMENT_MISSING,
    IMAGE_UNDESCRIBED,
    TITLE_MISSING,
    TITLE_RULES,
    checked_text,
)

DETECT = _("Detect it for me")
SORT_LABELS = {
    "supported": _("Most supported"),
    "newest": _("Newest"),
    "random": _("Random order"),
}


def _language_choices(blank):
    return [("", blank), *settings.LANGUAGES]


def _checked(text: str, **rules) -> str:
    """The service's own check, so that every field's error shows at once."""
    try:
        return checked_text(text, **rules)
    except InvalidProposal as error:
        raise forms.ValidationError(error.message) from None


def _dong_to_korean(code: str) -> str:
    dong = dong_by_code(code) if code else None
    return dong.korean_name if dong else ""


class ProposalForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        error_messages={"required": TITLE_MISSING},
    )
    body = forms.CharField(
        label=_("Your proposal"),
        help_text=_("Write in any language: it is translated for everyone else."),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": BODY_MISSING},
    )
    topic = forms.ChoiceField(label=_("Topic (optional)"), required=False)
    dong = forms.ChoiceField(label=_("Dong (optional)"), required=False)
    language = forms.ChoiceField(
        label=_("Language of your text"),
        required=False,
        help_text=_("We detect it; choose it if you prefer."),
    )
    image = forms.FileField(
        label=_("Picture (optional)"),
        required=False,
        help_text=_("JPEG or PNG. The place and time the photo was taken are removed."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    image_description = forms.CharField(
        label=_("What the picture shows"),
        required=False,
        max_length=conf.MAX_IMAGE_DESCRIPTION_LENGTH,
        help_text=_("For people who cannot see it. Needed with a picture."),
    )

    def __init__(self, *args, proposal_round, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = {str(topic.pk): topic for topic in proposal_round.topics.all()}
        self.fields["topic"].choices = [("", "—")] + [
            (key, topic.name) for key, topic in self.topics.items()
        ]
        self.fields["dong"].choices = [("", "—"), *dong_choices()]
        self.fields["language"].choices = _language_choices(DETECT)

    def clean_title(self):
        return _checked(self.cleaned_data["title"], **TITLE_RULES)

    def clean_body(self):
        return _checked(self.cleaned_data["body"], **BODY_RULES)

    def clean_image(self):
        image = self.cleaned_data["image"]
        if image:
            try:
                check_counts_and_sizes([image])  # decoded by the service, once all is valid
            except InvalidAttachment as error:
                raise forms.ValidationError(error.message) from error
        return image

    def clean(self):
        data = super().clean()
        if data.get("image") and not data.get("image_description", "").strip():
            self.add_error("image_description", IMAGE_UNDESCRIBED)
        return data

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "image": data["image"],
            "image_description": data["image_description"],
            "title": data["title"],
            "body": data["body"],
            "topic": self.topics.get(data["topic"]),
            "dong": _dong_to_korean(data["dong"]),
            "language": data["language"],
        }


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": COMMENT_MISSING},
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why do you report this comment?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose why you report this comment.")},
    )
    details = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=MAX_REPORT_DETAILS_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("Please keep the details to %(limit_value)d characters."),
        },
    )


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of your text"), choices=settings.LANGUAGES)


class FilterForm(forms.Form):
    """The list's GET parameters; anything unknown is ignored rather than refused."""

    topic = forms.TypedChoiceField(label=_("Topic"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)
    origin = forms.ChoiceField(label=_("Written in"), required=False)
    dong = forms.ChoiceField(label=_("Dong"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)

    def __init__(self, *args, proposal_round, **kwargs):
        super().__init__(*args, **kwargs)
        everything = _("All")
        self.fields["topic"].choices = [("", everything)] + [
            (topic.pk, topic.name) for topic in proposal_round.topics.all()
        ]
        self.fields["status"].choices = [("", everything), *Status.choices]
        self.fields["origin"].choices = _language_choices(everything)
        self.fields["dong"].choices = [("", everything), *dong_choices()]
        self.fields["sort"].choices = [(key, SORT_LABELS[key]) for key in SORTS]

    def filters(self) -> dict:
        self.is_valid()  # a wrong parameter is dropped; the valid ones still apply
        data = self.cleaned_data
        return {
            "topic": data.get("topic"),
            "status": data.get("status", ""),
            "origin": data.get("origin", ""),
            "dong": _dong_to_korean(data.get("dong", "")),
            "sort": data.get("sort") or "supported",
        }
