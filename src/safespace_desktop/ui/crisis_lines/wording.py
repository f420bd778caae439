"""What the crisis-line editor says, in one place (translated through Qt)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from safespace_desktop.services.crisis_lines import CrisisLine
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrisisLines", text)


def row_text(line: CrisisLine, today: date) -> str:
    first = line.name if not line.phone else f"{line.name} — {line.phone}"
    if line.is_example:
        status = _tr("Example only: edit it with a line you have checked.")
    elif line.last_verified is None:
        status = _tr("Needs checking: never checked.")
    elif line.needs_review(today):
        status = fill(
            _tr("Needs checking: last checked %1, over six months ago."),
            format_date(line.last_verified),
        )
    else:
        status = fill(_tr("Last checked %1."), format_date(line.last_verified))
    return f"{first}\n{status}"


def review_text(lines: list[CrisisLine], today: date) -> str:
    stale = [line for line in lines if line.needs_review(today)]
    if not lines:
        return _tr(
            "There are no crisis lines yet. Please add the lines for your area, so "
            "people can find them with F1."
        )
    if stale:
        return fill(
            _tr(
                "%1 of %2 lines need checking: they were never checked, or were last "
                "checked more than six months ago."
            ),
            len(stale),
            len(lines),
        )
    return _tr("Every line was checked in the last six months. Thank you.")


def added() -> str:
    return _tr("Line added. Once you have checked the number, mark it as checked.")


def saved(*, number_changed: bool) -> str:
    if number_changed:
        return _tr("Saved. The number changed, so please check it and mark it again.")
    return _tr("Saved.")


def verified(name: str) -> str:
    return fill(_tr("Marked “%1” as checked today."), name)


def delete_title() -> str:
    return _tr("Delete crisis line")


def delete_question(name: str) -> str:
    return fill(_tr("Delete “%1” from the crisis lines?"), name)


def delete_button() -> str:
    return _tr("&Delete line")


def deleted(name: str) -> str:
    return fill(_tr("Deleted “%1”."), name)
