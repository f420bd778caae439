"""The group's schedule and its meetings (issue 9): cadence periods, the next meetings,
past meetings, extra meetings, moving and cancelling.

- The schedule is a list of periods (``SchedulePeriod``). Changing the cadence ends
  the current period the day before the change and starts a new one, so every meeting
  before the change stays as it was.
- A scheduled occurrence is listed without a record until someone plans, moves or
  cancels it: ``ensure`` stores it under a deterministic id (``occurrence_id``).
- Schedule and meetings are sealed under the commons key: members read them
  (``MemberMeetingsService``). Only facilitators change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError
from safespace_desktop.core.meetings.model import (
    PLACE_MAX,
    REASON_MAX,
    TITLE_MAX,
    UPCOMING_COUNT,
    Cadence,
    Meeting,
    MeetingStatus,
    SchedulePeriod,
)
from safespace_desktop.core.meetings.recurrence import (
    end_periods_before,
    next_occurrences,
    occurrences_between,
)
from safespace_desktop.core.sync.record import DELETED_FIELD, JsonValue, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.meetings.index import stored_listing, stored_meetings
from safespace_desktop.services.meetings.records import (
    check_clock,
    check_meeting_minutes,
    check_title,
    check_week_of_month,
    check_weekday,
    meeting_fields,
    occurrence_id,
    to_meeting,
    to_period,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

PAST_WINDOW_DAYS = 2 * 366


@dataclass(frozen=True)
class MeetingsOverview:
    """What the Meetings page lists: the schedule, the next meetings and past ones."""

    periods: tuple[SchedulePeriod, ...]
    current: SchedulePeriod | None
    upcoming: tuple[Meeting, ...]
    past: tuple[Meeting, ...]
    today: date


def _virtual(group_id: str, period: SchedulePeriod, day: date) -> Meeting:
    return Meeting(
        id=occurrence_id(group_id, period.id, day),
        on=day,
        start=period.start,
        minutes=period.minutes,
        place=period.place,
        schedule_id=period.id,
        occurs_on=day,
        stored=False,
    )


def _order(meeting: Meeting) -> tuple[date, str, str]:
    return meeting.on, meeting.start, meeting.id


class MeetingsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- reading -------------------------------------------------------------------
    def _periods(self, db: UnitOfWork, keyring: KeyRing) -> list[SchedulePeriod]:
        loaded, _damaged = db.group.meeting_schedules.load_all(db, keyring)
        return sorted(map(to_period, loaded), key=lambda p: (p.starts_on, p.id))

    def schedule(self) -> list[SchedulePeriod]:
        """Every period of the schedule, oldest first (anyone unlocked may read it)."""
        with store.transaction(self._vault) as (db, keyring, _principal):
            return self._periods(db, keyring)

    def overview(
        self, *, count: int = UPCOMING_COUNT, past_limit: int = 20, today: date | None = None
    ) -> MeetingsOverview:
        """The schedule, the next ``count`` meetings (from today) and up to
        ``past_limit`` past meetings, newest first. Opens no meeting row that has not
        changed since the index was last brought up to date."""
        day = today or store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            periods = self._periods(db, keyring)
            listing = stored_listing(self._vault, db, keyring)
            group_id = db.group_id
        # The index's entries in list order (kept per index revision): the next meetings
        # are the first ``count`` from today, the past ones the ``past_limit`` before it.
        # Meeting values are built only for the few shown: a long-lived group has
        # thousands of meetings.
        today_text = day.isoformat()
        split = listing.split(today_text)
        soon = listing.ordered[split : split + count]
        ahead = [meeting_fields(e) for e in soon]
        overriding = listing.overriding_from(today_text)
        taken = listing.taken
        for period, on in next_occurrences(periods, day, count + overriding):
            if (period.id, on.isoformat()) not in taken:
                ahead.append(_virtual(group_id, period, on))
        recent = listing.ordered[max(0, split - past_limit) : split][::-1]
        behind = [meeting_fields(e) for e in recent]
        start = day - timedelta(days=PAST_WINDOW_DAYS)
        for period, on in occurrences_between(periods, start, day - timedelta(days=1)):
            if (period.id, on.isoformat()) not in taken:
                behind.append(_virtual(group_id, period, on))
        current = next(
            (p for p in reversed(periods) if p.starts_on <= day and (p.ends_on or day) >= day),
            None,
        ) or next((p for p in periods if p.starts_on > day), None)
        return MeetingsOverview(
            periods=tuple(periods),
            current=current,
            upcoming=tuple(sorted(ahead, key=_order)[:count]),
            past=tuple(sorted(behind, key=_order, reverse=True)[:past_limit]),
            today=day,
        )

    def meetings(self) -> list[Meeting]:
        """Every stored meeting (planned, moved, cancelled or extra), oldest first."""
        with store.transaction(self._vault) as (db, keyring, _principal):
            return sorted(stored_meetings(self._vault, db, keyring), key=_order)

    def meeting(self, meeting_id: str) -> Meeting:
        with store.transaction(self._vault) as (db, keyring, _principal):
            return to_meeting(self._record(db, keyring, meeting_id))

    @staticmethod
    def _record(db: UnitOfWork, keyring: KeyRing, meeting_id: str) -> LoadedRecord:
        record = db.group.meetings.get(db, keyring, meeting_id)
        if record is None or record.state.deleted:
            raise NotFound("meeting_gone")
        return record

    # -- the schedule --------------------------------------------------------------
    def set_schedule(
        self,
        cadence: Cadence,
        *,
        weekday: int,
        start: str,
        minutes: int,
        place: str = "",
        week_of_month: int = 1,
        template_key: str = "",
        from_date: date | None = None,
    ) -> SchedulePeriod:
        """The group meets like this from ``from_date`` (today when None). Periods
        before keep their dates; a period that had not started yet is replaced. For a
        one-off schedule ``from_date`` is the meeting's date."""
        self._vault.require_facilitator()
        cadence = Cadence(cadence)
        changes: dict[str, JsonValue] = {
            "cadence": cadence.value,
            "weekday": check_weekday(weekday),
            "week_of_month": check_week_of_month(week_of_month),
            "start": check_clock("start", start),
            "minutes": check_meeting_minutes(minutes),
            "place": check_title("place", place, PLACE_MAX, required=False),
            "template_key": check_title("template_key", template_key, TITLE_MAX, required=False),
        }
        day = from_date or store.today(self._vault)
        changes["starts_on"] = day.isoformat()
        changes["ends_on"] = day.isoformat() if cadence is Cadence.ONE_OFF else None
        record_id = store.new_id()
        with store.transaction(self._vault) as (db, keyring, _principal):
            repo = db.group.meeting_schedules
            for period, ends_on in end_periods_before(self._periods(db, keyring), day):
                if period.cadence is Cadence.ONE_OFF and ends_on is not None:
                    continue  # a one-off that already happened stays as it was
                record = repo.get(db, keyring, period.id)
                if record is None:
                    continue
                end: dict[str, JsonValue] = (
                    {DELETED_FIELD: True} if ends_on is None else {"ends_on": ends_on.isoformat()}
                )
                store.write(
                    self._vault, db, repo, keyring.commons_key, period.id, record.state, end
                )
            state = store.write(
                self._vault, db, repo, keyring.commons_key, record_id, RecordState(), changes
            )
            rev = repo.stored_rev(db, record_id) or 0
        return to_period(LoadedRecord(record_id, rev, state, {}))

    # -- meetings ------------------------------------------------------------------
    def ensure(self, meeting: Meeting) -> Meeting:
        """The meeting stored (a scheduled occurrence gets its record now, under its
        deterministic id); a stored meeting is returned as it is stored."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = db.group.meetings.get(db, keyring, meeting.id)
            if record is not None and not record.state.deleted:
                return to_meeting(record)
            if meeting.stored or not meeting.schedule_id or meeting.occurs_on is None:
                raise NotFound("meeting_gone")
            if meeting.id != occurrence_id(db.group_id, meeting.schedule_id, meeting.occurs_on):
                raise ValidationError("meeting", "not_a_choice")
            return self._write_new(
                db,
                keyring,
                meeting.id,
                {
                    "on": meeting.on.isoformat(),
                    "start": meeting.start,
                    "minutes": meeting.minutes,
                    "place": meeting.place,
                    "status": MeetingStatus.PLANNED.value,
                    "cancel_reason": "",
                    "extra": False,
                    "title": "",
                    "schedule_id": meeting.schedule_id,
                    "occurs_on": meeting.occurs_on.isoformat(),
                },
                record.state if record is not None else RecordState(),
            )

    def add_extra(
        self,
        on: date,
        *,
        start: str,
        minutes: int,
        place: str = "",
        title: str = "",
    ) -> Meeting:
        """An extra (or one-off) meeting outside the schedule."""
        self._vault.require_facilitator()
        changes: dict[str, JsonValue] = {
            "on": on.isoformat(),
            "start": check_clock("start", start),
            "minutes": check_meeting_minutes(minutes),
            "place": check_title("place", place, PLACE_MAX, required=False),
            "title": check_title("title", title, TITLE_MAX, required=False),
            "status": MeetingStatus.PLANNED.value,
            "cancel_reason": "",
            "extra": True,
            "schedule_id": "",
            "occurs_on": None,
        }
        with store.transaction(self._vault) as (db, keyring, _principal):
            return self._write_new(db, keyring, store.new_id(), changes, RecordState())

    def _write_new(
        self,
        db: UnitOfWork,
        keyring: KeyRing,
        record_id: str,
        changes: dict[str, JsonValue],
        state: RecordState,
    ) -> Meeting:
        repo = db.group.meetings
        if state.deleted:
            changes = {**changes, DELETED_FIELD: False}
        state = store.write(self._vault, db, repo, keyring.commons_key, record_id, state, changes)
        return to_meeting(LoadedRecord(record_id, repo.stored_rev(db, record_id) or 0, state, {}))

    def _update(
        self, meeting_id: str, changes: dict[str, JsonValue], expected_rev: int | None
    ) -> Meeting:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = self._record(db, keyring, meeting_id)
            store.check_revision(record, expected_rev, "meeting")
            current = record.state
            writes = {k: v for k, v in changes.items() if current.get(k) != v}
            if not writes:
                return to_meeting(record)
            return self._write_new(db, keyring, meeting_id, writes, current)

    def update(
        self,
        meeting_id: str,
        *,
        on: date | None = None,
        start: str | None = None,
        minutes: int | None = None,
        place: str | None = None,
        title: str | None = None,
        expected_rev: int | None = None,
    ) -> Meeting:
        """Move the meeting (date or time) or change its length, place or title."""
        changes: dict[str, JsonValue] = {}
        if on is not None:
            changes["on"] = on.isoformat()
        if start is not None:
            changes["start"] = check_clock("start", start)
        if minutes is not None:
            changes["minutes"] = check_meeting_minutes(minutes)
        if place is not None:
            changes["place"] = check_title("place", place, PLACE_MAX, required=False)
        if title is not None:
            changes["title"] = check_title("title", title, TITLE_MAX, required=False)
        return self._update(meeting_id, changes, expected_rev)

    def move(
        self,
        meeting_id: str,
        on: date,
        start: str | None = None,
        *,
        expected_rev: int | None = None,
    ) -> Meeting:
        return self.update(meeting_id, on=on, start=start, expected_rev=expected_rev)

    def cancel(self, meeting_id: str, reason: str, *, expected_rev: int | None = None) -> Meeting:
        """Cancel with a reason members can see ("The hall is closed for repairs")."""
        text = check_title("cancel_reason", reason, REASON_MAX)
        changes: dict[str, JsonValue] = {
            "status": MeetingStatus.CANCELLED.value,
            "cancel_reason": text,
        }
        return self._update(meeting_id, changes, expected_rev)

    def restore(self, meeting_id: str, *, expected_rev: int | None = None) -> Meeting:
        """Undo a cancellation: the meeting is planned again and the reason is cleared."""
        changes: dict[str, JsonValue] = {"status": MeetingStatus.PLANNED.value, "cancel_reason": ""}
        return self._update(meeting_id, changes, expected_rev)

    def remove_extra(self, meeting_id: str, *, expected_rev: int | None = None) -> None:
        """Take back an extra meeting added by mistake (a scheduled one is cancelled)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = self._record(db, keyring, meeting_id)
            store.check_revision(record, expected_rev, "meeting")
            if not record.state.get("extra", False):
                raise NotPermitted("scheduled_meeting")
            store.write(
                self._vault,
                db,
                db.group.meetings,
                keyring.commons_key,
                meeting_id,
                record.state,
                {DELETED_FIELD: True},
            )
