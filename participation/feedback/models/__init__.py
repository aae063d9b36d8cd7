from .items import Attachment, FeedbackItem, Kind, Message, StatusChange, TranslationStatus
from .reference import (
    ApiKey,
    Department,
    ServiceAttribute,
    ServiceAttributeValue,
    ServiceCategory,
)

__all__ = [
    "ApiKey",
    "Attachment",
    "Department",
    "FeedbackItem",
    "Kind",
    "Message",
    "ServiceAttribute",
    "ServiceAttributeValue",
    "ServiceCategory",
    "StatusChange",
    "TranslationStatus",
]
