"""Reference data that is a list of labels; translated per column with django-modeltranslation
(see cms/translation.py) and edited as snippets in the Wagtail admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferenceData(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name


class StrategyAxis(ReferenceData):
    class Meta(ReferenceData.Meta):
        verbose_name = _("strategy axis")
        verbose_name_plural = _("strategy axes")


class Cluster(ReferenceData):
    description = models.TextField(_("description"), blank=True)

    class Meta(ReferenceData.Meta):
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def __str__(self):
        return f"{self.code.upper()} {self.name}"


class EventCategory(ReferenceData):
    class Meta(ReferenceData.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")


class Venue(ReferenceData):
    address = models.CharField(_("address"), max_length=255)

    class Meta(ReferenceData.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
