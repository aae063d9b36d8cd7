"""The events page's filter form: GET parameters, so that a filtered list is a link to share
and a page the anonymous page cache can keep."""

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.fields import EVENT_LANGUAGE_CHOICES

from .selectors import Attendance, EventFilters, When, month_bounds

LIST, CALENDAR = "list", "calendar"


class MonthField(forms.DateField):
    """A month as YYYY-MM (the value of <input type="month">), cleaned to its first day."""

    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")
    input_formats = ["%Y-%m"]


class EventFilterForm(forms.Form):
    view = forms.ChoiceField(
        label=_("Show as"),
        choices=[(LIST, _("List")), (CALENDAR, _("Month calendar"))],
        required=False,
        widget=forms.HiddenInput,
    )
    when = forms.ChoiceField(
        label=_("Time"),
        choices=[
            (When.UPCOMING, _("Upcoming events")),
            (When.PAST, _("Past events")),
            (When.ALL, _("All events")),
        ],
        required=False,
    )
    month = MonthField(label=_("Month"), required=False, help_text=_("For example 2026-10"))
    date_from = forms.DateField(
        label=pgettext_lazy("first day of a period", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=pgettext_lazy("last day of a period", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    program = forms.ChoiceField(label=_("Program"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        help_text=_("Held in this language or interpreted into it"),
        choices=[("", _("Any language")), *EVENT_LANGUAGE_CHOICES],
    )
    attendance = forms.ChoiceField(
        label=_("Taking part"),
        required=False,
        choices=[
            ("", _("In person or online")),
            (Attendance.IN_PERSON, _("In person")),
            (Attendance.ONLINE, _("Online")),
        ],
    )
    interpretation = forms.BooleanField(label=_("Interpretation available"), required=False)
    registration_open = forms.BooleanField(label=_("Registration open now"), required=False)

    def __init__(self, data, *, programs: list[tuple[str, str]]):
        super().__init__(data)
        self.fields["program"].choices = [("", _("All programs")), *programs]

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned

    def value_of(self, name: str):
        """The cleaned value of a field, or its empty value when it was not valid."""
        if name in getattr(self, "cleaned_data", {}) and name not in self.errors:
            return self.cleaned_data[name]
        return self.fields[name].to_python(None)

    @property
    def view_name(self) -> str:
        return CALENDAR if self.value_of("view") == CALENDAR else LIST

    @property
    def chosen_month(self) -> date | None:
        return self.value_of("month")

    def filters(self) -> EventFilters:
        """The valid filters; an invalid value is left out (and shown as an error)."""
        self.is_valid()
        month = self.value_of("month")
        date_from, date_to = self.value_of("date_from"), self.value_of("date_to")
        if month and not (date_from or date_to):
            date_from, date_to = month_bounds(month)
        return EventFilters(
            when=self.value_of("when") or When.UPCOMING,
            date_from=date_from,
            date_to=date_to,
            program=self.value_of("program") or "",
            language=self.value_of("language") or "",
            interpretation=bool(self.value_of("interpretation")),
            registration_open=bool(self.value_of("registration_open")),
            attendance=self.value_of("attendance") or "",
        )
