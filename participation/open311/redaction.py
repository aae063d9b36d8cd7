"""Masking of contact data in text that the API publishes: residents sometimes write their
email address, phone number or name into the message itself."""

import re

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
NAME_MASK = "[name]"

# ASCII only: text in Chinese, Japanese or Korean runs into an address without a space.
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Digits in groups joined by spaces, dashes, dots or brackets, optionally after a "+".
PHONE_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z+])(?:\+|\()?\d[\d \t\u00a0\-.()\u2010-\u2015]*\d(?![0-9A-Za-z])"
)
# Candidates that are something else: a leading date (2026-11-29, 2026.11.29) …
LEADING_DATE = re.compile(
    r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)[ .\-]*"
)
# … or a decimal number such as a coordinate (37.498095).
DECIMAL = re.compile(r"^\d{1,3}\.\d+$")
# Phone numbers have 9 (Seoul's 02-123-4567) to 15 (E.164's maximum) digits.
PHONE_DIGITS = range(9, 16)


def redact_contact_data(text: str, *, name: str = "") -> str:
    """`text` with email addresses, phone numbers and the given name masked."""
    text = EMAIL.sub(EMAIL_MASK, text)
    text = PHONE_CANDIDATE.sub(_mask_phone, text)
    name = name.strip()
    if len(name) >= 2:
        text = re.sub(re.escape(name), NAME_MASK, text, flags=re.IGNORECASE)
    return text


def _mask_phone(match: re.Match) -> str:
    candidate = match.group(0)
    date = LEADING_DATE.match(candidate)
    if date:
        rest = candidate[date.end() :]
        return candidate[: date.end()] + PHONE_CANDIDATE.sub(_mask_phone, rest)
    if DECIMAL.match(candidate):
        return candidate
    digits = sum(character.isdigit() for character in candidate)
    return PHONE_MASK if digits in PHONE_DIGITS else candidate
