"""The demo group: a fictional vault anyone may open to explore the app.

Everything here is made up. The demo passphrases are public on purpose (the unlock
screen of the demo vault shows them), so the demo vault must never hold real data.
The vault is built under a temporary name in the same folder and renamed into
place only when complete, so an interrupted build never leaves half a vault.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose
from safespace_desktop.core.model import JournalEntryInput, MemberDraft, Role, SafetyPlan
from safespace_desktop.core.roster import ContactDetails
from safespace_desktop.crypto import kdf
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.demo_meetings import add_demo_meetings
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.resources.examples import add_demo_resources
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.engine import ensure_private_dir

DEMO_LABEL = "Demo group"
DEMO_GROUP_NAME = "Riverside Tuesday Circle (demo)"
BUILDING_PREFIX = ".demo-building-"
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
STALE_BUILD_SECONDS = 15 * 60


@dataclass(frozen=True)
class DemoAccount:
    """One public demo login. ``description`` says what this person can see."""

    handle: str
    passphrase: str
    role: Role
    description: str


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        handle="sam",
        passphrase="demo kettle harbour maple",  # noqa: S106 - public on purpose
        role=Role.FACILITATOR,
        description="Facilitator: the roster, consents, agreement and group settings.",
    ),
    DemoAccount(
        handle="priya",
        passphrase="demo lantern orchard cobble",  # noqa: S106 - public on purpose
        role=Role.FACILITATOR,
        description="Co-facilitator: the same view as Sam, with her own passphrase.",
    ),
    DemoAccount(
        handle="river",
        passphrase="demo pebble meadow sparrow",  # noqa: S106 - public on purpose
        role=Role.MEMBER,
        description="Member: a private journal, mood chart and safety plan; no roster.",
    ),
    DemoAccount(
        handle="jordan",
        passphrase="demo thistle candle rainbow",  # noqa: S106 - public on purpose
        role=Role.MEMBER,
        description="Member: a private journal, mood chart and safety plan; no roster.",
    ),
)


@dataclass(frozen=True)
class _DemoPerson:
    name: str
    pronouns: str
    note: str
    archived: bool = False
    account: str | None = None  # handle of the member's demo journal account
    # Most of the group has come for months; only Dev is new (the meeting console
    # welcomes people who joined in the last six weeks as newcomers).
    joined_days_ago: int = 200


# A fictional roster. Notes are the kind a facilitator keeps to make the room work
# for everyone: access needs and preferences, never diagnoses.
_ROSTER: tuple[_DemoPerson, ...] = (
    _DemoPerson("Alex M.", "they/them", "Prefers to pass in check-in rounds for now."),
    _DemoPerson(
        "Alex T.",
        "he/him",
        "Comes straight from work and often arrives a little late; a spare chair by the door helps.",
    ),
    _DemoPerson(
        "River",
        "they/them",
        "Keeps a journal on this PC. Likes to help set out the chairs.",
        account="river",
    ),
    _DemoPerson(
        "Jordan",
        "she/her",
        "Keeps a journal on this PC. Appreciates the group agreement being read at the start.",
        account="jordan",
    ),
    _DemoPerson("Mei", "she/her", "Needs step-free access; we use the side entrance."),
    _DemoPerson(
        "Dev", "he/him", "New this month. Said a quiet welcome suits him best.", joined_days_ago=12
    ),
    _DemoPerson("Fatima", "she/her", "Prefers handouts in large print."),
    _DemoPerson("Tomasz", "he/him", "Happy to read the group agreement aloud when asked."),
    _DemoPerson(
        "Grace",
        "she/her",
        "Comes with her assistance dog, Biscuit. Keep the corner by the window free.",
    ),
    _DemoPerson("Kwame", "he/him", "Would like a heads-up if a meeting will end early."),
    _DemoPerson("Sol", "", "Uses the hearing loop; sits near the front."),
    _DemoPerson("Nadia", "she/her", "Often stays for tea afterwards and welcomes newcomers."),
    _DemoPerson(
        "Hamid",
        "he/him",
        "Moved away in the spring and said he may visit when he is back in town.",
        archived=True,
    ),
    _DemoPerson(
        "Bea",
        "she/her",
        "Now helps run a group across town. Welcome back any time.",
        archived=True,
    ),
)


def _quiet(_message: str) -> None:
    return None


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SQLITE_SIDE_SUFFIXES]


def _remove_vault_files(path: Path) -> None:
    for candidate in (path, *_side_files(path)):
        with contextlib.suppress(OSError):  # a later build removes what is left
            candidate.unlink()


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    """Flush a file (or, on POSIX, a folder entry) to disk; best effort on odd filesystems."""
    if directory and os.name != "posix":
        return
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_builds(folder: Path) -> None:
    """Delete builds interrupted by a crash or power cut; they are never usable vaults.

    Only old ones: a build that another process started a moment ago is left alone.
    """
    cutoff = time.time() - STALE_BUILD_SECONDS
    for leftover in folder.glob(f"{BUILDING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def demo_vault_exists(paths: AppPaths) -> bool:
    target = paths.demo_vault
    return target.is_file() and target.stat().st_size > 0


def ensure_demo_vault(
    paths: AppPaths,
    *,
    params: KdfParams | None = None,
    reset: bool = False,
    progress: Callable[[str], None] = _quiet,
) -> Path:
    """Make sure the demo vault exists at ``paths.demo_vault`` and return its path.

    With ``reset`` an existing demo vault is replaced by a fresh one. The caller must
    not hold the demo vault open while resetting it. The vault is left locked and closed.
    """
    target = paths.demo_vault
    if demo_vault_exists(paths) and not reset:
        return target
    ensure_private_dir(target.parent)
    _remove_stale_builds(target.parent)
    building = target.with_name(f"{BUILDING_PREFIX}{secrets.token_hex(8)}{target.suffix}")
    try:
        _build(building, params or kdf.FLOOR, progress)
        wal = building.with_name(building.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise RuntimeError("The demo vault was not fully written to disk.")
        for side in _side_files(building):
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        _fsync_path(building)
        # Stale side files of an older demo vault must not be replayed into the new one.
        for side in _side_files(target):
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        os.replace(building, target)
        _fsync_path(target.parent, directory=True)
    except BaseException:
        _remove_vault_files(building)
        raise
    progress("demo_ready")
    return target


def _build(path: Path, params: KdfParams, progress: Callable[[str], None]) -> None:
    first, second, *members = DEMO_ACCOUNTS
    # Progress reports codes; the UI words them (ui/wording/codes.py PROGRESS).
    progress("demo_creating_group")
    vault, _account = Vault.create(
        path,
        label=DEMO_LABEL,
        group_name=DEMO_GROUP_NAME,
        handle=first.handle,
        passphrase_text=first.passphrase,
        params=params,
        is_demo=True,
        progress=progress,
    )
    try:
        progress("demo_adding_co_facilitator")
        vault.add_facilitator(second.handle, second.passphrase)
        progress("demo_adding_roster")
        roster = MembersService(vault)
        member_ids: dict[str, str] = {}
        today = _demo_today(vault)
        for person in _ROSTER:
            joined = today - timedelta(days=person.joined_days_ago)
            added = roster.add_member(
                MemberDraft(person.name, person.pronouns, person.note, joined_on=joined)
            )
            if person.archived:
                roster.archive(added.id)
            if person.account is not None:
                member_ids[person.account] = added.id
        invitations = []
        for account in members:
            progress("demo_opening_journals")
            invitation = vault.invite_member()
            roster.link_journal_slot(member_ids[account.handle], invitation.slot_id)
            invitations.append((invitation, account))
        progress("demo_writing_agreement")
        _add_group_life(vault, roster)
        for invitation, account in invitations:
            # Claiming locks the facilitator and unlocks the new member.
            vault.claim_invitation(
                invitation.code, account.handle, account.passphrase, exact_handle=True
            )
            if account.handle == "river":
                progress("demo_writing_journal")
                _add_river_space(vault)
            vault.lock()
        vault.unlock(first.handle, first.passphrase)
        JournalService(vault).add(
            JournalEntryInput(
                title="After Tuesday's meeting",
                body=(
                    "How am I? Tired but glad we met.\n\nWhat was hard? Holding the "
                    "silence after Dev shared. What do I need? An early night, and to "
                    "ask Priya to open next week."
                ),
                entry_date=_demo_today(vault) - timedelta(days=2),
                mood=3,
                tags=("self-care",),
            )
        )
        vault.lock()
    finally:
        vault.close()


def _demo_today(vault: Vault) -> date:
    return date.fromtimestamp(vault.clock.now())


def _add_group_life(vault: Vault, roster: MembersService) -> None:
    """An adopted agreement, consents with (fictional) contact details and a check-in pair."""
    today = _demo_today(vault)
    agreement = AgreementService(vault)
    draft = agreement.start_draft("peer-support")
    agreement.adopt(draft.id, adopted_on=today - timedelta(days=63))
    agreement.record_agreement(9, 9, meeting_on=today - timedelta(days=63))
    agreement.record_agreement(8, 8, meeting_on=today - timedelta(days=7))
    consent = ConsentService(vault)
    by_name = {m.name: m for m in roster.list_members()}
    # Ofcom reserves 07700 900000–900999 for fiction, so these numbers reach nobody.
    for name, phone, best in (
        ("Nadia", "07700 900417", "Weekday evenings"),
        ("Tomasz", "07700 900862", "Mornings before ten"),
    ):
        member = by_name[name]
        consent.give(
            member.id, ConsentPurpose.CONTACT_BETWEEN_MEETINGS, given_on=today - timedelta(days=40)
        )
        roster.set_contact(member.id, ContactDetails(phone=phone, best_time=best, message_ok=True))
    for name in ("Nadia", "Dev", "Grace"):
        consent.give(
            by_name[name].id,
            ConsentPurpose.CHECKIN_PAIRING,
            method=ConsentMethod.ON_PAPER,
            given_on=today - timedelta(days=30),
        )
    PairingService(vault).pair(by_name["Nadia"].id, by_name["Dev"].id)
    PromptsService(vault).offer_group_prompt(
        "One small thing from tonight's meeting I'd like to remember is…",
        offered_on=today - timedelta(days=7),
    )
    add_demo_resources(vault)  # resources (issue 11): the labelled examples
    add_demo_meetings(vault, today)  # meetings (issue 9): schedule, agenda, notes, follow-up


_RIVER_ENTRIES = (
    (
        41,
        2,
        "A heavy week",
        "Didn't sleep well. Went for a short walk by the canal anyway.",
        ("sleep",),
    ),
    (
        34,
        3,
        "",
        "Meeting tonight. Said a few words in check-in, which felt like enough.",
        ("group",),
    ),
    (27, 3, "Small things", "Made soup. Called my sister back. Small things count.", ()),
    (
        20,
        4,
        "Better day",
        "Sun out. Sat in the park for twenty minutes without my phone.",
        ("outdoors",),
    ),
    (
        13,
        2,
        "",
        "Work was loud and I felt far away from everything. Used the breathing card.",
        ("work",),
    ),
    (
        6,
        4,
        "After the group",
        "Someone said 'you don't have to fix it tonight'. Keeping that.",
        ("group",),
    ),
    (1, 3, "Planning the week", "Three things: laundry, library, Tuesday circle.", ()),
)


def _add_river_space(vault: Vault) -> None:
    today = _demo_today(vault)
    journal = JournalService(vault)
    journal.add_many(
        JournalEntryInput(
            title=title,
            body=body,
            entry_date=today - timedelta(days=days_ago),
            mood=mood,
            tags=tags,
            starred=days_ago == 6,
        )
        for days_ago, mood, title, body, tags in _RIVER_ENTRIES
    )
    PromptsService(vault, journal).set_group_prompts_opt_in(True)
    SafetyPlanService(vault).save(
        SafetyPlan(
            warning_signs=("Skipping meals", "Not answering messages"),
            coping_on_my_own=("Walk by the canal", "Make soup", "Breathing card"),
            distractions=("The library", "Tea with Nadia after group"),
            people_to_ask=("My sister", "Someone from Tuesday circle"),
            professionals=("My GP surgery (fictional example)",),
            safer_surroundings=("Ask my sister to hold on to anything that worries me",),
            reasons_for_living=("My cat, Pepper", "Seeing the canal in spring"),
        )
    )
