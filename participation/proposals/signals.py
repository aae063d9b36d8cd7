"""Program pages list their proposal rounds and are kept by the anonymous page cache: a round
saved or deleted empties it, as cms.signals does for the snippets pages show. An account's
deletion first erases what links it to proposals (services/privacy.py): the texts stay."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from cms import page_cache

from .models import ProposalRound
from .services.privacy import erase_participant_data


@receiver(post_save, sender=ProposalRound)
@receiver(post_delete, sender=ProposalRound)
def purge_page_cache_on_round_change(sender, **kwargs):
    page_cache.purge()


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def erase_proposal_data_of_deleted_account(sender, instance, **kwargs):
    erase_participant_data(user=instance)
