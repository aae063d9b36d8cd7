import secrets

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.fields import EVENT_LANGUAGE_CHOICES


def new_ticket_token() -> str:
    # 256 random bits: the personal link and the QR code; never derived from the id.
    return secrets.token_urlsafe(32)


class EventCapacity(models.Model):
    """One row per event, created on demand: the row every seat-changing transaction locks
    (SELECT … FOR UPDATE), so two transactions never both take the last seat."""

    event = models.OneToOneField(
        "cms.EventPage",
        verbose_name=_("event"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("event capacity lock")
        verbose_name_plural = _("event capacity locks")

    def __str__(self):
        return str(self.event_id)


class ResidentType(models.TextChoices):
    GANGNAM = "gangnam", _("Lives in Gangnam-gu")
    KOREA = "korea", _("Lives elsewhere in Korea")
    ABROAD = "abroad", _("Visiting from abroad")


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("waiting")
        OFFERED = "offered", _("offered a seat")
        CANCELLED = "cancelled", _("cancelled")
        DECLINED = "declined", _("declined")
        EXPIRED = "expired", _("offer expired")

    # One registration per email and event among these; seats are held by the first two.
    ACTIVE_STATUSES = (Status.CONFIRMED, Status.OFFERED, Status.WAITING)
    SEAT_HOLDING_STATUSES = (Status.CONFIRMED, Status.OFFERED)

    # Always the default-language (Korean) page: its translation_key names the event in
    # every language; the registrant's language version is resolved when rendering.
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    # The session registered for, when the event has sessions (cms.EventSession, of the
    # default-language page): its own capacity and waiting list. RESTRICT: a session with
    # registrations cannot be deleted on its own (the page form says so), but deleting the
    # whole event still deletes both.
    session = models.ForeignKey(
        "cms.EventSession",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    nationality = models.CharField(
        _("nationality"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2 code.")
    )
    resident_type = models.CharField(
        _("where you live"), max_length=10, choices=ResidentType.choices, blank=True
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES
    )
    interpretation_language = models.CharField(
        _("interpretation into"), max_length=10, choices=EVENT_LANGUAGE_CHOICES, blank=True
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    party_size = models.PositiveSmallIntegerField(
        _("places"), default=1, validators=[MinValueValidator(1)]
    )
    # The answers to the event's registration questions: {question key: text, choice key or
    # true/false}; keys are the same in every language (cms.blocks, questions.py).
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    consent_given_at = models.DateTimeField(_("consent given at"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    ticket_token = models.CharField(
        _("ticket code"), max_length=64, unique=True, default=new_ticket_token, editable=False
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    offered_at = models.DateTimeField(_("offered at"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer expires at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    # A party at the head of the waiting list that wants more places than are free is asked
    # whether it accepts fewer (services/offers.py): how many, while the question is open
    # (offered_at, offer_expires_at), and the most it turned down or let lapse.
    fewer_places_offered = models.PositiveSmallIntegerField(
        _("fewer places offered"), null=True, blank=True
    )
    fewer_places_declined = models.PositiveSmallIntegerField(
        _("fewer places declined"), null=True, blank=True
    )
    asked_again_at = models.DateTimeField(
        _("last asked to register again at"), null=True, blank=True
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    survey_sent_at = models.DateTimeField(_("survey sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        permissions = [("check_in_registrations", _("Can check in registrants"))]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=models.Q(
                    status__in=["confirmed", "offered", "waiting"], session__isnull=True
                ),
                name="one_active_registration_per_email_and_event",
            ),
            # With sessions: one per session.
            models.UniqueConstraint(
                Lower("email"),
                "event",
                "session",
                condition=models.Q(
                    status__in=["confirmed", "offered", "waiting"], session__isnull=False
                ),
                name="one_active_registration_per_email_and_session",
            ),
            models.CheckConstraint(
                condition=models.Q(party_size__gte=1), name="registration_party_size_positive"
            ),
        ]
        indexes = [
            # Seats held and the waitlist order, per event.
            models.Index(fields=["event", "status", "created_at"]),
            models.Index(
                fields=["session", "status", "created_at"],
                condition=models.Q(session__isnull=False),
                name="registration_session_queue",
            ),
            models.Index(fields=["status", "offer_expires_at"]),
            # Seats held, counted under the event's lock on every registration: read from the
            # index alone on PostgreSQL (elsewhere `include` is left out).
            models.Index(
                fields=["event"],
                include=["party_size"],
                condition=models.Q(status__in=["confirmed", "offered"]),
                name="registration_seats_held",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def ticket_number(self) -> str:
        """The number printed on the ticket for people to read out (event, then registration):
        it finds the registration in the staff lists; the token, not this, is the credential."""
        return f"{self.event_id}-{self.pk:06d}"

    @property
    def starts_at(self):
        """When what was registered for starts: the session's start, else the event's."""
        return self.session.starts_at if self.session_id else self.event.starts_at

    @property
    def ends_at(self):
        return self.session.ends_at if self.session_id else self.event.ends_at

    @property
    def holds_seats(self) -> bool:
        return self.status in self.SEAT_HOLDING_STATUSES

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES


class ParticipationRecord(models.Model):
    """An append-only log of participation, written in the transaction of each state change;
    the KPI aggregates read it. Nothing personal: no name or email, only categories."""

    class Kind(models.TextChoices):
        REGISTERED = "registered", _("registered")
        WAITLISTED = "waitlisted", _("joined the waitlist")
        OFFERED = "offered", _("offered a seat")
        ACCEPTED = "accepted", _("accepted an offer")
        DECLINED = "declined", _("declined an offer")
        EXPIRED = "expired", _("offer expired")
        CANCELLED = "cancelled", _("cancelled")
        CHECKED_IN = "checked_in", _("checked in")
        # Not a participation: kept so a duplicate registration does the same work as a new one.
        ASKED_AGAIN = "asked_again", _("asked to register again")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    # SET_NULL throughout: the aggregates outlive deleted pages, registrations and categories.
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="records",
    )
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
    language = models.CharField(_("language"), max_length=10)
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    resident_type = models.CharField(
        _("where the participant lives"), max_length=10, choices=ResidentType.choices, blank=True
    )
    party_size = models.PositiveSmallIntegerField(_("places"), default=1)
    at = models.DateTimeField(_("at"), db_index=True)

    class Meta:
        verbose_name = _("participation record")
        verbose_name_plural = _("participation records")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["kind", "at"]), models.Index(fields=["event", "kind"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"


class RegistrationNotice(models.Model):
    """An email the registrant is owed, recorded in the transaction of the change it reports
    (an outbox). Rendering it — calendar file, QR code, template — happens after commit in
    Celery, so the event's capacity lock is held only for the change itself; the sweep renders
    notices whose task was lost, and `email` set under a row lock renders each one once."""

    class Kind(models.TextChoices):
        CONFIRMED = "confirmed", _("registration confirmed")
        WAITING = "waiting", _("waiting list")
        OFFER = "offer", _("place offered")
        FEWER = "fewer", _("fewer places offered")
        EXPIRED = "expired", _("offer expired")
        CANCELLED = "cancelled", _("registration cancelled")
        EXISTING = "existing", _("existing registration")
        SESSIONS = "sessions", _("sessions registered")

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    email = models.OneToOneField(
        "participation.OutboundEmail",
        verbose_name=_("email"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("registration notice")
        verbose_name_plural = _("registration notices")
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(email__isnull=True),
                name="registration_notice_unsent",
            )
        ]

    def __str__(self):
        return f"{self.kind} → {self.registration_id}"
