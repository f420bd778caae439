"""Checks every service applies to text a person typed, before it is cleaned or sealed.

A lone surrogate (half of a UTF-16 pair, what a damaged paste or a broken file can
carry) is a valid Python string but cannot be encoded as UTF-8, so sealing it would fail
deep inside a transaction. Services refuse it at their boundary with the same typed
error as any other bad field, naming the field, so the form can say so where it happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from safespace_desktop.core.errors import ValidationError

DAMAGED_TEXT = "damaged_text"

# Any code point in U+D800..U+DFFF: in a Python str these are always unencodable,
# whether alone or as a pair that was never combined into one character.
_SURROGATE = re.compile("[\ud800-\udfff]")


def is_damaged(value: str) -> bool:
    """True when ``value`` holds a character that cannot be stored (a lone surrogate)."""
    return _SURROGATE.search(value) is not None


def check_text(field: str, value: str) -> str:
    """``value`` unchanged, or ValidationError(field, "damaged_text")."""
    if is_damaged(value):
        raise ValidationError(field, DAMAGED_TEXT)
    return value


def check_texts(field: str, values: Iterable[str]) -> tuple[str, ...]:
    """Every value of a list field (tags, plan lines) checked as one field."""
    return tuple(check_text(field, value) for value in values)
