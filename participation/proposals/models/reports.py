"""Residents' reports of comments, for the staff's moderation queue."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .core import Comment

MAX_REPORT_DETAILS_LENGTH = 500


class ReportReason(models.TextChoices):
    PERSONAL_DATA = "personal_data", _("It contains someone's personal information.")
    ABUSIVE = "abusive", _("It is insulting, hateful or discriminatory.")
    ADVERTISING = "advertising", _("It is advertising.")
    OFF_TOPIC = "off_topic", _("It is not about this proposal.")
    OTHER = "other", _("Something else")


class CommentReport(models.Model):
    """One account's report of one comment (at most one: a unique constraint). Open until staff
    hide the comment or dismiss its reports."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.CASCADE,
        related_name="proposal_comment_reports",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=MAX_REPORT_DETAILS_LENGTH, blank=True)
    created_at = models.DateTimeField(_("reported at"))
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment report")
        verbose_name_plural = _("comment reports")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="one_report_per_account_and_comment"
            )
        ]
        indexes = [models.Index(fields=["resolved_at", "comment"])]

    def __str__(self):
        return f"{self.reporter_id} → {self.comment_id}: {self.reason}"
