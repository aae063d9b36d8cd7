from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import page_cache
from .models import Agreement, Cluster, EventCategory, Partner, StrategyAxis, Venue

# Snippets and reference data that cached pages show.
SHOWN_ON_PAGES = (Partner, Agreement, StrategyAxis, Cluster, EventCategory, Venue)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def purge_page_cache_on_publishing(sender, **kwargs):
    page_cache.purge()


@receiver(post_save)
@receiver(post_delete)
def purge_page_cache_on_content_change(sender, **kwargs):
    if issubclass(sender, SHOWN_ON_PAGES) or (
        kwargs.get("signal") is post_delete and issubclass(sender, Page)
    ):
        page_cache.purge()
