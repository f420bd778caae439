"""Small text helpers for the roster screens: placeholders and dates in the person's locale."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, … replaced in one pass.

    Unlike chained ``str.replace`` calls, a value that itself contains "%2" (a name
    someone typed, say) is never substituted again.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_date(day: date | None) -> str:
    """A date written out the way people read it ("3 Mar 2027" in English)."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), "d MMM yyyy")
