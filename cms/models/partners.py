"""Partner cities and institutions, and the agreements the district signed with them.
Translatable snippets: the exchange-agreements KPI counts the agreements of the default locale."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Partner(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        CITY = "city", _("city")
        INSTITUTION = "institution", _("institution")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind of partner"), max_length=20, choices=Kind.choices)
    country = models.CharField(
        _("country"), max_length=2, help_text=_("Two-letter ISO 3166 code, e.g. US, JP, CN.")
    )
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("country"), FieldPanel("website")]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        SynchronizedField("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.country = (self.country or "").upper()
        if len(self.country) != 2 or not self.country.isalpha():
            raise ValidationError({"country": _("Enter a two-letter country code.")})


class Agreement(TranslatableMixin, models.Model):
    class Kind(models.TextChoices):
        SISTER = "sister", _("sister city")
        FRIENDSHIP = "friendship", _("friendship city")
        MOU = "mou", _("memorandum of understanding")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        ACTIVE = "active", _("active")
        SUSPENDED = "suspended", _("suspended")
        EXPIRED = "expired", _("expired")

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="agreements"
    )
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind of agreement"), max_length=20, choices=Kind.choices)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)

    panels = [
        FieldPanel("partner"),
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("signed_on"),
        FieldPanel("ends_on"),
        FieldPanel("status"),
    ]
    override_translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("partner"),
        SynchronizedField("kind"),
        SynchronizedField("status"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.status != self.Status.PLANNED and not self.signed_on:
            errors["signed_on"] = _("An agreement that is not planned needs its signing date.")
        if self.signed_on and self.ends_on and self.ends_on < self.signed_on:
            errors["ends_on"] = _("An agreement cannot end before it is signed.")
        if (
            self.status == self.Status.ACTIVE
            and self.ends_on
            and self.ends_on < timezone.localdate()
        ):
            errors["status"] = _("This agreement has ended; mark it expired.")
        if errors:
            raise ValidationError(errors)
