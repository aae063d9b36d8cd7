"""KPI domain errors (portal.errors.DomainError): each carries a translated message the views
and commands can show as is."""

from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError


class KpiError(DomainError):
    message = _("The KPI data could not be processed.")


class NotPermitted(KpiError):
    message = _("You do not have permission to see this part of the KPI dashboard.")


class ImportRejected(KpiError):
    """A CSV file with errors; nothing of it was imported. `errors` lists (line, messages)."""

    message = _("Nothing was imported: correct the rows below and upload the file again.")

    def __init__(self, errors: list[tuple[int, list]]):
        self.errors = errors
        super().__init__()
