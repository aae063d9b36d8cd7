"""Monthly roll-ups: the dashboard, the snapshots and the exports read these, never the
feedback items or registrations themselves. Months are Asia/Seoul months (first day stored).
Each month is recomputed as a whole from the source rows (services/rollups), so the tables
hold nothing that cannot be rebuilt — and nothing personal: only categories and counts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Rollup(models.Model):
    month = models.DateField(_("month"))
    program = models.ForeignKey(
        "cms.ProgramPage",
        verbose_name=_("program"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    strategy_axis = models.ForeignKey(
        "cms.StrategyAxis",
        verbose_name=_("strategy axis"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cluster = models.ForeignKey(
        "cms.Cluster",
        verbose_name=_("cluster"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self._meta.model_name} {self.month:%Y-%m}"


class FeedbackMonthly(Rollup):
    """Feedback per month × kind × category × program × language written in. Each count is
    dated by its own event: received by created_at, due by due_at, answered by
    first_answered_at, finished by closed_at, rated by rated_at."""

    kind = models.CharField(_("kind"), max_length=20)
    category = models.ForeignKey(
        "feedback.ServiceCategory",
        verbose_name=_("category"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("written in"), max_length=10)

    received = models.PositiveIntegerField(_("received"), default=0)
    due = models.PositiveIntegerField(_("due"), default=0)
    due_answered_on_time = models.PositiveIntegerField(_("answered by the due date"), default=0)
    answered = models.PositiveIntegerField(_("answered"), default=0)
    response_seconds = models.BigIntegerField(_("time to first answer (seconds, sum)"), default=0)
    finished = models.PositiveIntegerField(_("finished"), default=0)
    resolved = models.PositiveIntegerField(_("closed as resolved"), default=0)
    rejected = models.PositiveIntegerField(_("rejected"), default=0)
    duplicates = models.PositiveIntegerField(_("duplicates"), default=0)
    resolution_seconds = models.BigIntegerField(_("time to finish (seconds, sum)"), default=0)
    rated = models.PositiveIntegerField(_("rated"), default=0)
    rating_sum = models.PositiveIntegerField(_("sum of ratings"), default=0)

    class Meta:
        verbose_name = _("monthly feedback roll-up")
        verbose_name_plural = _("monthly feedback roll-ups")
        indexes = [models.Index(fields=["month"])]


class ParticipationMonthly(Rollup):
    """Participation records per month × kind of record × program × language × nationality ×
    where the participant lives. `returning` counts check-ins of people who had checked in at
    an earlier event (matched by email address in SQL when the month is rolled up; the address
    itself is never stored here)."""

    kind = models.CharField(_("kind"), max_length=12)
    language = models.CharField(_("language"), max_length=10)
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    resident_type = models.CharField(_("where the participant lives"), max_length=10, blank=True)

    records = models.PositiveIntegerField(_("registrations"), default=0)
    people = models.PositiveIntegerField(_("people"), default=0)
    returning = models.PositiveIntegerField(_("returning participants"), default=0)

    class Meta:
        verbose_name = _("monthly participation roll-up")
        verbose_name_plural = _("monthly participation roll-ups")
        indexes = [models.Index(fields=["month"])]


class EventRollup(Rollup):
    """One row per edition (live Korean EventPage), dated by its start month: what the program
    regularity and attendance KPIs need."""

    event = models.OneToOneField(
        "cms.EventPage",
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    confirmed = models.PositiveIntegerField(_("confirmed registrations"), default=0)
    confirmed_people = models.PositiveIntegerField(_("confirmed places"), default=0)
    checked_in = models.PositiveIntegerField(_("checked-in registrations"), default=0)
    checked_in_people = models.PositiveIntegerField(_("participants"), default=0)
    nationality_known = models.PositiveIntegerField(
        _("checked in with a stated nationality"), default=0
    )
    foreign_checked_in = models.PositiveIntegerField(_("foreign participants"), default=0)

    class Meta:
        verbose_name = _("event roll-up")
        verbose_name_plural = _("event roll-ups")
        indexes = [models.Index(fields=["month"]), models.Index(fields=["program", "month"])]


class RollupRefresh(models.Model):
    """One run of the refresh; the next run recomputes what changed since the last finished one."""

    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    last_record_id = models.BigIntegerField(_("last participation record"), default=0)
    months = models.JSONField(_("months recomputed"), default=list)

    class Meta:
        verbose_name = _("roll-up refresh")
        verbose_name_plural = _("roll-up refreshes")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M}"
