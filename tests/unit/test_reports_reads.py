"""A report reads only its meetings' rows (issue 15) and counts exactly what reading
every row counts, for any period."""

from __future__ import annotations

from datetime import date

import pytest

from safespace_desktop.core.reports.period import Period
from safespace_desktop.services import reports
from safespace_desktop.services.meetings.records import meeting_fields
from safespace_desktop.services.reports import ReportService
from safespace_desktop.services.vault import Vault
from tests.unit.report_helpers import first_quarter
from tests.unit.security_helpers import flip_bit, raw_rows, raw_update

PERIODS = (
    Period.quarter_of(date(2027, 1, 15)),
    Period.quarter_of(date(2026, 12, 1)),
    Period.between(date(2026, 12, 1), date(2027, 1, 9)),
    Period.between(date(2027, 1, 5), date(2027, 1, 11)),
    Period.between(date(2027, 1, 13), date(2027, 3, 1)),
)


def test_same_facts_as_reading_every_row(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    first_quarter(vault)
    service = ReportService(vault)
    few = [service.facts(period) for period in PERIODS]
    monkeypatch.setattr(reports, "_BY_MEETING", -1)  # every row, as before
    every = [service.facts(period) for period in PERIODS]
    assert few == every
    assert sum(len(f.meetings) for f in few) > 4  # control: the periods hold meetings
    assert any(n.meetings_attended for f in few for n in f.newcomers)


def test_same_facts_as_making_every_meeting(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the index entries from the period's start to today become meetings; the
    facts are those of turning every entry into a meeting and reading every row."""
    first_quarter(vault)
    service = ReportService(vault)
    few = [service.facts(period) for period in PERIODS]
    monkeypatch.setattr(reports, "_BY_MEETING", -1)
    monkeypatch.setattr(
        reports,
        "_meetings_between",
        lambda entries, _period, _as_of: [meeting_fields(e) for e in entries],
    )
    every = [service.facts(period) for period in PERIODS]
    assert few == every
    assert sum(len(f.meetings) for f in few) > 4


def test_meetings_between_keeps_days_written_another_way() -> None:
    period = Period.between(date(2027, 1, 1), date(2027, 3, 31))
    entries = [
        {"id": "before", "on": "2026-12-31"},
        {"id": "first", "on": "2027-01-01"},
        {"id": "basic", "on": "20270205"},  # a date Python reads, not in the usual form
        {"id": "today", "on": "2027-02-10"},
        {"id": "after-today", "on": "2027-02-11"},
        {"id": "no-day"},
        {"id": "not-a-day", "on": "someday"},
    ]
    found = reports._meetings_between(entries, period, date(2027, 2, 10))
    assert [m.id for m in found] == ["first", "basic", "today"]


def test_a_damaged_row_is_left_out_as_reading_every_row_leaves_it_out(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The period's outcome and head-count rows are opened in one query each; one that
    fails to authenticate is left out of the report, exactly as the full read does."""
    first_quarter(vault)
    service = ReportService(vault)
    whole = service.facts(PERIODS[0])
    for table in ("meeting_outcomes", "attendance_counts"):
        rows = raw_rows(vault, table)
        assert rows  # control: the quarter has such rows
        blob = bytes(rows[0]["payload_sealed"])
        raw_update(vault, table, rows[0]["id"], payload_sealed=flip_bit(blob, len(blob) * 4))
    few = [service.facts(period) for period in PERIODS]
    assert few[0] != whole  # control: the damage changed what is counted
    monkeypatch.setattr(reports, "_BY_MEETING", -1)
    assert [service.facts(period) for period in PERIODS] == few
