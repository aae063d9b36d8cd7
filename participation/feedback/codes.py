"""Tracking codes: 130 random bits in Crockford's base32, typed in groups of four.

Crockford's alphabet leaves out I, L, O and U, so a code read aloud or copied by hand survives:
lookups ignore case, spaces and dashes, and read O as 0 and I/L as 1.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 26  # 26 × 5 = 130 bits of randomness
GROUP = 4
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_NOT_CODE = re.compile(r"[\s\-_.]")
CANONICAL = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")


def new_tracking_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalize_tracking_code(typed: str) -> str | None:
    """The stored form of a typed code, or None when it cannot be one."""
    code = _NOT_CODE.sub("", typed or "").upper().translate(_CONFUSABLE)
    return code if CANONICAL.match(code) else None


def format_tracking_code(code: str) -> str:
    """``ABCD-EFGH-…``: how a code is shown to people."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
