"""Who came to which meetings, as far as the evaluation suggestions need it (issue 15).

``suggest_evaluations`` looks for a person's 3rd or 6th meeting within the last
``MILESTONE_FRESH_DAYS``. Only people who came to a meeting in that window can have
one, and only their first six meetings matter, so this opens the attendance rows of the
window's meetings, then walks back through older meetings, newest first, for those
people only, and stops as soon as each of them has six earlier meetings (no milestone in
the window) or the history ends. A group with 50,000 attendance rows opens a few hundred
instead of all of them on every Home page. The result gives ``suggest_evaluations``
exactly the suggestions the full history gives (a unit test compares the two).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta

from safespace_desktop.core.feedback import MILESTONE_FRESH_DAYS, MILESTONES
from safespace_desktop.services import attendance_rows
from safespace_desktop.services.meetings.index import stored_listing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.read_many import load_where_in
from safespace_desktop.storage.unit_of_work import UnitOfWork

ATTENDED = ("present", "late")
_ONE_BY_ONE = 200  # older meetings read a few per query; past that, one read of the rest
# Older meetings per query: fewer queries for a few more rows opened than strictly
# needed (a person with six earlier meetings is left out either way).
_STEP = 4


def meeting_days(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> dict[str, date]:
    """Meeting id → date of every stored meeting not cancelled, straight from the
    meetings index (no ``Meeting`` objects for 5,000 meetings): the session's listing
    keeps them per index revision, so only the index's "has anything changed" check
    runs on a read after the first."""
    return dict(stored_listing(vault, db, keyring).held_days)


def _marks_at(
    db: UnitOfWork, keyring: KeyRing, meeting_ids: list[str], everything: bool
) -> list[tuple[str, str]]:
    """(member id, meeting id) of every attended mark at ``meeting_ids``."""
    repo = db.group.attendance
    if everything:
        wanted = set(meeting_ids)
        loaded, _damaged = repo.load_all(db, keyring)
        records = [r for r in loaded if str(r.extra.get("meeting_id", "")) in wanted]
    else:
        records, _damaged = load_where_in(db, repo, keyring, "meeting_id", meeting_ids)
    found_marks: list[tuple[str, str]] = []
    for record in records:
        mark = attendance_rows.live_mark(record)
        if mark is not None and mark.status.value in ATTENDED:
            found_marks.append((mark.member_id, str(record.extra.get("meeting_id", ""))))
    return found_marks


def attended_for_suggestions(
    db: UnitOfWork, keyring: KeyRing, on: Mapping[str, date], today: date
) -> dict[str, list[date]]:
    """For each person who came to a meeting in the milestone window, the dates of the
    meetings they came to up to ``today`` (all of them, or at least their ``max
    MILESTONES`` before the window, which rules a milestone in the window out). People
    left out cannot reach a milestone in the window."""
    window_start = today - timedelta(days=MILESTONE_FRESH_DAYS)
    held = sorted(((day, mid) for mid, day in on.items() if day <= today), reverse=True)
    recent = [mid for day, mid in held if day >= window_start]
    older = [mid for day, mid in held if day < window_start]
    attended: dict[str, set[date]] = defaultdict(set)
    for member_id, meeting_id in _marks_at(db, keyring, recent, everything=False):
        attended[member_id].add(on[meeting_id])
    enough = max(MILESTONES)
    earlier: dict[str, set[date]] = {member_id: set() for member_id in attended}
    waiting = set(earlier)
    position = 0
    while waiting and position < len(older):
        if position >= _ONE_BY_ONE:
            batch, everything = older[position:], True
        else:
            batch, everything = older[position : position + _STEP], False
        position += len(batch)
        for member_id, meeting_id in _marks_at(db, keyring, batch, everything):
            if member_id in waiting:
                earlier[member_id].add(on[meeting_id])
                if len(earlier[member_id]) >= enough:
                    waiting.discard(member_id)
    return {
        member_id: sorted(days | earlier[member_id])
        for member_id, days in attended.items()
        if len(earlier[member_id]) < enough
    }
