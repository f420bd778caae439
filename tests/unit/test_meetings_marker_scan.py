"""Claim 1 for the meetings data (issue 9): nothing typed into a schedule, meeting,
agenda segment, template or topic reaches the disk in the clear. The control opens
the same data through the services and finds every marker."""

from __future__ import annotations

from pathlib import Path

from safespace_desktop.services.meetings import (
    AgendaService,
    MeetingsService,
    MeetingTemplatesService,
    TopicsService,
)
from safespace_desktop.services.vault import Vault
from tests.unit.meetings_helpers import write_one_of_each
from tests.unit.security_helpers import find_markers, new_marker, vault_files


def test_no_meetings_text_reaches_any_file(vault: Vault, vault_path: Path) -> None:
    data_dir = vault_path.parent.parent
    markers: list[str] = []

    def mark() -> str:
        value = new_marker()
        markers.append(value)
        return value

    write_one_of_each(vault, mark)
    files = list(vault_files(data_dir))
    assert [p for p in files if p.name.endswith("-wal")], "expected a live WAL to scan"
    assert find_markers(files, markers) == {}

    # Control: every marker is really stored and opens with the facilitator's keys.
    meetings = MeetingsService(vault)
    stored = meetings.meetings()
    seen = repr(meetings.schedule()) + repr(stored)
    seen += "".join(repr(AgendaService(vault).detail(m.id)) for m in stored)
    seen += repr(MeetingTemplatesService(vault).templates())
    seen += repr(TopicsService(vault).topics())
    assert [m for m in markers if m not in seen] == []

    vault.lock()
    vault.close()
    assert find_markers(list(vault_files(data_dir)), markers) == {}
