"""The base of every domain error: a translated message the views, the API and commands can
show as is, and a stable code for machines and logs."""

import re

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

# Interpolates when shown, so the message follows the language of whoever reads it.
lazy_format = lazy(lambda template, params: str(template) % params, str)


class DomainError(Exception):
    """`message` is a lazy translation (the class's, or one given); keyword `params` are
    interpolated into it when shown. `code` defaults to the class name in snake case."""

    message = _("The action could not be completed.")
    code = "domain_error"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "code" not in cls.__dict__:
            cls.code = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()

    def __init__(self, message=None, **params):
        if message is not None:
            self.message = message
        if params:
            self.message = lazy_format(self.message, params)
        super().__init__(str(self.message))
