"""Where language detection fails in production: the languages staff corrected."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .items import FeedbackItem


class LanguageCorrection(models.Model):
    """One row per item whose language staff corrected: what the detector said and what staff
    set last. Only language codes, so it stays when the item's personal data is erased."""

    item = models.OneToOneField(
        FeedbackItem,
        verbose_name=_("feedback item"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="language_correction",
    )
    detected_language = models.CharField(_("detected as"), max_length=10)
    # The detector was unsure and the site language stood in for it.
    detected_was_fallback = models.BooleanField(_("detector unsure"), default=False)
    corrected_language = models.CharField(_("corrected to"), max_length=10)
    corrected_at = models.DateTimeField(_("corrected at"))

    class Meta:
        verbose_name = _("language correction")
        verbose_name_plural = _("language corrections")
        indexes = [models.Index(fields=["corrected_at"], name="feedback_langcorr_at_idx")]

    def __str__(self):
        return f"{self.detected_language} → {self.corrected_language}"
