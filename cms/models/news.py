from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import ContentBlocks
from cms.folding import FOLDED_TEXT, FoldedSearchText
from cms.page_context import ListsInContext
from cms.romanization import RomanisedSlug


class NewsIndexPage(RomanisedSlug, FoldedSearchText, ListsInContext, Page):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage"]
    max_count_per_parent = 1
    template = "cms/news_index_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro"), FOLDED_TEXT]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")


class NewsPage(RomanisedSlug, FoldedSearchText, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(ContentBlocks(), verbose_name=_("body"))

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "cms/news_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        FOLDED_TEXT,
        index.AutocompleteField("summary"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-date"]
