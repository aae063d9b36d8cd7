"""Feedback domain objects as GeoReport v2 data (plain dicts in the spec's field order).
Call inside translation.override(language): the portal's own sentences use the active
language, reference data is read from its `language` column."""

from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from participation.feedback import conf as feedback_conf
from participation.feedback.models import FeedbackItem, Message, ServiceAttribute

from . import conf
from .locales import DEFAULT_CONTENT_LANGUAGE, localized
from .redaction import redact_contact_data

Datatype = ServiceAttribute.Datatype
LIST_DATATYPES = (Datatype.SINGLEVALUELIST, Datatype.MULTIVALUELIST)
DATATYPE_DESCRIPTIONS = {
    Datatype.STRING: _("Text of up to %(limit)d characters."),
    Datatype.TEXT: _("Text of up to %(limit)d characters, line breaks allowed."),
    Datatype.NUMBER: _("A number, for example 3 or 2.5."),
    Datatype.DATETIME: _(
        "A date and time in the W3C format of ISO 8601, for example 2026-11-29T10:00:00+09:00."
    ),
    Datatype.SINGLEVALUELIST: _("One of the keys in values, sent as attribute[%(code)s]=key."),
    Datatype.MULTIVALUELIST: _(
        "One or more of the keys in values, each sent as attribute[%(code)s][]=key."
    ),
}
SERVICE_NOTICE = _(
    "Gangnam-gu answers within %(days)d days. Answers are written in Korean and translated "
    "into the language of the request."
)
SEOUL = ZoneInfo(settings.TIME_ZONE)


def discovery(*, url: str) -> dict:
    return {
        "changeset": timestamp(conf.CHANGESET),
        "contact": conf.contact(),
        "key_service": conf.key_service(),
        "endpoints": [
            {
                "specification": conf.SPECIFICATION,
                "url": url,
                "changeset": timestamp(conf.CHANGESET),
                "type": "production",
                "formats": list(conf.MEDIA_TYPES.values()),
            }
        ],
    }


def service(category, *, language: str) -> dict:
    return {
        "service_code": category.code,
        "service_name": localized(category, "name", language),
        "description": localized(category, "description", language),
        "metadata": bool(category.has_attributes),
        "type": "realtime",
        "keywords": category.keywords,
        "group": category.group,
    }


def service_definition(category, *, language: str) -> dict:
    return {
        "service_code": category.code,
        "attributes": [
            attribute_definition(attribute, position=position, language=language)
            for position, attribute in enumerate(category.attributes.all(), start=1)
        ],
    }


def attribute_definition(attribute, *, position: int, language: str) -> dict:
    limits = {
        Datatype.STRING: conf.MAX_STRING_ANSWER_LENGTH,
        Datatype.TEXT: feedback_conf.MAX_TEXT_LENGTH,
    }
    definition = {
        "variable": True,
        "code": attribute.code,
        "datatype": attribute.datatype,
        "required": attribute.required,
        "datatype_description": str(DATATYPE_DESCRIPTIONS[attribute.datatype])
        % {"limit": limits.get(attribute.datatype, 0), "code": attribute.code},
        # The spec's order counts from 1: the position in the category's order.
        "order": position,
        "description": localized(attribute, "description", language),
    }
    if attribute.datatype in LIST_DATATYPES:
        definition["values"] = [
            {"key": value.key, "name": localized(value, "name", language)}
            for value in attribute.values.all()
        ]
    return definition


def service_notice(category) -> str:
    return str(SERVICE_NOTICE) % {"days": category.sla_days}


def created_request(item: FeedbackItem) -> dict:
    """The answer to a POST. The id is public; the tracking code stays the resident's."""
    return {
        "service_request_id": str(item.pk),
        "service_notice": service_notice(item.category),
        "account_id": None,
    }


def service_request(item: FeedbackItem, *, language: str) -> dict:
    """An item from selectors.public_requests (with first_resident_text, latest_reply)."""
    erased = item.personal_data_erased_at is not None
    return {
        "service_request_id": str(item.pk),
        "status": public_status(item.status),
        "status_notes": "" if erased else status_notes(item, language=language),
        "service_name": localized(item.category, "name", language),
        "service_code": item.category.code,
        "description": ""
        if erased
        else redact_contact_data(
            item.first_resident_text or "", name=item.contact_name, place=item.location_text
        ),
        "agency_responsible": localized(item.department, "name", language)
        if item.department
        else "",
        "service_notice": service_notice(item.category),
        "requested_datetime": timestamp(item.created_at),
        "updated_datetime": timestamp(item.updated_at),
        "expected_datetime": timestamp(item.due_at),
        # The typed address stays with staff; the place is published coarsened.
        "address": "" if erased else item.administrative_dong,
        "lat": coarse_coordinate(item.latitude),
        "long": coarse_coordinate(item.longitude),
    }


def coarse_coordinate(value: Decimal | None) -> float | None:
    if value is None:
        return None
    return float(round(Decimal(value), conf.PUBLISHED_COORDINATE_DECIMALS))


def public_status(status: str) -> str:
    """Received, triaged and in progress are open; answered and every final status closed."""
    return "open" if status in FeedbackItem.OPEN_STATUSES else "closed"


def status_notes(item: FeedbackItem, *, language: str) -> str:
    """The latest staff reply (never an internal note), in `language` if it was translated
    into it, else in Korean as staff wrote it."""
    reply: Message | None = item.latest_reply
    if reply is None:
        return ""
    text = reply.text
    if (
        language != DEFAULT_CONTENT_LANGUAGE
        and reply.translation_language == language
        and reply.has_translation
        and reply.translated_text
    ):
        text = reply.translated_text
    return redact_contact_data(text, name=item.contact_name, place=item.location_text)


def timestamp(moment) -> str | None:
    """ISO 8601 with the offset, in Seoul time: 2026-11-29T10:00:00+09:00."""
    if moment is None:
        return None
    return moment.astimezone(SEOUL).isoformat(timespec="seconds")
