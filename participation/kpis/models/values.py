"""KPI values per period and dimension: snapshots the portal computed, and values staff entered
from outside sources (kept apart, never mixed into computed figures)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..dimensions import Dimension
from ..periods import Period, PeriodKind
from .definitions import KpiDefinition


class PeriodValue(models.Model):
    definition = models.ForeignKey(
        KpiDefinition, verbose_name=_("KPI"), on_delete=models.CASCADE, related_name="+"
    )
    period_kind = models.CharField(_("period"), max_length=10, choices=PeriodKind.choices)
    period_start = models.DateField(_("period starts"))
    dimension = models.CharField(
        _("dimension"), max_length=12, choices=Dimension.choices, default=Dimension.OVERALL
    )
    # Axis or cluster code, program page id, language, nationality, kind or category code.
    dimension_key = models.CharField(_("dimension key"), max_length=64, blank=True)

    class Meta:
        abstract = True

    @property
    def period(self) -> Period:
        return Period(self.period_kind, self.period_start)


class KpiSnapshot(PeriodValue):
    """One computed figure with what went into it, stored so history survives data purges."""

    value = models.FloatField(_("value"), null=True, blank=True)
    numerator = models.FloatField(_("numerator"), null=True, blank=True)
    denominator = models.FloatField(_("denominator"), null=True, blank=True)
    inputs = models.JSONField(_("inputs"), default=dict, blank=True)
    # The smallest non-empty group of people the figure derives from (staff only) …
    smallest_group = models.PositiveIntegerField(_("smallest group"), null=True, blank=True)
    # … and whether public output says "<5": a group of 1–4, or a figure that would reveal one.
    is_suppressed = models.BooleanField(_("suppressed in public output"), default=False)
    computed_at = models.DateTimeField(_("computed at"), default=timezone.now)

    class Meta:
        verbose_name = _("KPI snapshot")
        verbose_name_plural = _("KPI snapshots")
        ordering = ["definition", "period_kind", "period_start", "dimension", "dimension_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["definition", "period_kind", "period_start", "dimension", "dimension_key"],
                name="one_kpi_snapshot_per_period_and_dimension",
            )
        ]
        indexes = [
            # The dashboard and the exports: one period kind over a range, one dimension.
            models.Index(fields=["period_kind", "dimension", "period_start"]),
        ]

    def __str__(self):
        return f"{self.definition_id} {self.period} {self.dimension}:{self.dimension_key}"


class ExternalKpiValue(PeriodValue):
    """A value from outside the portal (e.g. the report's news-sentiment Trust Index)."""

    value = models.DecimalField(_("value"), max_digits=12, decimal_places=4)
    source = models.TextField(_("source"), help_text=_("Where the value comes from."))
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("entered at"), default=timezone.now)

    class Meta:
        verbose_name = _("external KPI value")
        verbose_name_plural = _("external KPI values")
        ordering = ["definition", "-period_start", "dimension", "dimension_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["definition", "period_kind", "period_start", "dimension", "dimension_key"],
                name="one_external_kpi_value_per_period_and_dimension",
            )
        ]

    def __str__(self):
        return f"{self.definition} {self.period} {self.dimension_key or ''} = {self.value}"

    def clean(self):
        super().clean()
        if self.period_kind and self.period_start:
            # Any day of the period names it; store its first day.
            self.period_start = Period.containing(self.period_kind, self.period_start).start
        if self.dimension == Dimension.OVERALL:
            self.dimension_key = ""
        elif not self.dimension_key:
            raise ValidationError(
                {
                    "dimension_key": _("Say which %(dimension)s this value is for.")
                    % {"dimension": self.get_dimension_display()}
                }
            )
