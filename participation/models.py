from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    """An email as rendered for its recipient, kept until delivered.

    Rendering happens in the recipient's language when the email is queued; delivery happens
    in Celery after the transaction commits, so a dead broker or a failing mail server never
    loses a message, and the row's status keeps a retried task from sending it twice.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    to = models.JSONField(_("recipients"))
    from_email = models.CharField(_("sender"), max_length=254)
    subject = models.CharField(_("subject"), max_length=998)
    body_text = models.TextField(_("plain-text body"))
    body_html = models.TextField(_("HTML body"), blank=True)
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("delivery attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbound emails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"


class MachineTranslation(models.Model):
    """One text as a machine-translation provider translated it, kept so that the same text is
    never sent (nor paid for) twice. Codes are the portal's (``zh-hans``), not the provider's."""

    class Provider(models.TextChoices):
        # Product names: they read the same in every language.
        LIBRETRANSLATE = "libretranslate", "LibreTranslate"
        GOOGLE = "google", "Google Translate"
        DEEPL = "deepl", "DeepL"
        PAPAGO = "papago", "Papago"
        MICROSOFT = "microsoft", "Microsoft Translator"
        MYMEMORY = "mymemory", "MyMemory"
        OPENAI = "openai", "OpenAI-compatible"

    provider = models.CharField(_("provider"), max_length=20, choices=Provider.choices)
    source_language = models.CharField(_("source language"), max_length=10)
    target_language = models.CharField(_("target language"), max_length=10)
    # SHA-256 of the source text, hex: the lookup key, whatever the text's length.
    content_hash = models.CharField(_("content hash"), max_length=64)
    source_text = models.TextField(_("source text"))
    translated_text = models.TextField(_("translated text"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("machine translation")
        verbose_name_plural = _("machine translations")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "source_language", "target_language", "content_hash"],
                name="unique_machine_translation_per_text",
            )
        ]

    def __str__(self):
        languages = f"{self.source_language}→{self.target_language}"
        return f"{self.provider} {languages} {self.content_hash[:12]}"


class OutboundEmailAttachment(models.Model):
    """A file sent with an outbound email (a calendar file, a ticket's QR code)."""

    email = models.ForeignKey(OutboundEmail, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(_("file name"), max_length=255)
    mimetype = models.CharField(_("content type"), max_length=100)
    content = models.BinaryField(_("content"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.filename
