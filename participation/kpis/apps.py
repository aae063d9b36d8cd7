from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class KpisConfig(AppConfig):
    name = "participation.kpis"
    label = "kpis"
    verbose_name = _("Diplomacy KPIs")

    def ready(self):
        from .models import ExternalKpiValue, KpiDefinition
        from .selectors.dashboard import bump_generation

        def data_changed(**kwargs):
            bump_generation()  # cached dashboards and open data are rebuilt

        for model in (KpiDefinition, ExternalKpiValue):
            post_save.connect(
                data_changed, sender=model, dispatch_uid=f"kpis-{model.__name__}-save"
            )
            post_delete.connect(
                data_changed, sender=model, dispatch_uid=f"kpis-{model.__name__}-delete"
            )
