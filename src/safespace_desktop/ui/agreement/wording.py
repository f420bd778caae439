"""What the group agreement pages say, in one place (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.agreement import (
    BLANK,
    AgreementAffirmation,
    AgreementDraft,
    AgreementVersion,
    DiffLine,
    template,
)
from safespace_desktop.ui.widgets.agreement_text import diff_counts, long_date, medium_date
from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Agreement", text)


def _template_title(key: str) -> str | None:
    try:
        return template(key).title
    except KeyError:
        return None


# ---------------------------------------------------------------------- history rows
def draft_row(draft: AgreementDraft) -> str:
    if draft.amends is not None:
        return fill(_tr("Draft: amending version %1"), draft.amends)
    return _tr("Draft: not adopted yet")


def version_row(version: AgreementVersion, *, current: bool) -> str:
    if current:
        first = fill(_tr("Version %1 (current)"), version.number)
    else:
        first = fill(_tr("Version %1"), version.number)
    return first + "\n" + fill(_tr("adopted %1"), medium_date(version.adopted_on))


# ---------------------------------------------------------------------- a version
def version_heading(number: int, *, current: bool) -> str:
    if current:
        return fill(_tr("Version %1, the current agreement"), number)
    return fill(_tr("Version %1, an earlier agreement"), number)


def version_meta(version: AgreementVersion, *, current: bool) -> str:
    if current:
        return fill(_tr("Adopted %1."), long_date(version.adopted_on))
    return fill(
        _tr("Adopted %1. Kept for the record; the group now uses a later version."),
        long_date(version.adopted_on),
    )


def count_text(affirmations: tuple[AgreementAffirmation, ...]) -> str:
    if not affirmations:
        return _tr("No agreement at a meeting has been recorded for this version yet.")
    last = affirmations[-1]
    return fill(
        _tr("Agreed at the meeting on %1: %2 of %3 present."),
        long_date(last.meeting_on),
        last.agreed,
        last.present,
    )


def _counts(changes: tuple[DiffLine, ...], none: str) -> str:
    added, removed = diff_counts(changes)
    if added or removed:
        return fill(_tr("Lines added: %1. Lines removed: %2."), added, removed)
    return none


def version_diff_summary(version: AgreementVersion) -> str:
    if version.amends is not None or version.number > 1:
        before = fill(_tr("Compared with version %1."), version.amends or version.number - 1)
    elif version.origin == BLANK:
        before = _tr("Version 1 was written on a blank page, so every line is new.")
    elif (name := _template_title(version.origin)) is not None:
        before = fill(_tr("Compared with the “%1” template it started from."), name)
    else:
        before = _tr("Compared with the template it started from.")
    return before + " " + _counts(version.changes, _tr("No differences: the wording is the same."))


# ---------------------------------------------------------------------- a draft
def draft_heading(number: int) -> str:
    return fill(_tr("Draft for version %1"), number)


def adopt_button(number: int) -> str:
    return fill(_tr("Adopt as &version %1…"), number)


def draft_meta(draft: AgreementDraft) -> str:
    if draft.amends is not None:
        origin = fill(_tr("Amending version %1."), draft.amends)
    elif draft.origin == BLANK:
        origin = _tr("Started from a blank page.")
    elif (name := _template_title(draft.origin)) is not None:
        origin = fill(_tr("Started from the “%1” template."), name)
    else:
        origin = _tr("Started from a template.")
    return (
        origin
        + " "
        + _tr(
            "Nothing here is final: the group's agreement only changes when you adopt this draft."
        )
    )


def draft_state(*, dirty: bool, saved_now: bool = False) -> str:
    if dirty:
        return _tr("You have changes that are not saved yet.")
    if saved_now:
        return _tr("✓ Draft saved.")
    return _tr("All changes are saved.")


def draft_changes_summary(draft: AgreementDraft, changes: tuple[DiffLine, ...]) -> str:
    if draft.amends is not None:
        before = fill(_tr("Compared with version %1."), draft.amends)
    elif draft.origin == BLANK:
        before = _tr("Compared with the blank page you started from.")
    else:
        before = _tr("Compared with the template you started from.")
    return before + " " + _counts(changes, _tr("No changes yet."))


def too_long(limit: int) -> str:
    return fill(_tr("Please keep the agreement under %1 characters."), limit)


def not_saved(reason: str) -> str:
    return fill(_tr("The draft is not saved yet. %1"), reason)


def not_adopted(reason: str) -> str:
    return fill(_tr("Not adopted yet. %1"), reason)


# ---------------------------------------------------------------------- actions
def draft_saved() -> str:
    return _tr("Draft saved.")


def draft_started() -> str:
    return _tr("Draft started.")


def amendment_started() -> str:
    return _tr("Amendment started.")


def amendment_exists() -> str:
    return _tr("You already have an amendment in progress. Here it is.")


def discard_title() -> str:
    return _tr("Discard this draft?")


def discard_text() -> str:
    return _tr(
        "The draft's wording will be gone. Adopted versions of the agreement are not affected."
    )


def discard_button() -> str:
    return _tr("&Discard draft")


def discarded() -> str:
    return _tr("Draft discarded.")


def kept_dropped() -> str:
    return _tr("Back to the wording saved before. The kept changes are gone.")


def adopt_title(number: int) -> str:
    return fill(_tr("Adopt this draft as version %1?"), number)


def adopt_text() -> str:
    return _tr(
        "Adopted versions are read-only: once adopted, nobody can change this wording. To "
        "change it later you start an amendment, and the group adopts a new version. Please "
        "adopt it when the group has agreed to it."
    )


def adopt_confirm(number: int) -> str:
    return fill(_tr("&Adopt as version %1"), number)


def adopted(number: int) -> str:
    return fill(
        _tr(
            "✓ Adopted as version %1. When the group agrees to it at a meeting, you can "
            "record how many agreed."
        ),
        number,
    )


def adopted_status(number: int) -> str:
    return fill(_tr("Agreement adopted as version %1."), number)


def recorded(affirmation: AgreementAffirmation) -> str:
    return fill(
        _tr("✓ Recorded: %1 of %2 present agreed."), affirmation.agreed, affirmation.present
    )


def sent_to_printer() -> str:
    return _tr("Sent to the printer.")


# ---------------------------------------------------------------------- members' page
def member_meta(version: AgreementVersion) -> str:
    return fill(_tr("Version %1, adopted %2."), version.number, long_date(version.adopted_on))
