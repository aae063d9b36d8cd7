"""What a KPI is: data, not constants in code. Name, unit and description are translated per
column with django-modeltranslation (kpis/translation.py); the formula is a key of the formula
registry (kpis/formulas)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..formulas import FORMULAS
from ..periods import PeriodKind


def formula_choices():
    # A callable, so adding a formula to the registry needs no migration.
    return [(key, formula.label) for key, formula in FORMULAS.items()]


class Direction(models.TextChoices):
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")


class Source(models.TextChoices):
    COMPUTED = "computed", _("computed from the portal's records")
    EXTERNAL = "external", _("entered by staff from an outside source")


class KpiDefinition(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=160)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.COMPUTED
    )
    formula = models.CharField(
        _("formula"),
        max_length=40,
        choices=formula_choices,
        blank=True,
        help_text=_("How the portal computes it; empty for values from outside the portal."),
    )
    target = models.DecimalField(
        _("target"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.AT_LEAST
    )
    period = models.CharField(
        _("reporting period"),
        max_length=10,
        choices=PeriodKind.choices,
        default=PeriodKind.YEAR,
        help_text=_("The period the target applies to."),
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    baseline_value = models.DecimalField(
        _("baseline value"),
        max_digits=12,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Leave empty to compute it from the records of the baseline year."),
    )
    is_headline = models.BooleanField(
        _("headline KPI"),
        default=False,
        help_text=_("Shown first on the dashboard and on the home page."),
    )
    is_public = models.BooleanField(
        _("public"), default=True, help_text=_("Shown on the public dashboard and in open data.")
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        verbose_name = _("KPI definition")
        verbose_name_plural = _("KPI definitions")
        ordering = ["sort_order", "code"]
        permissions = [("view_kpi_dashboard", _("Can see the staff KPI dashboard"))]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.source == Source.COMPUTED and not self.formula:
            raise ValidationError({"formula": _("A computed KPI needs a formula.")})
        if self.source == Source.EXTERNAL and self.formula:
            raise ValidationError(
                {"formula": _("A KPI from an outside source has no formula; leave it empty.")}
            )

    @property
    def target_value(self) -> float | None:
        return None if self.target is None else float(self.target)
