"""Domain errors: each carries a translated message the views and commands can show as is."""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

# Interpolates when shown, so the message follows the language of whoever reads it.
lazy_format = lazy(lambda template, params: str(template) % params, str)


class KpiError(Exception):
    message = _("The KPI data could not be processed.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class NotPermitted(KpiError):
    message = _("You do not have permission to see this part of the KPI dashboard.")


class ImportRejected(KpiError):
    """A CSV file with errors; nothing of it was imported. `errors` lists (line, messages)."""

    message = _("Nothing was imported: correct the rows below and upload the file again.")

    def __init__(self, errors: list[tuple[int, list]]):
        self.errors = errors
        super().__init__()
