from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from portal.links import absolute_url, page_url

from .models import NewsPage

FEED_LENGTH = 20


class NewsFeed(Feed):
    """Atom feed of the news in the visitor's language (`/<lang>/news/feed/`)."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.get_active()

    def title(self, locale):
        return _("Gangnam Glocal Portal news")

    def subtitle(self, locale):
        return _("News about Gangnam-gu's international programs")

    def link(self, locale):
        return absolute_url(f"/{locale.language_code}/")

    def feed_url(self, locale):
        return absolute_url(self.request.path)

    def items(self, locale):
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-date", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_guid(self, item):
        return f"news-{item.translation_key}-{item.locale.language_code}"

    item_guid_is_permalink = False
