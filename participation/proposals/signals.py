"""Program pages list their proposal rounds and are kept by the anonymous page cache: a round
saved or deleted empties it, as cms.signals does for the snippets pages show."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms import page_cache

from .models import ProposalRound


@receiver(post_save, sender=ProposalRound)
@receiver(post_delete, sender=ProposalRound)
def purge_page_cache_on_round_change(sender, **kwargs):
    page_cache.purge()
