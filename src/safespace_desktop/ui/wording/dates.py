"""Dates in the person's locale, and between Python and Qt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

__all__ = ["format_date", "from_qdate", "to_qdate"]


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_date(day: date | None) -> str:
    """A date written out the way people read it ("3 Mar 2027" in English)."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), "d MMM yyyy")
