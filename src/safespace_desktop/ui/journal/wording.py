"""What the journal says: dates, moods and headlines in words, and the page's own texts.

Shared by the entry list, the editor, the mood chart and the dialogs, so a mood or a
day reads the same everywhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from safespace_desktop.core.model import MOOD_MAX, JournalEntry
from safespace_desktop.ui.wording.dates import to_qdate
from safespace_desktop.ui.wording.placeholders import fill

HEADLINE_CHARS = 70


def tr(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


def mood_word(mood: int) -> str:
    """A gentle word for a mood from 1 to 5."""
    words = {
        1: tr("very low"),
        2: tr("low"),
        3: tr("getting by"),
        4: tr("good"),
        5: tr("really good"),
    }
    return words.get(mood, "")


def mood_text(mood: int | None) -> str:
    """The mood with its number and its word, e.g. "Mood 2 of 5, low"."""
    if mood is None:
        return tr("No mood noted")
    return fill(tr("Mood %1 of %2, %3"), mood, MOOD_MAX, mood_word(mood))


def long_date(day: date) -> str:
    """The day written out, e.g. "Thursday 14 January 2027"."""
    return QLocale().toString(to_qdate(day), "dddd d MMMM yyyy")


def short_date(day: date) -> str:
    """The day in a list, e.g. "Thu 14 Jan 2027"."""
    return QLocale().toString(to_qdate(day), "ddd d MMM yyyy")


def headline(entry: JournalEntry) -> str:
    """The title, or else the entry's first line of text, kept short."""
    text = entry.title.strip()
    if not text:
        text = next((line.strip() for line in entry.body.splitlines() if line.strip()), "")
    if not text and entry.feelings:
        text = ", ".join(entry.feelings)
    if not text:
        return tr("(no words, a mood only)")
    if len(text) > HEADLINE_CHARS:
        text = text[: HEADLINE_CHARS - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"
    return text


def count_text(count: int) -> str:
    """ "1 entry" / "12 entries".

    Spelled out rather than "%n entries": the English plural catalogue fills forms
    from "(s)", which cannot make "entry" / "entries".
    """
    if count == 1:
        return tr("1 entry")
    return fill(tr("%1 entries"), count)


def nav_title(is_facilitator: bool) -> str:
    return tr("My reflections") if is_facilitator else tr("Journal")


def privacy_promise(is_facilitator: bool) -> str:
    """The header's promise, and only what is true.

    Copying out of the editor is blocked, so journal text does not linger on a
    shared clipboard; the person can still export their own journal from My account.
    """
    if is_facilitator:
        return tr(
            "A private place for you: other facilitators cannot open it. Copying from the "
            "editor is blocked, so your words don't linger on this computer's shared "
            "clipboard. You can export your own reflections from My account."
        )
    return tr(
        "Only you can open your journal: not a facilitator, not anyone else who uses "
        "this computer. Copying from the editor is blocked, so your words don't linger "
        "on this computer's shared clipboard. You can export your own journal from "
        "My account."
    )
