"""A POSTed service request, checked against its service definition and turned into the
arguments of feedback.services.submit_feedback."""

import re
from decimal import Decimal, InvalidOperation

from participation.feedback import conf as feedback_conf
from participation.feedback.models import ServiceAttribute

from . import conf, dates, selectors
from .errors import (
    ATTRIBUTE_MISSING,
    ATTRIBUTE_NOT_A_DATETIME,
    ATTRIBUTE_NOT_A_KEY,
    ATTRIBUTE_NOT_A_NUMBER,
    ATTRIBUTE_ONE_VALUE,
    ATTRIBUTE_TOO_LONG,
    ATTRIBUTE_UNKNOWN,
    DESCRIPTION_MISSING,
    DESCRIPTION_TOO_LONG,
    LOCATION_INCOMPLETE,
    LOCATION_INVALID,
    LOCATION_MISSING,
    NULL_CHARACTER,
    SERVICE_CODE_MISSING,
    SERVICE_CODE_UNKNOWN,
    NotFound,
    Open311Error,
)

Datatype = ServiceAttribute.Datatype
# attribute[code]=value, and attribute[code][]=value for each value of a multivaluelist.
ATTRIBUTE_PARAMETER = re.compile(r"^attribute\[([^\[\]]+)\](\[\])?$")


def read_service_request(data) -> dict:
    """submit_feedback's arguments about the request from `data` (a QueryDict): category,
    text, location, answers, contact. `phone`, `media_url`, `device_id` and `account_id` are
    not kept: staff answer by email, and attachments are only taken through the web form."""
    if any("\x00" in value for values in data.lists() for value in values[1]):
        raise Open311Error(NULL_CHARACTER)  # no database column can hold one
    category = _service(data.get("service_code", "").strip())
    description = data.get("description", "")
    if not description.strip():
        raise Open311Error(DESCRIPTION_MISSING)
    if len(description.strip()) > feedback_conf.MAX_TEXT_LENGTH:
        raise Open311Error(DESCRIPTION_TOO_LONG, limit=feedback_conf.MAX_TEXT_LENGTH)
    latitude, longitude = data.get("lat", "").strip(), data.get("long", "").strip()
    if not (_finite(latitude) and _finite(longitude)):
        raise Open311Error(LOCATION_INVALID)
    address = data.get("address_string", "").strip() or data.get("address_id", "").strip()
    if bool(latitude) != bool(longitude):
        raise Open311Error(LOCATION_INCOMPLETE)
    if not latitude and not address:
        raise Open311Error(LOCATION_MISSING)
    # One name or two: many residents have a single name, or write it as one token.
    name = " ".join(
        part
        for part in (data.get("first_name", "").strip(), data.get("last_name", "").strip())
        if part
    )
    return {
        "category": category,
        "text": description,
        "location_text": address[: conf.MAX_ADDRESS_LENGTH],
        "latitude": latitude or None,
        "longitude": longitude or None,
        "attribute_answers": read_answers(data, category),
        "contact_name": name[: conf.MAX_NAME_LENGTH],
        "contact_email": data.get("email", "").strip(),
    }


def _finite(number: str) -> bool:
    """An absent coordinate, or a finite decimal number (not NaN, inf or 1e999)."""
    if not number:
        return True
    try:
        value = Decimal(number)
    except InvalidOperation:
        return False
    return value.is_finite() and abs(value) <= 1000


def _service(code: str):
    if not code:
        raise Open311Error(SERVICE_CODE_MISSING)
    category = selectors.service_with_definition(code)
    if category is None:
        raise NotFound(SERVICE_CODE_UNKNOWN, code=code)  # 404, as the spec says
    return category


def read_answers(data, category) -> dict:
    """{attribute code: answer}: a string, or a list of keys for a multivaluelist."""
    given: dict[str, list[str]] = {}
    for parameter in data:
        match = ATTRIBUTE_PARAMETER.match(parameter)
        if match:
            values = [value.strip() for value in data.getlist(parameter) if value.strip()]
            given.setdefault(match.group(1), []).extend(values)
    attributes = {attribute.code: attribute for attribute in category.attributes.all()}
    for code in given:
        if code not in attributes:
            raise Open311Error(ATTRIBUTE_UNKNOWN, code=code)
    answers = {}
    for code, attribute in attributes.items():
        values = given.get(code, [])
        if not values:
            if attribute.required:
                raise Open311Error(ATTRIBUTE_MISSING, code=code)
            continue
        answers[code] = _answer(attribute, values)
    return answers


def _answer(attribute, values: list[str]):
    code = attribute.code
    if attribute.datatype == Datatype.MULTIVALUELIST:
        keys = [value.key for value in attribute.values.all()]
        for value in values:
            if value not in keys:
                raise Open311Error(ATTRIBUTE_NOT_A_KEY, code=code, keys=", ".join(keys))
        return list(dict.fromkeys(values))
    if len(values) > 1:
        raise Open311Error(ATTRIBUTE_ONE_VALUE, code=code)
    value = values[0]
    if attribute.datatype == Datatype.SINGLEVALUELIST:
        keys = [option.key for option in attribute.values.all()]
        if value not in keys:
            raise Open311Error(ATTRIBUTE_NOT_A_KEY, code=code, keys=", ".join(keys))
    elif attribute.datatype == Datatype.NUMBER:
        try:
            if not Decimal(value).is_finite():
                raise InvalidOperation
        except InvalidOperation:
            raise Open311Error(ATTRIBUTE_NOT_A_NUMBER, code=code) from None
    elif attribute.datatype == Datatype.DATETIME:
        value = _datetime_answer(value, code=code)
    else:
        limit = (
            feedback_conf.MAX_TEXT_LENGTH
            if attribute.datatype == Datatype.TEXT
            else conf.MAX_STRING_ANSWER_LENGTH
        )
        if len(value) > limit:
            raise Open311Error(ATTRIBUTE_TOO_LONG, code=code, limit=limit)
    return value


def _datetime_answer(value: str, *, code: str) -> str:
    try:
        moment = dates.parse_moment(value)
    except dates.OutOfRange:
        moment = None
    if moment is None:
        raise Open311Error(ATTRIBUTE_NOT_A_DATETIME, code=code)
    return moment.isoformat()
