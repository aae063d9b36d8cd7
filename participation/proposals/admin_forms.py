"""Staff's forms in the Wagtail admin: hide with a public reason, answer in Korean."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import HideReason, Status


class HideForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason shown publicly"), choices=HideReason.choices)


class AnswerForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[c for c in Status.choices if c[0] != Status.OPEN]
    )
    answer = forms.CharField(
        label=_("Official answer (in Korean)"),
        widget=forms.Textarea(attrs={"rows": 6, "lang": "ko"}),
        help_text=_("It is machine-translated for readers of the other languages."),
    )


class ManualTranslationForm(forms.Form):
    text = forms.CharField(label=_("Translation"), widget=forms.Textarea(attrs={"rows": 4}))
