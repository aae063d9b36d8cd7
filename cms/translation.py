"""django-modeltranslation registrations: one column per site language, Korean as fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import Cluster, EventCategory, StrategyAxis, Venue


@register(StrategyAxis)
class StrategyAxisTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("ko",)


@register(Cluster)
class ClusterTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("ko",)


@register(EventCategory)
class EventCategoryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("ko",)


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name", "address")
    required_languages = ("ko",)
