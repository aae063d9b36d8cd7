from django.utils import translation
from django.utils.translation import gettext_lazy as _

from participation.feedback.errors import FeedbackError, ReopenPeriodOver
from participation.kpis.errors import KpiError
from participation.open311.errors import Open311Error
from participation.registrations.errors import PartySizeInvalid, RegistrationError
from portal.errors import DomainError


def test_every_domain_error_shares_the_one_base():
    for error in (FeedbackError, KpiError, Open311Error, RegistrationError):
        assert issubclass(error, DomainError)


def test_the_code_names_the_error_for_machines():
    assert PartySizeInvalid(limit=4).code == "party_size_invalid"
    assert ReopenPeriodOver().code == "reopen_period_over"


def test_the_message_is_shown_in_the_readers_language_with_its_values():
    error = PartySizeInvalid(limit=4)
    with translation.override("en"):
        english = str(error.message)
    with translation.override("ko"):
        korean = str(error.message)
    assert english == "The number of places per registration is limited to 4."
    assert "4" in korean and korean != english


def test_a_message_given_replaces_the_class_one():
    error = RegistrationError(_("Please check your answer."))
    with translation.override("en"):
        assert str(error.message) == "Please check your answer."
