from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import ContentBlocks
from cms.folding import FOLDED_TEXT, FoldedSearchText
from cms.page_context import ListsInContext
from cms.romanization import RomanisedSlug


class HomePage(RomanisedSlug, FoldedSearchText, ListsInContext, Page):
    """The root of each language's page tree."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.ProgramIndexPage", "cms.NewsIndexPage", "cms.StandardPage"]
    max_count_per_parent = 1
    template = "cms/home_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro"), FOLDED_TEXT]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(RomanisedSlug, FoldedSearchText, Page):
    """About, privacy policy, accessibility statement and other plain pages."""

    body = StreamField(ContentBlocks(), verbose_name=_("body"))

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "cms/standard_page.html"

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body"), FOLDED_TEXT]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
