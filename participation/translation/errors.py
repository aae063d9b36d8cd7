from django.utils.translation import gettext_lazy as _

UNAVAILABLE = _("The machine translation service is unavailable. Please try again later.")
TIMED_OUT = _("The machine translation service did not answer in time. Please try again later.")
REFUSED_CREDENTIALS = _(
    "The machine translation service refused the portal's credentials. "
    "Ask an administrator to check the translation settings."
)
UNSUPPORTED_PAIR = _(
    "The machine translation service cannot translate from %(source)s to %(target)s."
)


class TranslationUnavailable(Exception):
    """No machine translation now: the provider failed, was too slow, refused us, or lacks the
    language. The message is for people (editors, staff) and is translated; the cause is
    chained for the logs. Callers keep the original text and may try again later."""

    def __init__(self, message=UNAVAILABLE):
        self.message = message
        super().__init__(message)

    def __str__(self):
        return str(self.message)
