"""The public registration form. It only collects and shapes answers; services.register
decides (and re-validates) everything."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cms.blocks import QUESTION_CHOICE, QUESTION_YES_NO
from cms.fields import EVENT_LANGUAGE_NAMES
from participation.feedback.conf import MAX_TEXT_LENGTH as FEEDBACK_MAX_TEXT_LENGTH
from portal.formats import format_datetime_range

from .errors import ConsentMissing, SessionRequired
from .questions import MAX_TEXT_ANSWER_LENGTH, questions_of
from .selectors import localized_sessions, sessions_of, source_event

# Countries whose languages the portal serves, plus "other" (ZZ: the ISO 3166 user-assigned
# code for an unknown or unlisted country), so the stored value is always two letters.
NATIONALITY_CHOICES = [
    ("", _("Prefer not to say")),
    ("KR", _("Republic of Korea")),
    ("CN", _("China")),
    ("JP", _("Japan")),
    ("VN", _("Viet Nam")),
    ("US", _("United States")),
    ("GB", _("United Kingdom")),
    ("ZZ", _("Other country")),
]

# Kept in line with the privacy page: registrations are deleted one year after the event.
CONSENT_LABEL = _(
    "I agree: we use your name, email and phone only to manage this registration and contact "
    "you about the event; we delete them one year after the event."
)


# Errors in plain words, each saying what to do (the error summary links them to their fields).
NAME_REQUIRED = _("Please enter your name.")
EMAIL_REQUIRED = _("Please enter your email address: your ticket is sent there.")
EMAIL_FORMAT = _("Please enter an email address like name@example.com.")
CHOOSE_FROM_LIST = _("Please choose one of the options in the list.")
LANGUAGE_REQUIRED = _("Please choose the language of your emails.")
PLACES_REQUIRED = _("Please choose the number of places.")
ANSWER_REQUIRED = _("Please answer this question.")
ANSWER_TOO_LONG = _("Please keep your answer to %(limit_value)d characters or fewer.")
WAITING_LIST = _("full: waiting list")
YES_NO_CHOICES = [("yes", _("Yes")), ("no", _("No"))]
QUESTION_PREFIX = "question_"


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"), max_length=200, error_messages={"required": NAME_REQUIRED}
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("Your ticket and personal link are sent to this address."),
        error_messages={"required": EMAIL_REQUIRED, "invalid": EMAIL_FORMAT},
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    nationality = forms.ChoiceField(
        label=_("Nationality (optional)"),
        choices=NATIONALITY_CHOICES,
        required=False,
        error_messages={"invalid_choice": CHOOSE_FROM_LIST},
    )
    preferred_language = forms.ChoiceField(
        label=_("Language for emails"),
        choices=settings.LANGUAGES,
        error_messages={"required": LANGUAGE_REQUIRED, "invalid_choice": LANGUAGE_REQUIRED},
    )
    interpretation_language = forms.ChoiceField(
        label=_("I need interpretation into"),
        required=False,
        error_messages={"invalid_choice": CHOOSE_FROM_LIST},
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        help_text=_("For example wheelchair access, sign language or seating near the front."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    party_size = forms.TypedChoiceField(
        label=_("Number of places"),
        coerce=int,
        initial=1,
        error_messages={"required": PLACES_REQUIRED, "invalid_choice": PLACES_REQUIRED},
    )
    consent = forms.BooleanField(
        label=CONSENT_LABEL, error_messages={"required": ConsentMissing.message}
    )

    def __init__(self, *args, event, language: str, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        languages = dict(settings.LANGUAGES)
        self.fields["preferred_language"].initial = (
            language if language in languages else settings.LANGUAGE_CODE
        )
        if user is not None and user.is_authenticated:
            self._prefill_from(user, languages)
        if event.interpretation_languages:
            self.fields["interpretation_language"].choices = [("", _("No interpretation"))] + [
                (code, EVENT_LANGUAGE_NAMES.get(code, code))
                for code in event.interpretation_languages
            ]
        else:
            del self.fields["interpretation_language"]
        if event.max_party_size > 1:
            self.fields["party_size"].choices = [
                (n, str(n)) for n in range(1, event.max_party_size + 1)
            ]
        else:
            del self.fields["party_size"]
        source = source_event(event)
        # Annotated by the registration view (selectors.any_sessions): no query when none.
        self.sessions = sessions_of(source) if getattr(event, "has_sessions", True) else []
        if self.sessions:
            self.fields["sessions"] = sessions_field(self.sessions, language)
            self.order_fields(["sessions"])  # what one registers for comes first
        self.questions = questions_of(source, labelled_by=event)
        for question in self.questions:
            self.fields[QUESTION_PREFIX + question.key] = question_field(question)
        # The questions come before the consent, the form's last step.
        self.order_fields([name for name in self.fields if name != "consent"] + ["consent"])

    def _prefill_from(self, user, languages) -> None:
        # A signed-in resident's account answers; they can still change any of it.
        self.fields["name"].initial = user.get_full_name()
        self.fields["email"].initial = user.email
        if user.preferred_language in languages:
            self.fields["preferred_language"].initial = user.preferred_language

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "consent": data["consent"],
            "preferred_language": data["preferred_language"],
            "party_size": data.get("party_size") or 1,
            "phone": data.get("phone", ""),
            "nationality": data.get("nationality", ""),
            "interpretation_language": data.get("interpretation_language", ""),
            "accessibility_needs": data.get("accessibility_needs", ""),
            "answers": self._answers(),
            **({"session_ids": self.cleaned_data["sessions"]} if self.sessions else {}),
        }

    def _answers(self) -> dict:
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(QUESTION_PREFIX + question.key) or ""
            if question.kind == QUESTION_YES_NO and value:
                value = value == "yes"
            if value != "":
                answers[question.key] = value
        return answers


def sessions_field(sessions, language: str) -> forms.Field:
    """Checkboxes for the event's sessions (of the default-language page), titled in the
    visitor's language, with their times; a full session says one joins its waiting list."""
    titles = localized_sessions(sessions, language)
    choices = []
    for session in sessions:
        when = format_datetime_range(session.starts_at, session.ends_at)
        label = f"{titles[session.pk].title} – {when}"
        if session.free_places <= 0:
            label = f"{label} ({WAITING_LIST})"
        choices.append((session.pk, label))
    return forms.TypedMultipleChoiceField(
        label=_("Sessions"),
        help_text=_("Choose one or more; each has its own places and waiting list."),
        choices=choices,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": SessionRequired.message, "invalid_choice": CHOOSE_FROM_LIST},
    )


