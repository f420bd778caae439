"""One generator for the design sizes (DESIGN.md §6), used by every benchmark and the
slow tests. Deterministic by seed; never shipped (benchmarks/ is not in the installer).

A size is a ``Size`` of counts: members, meetings (8 agenda segments each, one of them
facilitator-only, every one with a facilitator note), attendance rows, coping resources
(some with a small attachment), facilitator notes (one meeting record per meeting, the
rest follow-ups), one member's journal entries, and tombstones (deleted journal
entries, resources and follow-ups).

Every record is written through the services' own record writers (``roster_store.write``,
the agenda's ``_write_segment``, the attendance rows' ``store_write``, the resources'
``to_values``/repository, ``JournalService.add_many``, ``AttachmentsService.add``) inside
large units of work instead of one transaction per record: the rows are sealed exactly
as the app seals them, only the number of commits (and fsyncs) differs. Each unit of
work is a ``storage.bulk_writes.BulkUnitOfWork`` (``BulkVault``): new records are
inserted together, one executemany per table, instead of one ORM flush each (L in
about six minutes instead of over an hour). Deletions go through the services' own
``delete`` calls.

    from datagen import SIZES, build_folder      # benchmarks (benchmarks/ on sys.path)
    from benchmarks.datagen import SIZES, populate  # tests
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.meetings.model import Cadence, MeetingStatus, SegmentKind
from safespace_desktop.core.meetings.templates import PEER_CIRCLE
from safespace_desktop.core.model import JournalEntryInput, MemberDraft
from safespace_desktop.core.resources.model import (
    Audience,
    LocalService,
    ResourceDraft,
    ResourceKind,
    clean_draft,
)
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.services import attendance_rows as rows
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attachments import AttachmentsService
from safespace_desktop.services.attendance import consent_ids
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.follow_ups import FollowUpsService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.meetings.records import occurrence_id
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.services.resources import library as resource_library
from safespace_desktop.services.resources.records import to_values
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.bulk_writes import holding
from safespace_desktop.storage.unit_of_work import UnitOfWork

FACILITATOR = ("bench-facilitator", "benchmark facilitator passphrase")
MEMBER = ("bench-member", "benchmark member passphrase here")

# The one vocabulary of generated text (journal, notes, resources).
WORDS = [
    *["feel", "calm", "group", "meeting", "breathing", "walk", "tired", "hopeful"],
    *["anxious", "support", "family", "sleep", "morning", "evening", "coffee", "rain"],
    *["sun", "friend", "call", "plan", "week", "progress", "setback", "gratitude"],
    *["journal", "resource", "coping", "talk", "listen"],
]
RESOURCE_WORDS = [
    *WORDS,
    *["grounding", "notice", "senses", "water", "kettle", "quiet", "music", "stretch"],
    *["kindness", "routine", "rest", "tea", "bus", "library", "centre", "slow"],
    *["gentle", "step", "safe", "garden", "light"],
]
RARE = "zanzibar"  # 1 % of journal entries and resources: the search benchmarks' needle
BODY_WORDS = 78  # about 580 characters of title and body together (as jrnl's benchmark)
SEGMENTS_PER_MEETING = len(PEER_CIRCLE.segments)
CONSENTING = 40  # members who agreed to keep attendance history (the rows are theirs)


@dataclass(frozen=True)
class Size:
    name: str
    members: int
    meetings: int
    attendance: int
    resources: int
    attachments: int
    notes: int
    journal: int
    tombstones: int

    @property
    def segments(self) -> int:
        return self.meetings * SEGMENTS_PER_MEETING


SIZES: dict[str, Size] = {
    # "tiny": the runner's --quick; S: a typical group over a year; M: the design target
    # on one PC; L: stress (DESIGN.md §6).
    "tiny": Size("tiny", 10, 20, 100, 30, 2, 20, 50, 6),
    "S": Size("S", 15, 52, 500, 100, 5, 60, 100, 6),
    "M": Size("M", 1_000, 5_000, 50_000, 1_000, 20, 10_000, 10_000, 300),
    "L": Size("L", 10_000, 50_000, 500_000, 10_000, 50, 100_000, 100_000, 3_000),
}

Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


class BulkVault:
    """The vault, whose units of work hold the new records every writer stores and
    insert them together (``storage.bulk_writes``): the services' own writers and the
    services run unchanged and every row is sealed as ``store`` seals it, with its
    write counter and HLC time taken one by one as before; only the inserts are
    batched. Everything else is the vault's own."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def __getattr__(self, name: str) -> Any:
        return getattr(self._vault, name)

    @contextmanager
    def transaction(self) -> Iterator[tuple[UnitOfWork, Any, Any]]:
        with self._vault.transaction() as (db, keyring, principal), holding(db) as bulk:
            yield bulk, keyring, principal

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        with self._vault.unit_of_work() as db, holding(db) as bulk:
            yield bulk


