import math

from participation.feedback.codes import (
    ALPHABET,
    LENGTH,
    format_tracking_code,
    new_tracking_code,
    normalize_tracking_code,
)


def test_codes_carry_at_least_128_random_bits():
    assert LENGTH * math.log2(len(ALPHABET)) >= 128
    codes = {new_tracking_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(code) == LENGTH and set(code) <= set(ALPHABET) for code in codes)


def test_typed_codes_are_forgiving():
    code = "0123456789ABCDEFGHJKMNPQRS"
    shown = format_tracking_code(code)
    assert shown == "0123-4567-89AB-CDEF-GHJK-MNPQ-RS"
    assert normalize_tracking_code(shown.lower()) == code
    assert normalize_tracking_code(" o123 4567 89ab cdef ghjk mnpq rs ") == code  # O read as 0
    assert normalize_tracking_code("I123456789ABCDEFGHJKMNPQRS") == "1123456789ABCDEFGHJKMNPQRS"


def test_anything_else_is_no_code():
    assert normalize_tracking_code("") is None
    assert normalize_tracking_code("0123-4567") is None
    assert normalize_tracking_code("U" * LENGTH) is None  # not in the alphabet
    assert normalize_tracking_code("' OR 1=1 --") is None
