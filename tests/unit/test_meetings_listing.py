"""The Meetings overview from the index's listing (issue 15): the next and past meetings
are a slice either side of today in the listing kept per index revision, and they are
exactly what walking every index entry gives (the way the overview read them before),
whoever changed the rows and however."""

from __future__ import annotations

import heapq
import random
from datetime import date, timedelta

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.meetings.model import Cadence, Meeting
from safespace_desktop.core.meetings.recurrence import next_occurrences, occurrences_between
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.sync.record import DELETED_FIELD
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.meetings import index as meetings_index
from safespace_desktop.services.meetings.meetings import PAST_WINDOW_DAYS, MeetingsOverview
from safespace_desktop.services.meetings.records import meeting_fields, occurrence_id
from safespace_desktop.services.vault import Vault


def _walked(vault: Vault, day: date, count: int = 8, past_limit: int = 20) -> MeetingsOverview:
    """The overview as it was worked out before the listing: every entry walked."""
    service = MeetingsService(vault)
    with store.transaction(vault) as (db, keyring, _principal):
        periods = service._periods(db, keyring)
        entries = meetings_index.stored_entries(vault, db, keyring)
        group_id = db.group_id
    today = day.isoformat()
    taken = {(e.get("schedule_id"), e.get("occurs_on")) for e in entries if e.get("schedule_id")}
    key = meetings_index.order_key
    soon = heapq.nsmallest(count, (e for e in entries if str(e.get("on") or "") >= today), key=key)
    ahead = [meeting_fields(e) for e in soon]
    overriding = sum(1 for e in entries if str(e.get("occurs_on") or "") >= today)

    def virtual(period_id: str, period: object, on: date) -> Meeting:
        return Meeting(
            id=occurrence_id(group_id, period_id, on),
            on=on,
            start=period.start,  # type: ignore[attr-defined]
            minutes=period.minutes,  # type: ignore[attr-defined]
            place=period.place,  # type: ignore[attr-defined]
            schedule_id=period_id,
            occurs_on=on,
            stored=False,
        )

    for period, on in next_occurrences(periods, day, count + overriding):
        if (period.id, on.isoformat()) not in taken:
            ahead.append(virtual(period.id, period, on))
    recent = heapq.nlargest(
        past_limit, (e for e in entries if str(e.get("on") or "") < today), key=key
    )
    behind = [meeting_fields(e) for e in recent]
    start = day - timedelta(days=PAST_WINDOW_DAYS)
    for period, on in occurrences_between(periods, start, day - timedelta(days=1)):
        if (period.id, on.isoformat()) not in taken:
            behind.append(virtual(period.id, period, on))

    def order(m: Meeting) -> tuple[date, str, str]:
        return m.on, m.start, m.id

    current = service.overview(today=day).current
    return MeetingsOverview(
        periods=tuple(periods),
        current=current,
        upcoming=tuple(sorted(ahead, key=order)[:count]),
        past=tuple(sorted(behind, key=order, reverse=True)[:past_limit]),
        today=day,
    )


def _varied_history(vault: Vault, seed: int) -> list[str]:
    """A weekly schedule from three months ago, extra meetings either side of today
    (some on the same day and time), occurrences stored, moved across today, cancelled,
    and extra meetings taken back: the stored ids."""
    rng = random.Random(seed)
    service = MeetingsService(vault)
    today = today_from(vault.clock.now())
    service.set_schedule(
        Cadence.WEEKLY,
        weekday=rng.randrange(7),
        start="18:30",
        minutes=90,
        from_date=today - timedelta(days=90),
    )
    ids: list[str] = []
    for _ in range(30):
        day = today + timedelta(days=rng.randrange(-70, 70))
        start = rng.choice(["10:00", "18:30", "18:30"])
        ids.append(service.add_extra(day, start=start, minutes=60).id)
    occurrences = [*service.overview().upcoming[:4], *service.overview().past[:6]]
    for meeting in occurrences:
        ids.append(service.ensure(meeting).id)
    for meeting_id in rng.sample(ids, 10):
        service.move(meeting_id, today + timedelta(days=rng.randrange(-40, 40)))
    for meeting_id in rng.sample(ids, 4):
        service.cancel(meeting_id, "The hall is closed")
    for meeting_id in rng.sample(ids[:30], 3):
        service.remove_extra(meeting_id)
    return ids


def test_the_overview_equals_walking_every_entry(vault: Vault, clock: ManualClock) -> None:
    _varied_history(vault, seed=15)
    service = MeetingsService(vault)
    today = today_from(clock.now())
    for offset in (-80, -30, -1, 0, 1, 7, 45, 90):
        day = today + timedelta(days=offset)
        for count, past_limit in ((8, 20), (3, 5), (40, 60)):
            shown = service.overview(count=count, past_limit=past_limit, today=day)
            assert shown == _walked(vault, day, count, past_limit)
    # Some of every kind were shown, so the comparison covered them.
    middle = service.overview(count=40, past_limit=60)
    shown = [*middle.upcoming, *middle.past]
    assert any(m.stored and m.extra for m in shown) and any(m.cancelled for m in shown)
    assert any(m.stored and m.schedule_id for m in shown) and any(not m.stored for m in shown)


def test_a_meeting_changed_behind_the_index_moves_in_the_listing(
    vault: Vault, clock: ManualClock
) -> None:
    """A sync import, a restore or another PC writes meeting rows without the index: the
    rows' fingerprints differ, they are opened again, and the listing is made anew."""
    service = MeetingsService(vault)
    today = today_from(clock.now())
    past = service.add_extra(today - timedelta(days=3), start="10:00", minutes=60)
    gone = service.add_extra(today + timedelta(days=5), start="10:00", minutes=60)
    first = service.overview()
    assert [m.id for m in first.past] == [past.id] and [m.id for m in first.upcoming] == [gone.id]
    ring = id(vault.keyring_for_tests())
    listing = meetings_index._CACHE[ring].listing
    assert listing is not None
    assert service.overview() == first
    assert meetings_index._CACHE[ring].listing is listing  # kept: nothing changed

    with store.transaction(vault) as (db, keyring, _principal):
        repo = db.group.meetings
        for meeting_id, changes in (
            (past.id, {"on": (today + timedelta(days=2)).isoformat()}),
            (gone.id, {DELETED_FIELD: True}),
        ):
            record = repo.get(db, keyring, meeting_id)
            assert record is not None
            store.write(vault, db, repo, keyring.commons_key, meeting_id, record.state, changes)

    after = service.overview()
    assert after.past == ()
    assert [(m.id, m.on) for m in after.upcoming] == [(past.id, today + timedelta(days=2))]
    assert after == _walked(vault, today)
    assert meetings_index._CACHE[ring].listing is not listing