# --------------------------------------------------------------------------- text
def journal_entries(count: int, seed: int = 42) -> list[dict[str, Any]]:
    """The journal benchmark's entries (also fed to jrnl): one every 6 hours from
    2000-01-01 (from earlier when that would run past 2025: L's 100,000 entries span
    68 years), ~580 characters, every 10th tagged ``work``, every 100th says
    "zanzibar" and is tagged ``rare``."""
    rng = random.Random(seed)
    start = min(datetime(2000, 1, 1, 9), datetime(2026, 1, 1, 9) - timedelta(hours=6 * count))
    entries = []
    for i in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize() + "."
        body = " ".join(rng.choice(WORDS) for _ in range(BODY_WORDS)) + "."
        tags = []
        if i % 10 == 0:
            tags.append("work")
        if i % 100 == 0:
            body += f" {RARE}"
            tags.append("rare")
        entries.append(
            {
                "when": (start + timedelta(hours=6 * i)).isoformat(),
                "title": title,
                "body": body,
                "tags": tags,
                "mood": rng.randint(1, 5),
            }
        )
    return entries


def as_inputs(entries: list[dict[str, Any]]) -> list[JournalEntryInput]:
    return [
        JournalEntryInput(
            body=e["body"],
            title=e["title"],
            entry_date=datetime.fromisoformat(e["when"]).date(),
            mood=e["mood"],
            tags=tuple(e["tags"]),
        )
        for e in entries
    ]


def varied_journal_inputs(
    count: int, seed: int = 7, end: date | None = None
) -> list[JournalEntryInput]:
    """Entries with every optional field varied (mood, feelings, stars) over ten years
    before ``end``: what the unit tests use. 1 % say "Zanzibar"."""
    rng = random.Random(seed)
    last = end or date(2026, 1, 1)
    out = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(75)) + "."
        if i % 100 == 0:
            body += " Zanzibar postcard."
        out.append(
            JournalEntryInput(
                body=body,
                title=" ".join(rng.choice(WORDS) for _ in range(5)).capitalize(),
                entry_date=last - timedelta(days=rng.randrange(0, 3650)),
                mood=rng.choice((None, 1, 2, 3, 4, 5)),
                feelings=tuple(
                    rng.sample(("calm", "tired", "hopeful", "anxious"), rng.randrange(3))
                ),
                tags=("work",) if i % 10 == 0 else (),
                starred=i % 17 == 0,
            )
        )
    return out


def resource_draft(rng: random.Random, i: int) -> ResourceDraft:
    """A quarter are local services with every field filled, a fifth facilitators-only."""
    body = " ".join(rng.choice(RESOURCE_WORDS) for _ in range(130)) + "."
    if i % 100 == 0:
        body += " Zanzibar postcard."
    kind = list(ResourceKind)[i % 4]
    service = LocalService()
    if kind is ResourceKind.LOCAL_SERVICE:
        service = LocalService(
            offers=" ".join(rng.choice(RESOURCE_WORDS) for _ in range(12)),
            phone="01632 960" + f"{i % 1000:03d}",
            address=f"{i} Example Street",
            hours="Monday to Friday, 10 until 4; Tuesday evenings",
            directions="Bus 12 to the library, then two minutes on foot",
            accessibility="Step-free entrance, hearing loop",
        )
    return ResourceDraft(
        title=f"{rng.choice(RESOURCE_WORDS).title()} {rng.choice(RESOURCE_WORDS)} {i}",
        kind=kind,
        body=body,
        tags=tuple(rng.sample(RESOURCE_WORDS, 2)),
        content_note="mentions loss" if i % 10 == 0 else "",
        audience=Audience.FACILITATORS if i % 5 == 0 else Audience.MEMBERS,
        service=service,
    )


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


