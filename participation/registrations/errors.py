"""Registration's domain errors (portal.errors.DomainError): each carries a translated message
the views can show as is."""

from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError


class RegistrationError(DomainError):
    message = _("The registration could not be completed.")


class RegistrationBusy(RegistrationError):
    message = _("Many people are registering right now. Please try again in a moment.")


class ConsentMissing(RegistrationError):
    message = _("Please agree to the use of your personal information to register.")


class InvalidRegistrationData(RegistrationError):
    message = _("Please check the information you entered.")


class SessionRequired(InvalidRegistrationData):
    message = _("Please choose at least one session.")


class RegistrationNotOpen(RegistrationError):
    message = _("Registration for this event has not opened yet.")


class RegistrationClosed(RegistrationError):
    message = _("Registration for this event is closed.")


class EventOver(RegistrationError):
    message = _("This event is over.")


class PartySizeInvalid(RegistrationError):
    message = _("The number of places per registration is limited to %(limit)d.")

    def __init__(self, *, limit: int):
        self.limit = limit
        super().__init__(limit=limit)


class AlreadyRegistered(RegistrationError):
    """The email has an active registration for the event. Its link was emailed to that
    address; the view must answer exactly as for a new registration (no enumeration)."""

    message = _("We have sent the details of your registration to your email address.")

    def __init__(self, *, registration_id: int):
        self.registration_id = registration_id
        super().__init__()


class CancellationClosed(RegistrationError):
    message = _("This registration can no longer be cancelled online.")


class OfferNotAvailable(RegistrationError):
    message = _("This offer has expired or is no longer available.")


# --- the satisfaction survey ----------------------------------------------------------------


class SurveyNotAvailable(RegistrationError):
    """Only people checked in at the event, whose registration stands, are asked."""

    message = _("This survey is only for people who attended the event.")


class SurveyNotOpen(RegistrationError):
    message = _("The survey opens when the event is over.")


class SurveyAlreadyAnswered(RegistrationError):
    message = _("You have already answered this survey. Thank you!")


class InvalidSurveyAnswer(RegistrationError):
    message = _("Please check your answer.")


# --- check-in staff -------------------------------------------------------------------------


class NotStaffAccount(RegistrationError):
    message = _("There is no active staff account with this email address.")


# --- conflicts of the offline check-in app --------------------------------------------------


class NotCheckInStaff(RegistrationError):
    message = _("You may not check people in at this event.")


class ResolutionNoteMissing(RegistrationError):
    message = _("Write a note of how the conflict was resolved.")


class ConflictAlreadyResolved(RegistrationError):
    message = _("This conflict has already been resolved.")
