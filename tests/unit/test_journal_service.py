"""The journal, prompts and safety-plan services on a real (file-backed) vault."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from safespace_desktop.core import journal as rules
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import (
    IntegrityError,
    NotFound,
    NotPermitted,
    ValidationError,
    VaultLocked,
)
from safespace_desktop.core.model import (
    GroupPrompt,
    JournalEntryInput,
    JournalFilter,
    JournalPreferences,
    MoodPoint,
    SafetyPlan,
)
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.prompts import SELF_CARE_CHECK_IN, PromptsService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.journal_helpers import add_member, facilitator, generated_entries, today
from tests.unit.security_helpers import raw_row, raw_rows, raw_update


@pytest.fixture
def journal(vault: Vault) -> JournalService:
    return JournalService(vault)


# --------------------------------------------------------------------------- entries
def test_add_get_list_newest_first(vault: Vault, journal: JournalService) -> None:
    add_member(vault, "sam")
    day = today(vault)
    first = journal.add(JournalEntryInput("Older day", entry_date=day - timedelta(days=3)))
    second = journal.add(JournalEntryInput("Today, written first", title="Morning", mood=2))
    third = journal.add(JournalEntryInput("Today, written later", feelings=("calm",)))
    assert second.entry_date == day and second.mood == 2 and not second.edited
    assert journal.get(second.id) == second
    assert [e.id for e in journal.list_entries()] == [third.id, second.id, first.id]
    assert [e.id for e in journal.list_entries(limit=2)] == [third.id, second.id]
    assert [e.id for e in journal.list_entries(limit=2, offset=2)] == [first.id]
    assert journal.count() == 3
    # A fresh service (cold cache) reads the same from disk.
    assert JournalService(vault).list_entries() == journal.list_entries()


def test_update_marks_the_entry_edited_and_moves_it_by_edit_time(
    vault: Vault, journal: JournalService, clock: ManualClock
) -> None:
    add_member(vault, "sam")
    a = journal.add(JournalEntryInput("A"))
    b = journal.add(JournalEntryInput("B"))
    clock.advance(60)
    edited = journal.update(a.id, JournalEntryInput("A, edited", tags=("work",), starred=True))
    assert edited.edited and edited.body == "A, edited" and edited.starred
    assert edited.created_hlc == a.created_hlc and edited.edited_hlc > b.edited_hlc
    assert edited.edited_at > a.created_at
    assert [e.id for e in journal.list_entries()] == [a.id, b.id]
    assert JournalService(vault).get(a.id) == edited
    unstarred = journal.set_starred(a.id, False)
    assert not unstarred.starred and unstarred.body == "A, edited"
    with pytest.raises(NotFound):
        journal.update("00000000-0000-4000-8000-000000000000", JournalEntryInput("x"))


def test_delete_leaves_a_contentless_tombstone(vault: Vault, journal: JournalService) -> None:
    add_member(vault, "sam")
    keep = journal.add(JournalEntryInput("keep"))
    gone = journal.add(JournalEntryInput("remove me"))
    journal.delete(gone.id)
    assert [e.id for e in journal.list_entries()] == [keep.id]
    with pytest.raises(NotFound):
        journal.get(gone.id)
    with pytest.raises(NotFound):
        JournalService(vault).get(gone.id)
    with pytest.raises(NotFound):
        journal.delete(gone.id)
    assert raw_row(vault, "journal_entries", gone.id)["deleted"] == 1
    from safespace_desktop.storage.journal_records import SlotRecords
    from safespace_desktop.storage.tables import JournalEntryRecord

    principal = vault.principal
    assert principal is not None
    with vault.transaction() as (db, keyring, _p):
        record = SlotRecords(JournalEntryRecord, principal.slot_id).get(db, keyring, gone.id)
    assert record is not None and record.state.deleted
    # No title, body or date left inside; sync (issue 12): a delete also records the
    # causal context it had seen (ids and counters only).
    assert set(record.state.fields) == {"_deleted", "_deleted_seen"}


def test_filters_search_tags_and_feelings(vault: Vault, journal: JournalService) -> None:
    add_member(vault, "sam")
    day = today(vault)
    walk = journal.add(
        JournalEntryInput(
            "Went to the River",
            title="Walk",
            tags=("outdoors", "Sleep"),
            mood=4,
            feelings=("hopeful",),
        )
    )
    bad = journal.add(
        JournalEntryInput(
            "Could not sleep", entry_date=day - timedelta(days=40), mood=1, tags=("sleep",)
        )
    )
    star = journal.add(JournalEntryInput("Group night", starred=True))
    assert journal.search("river walk") == [walk]
    assert journal.search("SLEEP") == [walk, bad]
    assert journal.search("hopeful") == [walk]
    assert journal.search("nothing like this") == []
    assert journal.search("") == [star, walk, bad]
    assert journal.list_entries(JournalFilter(tags=("sleep",))) == [walk, bad]
    assert journal.list_entries(JournalFilter(moods=frozenset({1}))) == [bad]
    assert journal.list_entries(JournalFilter(starred_only=True)) == [star]
    assert journal.list_entries(JournalFilter(date_to=day - timedelta(days=1))) == [bad]
    assert journal.search("sleep", JournalFilter(date_from=day)) == [walk]
    assert journal.tags() == ["outdoors", "sleep"]  # the oldest spelling wins
    assert journal.feelings_used() == ["hopeful"]


def test_kept_tags_and_feelings_follow_every_change(vault: Vault, journal: JournalService) -> None:
    # The labels are worked out once and kept (issue 15); each write must renew them.
    add_member(vault, "sam")
    first = journal.add(JournalEntryInput("One", tags=("Walk",), feelings=("calm",)))
    assert journal.tags() == ["Walk"] and journal.feelings_used() == ["calm"]
    second = journal.add(JournalEntryInput("Two", tags=("walk", "tea")))
    assert journal.tags() == ["tea", "Walk"]  # the oldest spelling still wins
    journal.update(first.id, JournalEntryInput("One, edited", tags=("rest",)))
    assert journal.tags() == ["rest", "tea", "walk"] and journal.feelings_used() == []
    journal.delete(second.id)
    assert journal.tags() == ["rest"]


def test_calendar_mood_series_and_on_this_day(
    vault: Vault, journal: JournalService, clock: ManualClock
) -> None:
    add_member(vault, "sam")
    day = today(vault)
    year_ago = day.replace(year=day.year - 1)
    journal.add(JournalEntryInput("a", entry_date=day, mood=2))
    journal.add(JournalEntryInput("b", entry_date=day, mood=4))
    journal.add(JournalEntryInput("c", entry_date=year_ago, mood=5))
    assert journal.days_with_entries(day.year, day.month) == {day: 2}
    monday = rules.period_start(day, "week")
    assert journal.mood_series("week")[-1] == MoodPoint(monday, 3.0, 2, 2, 4)
    assert [p.average for p in journal.mood_series("month")] == [5.0, 3.0]
    assert journal.mood_series("week", date_from=day) == [MoodPoint(monday, 3.0, 2, 2, 4)]
    with pytest.raises(ValidationError):
        journal.mood_series("year")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        journal.days_with_entries(2025, 13)
    # "On this day" is off by default: nothing comes back until the person turns it on.
    assert journal.preferences() == JournalPreferences()
    assert journal.on_this_day() == []
    journal.set_preferences(JournalPreferences(show_on_this_day=True))
    assert [e.body for e in journal.on_this_day()] == ["c"]
    assert journal.on_this_day(day + timedelta(days=1)) == []


def test_mood_series_uses_only_the_unlocked_persons_entries(vault: Vault) -> None:
    journal = JournalService(vault)
    facilitator(vault)
    journal.add(JournalEntryInput("facilitator's own", mood=5))
    add_member(vault, "sam")
    journal.add(JournalEntryInput("sam", mood=1))
    add_member(vault, "kit")
    journal.add(JournalEntryInput("kit", mood=3))
    assert [(p.average, p.count) for p in journal.mood_series("month")] == [(3.0, 1)]
    vault.unlock("sam", "sam keeps a long passphrase here")
    assert [(p.average, p.count) for p in journal.mood_series("month")] == [(1.0, 1)]
    assert [e.body for e in journal.list_entries()] == ["sam"]
    facilitator(vault)
    assert [e.body for e in journal.list_entries()] == ["facilitator's own"]


def test_preferences_persist_and_are_per_person(vault: Vault, journal: JournalService) -> None:
    sam = add_member(vault, "sam")
    prefs = JournalPreferences(show_on_this_day=True, receive_group_prompts=True)
    assert journal.set_preferences(prefs) == prefs
    add_member(vault, "kit")
    assert journal.preferences() == JournalPreferences()
    vault.unlock(sam.handle, sam.secret)
    assert journal.preferences() == prefs


# --------------------------------------------------------------------------- the cache
def test_the_in_memory_copy_is_dropped_on_lock_and_never_shared(
    vault: Vault, journal: JournalService
) -> None:
    sam = add_member(vault, "sam")
    journal.add(JournalEntryInput("sam's words"))
    assert len(journal.list_entries()) == 1
    assert journal._cache is not None
    vault.lock()
    assert journal._cache is None  # dropped with the keyring, without calling the service
    with pytest.raises(VaultLocked):
        journal.list_entries()
    assert journal._cache is None
    # Someone else unlocks without the service being told: it must not show sam's entries.
    vault.unlock(sam.handle, sam.secret)
    journal.list_entries()
    add_member(vault, "kit")
    assert journal.list_entries() == []
    assert journal.search("words") == []
    journal.forget()
    assert journal._cache is None


def test_writes_update_the_cache_without_a_full_reload(
    vault: Vault, journal: JournalService
) -> None:
    add_member(vault, "sam")
    journal.add_many(generated_entries(50))
    journal.list_entries()
    cache = journal._cache
    added = journal.add(JournalEntryInput("fresh zanzibar note"))
    assert journal._cache is cache
    assert added in journal.search("fresh zanzibar")
    journal.update(added.id, JournalEntryInput("changed"))
    assert journal.search("fresh zanzibar") == []
    journal.delete(added.id)
    assert journal._cache is cache and len(journal.list_entries()) == 50


def test_search_is_correct_on_ten_thousand_entries(vault: Vault, journal: JournalService) -> None:
    """Search-as-you-type over 10,000 generated entries gives exactly the brute-force
    answer for a set of queries (no timing is asserted)."""
    add_member(vault, "sam")
    generated = generated_entries(10_000)
    journal.add_many(generated)
    reader = JournalService(vault)  # cold cache: everything is decrypted once
    everything = reader.list_entries()
    assert len(everything) == 10_000

    def brute(query: str, flt: JournalFilter | None = None) -> list[str]:
        words = query.casefold().split()
        found = []
        for e in everything:
            text = "\n".join((e.title, e.body, *e.tags, *e.feelings)).casefold()
            if all(w in text for w in words) and rules.matches(e, flt or JournalFilter()):
                found.append(e.id)
        return found

    queries = [
        "zanzibar",
        "ZANZIBAR postcard",
        "zanz",
        "calm walk",
        "work",
        "hopeful anxious rain",
        "coffee zanzibar sun",
        "no-such-word",
        "",
    ]
    for query in queries:
        got = [e.id for e in reader.search(query)]
        assert got == brute(query), query
    assert len(reader.search("zanzibar")) == 100
    flt = JournalFilter(tags=("work",), moods=frozenset({1, 2}), starred_only=False)
    assert [e.id for e in reader.search("calm", flt)] == brute("calm", flt)
    assert reader.tags() == ["work"]


# --------------------------------------------------------------------------- drafts
def test_drafts_are_saved_offered_back_and_discarded(vault: Vault, journal: JournalService) -> None:
    sam = add_member(vault, "sam")
    assert journal.load_draft() is None
    journal.save_draft(JournalEntryInput("half a thought", mood=3))
    saved = journal.save_draft(JournalEntryInput("half a thought, continued", mood=3))
    vault.lock()
    vault.unlock(sam.handle, sam.secret)
    draft = journal.load_draft()
    assert draft is not None and draft.entry.body == "half a thought, continued"
    assert draft.editing_id is None and draft.entry.entry_date is None
    assert draft.saved_hlc == saved.saved_hlc
    assert len(raw_rows(vault, "journal_drafts")) == 1  # one row per person, replaced
    entry = journal.add(draft.entry)
    assert journal.load_draft() is None  # saving the entry drops the draft
    journal.save_draft(JournalEntryInput("editing"), editing_id=entry.id)
    loaded = journal.load_draft()
    assert loaded is not None and loaded.editing_id == entry.id
    add_member(vault, "kit")
    assert journal.load_draft() is None  # drafts are per person
    vault.unlock(sam.handle, sam.secret)
    journal.discard_draft()
    assert journal.load_draft() is None


def test_a_draft_survives_a_crash(vault: Vault, vault_path: Path, clock: ManualClock) -> None:
    """The process dies while the member types: the engine goes away without lock or
    checkpoint (and, separately, the files are copied as a power cut would leave
    them). On the next unlock the draft is offered back."""
    sam = add_member(vault, "sam")
    journal = JournalService(vault)
    journal.save_draft(JournalEntryInput("typed just before the power cut", title="Tuesday"))
    # A power cut: the files as they are on disk right now, WAL included.
    snapshot = vault_path.parent.parent / "snapshot"
    snapshot.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{vault_path}{suffix}")
        if source.exists():
            shutil.copy(source, snapshot / source.name)
    assert Path(f"{vault_path}-wal").stat().st_size > 0  # the draft is still in the WAL
    vault.engine.dispose()  # a crash: no lock(), no checkpoint

    for path in (vault_path, snapshot / vault_path.name):
        reopened = Vault.open_existing(path, clock=clock)
        try:
            reopened.unlock(sam.handle, sam.secret)
            draft = JournalService(reopened).load_draft()
            assert draft is not None
            assert draft.entry.body == "typed just before the power cut"
            assert draft.entry.title == "Tuesday"
        finally:
            reopened.close()


# --------------------------------------------------------------------------- export
def test_readable_export_of_a_date_range(vault: Vault, journal: JournalService) -> None:
    add_member(vault, "sam")
    day = today(vault)
    journal.add(JournalEntryInput("recent words", title="Recent", entry_date=day - timedelta(2)))
    journal.add(JournalEntryInput("old words", entry_date=day - timedelta(days=60)))
    text = journal.export_readable(day - timedelta(days=28), day)
    assert "recent words" in text and "old words" not in text
    assert "NOT encrypted" in text
    everything = journal.export_readable()
    assert everything.index("old words") < everything.index("recent words")


# --------------------------------------------------------------------------- facilitators
def test_a_facilitator_has_a_private_journal_and_the_check_in_template(vault: Vault) -> None:
    journal = JournalService(vault)
    prompts = PromptsService(vault, journal)
    facilitator(vault)
    assert prompts.list_templates()[0] == SELF_CARE_CHECK_IN
    assert "What do I need?" in SELF_CARE_CHECK_IN.body
    journal.add(JournalEntryInput(SELF_CARE_CHECK_IN.body + "rest", title="Check-in"))
    vault.add_facilitator("jo", "jo keeps a long passphrase too")
    vault.unlock("jo", "jo keeps a long passphrase too")
    assert journal.list_entries() == []
    add_member(vault, "sam")
    assert SELF_CARE_CHECK_IN not in prompts.list_templates()
    assert journal.list_entries() == []


def test_another_persons_entry_id_is_not_found(vault: Vault) -> None:
    journal = JournalService(vault)
    add_member(vault, "sam")
    entry = journal.add(JournalEntryInput("sam's"))
    journal.save_draft(JournalEntryInput("sam's draft"))
    for unlock in (lambda: facilitator(vault), lambda: add_member(vault, "kit")):
        unlock()
        with pytest.raises(NotFound):
            journal.get(entry.id)
        with pytest.raises(NotFound):
            journal.update(entry.id, JournalEntryInput("overwrite"))
        with pytest.raises(NotFound):
            journal.delete(entry.id)
        assert journal.load_draft() is None


def test_a_damaged_entry_is_reported_and_the_rest_still_load(
    vault: Vault, journal: JournalService
) -> None:
    add_member(vault, "sam")
    good = journal.add(JournalEntryInput("good"))
    bad = journal.add(JournalEntryInput("bad"))
    blob = bytearray(raw_row(vault, "journal_entries", bad.id)["payload_sealed"])
    blob[-1] ^= 1
    raw_update(vault, "journal_entries", bad.id, payload_sealed=bytes(blob))
    # The journal's sealed index still lists the entry (its revision is current), but
    # the list opens what it shows: the damaged row is reported the moment it is
    # opened, left out of this session's copy, and left byte for byte.
    fresh = JournalService(vault)
    assert fresh.list_entries() == [good]
    assert [d.id for d in fresh.damaged] == [bad.id]
    assert fresh.count() == 1
    with pytest.raises(IntegrityError):
        fresh.update(bad.id, JournalEntryInput("bad, edited"))
    # Without the index (lost, or an old vault) every row is opened: the damaged one is
    # reported and the rest still load.
    with vault.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM journal_index_blocks")
    fresh = JournalService(vault)
    assert fresh.list_entries() == [good]
    assert [d.id for d in fresh.damaged] == [bad.id]
    assert bytes(raw_row(vault, "journal_entries", bad.id)["payload_sealed"]) == bytes(blob)


# --------------------------------------------------------------------------- templates
def test_member_templates(vault: Vault) -> None:
    prompts = PromptsService(vault)
    add_member(vault, "sam")
    assert prompts.list_templates() == []
    made = prompts.create_template("  Evening   review ", "Best part:\nHardest part:\n")
    assert made.name == "Evening review" and not made.builtin
    other = prompts.create_template("Another", "x")
    assert [t.name for t in prompts.list_templates()] == ["Another", "Evening review"]
    prompts.update_template(made.id, "Evening", "Best part:\n")
    assert prompts.list_templates()[1].name == "Evening"
    prompts.delete_template(other.id)
    assert [t.id for t in prompts.list_templates()] == [made.id]
    with pytest.raises(NotFound):
        prompts.delete_template(other.id)
    with pytest.raises(ValidationError):
        prompts.create_template("   ", "x")
    add_member(vault, "kit")
    assert prompts.list_templates() == []


def test_prompt_of_the_day_follows_the_vault_clock(vault: Vault, clock: ManualClock) -> None:
    prompts = PromptsService(vault)
    first = prompts.prompt_of_the_day()
    assert prompts.prompt_of_the_day() == first
    assert prompts.prompt_of_the_day(today(vault)) == first


# --------------------------------------------------------------------------- group prompts
def test_group_prompts_reach_only_members_who_opted_in_and_answers_stay_private(
    vault: Vault,
) -> None:
    journal = JournalService(vault)
    prompts = PromptsService(vault, journal)
    sam = add_member(vault, "sam")
    kit = add_member(vault, "kit")
    with pytest.raises(NotPermitted):
        prompts.offer_group_prompt("members cannot offer prompts")
    facilitator(vault)
    offered = prompts.offer_group_prompt("What is one thing you will carry into this week?")
    assert isinstance(offered, GroupPrompt) and offered.offered_on == today(vault)
    assert prompts.offered_group_prompts() == [offered]
    with pytest.raises(ValidationError):
        prompts.offer_group_prompt("  ")
    before = raw_rows(vault, "group_prompts")

    vault.unlock(sam.handle, sam.secret)
    assert prompts.group_prompts_for_me() == []  # not opted in
    prompts.set_group_prompts_opt_in(True)
    assert prompts.group_prompts_for_me() == [offered]
    answer = prompts.answer_group_prompt(offered.id, JournalEntryInput("Patience.", mood=4))
    assert answer.prompt == offered.text
    assert journal.list_entries() == [answer]
    assert prompts.group_prompts_for_me() == []  # answered prompts leave the list
    # Nothing went back to the group: the group's rows are byte-for-byte unchanged.
    assert raw_rows(vault, "group_prompts") == before

    vault.unlock(kit.handle, kit.secret)
    prompts.set_group_prompts_opt_in(True)
    assert prompts.group_prompts_for_me() == [offered]
    prompts.dismiss_group_prompt(offered.id)
    assert prompts.group_prompts_for_me() == []

    facilitator(vault)
    second = prompts.offer_group_prompt("A second prompt", offered_on=date(2026, 1, 1))
    prompts.withdraw_group_prompt(offered.id)
    assert prompts.offered_group_prompts() == [second]
    vault.unlock(sam.handle, sam.secret)
    assert prompts.group_prompts_for_me() == [second]
    with pytest.raises(NotFound):
        prompts.answer_group_prompt(offered.id, JournalEntryInput("too late"))


# --------------------------------------------------------------------------- safety plan
def test_safety_plan_round_trip_and_isolation(vault: Vault) -> None:
    plans = SafetyPlanService(vault)
    sam = add_member(vault, "sam")
    assert plans.get() == SafetyPlan()
    plan = SafetyPlan(
        warning_signs=("I stop eating",),
        coping_on_my_own=("Long shower", "Music"),
        distractions=("The library",),
        people_to_ask=("My sister",),
        professionals=("My GP surgery",),
        safer_surroundings=("Give the pills to my sister",),
        reasons_for_living=("My cat", "Spring"),
    )
    assert plans.save(plan) == plan
    vault.lock()
    with pytest.raises(VaultLocked):
        plans.get()
    vault.unlock(sam.handle, sam.secret)
    assert plans.get() == plan
    assert "Give the pills to my sister" in plans.as_plain_text()
    plans.save(SafetyPlan(warning_signs=("changed",)))
    assert plans.get() == SafetyPlan(warning_signs=("changed",))
    assert len(raw_rows(vault, "safety_plans")) == 1
    add_member(vault, "kit")
    assert plans.get() == SafetyPlan()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert plans.get() == SafetyPlan()