# --------------------------------------------------------------------------- vaults
def create_vault(path: Path, params: KdfParams) -> Vault:
    """A new vault file at ``path`` with the benchmark facilitator unlocked."""
    vault, _account = Vault.create(
        path,
        label="Benchmark group",
        group_name="Benchmark Circle",
        handle=FACILITATOR[0],
        passphrase_text=FACILITATOR[1],
        params=params,
    )
    return vault


def build_folder(
    data_dir: Path,
    size: Size,
    params: KdfParams,
    *,
    seed: int = 1,
    progress: Progress = _quiet,
    bulk: bool = True,
) -> Path:
    """A portable data folder (as the app opens it) holding one vault of ``size``.
    Returns the vault file's path."""
    from safespace_desktop.paths import AppPaths
    from safespace_desktop.services.directory import VaultDirectory

    directory = VaultDirectory(AppPaths.portable(data_dir))
    vault, _account = directory.create_vault(
        label="Benchmark group",
        group_name="Benchmark Circle",
        handle=FACILITATOR[0],
        passphrase_text=FACILITATOR[1],
        params=params,
    )
    try:
        populate(vault, size, seed=seed, progress=progress, bulk=bulk)
        return Path(vault.path)
    finally:
        vault.close()


def populate(
    plain: Vault, size: Size, *, seed: int = 1, progress: Progress = _quiet, bulk: bool = True
) -> None:
    """Fill a new vault (facilitator unlocked) with ``size``'s records; ends with the
    benchmark member (``MEMBER``) claimed and unlocked, owning the journal. ``bulk``
    (the default) inserts each unit of work's new records together (``BulkVault``);
    without it every record is stored one by one, as the app stores a single edit."""
    vault: Any = BulkVault(plain) if bulk else plain
    rng = random.Random(seed)
    member_ids = _members(vault, size, rng)
    progress(f"{size.members} members")
    meeting_ids = _meetings(vault, size)
    progress(f"{size.meetings} meetings, {size.segments} agenda segments")
    _attendance(vault, size, member_ids, meeting_ids)
    progress(f"{size.attendance} attendance rows")
    resource_ids = _resources(vault, size, rng)
    progress(f"{size.resources} resources")
    _attachments(vault, size, resource_ids)
    progress(f"{size.attachments} attachments")
    follow_up_ids = _notes(vault, size, rng, member_ids, meeting_ids)
    progress(f"{size.notes} facilitator notes")
    # Tombstones: a third each of resources, follow-ups and journal entries.
    third = size.tombstones // 3
    gone_resources = resource_ids[len(resource_ids) - third :] if third else []
    gone_follow_ups = follow_up_ids[:third]  # done ones: the last twenty stay open
    resources = ResourcesService(vault)
    for resource_id in gone_resources:
        resources.delete(resource_id)
    follow_ups = FollowUpsService(vault)
    for follow_up_id in gone_follow_ups:
        follow_ups.delete(follow_up_id)
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, *MEMBER, exact_handle=True)
    journal = JournalService(vault)
    inputs = as_inputs(journal_entries(size.journal, seed=42 + seed - 1))
    added: list[str] = []
    # add_many rewrites the index blocks it touches (all of them, for a thousand
    # entries): ten calls at any size keep that linear in the journal's length.
    chunk = max(1000, -(-len(inputs) // 10))
    for start in range(0, len(inputs), chunk):
        added.extend(e.id for e in journal.add_many(inputs[start : start + chunk]))
    progress(f"{size.journal} journal entries")
    for entry_id in added[: size.tombstones - len(gone_resources) - len(gone_follow_ups)]:
        journal.delete(entry_id)
    progress(f"{size.tombstones} tombstones")


def _members(vault: Vault, size: Size, rng: random.Random) -> list[str]:
    roster = MembersService(vault)
    ids: list[str] = []
    for start in range(0, size.members, 500):
        drafts = [
            MemberDraft(
                name=f"Member {i:05d} {rng.choice(('Ash', 'Birch', 'Cedar', 'Rowan'))}",
                pronouns=rng.choice(("", "she/her", "he/him", "they/them")),
                note=_sentence(rng, 8) if i % 4 == 0 else "",
            )
            for i in range(start, min(start + 500, size.members))
        ]
        ids.extend(m.id for m in roster.add_members(drafts))
    consent = ConsentService(vault)
    for member_id in ids[:CONSENTING]:
        consent.give(member_id, ConsentPurpose.KEEP_ATTENDANCE_HISTORY)
    return ids


def _meetings(vault: Vault, size: Size, batch: int = 500) -> list[str]:
    """Weekly meetings ending four weeks from today, the peer-circle agenda in each."""
    if not size.meetings:
        return []
    today = today_from(vault.clock.now())
    first = today - timedelta(weeks=size.meetings - 4)
    period = MeetingsService(vault).set_schedule(
        Cadence.WEEKLY,
        weekday=first.weekday(),
        start="18:30",
        minutes=90,
        place="Room 2",
        from_date=first,
    )
    agenda = AgendaService(vault)
    drafts = list(PEER_CIRCLE.segments)
    ids: list[str] = []
    for start in range(0, size.meetings, batch):
        with store.transaction(vault) as (db, keyring, _principal):
            for number in range(start, min(start + batch, size.meetings)):
                day = first + timedelta(weeks=number)
                meeting_id = occurrence_id(db.group_id, period.id, day)
                ids.append(meeting_id)
                cancelled = number % 50 == 7
                store.write(
                    vault,
                    db,
                    db.group.meetings,
                    keyring.commons_key,
                    meeting_id,
                    RecordState(),
                    {
                        "on": day.isoformat(),
                        "start": "18:30",
                        "minutes": 90,
                        "place": f"Room {number % 5}",
                        "status": (
                            MeetingStatus.CANCELLED if cancelled else MeetingStatus.PLANNED
                        ).value,
                        "cancel_reason": "Hall closed" if cancelled else "",
                        "extra": False,
                        "title": "",
                        "schedule_id": period.id,
                        "occurs_on": day.isoformat(),
                    },
                )
                for position, draft in enumerate(drafts):
                    values = {
                        "position": position,
                        "title": f"{draft.title} {number}",
                        "minutes": draft.minutes,
                        "kind": draft.kind.value,
                        "read_aloud": draft.read_aloud,
                        "note": f"Facilitator note for meeting {number}",
                        "public": draft.kind is not SegmentKind.BREAK,
                        "resource_ids": [],
                    }
                    agenda._write_segment(
                        db, keyring, meeting_id, store.new_id(), values, None, None
                    )
    # The app keeps its local meeting index current as it goes; bring it up to date
    # once here, so the first page opened is not the one-off catch-up of every row.
    MeetingsService(vault).overview()
    return ids


def _attendance(
    vault: Vault, size: Size, member_ids: list[str], meeting_ids: list[str], batch: int = 500
) -> None:
    """``size.attendance`` rows spread evenly over the meetings, plus one count record
    per meeting that has rows."""
    kept = member_ids[:CONSENTING]
    if not kept or not meeting_ids or not size.attendance:
        return
    per_meeting = -(-size.attendance // len(meeting_ids))
    statuses = (AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    written = 0
    for start in range(0, len(meeting_ids), batch):
        with vault.transaction() as (db, keyring, _principal):
            r = db.group
            consents = consent_ids(db, keyring, r)
            for n in range(start, min(start + batch, len(meeting_ids))):
                meeting_id = meeting_ids[n]
                here = min(per_meeting, size.attendance - written, len(kept))
                if here <= 0:
                    return
                for k in range(here):
                    member_id = kept[(n + k) % len(kept)]
                    row_id = rows.attendance_row_id(
                        keyring, meeting_id, member_id, consents[member_id]
                    )
                    rows.store_write(
                        vault,
                        db,
                        r.attendance,
                        keyring,
                        row_id,
                        RecordState(),
                        {
                            "member_id": member_id,
                            "status": statuses[k % 3].value,
                            "marked_on": date(2010, 1, 5).isoformat(),
                        },
                        meeting_id=meeting_id,
                    )
                written += here
                rows.write_counts(
                    vault, db, keyring, r, meeting_id, HeadCounts(present=2, newcomers=1), None
                )


def _resources(vault: Vault, size: Size, rng: random.Random, batch: int = 500) -> list[str]:
    """As ``ResourcesService.add`` writes them, many per unit of work."""
    ids: list[str] = []
    today = today_from(vault.clock.now()).isoformat()
    for start in range(0, size.resources, batch):
        with vault.transaction() as (db, keyring, _principal):
            for i in range(start, min(start + batch, size.resources)):
                clean = clean_draft(resource_draft(rng, i))
                resource_id = str(uuid.uuid4())
                state = RecordState()
                replica, counter, hlc = vault.next_write(db)
                values = {**to_values(clean), "is_example": False, "created_on": today}
                state.write(values, replica, counter, hlc)
                resource_library._repo(db, clean.audience).store(
                    db, resource_library._key(keyring, clean.audience), resource_id, state, counter
                )
                ids.append(resource_id)
    return ids


def _attachments(vault: Vault, size: Size, resource_ids: list[str]) -> None:
    """A small text handout on the first members-visible resources, through the real
    import path (read, keyed id, chunks)."""
    import tempfile

    service = AttachmentsService(vault)
    library = ResourcesService(vault)
    with tempfile.TemporaryDirectory(prefix="safespace-datagen-") as folder:
        done = 0
        for resource_id in resource_ids:
            if done >= size.attachments:
                break
            resource = library.get(resource_id)
            if resource.audience is not Audience.MEMBERS:
                continue
            path = Path(folder) / f"handout-{done}.txt"
            path.write_text(f"Handout {done}\n" + " ".join(WORDS) * 40, "utf-8")
            service.add(resource_id, resource_library.attachment_scope(resource.audience), path)
            done += 1


def _notes(
    vault: Vault,
    size: Size,
    rng: random.Random,
    member_ids: list[str],
    meeting_ids: list[str],
    batch: int = 500,
) -> list[str]:
    """One meeting record (themes and final notes) per meeting, the rest follow-ups.
    Returns the follow-ups' ids."""
    records = min(size.notes, len(meeting_ids))
    for start in range(0, records, batch):
        with store.transaction(vault) as (db, keyring, _principal):
            r = store.repos(db)
            for n in range(start, min(start + batch, records)):
                meeting_id = meeting_ids[n]
                store.write(
                    vault,
                    db,
                    r.meeting_records,
                    keyring.group_key,
                    rows.meeting_record_id(r.group_id, meeting_id),
                    RecordState(),
                    {
                        "meeting_id": meeting_id,
                        "themes": _sentence(rng, 10),
                        "next_meeting": "",
                        "volunteers": "",
                        "final_notes": _sentence(rng, 30),
                    },
                )
    follow_ups: list[str] = []
    today = today_from(vault.clock.now())
    for start in range(records, size.notes, batch):
        with store.transaction(vault) as (db, keyring, _principal):
            r = store.repos(db)
            for n in range(start, min(start + batch, size.notes)):
                record_id = store.new_id()
                done = size.notes - n > 20  # the last twenty are still open
                store.write(
                    vault,
                    db,
                    r.follow_ups,
                    keyring.group_key,
                    record_id,
                    RecordState(),
                    {
                        "text": _sentence(rng, 12),
                        "due_on": (today + timedelta(days=n % 60 - 30)).isoformat(),
                        "done": done,
                        "done_on": today.isoformat() if done else None,
                        "member_id": member_ids[n % len(member_ids)] if member_ids else None,
                        "meeting_id": meeting_ids[n % len(meeting_ids)] if meeting_ids else None,
                        "created_on": today.isoformat(),
                    },
                )
                follow_ups.append(record_id)
    return follow_ups


def main() -> int:
    import argparse
    import time

    from safespace_desktop.crypto import kdf

    parser = argparse.ArgumentParser(description="Build a vault of a design size.")
    parser.add_argument("--size", choices=sorted(SIZES), default="S")
    parser.add_argument("--folder", type=Path, required=True, help="a new portable data folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--fast-kdf", action="store_true", help="the test KDF profile (not the production floor)"
    )
    parser.add_argument(
        "--one-by-one",
        action="store_true",
        help="store every record on its own (the app's single-edit path; about 10x slower)",
    )
    args = parser.parse_args()
    if args.fast_kdf:
        kdf.enable_test_mode()
    params = kdf.FAST_TEST_PROFILE if args.fast_kdf else kdf.FLOOR
    started = time.perf_counter()

    def say(message: str) -> None:
        print(f"  {time.perf_counter() - started:7.1f} s  {message}", flush=True)

    path = build_folder(
        args.folder,
        SIZES[args.size],
        params,
        seed=args.seed,
        progress=say,
        bulk=not args.one_by_one,
    )
    print(f"built {args.size} at {path} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
