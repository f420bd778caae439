"""The agenda laid out for the printer: each segment with its start and end time, so
the times on paper add up to the meeting's length. A room copy leaves out every
facilitator-only note and shows an internal segment only as "Facilitators' time" (its
minutes stay, so the times still add up); the facilitators' copy has everything."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

from safespace_desktop.core.meetings.agenda import timing
from safespace_desktop.core.meetings.model import MeetingDetail
from safespace_desktop.ui.meetings.wording import day_text, end_time, kind_label, tr
from safespace_desktop.ui.printing.documents import PRINT_SCALE
from safespace_desktop.ui.widgets.agreement_text import fill_agreement
from safespace_desktop.ui.widgets.headings import scaled_font
from safespace_desktop.ui.wording.placeholders import fill

LARGE_PRINT_SCALE = 1.8


def agenda_lines(detail: MeetingDetail, *, facilitator_copy: bool) -> tuple[list[str], list[str]]:
    """(subtitle lines, one line per segment and its texts) for the printed agenda."""
    meeting = detail.meeting
    times = timing(meeting.start, meeting.minutes, [s.minutes for s in detail.segments])
    subtitle = [fill(tr("%1, %2 to %3"), day_text(meeting.on), meeting.start, end_time(meeting))]
    if meeting.place:
        subtitle.append(meeting.place)
    if meeting.cancelled:
        subtitle.append(fill(tr("Cancelled: %1"), meeting.cancel_reason))
    lines: list[str] = []
    for index, segment in enumerate(detail.segments):
        span = fill(tr("%1–%2"), times.starts[index], times.ends[index])
        if not segment.public and not facilitator_copy:
            lines.append(fill(tr("%1  Facilitators' time (%2 min)"), span, segment.minutes))
            continue
        lines.append(
            fill(
                tr("%1  %2 (%3 min) — %4"),
                span,
                segment.title,
                segment.minutes,
                kind_label(segment.kind),
            )
        )
        if segment.read_aloud:
            lines.append(segment.read_aloud)
        if segment.kind.value == "agreement" and detail.agreement_version is not None:
            lines.append(fill(tr("Group agreement, version %1:"), detail.agreement_version))
            lines.extend(line for line in detail.agreement_text.splitlines() if line.strip())
        if facilitator_copy and segment.note:
            lines.append(fill(tr("Facilitator note: %1"), segment.note))
        if facilitator_copy and not segment.public:
            lines.append(tr("(Facilitators only.)"))
    lines.append(
        fill(
            tr("Ends at %1. Planned %2 of %3 minutes."),
            times.ends[-1] if times.ends else meeting.start,
            times.total,
            meeting.minutes,
        )
    )
    return subtitle, lines


def agenda_document(
    detail: MeetingDetail, base_font: QFont, *, large_print: bool, facilitator_copy: bool
) -> QTextDocument:
    subtitle, lines = agenda_lines(detail, facilitator_copy=facilitator_copy)
    title = detail.meeting.title or tr("Meeting agenda")
    scale = LARGE_PRINT_SCALE if large_print else PRINT_SCALE
    document = QTextDocument()
    fill_agreement(document, title, lines, scaled_font(base_font, scale), subtitle_lines=subtitle)
    return document
