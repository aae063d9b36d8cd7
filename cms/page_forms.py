"""Admin page forms with rules that span a page and its inline children."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

SESSION_HAS_REGISTRATIONS = _(
    "The session “%(title)s” has registrations and cannot be deleted. Cancel or move its "
    "registrations first, or keep the session."
)


class EventPageForm(WagtailAdminPageForm):
    """Refuses to delete a session that people registered for: the registrations keep it."""

    def clean(self):
        cleaned_data = super().clean()
        sessions = self.formsets.get("sessions")
        if sessions is not None:
            for form in sessions.forms:
                session = form.instance
                if _deleted(form) and session.pk and session.registrations.exists():
                    message = SESSION_HAS_REGISTRATIONS % {"title": session.title}
                    form.add_error(None, message)
                    self.add_error(None, ValidationError(message, code="session_in_use"))
        return cleaned_data


def _deleted(form) -> bool:
    form.errors  # noqa: B018 - cleans the form (once) so that cleaned_data holds DELETE
    return bool(getattr(form, "cleaned_data", {}).get("DELETE"))
