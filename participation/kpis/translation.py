"""django-modeltranslation registrations: one column per site language, Korean as fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import KpiDefinition


@register(KpiDefinition)
class KpiDefinitionTranslation(TranslationOptions):
    fields = ("name", "unit", "description")
    required_languages = ("ko",)
