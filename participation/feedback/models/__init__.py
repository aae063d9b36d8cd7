from .corrections import LanguageCorrection
from .items import (
    AWAITING_STATUSES,
    READABLE_STATUSES,
    Attachment,
    FeedbackItem,
    Kind,
    Message,
    StatusChange,
    TranslationStatus,
)
from .reference import (
    ApiKey,
    Department,
    ServiceAttribute,
    ServiceAttributeValue,
    ServiceCategory,
    hash_api_key,
)

__all__ = [
    "AWAITING_STATUSES",
    "READABLE_STATUSES",
    "ApiKey",
    "Attachment",
    "Department",
    "FeedbackItem",
    "Kind",
    "LanguageCorrection",
    "Message",
    "ServiceAttribute",
    "ServiceAttributeValue",
    "ServiceCategory",
    "StatusChange",
    "TranslationStatus",
    "hash_api_key",
]
