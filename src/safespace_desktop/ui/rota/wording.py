"""What the rota page says, in one place (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from safespace_desktop.core.rota import RotaLine, RotaMeeting
from safespace_desktop.services.rota import RotaOverview
from safespace_desktop.ui.wording.dates import to_qdate
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("Rota", text)


def when(meeting: RotaMeeting) -> str:
    day = QLocale().toString(to_qdate(meeting.on), "ddd d MMM")
    return fill(tr("%1, %2"), day, meeting.start)


def name(overview: RotaOverview, person_id: str) -> str:
    return overview.handle(person_id) or tr("someone who has left")


def row_text(overview: RotaOverview, line: RotaLine) -> str:
    """One line of the list: when, who leads, who supports, and what needs doing."""
    head = when(line.meeting)
    if line.meeting.cancelled:
        return fill(tr("%1 — cancelled, nobody needed"), head)
    if line.needs_cover:
        choice = line.choice
        if not choice.lead:
            reason = tr("nobody to lead yet")
        elif choice.lead in choice.away:
            reason = tr("the lead is away and nobody covers yet")
        else:
            reason = tr("the lead is no longer a facilitator")
        return fill(tr("%1 — needs cover: %2"), head, reason)
    text = fill(tr("%1 — leads: %2"), head, name(overview, line.leading))
    if line.supporting:
        text = fill(tr("%1 · supports: %2"), text, name(overview, line.supporting))
    if line.choice.cover and line.choice.cover in (line.leading, line.supporting):
        text = fill(tr("%1 (covering)"), text)
    return text


def summary(overview: RotaOverview) -> str:
    if not overview.lines:
        return tr("No meetings are planned yet. Set the schedule on the Meetings page.")
    needing = len(overview.needing_cover)
    if not needing:
        return fill(
            tr("Every one of the next %1 meetings has someone to lead it."), len(overview.lines)
        )
    if needing == 1:
        return fill(tr("1 of the next %1 meetings needs cover."), len(overview.lines))
    return fill(tr("%1 of the next %2 meetings need cover."), needing, len(overview.lines))


def long_run_notes(overview: RotaOverview) -> str:
    """A gentle note per person who would lead many meetings in a row (first time only)."""
    notes: list[str] = []
    noted: set[str] = set()
    for line in overview.lines:
        if line.long_run and line.leading not in noted:
            noted.add(line.leading)
            notes.append(
                fill(
                    tr(
                        "%1 would lead %2 meetings in a row by %3. Leading takes a lot; "
                        "could someone else take a turn? Sharing the lead helps everyone "
                        "stay well."
                    ),
                    name(overview, line.leading),
                    line.run_length,
                    when(line.meeting),
                )
            )
    return "\n".join(notes)


def needs_cover_line(overview: RotaOverview) -> str:
    """The short line on the Home page ("" when every meeting is covered)."""
    needing = overview.needing_cover
    if not needing:
        return ""
    first = when(needing[0].meeting)
    if len(needing) == 1:
        return fill(tr("Rota: the meeting on %1 needs cover."), first)
    return fill(tr("Rota: %1 meetings need cover, the first on %2."), len(needing), first)


def nobody() -> str:
    return tr("Nobody yet")


def no_cover() -> str:
    return tr("No cover needed")


def saved(meeting: RotaMeeting) -> str:
    return fill(tr("The rota for %1 is saved."), when(meeting))


def editing(meeting: RotaMeeting) -> str:
    return fill(tr("Who leads on %1"), when(meeting))


def you(handle: str) -> str:
    return fill(tr("%1 (you)"), handle)
