"""django-modeltranslation registrations: editors write rounds and topics in every site
language, Korean required and the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import ProposalRound, Topic


@register(ProposalRound)
class ProposalRoundTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("ko",)


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("ko",)