def question_field(question) -> forms.Field:
    """The form field asking an editor's question, labelled in the visitor's language."""
    common = {
        "label": question.label,
        "required": question.required,
        "error_messages": {"required": ANSWER_REQUIRED, "invalid_choice": CHOOSE_FROM_LIST},
    }
    if question.kind == QUESTION_CHOICE:
        choices = ([] if question.required else [("", _("No answer"))]) + list(question.choices)
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == QUESTION_YES_NO:
        choices = YES_NO_CHOICES if question.required else [("", _("No answer"))] + YES_NO_CHOICES
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    common["error_messages"]["max_length"] = ANSWER_TOO_LONG
    return forms.CharField(
        max_length=MAX_TEXT_ANSWER_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        **common,
    )


RATING_CHOICES = [
    (1, _("1 – Very dissatisfied")),
    (2, _("2 – Dissatisfied")),
    (3, _("3 – Neither satisfied nor dissatisfied")),
    (4, _("4 – Satisfied")),
    (5, _("5 – Very satisfied")),
]


class SurveyForm(forms.Form):
    """The after-event survey; services.answer_survey re-checks the answer."""

    rating = forms.TypedChoiceField(
        label=_("How satisfied were you with the event?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a rating from 1 to 5.")},
    )
    comment = forms.CharField(
        label=_("What did you like, and what could we do better? (optional)"),
        help_text=_("Write in any language, up to 4,000 characters."),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=FEEDBACK_MAX_TEXT_LENGTH,
        required=False,
    )


class CheckInStaffForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address of the staff member"),
        max_length=254,
        error_messages={"invalid": _("Please enter a valid email address.")},
    )
