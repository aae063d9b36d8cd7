"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3"]


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "cms/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": _("Choose a page or enter a web address.")}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class ContentBlocks(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", template="cms/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    # ImageBlock asks for alt text (or an explicit "decorative" tick) on every image.
    image = ImageBlock(label=_("Image"), template="cms/blocks/image.html")
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Video or embed"), max_width=960)
    call_to_action = CallToActionBlock()


# --- registration questions ----------------------------------------------------------------
# Editors ask them on the event page; wagtail-localize translates the label and the choices
# with the page (CharBlocks are segments), while the kind and "required" are copied. Answers
# are stored against the question's block id and the choice's list-item id, which translation
# keeps, so an answer means the same in every language.

QUESTION_TEXT, QUESTION_CHOICE, QUESTION_YES_NO = "text", "choice", "yes_no"
QUESTION_KINDS = [
    (QUESTION_TEXT, _("Free text")),
    (QUESTION_CHOICE, _("Choice from a list")),
    (QUESTION_YES_NO, _("Yes or no")),
]


class RegistrationQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("question"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("kind of answer"), choices=QUESTION_KINDS, default="text")
    choices = blocks.ListBlock(
        blocks.CharBlock(label=_("choice"), max_length=100),
        label=_("choices (for a choice from a list)"),
        default=[],
    )
    required = blocks.BooleanBlock(label=_("an answer is required"), required=False)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if value.get("kind") == QUESTION_CHOICE and len(value.get("choices") or []) < 2:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Give at least two choices."))}
            )
        return value


class RegistrationQuestionBlocks(blocks.StreamBlock):
    question = RegistrationQuestionBlock()
