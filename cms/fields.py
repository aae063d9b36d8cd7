from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# Languages an event is held in or interpreted into: the site languages, the languages the
# portal detects in resident text (docs/architecture.md), and Korean Sign Language.
EVENT_LANGUAGE_CHOICES = [
    ("ko", _("Korean")),
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("ja", _("Japanese")),
    ("vi", _("Vietnamese")),
    ("ru", _("Russian")),
    ("mn", _("Mongolian")),
    ("th", _("Thai")),
    ("tl", _("Filipino")),
    ("uz", _("Uzbek")),
    ("id", _("Indonesian")),
    ("ne", _("Nepali")),
    ("km", _("Khmer")),
    ("my", _("Burmese")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("de", _("German")),
    ("ar", _("Arabic")),
    ("ksl", _("Korean Sign Language")),
]
EVENT_LANGUAGE_NAMES = dict(EVENT_LANGUAGE_CHOICES)


class LanguageListField(models.JSONField):
    """A list of language codes from EVENT_LANGUAGE_CHOICES, edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=EVENT_LANGUAGE_CHOICES,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [code for code in value or [] if code not in EVENT_LANGUAGE_NAMES]
        if unknown:
            raise ValidationError(
                _("Unknown language codes: %(codes)s"), params={"codes": ", ".join(unknown)}
            )
