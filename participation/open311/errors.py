"""Errors in the spec's format: an HTTP status and a translated description, rendered as
``[{"code": 400, "description": "…"}]`` or ``<errors><error>…</error></errors>``."""

from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError


class Open311Error(DomainError):
    status = 400

    def __init__(self, template, status: int | None = None, **params):
        if status is not None:
            self.status = status
        super().__init__(template, **params)

    @property
    def description(self) -> str:
        """In the active language: call inside translation.override."""
        return str(self.message)

    def as_list(self) -> list[dict]:
        return [{"code": self.status, "description": self.description}]


class Forbidden(Open311Error):
    status = 403


class NotFound(Open311Error):
    status = 404


class MethodNotAllowed(Open311Error):
    status = 405

    def __init__(self, *, method: str, allowed: tuple[str, ...]):
        self.allowed = allowed
        super().__init__(METHOD_NOT_ALLOWED, method=method)


class TooManyRequests(Open311Error):
    status = 429

    def __init__(self, template, *, retry_after: int):
        self.retry_after = retry_after  # seconds, sent as Retry-After
        super().__init__(template)


API_KEY_MISSING = _("An api_key is required to post a service request.")
API_KEY_INVALID = _("This api_key is not valid or has been revoked.")
API_KEY_ATTEMPTS = _(
    "Too many requests with a missing or invalid api_key from this address. Try again later."
)
SERVICE_CODE_MISSING = _("service_code is required.")
SERVICE_CODE_UNKNOWN = _("service_code %(code)s is not a service of this portal.")
SERVICE_NOT_FOUND = _("There is no service with the code %(code)s.")
DESCRIPTION_MISSING = _("description is required: the text of the request, in any language.")
DESCRIPTION_TOO_LONG = _("description may be at most %(limit)d characters long.")
LOCATION_MISSING = _("A location is required: lat and long, or address_string or address_id.")
LOCATION_INCOMPLETE = _("lat and long must be given together.")
LOCATION_INVALID = _("lat and long must be decimal numbers, such as 37.517236 and 127.047325.")
NULL_CHARACTER = _("Parameters must not contain null characters.")
CHARSET_UNREADABLE = _(
    "The request body must be in UTF-8 (application/x-www-form-urlencoded or multipart/form-data)."
)
REQUEST_TOO_LARGE = _("The request is too large.")
API_KEY_IN_QUERY = _(
    "api_key must be sent in the request body, never in the URL's query string (URLs are "
    "logged). Revoke this key and ask for a new one."
)
JURISDICTION_UNKNOWN = _("There is no jurisdiction with the id %(id)s at this endpoint.")
DATE_OUT_OF_RANGE = _("%(parameter)s must be between the years %(first)d and %(last)d.")
EMAIL_INVALID = _("email is not a valid email address.")
ATTRIBUTE_MISSING = _("attribute[%(code)s] is required for this service.")
ATTRIBUTE_UNKNOWN = _("attribute[%(code)s] is not an attribute of this service.")
ATTRIBUTE_NOT_A_KEY = _("attribute[%(code)s] must be one of these keys: %(keys)s.")
ATTRIBUTE_ONE_VALUE = _("attribute[%(code)s] takes a single value.")
ATTRIBUTE_NOT_A_NUMBER = _("attribute[%(code)s] must be a number.")
ATTRIBUTE_NOT_A_DATETIME = _(
    "attribute[%(code)s] must be a date and time in the W3C format of ISO 8601."
)
ATTRIBUTE_TOO_LONG = _("attribute[%(code)s] may be at most %(limit)d characters long.")
DATE_INVALID = _(
    "%(parameter)s must be a date and time in the W3C format of ISO 8601, for example "
    "2026-11-29T10:00:00+09:00."
)
DATES_REVERSED = _("end_date must not be before start_date.")
WINDOW_TOO_LONG = _("start_date and end_date may be at most %(days)d days apart.")
STATUS_INVALID = _("status must be open or closed, or both separated by a comma.")
REQUEST_NOT_FOUND = _("There is no service request with the id %(id)s.")
NOT_FOUND = _("Nothing is here. Open311 endpoints end in .json or .xml; see discovery.json.")
METHOD_NOT_ALLOWED = _("This endpoint does not accept the %(method)s method.")
