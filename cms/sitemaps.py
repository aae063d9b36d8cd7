from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.links import page_url


class TranslatedPagesSitemap(Sitemap):
    """Every live page of every language tree, each listing its translations as hreflang
    alternates. (Wagtail's own sitemap walks the default-language tree only.)"""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for item in pages:
            translations[item.translation_key].append(item)
        urls = []
        for item in pages:
            location = page_url(item, self.request)
            alternates = [
                {
                    "lang_code": other.locale.language_code,
                    "location": page_url(other, self.request),
                }
                for other in translations[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": self.lastmod(item),
                    "alternates": alternates,
                }
            )
        return urls
