"""Staff's forms in the Wagtail admin: hide with a public reason, answer in Korean."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import HideReason, Status
from .selectors import result_pages
from .services.staff import COMMENT_ANSWER_MISSING, REASON_UNKNOWN


class HideForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason shown publicly"),
        choices=HideReason.choices,
        error_messages={"required": REASON_UNKNOWN, "invalid_choice": REASON_UNKNOWN},
    )


class AnswerForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[c for c in Status.choices if c[0] != Status.OPEN]
    )
    answer = forms.CharField(
        label=_("Official answer (in Korean)"),
        widget=forms.Textarea(attrs={"rows": 6, "lang": "ko"}),
        help_text=_("It is machine-translated for readers of the other languages."),
    )
    result_page = forms.ModelChoiceField(
        label=_("Page that shows the result"),
        queryset=None,  # set per form: the page types are looked up in the database
        required=False,
        help_text=_(
            "For an implemented proposal: the news or program page where residents see what "
            "it became."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["result_page"].queryset = result_pages()


class ManualTranslationForm(forms.Form):
    text = forms.CharField(label=_("Translation"), widget=forms.Textarea(attrs={"rows": 4}))


class CommentAnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Answer (in Korean)"),
        widget=forms.Textarea(attrs={"rows": 3, "lang": "ko"}),
        help_text=_("Shown under the comment as the district's answer, machine-translated."),
        error_messages={"required": COMMENT_ANSWER_MISSING},
    )
