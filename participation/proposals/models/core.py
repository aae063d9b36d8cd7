"""Proposal rounds, residents' proposals, their supports, comments, official answers (the
status timeline), followers and the stored machine translations of every text."""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from cms.panels import translated_panels
from participation.feedback.models import TranslationStatus

from .. import conf

LANGUAGE_CHOICES = settings.LANGUAGES


class Moderation(models.TextChoices):
    BEFORE = "before", _("publish after review")
    AFTER = "after", _("publish at once, review afterwards")


class ProposalRound(ClusterableModel):
    """A call for proposals on a program or an event, open between two dates."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
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
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.BEFORE
    )
    answer_due_days = models.PositiveSmallIntegerField(
        _("days to answer"),
        default=30,
        help_text=_("Staff answer each proposal within this many days of its publication."),
    )

    class Meta:
        verbose_name = _("proposal round")
        verbose_name_plural = _("proposal rounds")
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="proposal_round_closes_after_opening",
            )
        ]

    def __str__(self):
        return self.title

    def is_open(self, now) -> bool:
        return self.opens_at <= now < self.closes_at


class Topic(models.Model):
    round = ParentalKey(ProposalRound, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = translated_panels("name")

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name


class Status(models.TextChoices):
    OPEN = "open", _("awaiting an answer")
    UNDER_STUDY = "under_study", _("under study")
    ACCEPTED = "accepted", _("accepted")
    IN_PROGRESS = "in_progress", _("in progress")
    IMPLEMENTED = "implemented", _("implemented")
    NOT_ACCEPTED = "not_accepted", _("not accepted")


class Visibility(models.TextChoices):
    IN_REVIEW = "in_review", _("waiting for review")
    PUBLISHED = "published", _("published")
    HIDDEN = "hidden", _("hidden by the moderators")


class HideReason(models.TextChoices):
    OFF_TOPIC = "off_topic", _("It is not about this round's subject.")
    PERSONAL_DATA = "personal_data", _("It contains someone's personal information.")
    ABUSIVE = "abusive", _("It is insulting, hateful or discriminatory.")
    DUPLICATE = "duplicate", _("The same proposal was already made.")
    ADVERTISING = "advertising", _("It is advertising.")


class DetectedText(models.Model):
    """What proposals and comments share: a text in the language its author wrote it in,
    detected after commit by the language worker unless the author named the language."""

    language = models.CharField(_("language"), max_length=10)
    site_language = models.CharField(_("site language"), max_length=10, choices=LANGUAGE_CHOICES)
    language_pending = models.BooleanField(_("language being detected"), default=False)
    language_confidence = models.FloatField(_("detection confidence"), default=0.0)
    language_chosen_by_author = models.BooleanField(
        _("language given by the author"), default=False
    )
    language_requested_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        abstract = True


def image_path(_proposal, name: str) -> str:
    # A random name: a picture under review cannot be found by guessing its address.
    return f"proposals/{uuid.uuid4().hex}{Path(name).suffix.lower()}"


class Proposal(DetectedText):
    round = models.ForeignKey(
        ProposalRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="proposals"
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    # SET_NULL: an account's deletion (or erasure, services/privacy.py) keeps the public text.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    dong = models.CharField(_("dong"), max_length=50, blank=True)
    # Re-encoded with nothing but pixels (feedback's upload checks), under a random name.
    image = models.FileField(_("picture"), upload_to=image_path, blank=True)
    image_description = models.CharField(
        _("what the picture shows"), max_length=conf.MAX_IMAGE_DESCRIPTION_LENGTH, blank=True
    )
    visibility = models.CharField(
        _("visibility"), max_length=12, choices=Visibility.choices, default=Visibility.IN_REVIEW
    )
    hidden_reason = models.CharField(
        _("reason for hiding"), max_length=20, choices=HideReason.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.OPEN
    )
    # Kept exactly by the support services (an UPDATE … SET n = n ± 1 beside each row).
    support_count = models.PositiveIntegerField(_("supports"), default=0)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("first answered at"), null=True, blank=True)
    # Set when the author's identity, followers and picture went (services/privacy.py).
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)
    # Where residents see what an implemented proposal became: a news or program page.
    result_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page showing the result"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["round", "visibility", "-support_count"]),
            models.Index(fields=["round", "visibility", "-created_at"]),
            # The list's "newest" order (selectors.round_proposals).
            models.Index(fields=["round", "visibility", "-published_at", "-id"]),
        ]

    def __str__(self):
        return self.title

    @property
    def is_public(self) -> bool:
        return self.visibility != Visibility.IN_REVIEW


class Support(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposal_supports",
    )
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "user"], name="one_support_per_account")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.proposal_id}"


class Comment(DetectedText):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposal_comments",
    )
    # An answer by the district's staff (written in Korean in the admin), marked as such.
    by_staff = models.BooleanField(_("by the district's staff"), default=False)
    body = models.TextField(_("text"))
    hidden_reason = models.CharField(
        _("reason for hiding"), max_length=20, choices=HideReason.choices, blank=True
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:50]


class StatusChange(models.Model):
    """One entry of a proposal's public timeline: a status set by staff with their answer,
    written in Korean and translated like a staff reply."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="timeline")
    from_status = models.CharField(max_length=15, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=15, choices=Status.choices)
    answer = models.TextField(_("answer (Korean)"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class Follow(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proposal_follows"
    )
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "user"], name="one_follow_per_account")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.proposal_id}"


