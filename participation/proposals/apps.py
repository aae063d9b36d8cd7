from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "participation.proposals"
    label = "proposals"
    verbose_name = _("Residents' proposals")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
