"""Reference data that is a list of labels; translated per column with django-modeltranslation
(see cms/translation.py) and edited as snippets in the Wagtail admin."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
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
    # WGS 84, six decimals (about 10 cm): where the map links put the marker.
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("With the latitude, e.g. 37.511852 and 127.059210 for COEX."),
    )

    class Meta(ReferenceData.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both the latitude and the longitude, or neither."))
