"""A resident's feedback item and its conversation.

The item's text is its first resident message; every message keeps its original and one
translation (resident → Korean for staff, staff's Korean → the resident's language).
"""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..codes import format_tracking_code, new_tracking_code
from ..dongs import dong_display_name


class Kind(models.TextChoices):
    COMPLAINT = "complaint", _("Complaint")
    QUESTION = "question", _("Question")
    SUGGESTION = "suggestion", _("Suggestion")
    PRAISE = "praise", _("Praise")
    EVENT_SURVEY = "event_survey", _("Event survey")


class TranslationStatus(models.TextChoices):
    NOT_NEEDED = "not_needed", _("not needed")
    # The item's language is being detected: the translation is asked for once it is known.
    AWAITS_LANGUAGE = "detecting", _("waiting for the language to be detected")
    PENDING = "pending", _("translation pending")
    DONE = "done", _("machine-translated")
    NEEDS_MANUAL = "needs_manual", _("needs manual translation")
    MANUAL = "manual", _("translated by staff")
    UNTRANSLATED = "untranslated", _("sent untranslated by staff")


# A staff reply the resident can read: only then is it delivered (emailed, shown, counted).
READABLE_STATUSES = (
    TranslationStatus.NOT_NEEDED,
    TranslationStatus.DONE,
    TranslationStatus.MANUAL,
    TranslationStatus.UNTRANSLATED,
)
AWAITING_STATUSES = (
    TranslationStatus.AWAITS_LANGUAGE,
    TranslationStatus.PENDING,
    TranslationStatus.NEEDS_MANUAL,
)


