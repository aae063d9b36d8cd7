"""Check-in at the door: one check-in per registration, who may check in at an event, and
the offline app's scans and conflicts."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .registrations import Registration


class CheckIn(models.Model):
    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="check_in",
    )
    checked_in_at = models.DateTimeField(_("checked in at"))
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")

    def __str__(self):
        return f"{self.registration_id} @ {self.checked_in_at:%Y-%m-%d %H:%M}"


class CheckInAssignment(models.Model):
    """Who may check people in at one event, besides holders of the global
    ``registrations.check_in_registrations`` permission (who manage these rows on the event's
    registrations page in the Wagtail admin). Assigned users must be staff accounts; they may
    open that event's check-in page and nothing else of the registrations."""

    # The default-language page, as for registrations: one assignment covers every language.
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="check_in_assignments",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="check_in_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("check-in assignment")
        verbose_name_plural = _("check-in assignments")
        ordering = ["assigned_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="one_check_in_assignment")
        ]

    def __str__(self):
        return f"{self.user_id} @ {self.event_id}"


class OfflineScan(models.Model):
    """One check-in made on a device of the offline check-in app, as it arrived at sync. The
    device's (device_id, client_id) pair makes a retried sync change nothing: the stored
    result is answered again."""

    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="offline_scans",
    )
    device_id = models.CharField(_("device"), max_length=64)
    client_id = models.CharField(_("check-in on the device"), max_length=64)
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="offline_scans",
    )
    scanned_at = models.DateTimeField(_("scanned at"))
    result = models.CharField(_("result"), max_length=20)
    synced_at = models.DateTimeField(_("synced at"))
    synced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("synced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("offline check-in")
        verbose_name_plural = _("offline check-ins")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "device_id", "client_id"], name="one_offline_scan_per_client_id"
            )
        ]

    def __str__(self):
        return f"{self.device_id}/{self.client_id}: {self.result}"


class CheckInConflict(models.Model):
    """A ticket let in twice: checked in already (on another device, or on the check-in page)
    when a device that was offline synced its own check-in of it. Shown to the event's
    check-in staff; the first check-in is the one that counts."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="check_in_conflicts",
    )
    scan = models.OneToOneField(
        OfflineScan,
        verbose_name=_("second check-in"),
        on_delete=models.CASCADE,
        related_name="conflict",
    )
    # Blank: the first check-in was made on the check-in page, not in the offline app.
    first_device_id = models.CharField(_("first device"), max_length=64, blank=True)
    first_checked_in_at = models.DateTimeField(_("first checked in at"))
    recorded_at = models.DateTimeField(_("recorded at"))
    # Staff mark a conflict resolved once they have followed it up, with a note of what they
    # found; an unresolved one is open.
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolution_note = models.TextField(_("resolution note"), blank=True)

    class Meta:
        verbose_name = _("check-in conflict")
        verbose_name_plural = _("check-in conflicts")
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return f"{self.registration_id}: {self.first_device_id} / {self.scan.device_id}"

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None
