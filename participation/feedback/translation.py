"""django-modeltranslation registrations: one column per site language, Korean as fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import Department, ServiceAttribute, ServiceAttributeValue, ServiceCategory


@register(Department)
class DepartmentTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("ko",)


@register(ServiceCategory)
class ServiceCategoryTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("ko",)


@register(ServiceAttribute)
class ServiceAttributeTranslation(TranslationOptions):
    fields = ("description",)
    required_languages = ("ko",)


@register(ServiceAttributeValue)
class ServiceAttributeValueTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("ko",)