class FeedbackItem(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        TRIAGED = "triaged", _("triaged")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")
        REJECTED = "rejected", _("rejected")
        DUPLICATE = "duplicate", _("duplicate")

    OPEN_STATUSES = (Status.RECEIVED, Status.TRIAGED, Status.IN_PROGRESS)
    FINAL_STATUSES = (Status.CLOSED, Status.REJECTED, Status.DUPLICATE)

    class Channel(models.TextChoices):
        WEB = "web", _("web form")
        OPEN311 = "open311", "Open311"
        SURVEY = "survey", _("event survey")

    tracking_code = models.CharField(
        _("tracking code"), max_length=26, unique=True, default=new_tracking_code, editable=False
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.WEB
    )
    category = models.ForeignKey(
        "feedback.ServiceCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
    )
    department = models.ForeignKey(
        "feedback.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
    )
    # Always the Korean (default-language) pages, as for registrations.
    program = models.ForeignKey(
        "cms.ProgramPage",
        verbose_name=_("program"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # An event survey answer: one per registration.
    registration = models.OneToOneField(
        "registrations.Registration",
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_answer",
    )

    # The language the resident wrote in (detected, or corrected by staff) …
    language = models.CharField(_("written in"), max_length=10)
    # … detected after commit by a worker on the `language` queue (services/languages.py);
    # until then `language` is the site language, a stand-in nothing is translated from.
    language_pending = models.BooleanField(_("language being detected"), default=False)
    language_requested_at = models.DateTimeField(
        _("language detection requested at"), null=True, blank=True
    )
    language_confidence = models.FloatField(_("detection confidence"), default=0.0)
    language_is_fallback = models.BooleanField(_("language not detected"), default=False)
    language_corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("language corrected by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # … and the site language they used: their status page and emails are in it.
    site_language = models.CharField(_("site language"), max_length=10, choices=settings.LANGUAGES)

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    first_answered_at = models.DateTimeField(_("first answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(
        _("rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    rated_at = models.DateTimeField(_("rated at"), null=True, blank=True)

    # Personal data: erased on request or after the retention period.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback_items",
    )
    contact_name = models.CharField(_("name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("email address"), blank=True)
    location_text = models.CharField(_("address or place"), max_length=255, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    # The administrative dong (행정동) the place lies in: the only place name published.
    administrative_dong = models.CharField(_("administrative dong"), max_length=50, blank=True)
    attribute_answers = models.JSONField(_("answers to the category's questions"), default=dict)
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True
    )
    api_client = models.ForeignKey(
        "feedback.ApiKey",
        verbose_name=_("Open311 client"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("feedback item")
        verbose_name_plural = _("feedback items")
        ordering = ["-created_at", "-pk"]
        permissions = [
            ("triage_all_feedback", _("Can see and assign feedback of every department")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="feedback_rating_1_to_5",
            )
        ]
        indexes = [
            models.Index(fields=["status", "due_at"]),
            models.Index(fields=["department", "status"]),
            models.Index(
                fields=["language_pending", "language_requested_at"],
                name="feedback_lang_pending_idx",
            ),
        ]

    def __str__(self):
        return self.display_code

    @property
    def display_code(self) -> str:
        return format_tracking_code(self.tracking_code)

    @property
    def administrative_dong_name(self) -> str:
        """The item's dong in the active language."""
        return dong_display_name(self.administrative_dong) if self.administrative_dong else ""

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL_STATUSES

    @property
    def contact_address(self) -> str:
        """Where updates go: the given address, else the account's."""
        if self.contact_email:
            return self.contact_email
        return self.user.email if self.user_id else ""


class Message(models.Model):
    class Author(models.TextChoices):
        RESIDENT = "resident", _("resident")
        STAFF = "staff", _("staff")

    item = models.ForeignKey(
        FeedbackItem,
        verbose_name=_("feedback item"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    author = models.CharField(_("author"), max_length=10, choices=Author.choices)
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Internal notes are staff-only: never shown to the resident, never translated.
    is_internal = models.BooleanField(_("internal note"), default=False)
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    translation_status = models.CharField(
        _("translation"),
        max_length=12,
        choices=TranslationStatus.choices,
        default=TranslationStatus.NOT_NEEDED,
    )
    translation_language = models.CharField(_("translated into"), max_length=10, blank=True)
    translated_text = models.TextField(_("translation"), blank=True)
    translation_provider = models.CharField(_("provider"), max_length=20, blank=True)
    translation_error = models.TextField(_("translation error"), blank=True)
    translation_requested_at = models.DateTimeField(
        _("translation requested at"), null=True, blank=True
    )
    translated_at = models.DateTimeField(_("translated at"), null=True, blank=True)
    # Who typed the translation, or sent a reply untranslated on purpose, and why.
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    untranslated_reason = models.TextField(_("reason for sending untranslated"), blank=True)
    # Set when the resident was emailed about this message: at most one email per message.
    resident_notified_at = models.DateTimeField(_("resident notified at"), null=True, blank=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["translation_status", "translation_requested_at"])]

    def __str__(self):
        return f"{self.item} #{self.pk}"

    @property
    def is_machine_translated(self) -> bool:
        return self.translation_status == TranslationStatus.DONE

    @property
    def has_translation(self) -> bool:
        return self.translation_status in (TranslationStatus.DONE, TranslationStatus.MANUAL)

    @property
    def is_reply(self) -> bool:
        return self.author == self.Author.STAFF and not self.is_internal

    @property
    def awaits_translation(self) -> bool:
        """A staff reply the resident cannot read yet: not delivered."""
        return self.is_reply and self.translation_status in AWAITING_STATUSES


class StatusChange(models.Model):
    item = models.ForeignKey(
        FeedbackItem,
        verbose_name=_("feedback item"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("from"), max_length=12, choices=FeedbackItem.Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=FeedbackItem.Status.choices)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.item}: {self.from_status} → {self.to_status}"


def attachment_path(instance, filename):
    # Random names: a stored file's path tells nothing about its item or its original name.
    return f"feedback/{timezone.now():%Y/%m}/{secrets.token_hex(16)}"


def private_storage():
    # Outside MEDIA_ROOT: nothing serves these files but the views that check access.
    return storages["private"]


class Attachment(models.Model):
    """A checked file (JPEG, PNG or PDF; photos without location data). Served only through
    the status page of its item or the staff admin, never from a public URL."""

    item = models.ForeignKey(
        FeedbackItem,
        verbose_name=_("feedback item"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    message = models.ForeignKey(
        Message,
        verbose_name=_("message"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attachments",
    )
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=50)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name