class TextTranslation(models.Model):
    """One text (a proposal's title or body, a comment, a staff answer) in one site language,
    machine-translated through participation.translation (stored once per text) by the
    translation outbox, or marked for staff when the provider cannot."""

    class Field(models.TextChoices):
        TITLE = "title", _("title")
        BODY = "body", _("text")
        COMMENT = "comment", _("comment")
        ANSWER = "answer", _("answer")

    proposal = models.ForeignKey(
        Proposal, null=True, on_delete=models.CASCADE, related_name="translations"
    )
    comment = models.ForeignKey(
        Comment, null=True, on_delete=models.CASCADE, related_name="translations"
    )
    status_change = models.ForeignKey(
        StatusChange, null=True, on_delete=models.CASCADE, related_name="translations"
    )
    field = models.CharField(max_length=10, choices=Field.choices)
    source_language = models.CharField(max_length=10)
    target_language = models.CharField(max_length=10, choices=LANGUAGE_CHOICES)
    source_text = models.TextField()
    translated_text = models.TextField(blank=True)
    status = models.CharField(
        max_length=15, choices=TranslationStatus.choices, default=TranslationStatus.PENDING
    )
    provider = models.CharField(max_length=20, blank=True)
    error = models.TextField(blank=True)
    requested_at = models.DateTimeField()
    translated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        indexes = [models.Index(fields=["status", "requested_at"])]

    def __str__(self):
        return f"{self.field} {self.source_language}→{self.target_language}"

    @property
    def is_readable(self) -> bool:
        return self.status in (TranslationStatus.DONE, TranslationStatus.MANUAL)


class AnswerNotice(models.Model):
    """A follower's email about one official answer: created with the answer, sent once the
    answer reads in the follower's language (services/delivery.py), and never twice."""

    status_change = models.ForeignKey(
        StatusChange, on_delete=models.CASCADE, related_name="notices"
    )
    follow = models.ForeignKey(Follow, on_delete=models.CASCADE, related_name="notices")
    language = models.CharField(max_length=10, choices=LANGUAGE_CHOICES)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("answer email")
        verbose_name_plural = _("answer emails")
        constraints = [
            models.UniqueConstraint(
                fields=["status_change", "follow"], name="one_answer_email_per_follower"
            )
        ]

    def __str__(self):
        return f"{self.status_change_id} → {self.follow_id}"
