"""The private journal of whoever is unlocked (issue 4; DESIGN.md §3.1).

Every operation works on the unlocked person's own slot with their own journal key.
A facilitator's session holds no member's journal key, so it cannot read a member's
entries: there is simply nothing to open them with.

- Each entry is its own sealed row, so adding one costs the same at any journal size.
- The list, calendar, mood chart and search-as-you-type run over an in-memory copy
  read once per session through the journal's sealed index (list rows at unlock,
  search texts on the first search; ``services/journal_cache.py``); full entries are
  opened only when shown. It belongs to one keyring object: when the
  vault locks, that keyring is released and the copy is dropped with it; anyone else
  unlocking gets a different keyring, so the copy is never shown to them. ``forget()``
  drops it explicitly (the UI may call it on quick-hide).
- Deleting an entry replaces its payload with a tombstone and checkpoints the WAL, so
  with ``secure_delete`` the old ciphertext is gone from every file.
- Drafts, preferences and templates are sealed under the same key, one row each.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from safespace_desktop.core import journal as rules
from safespace_desktop.core.errors import (
    BundleRejected,
    IntegrityError,
    NotFound,
    StaleEdit,
    ValidationError,
    VaultLocked,
)
from safespace_desktop.core.model import (
    JournalDraft,
    JournalEntry,
    JournalEntryInput,
    JournalFilter,
    JournalPreferences,
    MoodPoint,
    Principal,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import journal_file
from safespace_desktop.crypto import passphrase as passphrase_policy
from safespace_desktop.services.journal_cache import (
    JournalCache,
    cyclic_gc_paused,
    describe_opened,
    dropper,
    indexed_write,
)
from safespace_desktop.services.journal_codec import (
    CREATED_FIELD,
    EDITING_FIELD,
    ENTRY_FIELD,
    KIND_ENTRY,
    KIND_SAFETY_PLAN,
    KIND_TEMPLATE,
    decode_entry,
    encode_entry,
    entry_from_record,
    file_document,
    frozen,
    input_from_content,
    parse_file_document,
    slot_singleton_id,
)
from safespace_desktop.services.journal_export import entries_to_export, local_id
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.journal_index import IndexedWrite
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.records import DamagedRecord, LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int], None]


class JournalService:
    """The unlocked person's own journal: entries, search, mood, drafts, export."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._lock = threading.RLock()
        self._cache: JournalCache | None = None
        self.damaged: list[DamagedRecord] = []

    # ------------------------------------------------------------------ plumbing
    def _today(self) -> date:
        return date.fromtimestamp(self._vault.clock.now())

    def _check_unlocked(self) -> None:
        if not self._vault.is_unlocked:
            self.forget()
            raise VaultLocked()

    def forget(self) -> None:
        """Drop every decrypted entry held in memory (call on lock and quick-hide)."""
        with self._lock:
            if self._cache is not None:
                self._cache.clear()
            self._cache = None
            self.damaged = []

    def _live_cache(self, keyring: KeyRing, principal: Principal) -> JournalCache | None:
        cache = self._cache
        if cache is not None and cache.valid_for(keyring, principal):
            return cache
        if cache is not None:
            cache.clear()
            self._cache = None
        return None

    def _load_cache(self, db: UnitOfWork, keyring: KeyRing, principal: Principal) -> JournalCache:
        cache = self._live_cache(keyring, principal)
        if cache is not None:
            return cache
        cache = JournalCache(weakref.ref(keyring, dropper(self)), principal.slot_id)
        # Through the journal's sealed index: only entries it does not know yet are
        # opened one by one (storage/journal_index.py). Parsing makes tens of thousands
        # of small objects, none in a cycle: the cyclic collector waits meanwhile.
        with cyclic_gc_paused():
            loaded = db.journal.index.load_list(
                db,
                keyring,
                db.journal.entries,
                describe_opened,
                rewrite_with=self._rewrite(keyring),
            )
            cache.load(loaded)
        self.damaged = loaded.damaged
        self._cache = cache
        return cache

    def _rewrite(self, keyring: KeyRing) -> Any:
        """The key to heal the index with (None on a read-only vault)."""
        return None if self._vault.read_only else keyring.journal_key

    def _load_search(self, db: UnitOfWork, keyring: KeyRing, cache: JournalCache) -> None:
        if cache.search_loaded:
            return
        with cyclic_gc_paused():
            loaded = db.journal.index.load_search(
                db,
                keyring,
                db.journal.entries,
                describe_opened,
                cache.live_revisions(),
                cache.known_texts(),
                rewrite_with=self._rewrite(keyring),
            )
            cache.load_search(loaded)
        if loaded.damaged:
            self.damaged = [*self.damaged, *loaded.damaged]

    def _shown(
        self, db: UnitOfWork, keyring: KeyRing, cache: JournalCache, entry_ids: list[str]
    ) -> list[JournalEntry]:
        """The full entries for ``entry_ids`` (in that order), opening the authenticated
        way those not opened yet; one that fails to open is reported and left out."""
        missing = cache.unopened(entry_ids)
        if missing:
            # Most of the journal (an export): one pass over the slot, not ids in chunks.
            only = None if len(missing) > len(cache) // 2 else missing
            with cyclic_gc_paused():
                opened, damaged = db.journal.entries.load_values(
                    db, keyring, only=only, flag_proof=True
                )
                wanted = set(missing)
                cache.add_opened(v for v in opened if v.id in wanted)
                damaged = [d for d in damaged if d.id in wanted]
            if damaged:  # reported, and left out of this session's copy
                self.damaged = [*self.damaged, *damaged]
                for record in damaged:
                    cache.drop(record.id)
        shown = []
        for entry_id in entry_ids:
            entry = cache.entry(entry_id)
            if entry is not None:
                shown.append(entry)
            elif entry_id in cache:  # opened, but not a well-formed entry
                error = IntegrityError("journal_entries", entry_id)
                self.damaged = [*self.damaged, DamagedRecord("journal_entries", entry_id, error)]
                cache.drop(entry_id)
        return shown

    def _matching(
        self, db: UnitOfWork, keyring: KeyRing, cache: JournalCache, flt: JournalFilter | None
    ) -> list[str]:
        if flt is None or flt == JournalFilter():
            return cache.newest_first_ids()
        if rules.query_words(flt.text):
            self._load_search(db, keyring, cache)
        return cache.matching_ids(flt)

    @contextmanager
    def _session(self) -> Iterator[tuple[UnitOfWork, KeyRing, JournalCache]]:
        self._check_unlocked()
        with self._lock, self._vault.transaction() as (db, keyring, principal):
            yield db, keyring, self._load_cache(db, keyring, principal)

    def prepare_search(self) -> None:
        """Read the search part now (the page calls it once the list is shown, off the
        GUI thread, so the first keystroke finds it ready)."""
        with self._session() as (db, keyring, cache):
            self._load_search(db, keyring, cache)

    # ------------------------------------------------------------------ reading
    def list_entries(
        self, flt: JournalFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[JournalEntry]:
        """Entries matching ``flt``, newest first (entry date, then edit time)."""
        with self._session() as (db, keyring, cache):
            chosen = self._matching(db, keyring, cache, flt)
            stop = None if limit is None else offset + limit
            return self._shown(db, keyring, cache, chosen[offset:stop])

    def count(self, flt: JournalFilter | None = None) -> int:
        with self._session() as (db, keyring, cache):
            return len(self._matching(db, keyring, cache, flt))

    def search(
        self, text: str, flt: JournalFilter | None = None, *, limit: int | None = None
    ) -> list[JournalEntry]:
        """Search as you type: every word must occur in the title, body, tags or feelings."""
        return self.list_entries(rules.with_text(flt, text), limit=limit)

    def get(self, entry_id: str) -> JournalEntry:
        self._check_unlocked()
        with self._lock, self._vault.transaction() as (db, keyring, principal):
            cache = self._live_cache(keyring, principal)
            if cache is not None:
                if entry_id not in cache:
                    raise NotFound("entry_gone")
                shown = self._shown(db, keyring, cache, [entry_id])
                if not shown:
                    raise IntegrityError("journal_entries", entry_id)
                return shown[0]
            record = db.journal.entries.get(db, keyring, entry_id)
            if record is None or record.state.deleted:
                raise NotFound("entry_gone")
            return self._entry_or_damaged(record)

    @staticmethod
    def _entry_or_damaged(record: LoadedRecord) -> JournalEntry:
        try:
            return entry_from_record(record.id, record.state)
        except (ValueError, TypeError) as exc:
            raise IntegrityError("journal_entries", record.id) from exc

    def tags(self) -> list[str]:
        """Every tag in use, sorted case-insensitively (first spelling wins)."""
        return self._labels("tags")

    def feelings_used(self) -> list[str]:
        return self._labels("feelings")

    def _labels(self, name: str) -> list[str]:
        with self._session() as (_db, _keyring, cache):
            return cache.labels(name)

    def mood_series(
        self,
        by: rules.Period = "week",
        *,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[MoodPoint]:
        """Average mood per week (from Monday) or month, oldest first, own entries only."""
        if by not in ("week", "month"):
            raise ValidationError("by", "not_a_choice")
        flt = JournalFilter(date_from=date_from, date_to=date_to)
        with self._session() as (db, keyring, cache):
            # Dates and moods are in the list rows: no entry is opened for the chart.
            chosen = self._matching(db, keyring, cache, flt)
            return rules.mood_series([cache.skeleton(i) for i in chosen], by)

    def days_with_entries(self, year: int, month: int) -> dict[date, int]:
        """Calendar helper: the days of ``month`` that have entries, with how many."""
        if not 1 <= month <= 12:
            raise ValidationError("month", "out_of_range", minimum=1, maximum=12)
        with self._session() as (_db, _keyring, cache):
            counts: dict[date, int] = {}
            for iso in cache.dates():
                if iso.startswith(f"{year:04d}-{month:02d}-"):
                    day = date.fromisoformat(iso)
                    counts[day] = counts.get(day, 0) + 1
            return dict(sorted(counts.items()))

    def on_this_day(self, today: date | None = None) -> list[JournalEntry]:
        """Entries from this day in earlier years — empty unless the person turned it on."""
        if not self.preferences().show_on_this_day:
            return []
        day = today or self._today()
        with self._session() as (db, keyring, cache):
            wanted = {f"-{day.month:02d}-{day.day:02d}"}
            if (day.month, day.day) == (2, 28):
                wanted.add("-02-29")  # rules.on_this_day decides whether it counts
            ids = [
                entry_id
                for iso in sorted({d for d in cache.dates() if d[4:] in wanted}, reverse=True)
                for entry_id in cache.ids_dated(iso)
            ]
            return rules.on_this_day(self._shown(db, keyring, cache, ids), day)

    # ------------------------------------------------------------------ writing
    def add(self, entry: JournalEntryInput, *, discard_draft: bool = True) -> JournalEntry:
        """Save a new entry (and, by default, drop the autosaved draft)."""
        return self.add_many([entry], discard_draft=discard_draft)[0]

    def add_many(
        self, entries: Iterable[JournalEntryInput], *, discard_draft: bool = False
    ) -> list[JournalEntry]:
        """Save several new entries in one transaction (answers, imports, generators)."""
        today = self._today()
        cleaned = [rules.clean_entry(e, today) for e in entries]
        self._check_unlocked()
        saved: list[JournalEntry] = []
        written: list[IndexedWrite] = []
        with self._lock, self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.entries
            for clean in cleaned:
                record_id = str(uuid.uuid4())
                replica, counter, hlc = self._vault.next_write(db)
                state = RecordState()
                state.write(
                    {ENTRY_FIELD: encode_entry(clean), CREATED_FIELD: hlc}, replica, counter, hlc
                )
                repo.store(db, keyring.journal_key, record_id, state, counter)
                saved.append(entry_from_record(record_id, state))
                written.append(indexed_write(saved[-1], counter))
            db.journal.index.record(db, keyring, keyring.journal_key, written)
            if discard_draft:
                db.journal.drafts.remove(db, slot_singleton_id(principal.slot_id, "journal-draft"))
            cache = self._live_cache(keyring, principal)
            if cache is not None:
                for item, write in zip(saved, written, strict=True):
                    cache.put(item, write.rev)
        return saved

    def update(
        self,
        entry_id: str,
        entry: JournalEntryInput,
        *,
        discard_draft: bool = True,
        expected_rev: int | None = None,
    ) -> JournalEntry:
        """Save changes to an entry; only the fields that changed are rewritten.

        ``expected_rev`` is the ``edited_hlc`` of the entry the editor opened (every
        write of the entry moves it on): if the entry changed since, StaleEdit and
        nothing is written."""
        clean = rules.clean_entry(entry, self._today())
        self._check_unlocked()
        with self._lock, self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.entries
            record = repo.get(db, keyring, entry_id)
            if record is None or record.state.deleted:
                raise NotFound("entry_gone")
            state = record.state
            found = state.last_edited_hlc()
            if expected_rev is not None and found != expected_rev:
                cache = self._live_cache(keyring, principal)
                if cache is not None:  # so Reload shows the stored version
                    cache.put(self._entry_or_damaged(record), record.rev)
                raise StaleEdit("journal_entry", expected=expected_rev, found=found)
            encoded = encode_entry(clean)
            changes = {ENTRY_FIELD: encoded} if state.get(ENTRY_FIELD) != frozen(encoded) else {}
            rev = record.rev
            if changes:
                replica, rev, hlc = self._vault.next_write(db)
                state.write(changes, replica, rev, hlc)
                repo.store(db, keyring.journal_key, entry_id, state, rev)
            if discard_draft:
                db.journal.drafts.remove(db, slot_singleton_id(principal.slot_id, "journal-draft"))
            updated = self._entry_or_damaged(LoadedRecord(entry_id, rev, state, {}))
            if changes:
                db.journal.index.record(
                    db, keyring, keyring.journal_key, [indexed_write(updated, rev)]
                )
            cache = self._live_cache(keyring, principal)
            if cache is not None:
                cache.put(updated, rev)
        return updated

    def set_starred(self, entry_id: str, starred: bool) -> JournalEntry:
        current = self.get(entry_id)
        return self.update(
            entry_id, replace(current.to_input(), starred=starred), discard_draft=False
        )

    def delete(self, entry_id: str) -> None:
        """Tombstone the entry: its sealed content is replaced, then the WAL is folded so
        (with ``secure_delete``) the old ciphertext is left in no file."""
        self._check_unlocked()
        with self._lock, self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.entries
            record = repo.get(db, keyring, entry_id)
            if record is None or record.state.deleted:
                raise NotFound("entry_gone")
            tombstone = RecordState(cc=dict(record.state.cc))
            replica, counter, hlc = self._vault.next_write(db)
            tombstone.write({"_deleted": True}, replica, counter, hlc)
            repo.store(db, keyring.journal_key, entry_id, tombstone, counter)
            db.journal.index.record(
                db, keyring, keyring.journal_key, [IndexedWrite(entry_id, counter, None)]
            )
            cache = self._live_cache(keyring, principal)
            if cache is not None:
                cache.drop(entry_id)
        self._vault.checkpoint()

    # ------------------------------------------------------------------ preferences
    def preferences(self) -> JournalPreferences:
        self._check_unlocked()
        with self._vault.transaction() as (db, keyring, principal):
            state = self._settings_state(db, keyring, principal)
        return JournalPreferences(
            show_on_this_day=bool(state.get("show_on_this_day", False)),
            receive_group_prompts=bool(state.get("receive_group_prompts", False)),
        )

    def set_preferences(self, prefs: JournalPreferences) -> JournalPreferences:
        self._write_private_settings(
            {
                "show_on_this_day": bool(prefs.show_on_this_day),
                "receive_group_prompts": bool(prefs.receive_group_prompts),
            }
        )
        return self.preferences()

    def private_setting(self, name: str, default: Any = None) -> Any:
        """A value from the person's sealed settings record (used by the prompts service)."""
        self._check_unlocked()
        with self._vault.transaction() as (db, keyring, principal):
            return self._settings_state(db, keyring, principal).get(name, default)

    def set_private_setting(self, name: str, value: Any) -> None:
        """Store a value in the person's sealed settings record (JSON-compatible)."""
        self._write_private_settings({name: value})

    def _settings_state(
        self, db: UnitOfWork, keyring: KeyRing, principal: Principal
    ) -> RecordState:
        record = db.journal.settings.get(
            db, keyring, slot_singleton_id(principal.slot_id, "journal-settings")
        )
        return record.state if record is not None else RecordState()

    def _write_private_settings(self, changes: Mapping[str, Any]) -> None:
        self._check_unlocked()
        with self._vault.transaction() as (db, keyring, principal):
            state = self._settings_state(db, keyring, principal)
            changed = {k: v for k, v in changes.items() if state.get(k) != frozen(v)}
            if not changed:
                return
            replica, counter, hlc = self._vault.next_write(db)
            state.write(changed, replica, counter, hlc)
            db.journal.settings.store(
                db,
                keyring.journal_key,
                slot_singleton_id(principal.slot_id, "journal-settings"),
                state,
                counter,
            )

    # ------------------------------------------------------------------ drafts
    def save_draft(self, entry: JournalEntryInput, editing_id: str | None = None) -> JournalDraft:
        """Autosave the editor (sealed, one row per person, replaced on every save)."""
        clean = rules.clean_entry(entry, self._today(), require_content=False)
        self._check_unlocked()
        with self._vault.transaction() as (db, keyring, principal):
            replica, counter, hlc = self._vault.next_write(db)
            state = RecordState()
            state.write(
                {ENTRY_FIELD: encode_entry(clean), EDITING_FIELD: editing_id}, replica, counter, hlc
            )
            db.journal.drafts.store(
                db,
                keyring.journal_key,
                slot_singleton_id(principal.slot_id, "journal-draft"),
                state,
                counter,
            )
        return JournalDraft(clean, editing_id, hlc)

    def load_draft(self) -> JournalDraft | None:
        """The draft to offer back after a crash or a lock, if there is one."""
        self._check_unlocked()
        with self._vault.transaction() as (db, keyring, principal):
            record = db.journal.drafts.get(
                db, keyring, slot_singleton_id(principal.slot_id, "journal-draft")
            )
        if record is None or record.state.deleted:
            return None
        editing = record.state.get(EDITING_FIELD)
        return JournalDraft(
            input_from_content(decode_entry(record.state.get(ENTRY_FIELD))),
            str(editing) if editing else None,
            record.state.last_edited_hlc(),
        )

    def discard_draft(self) -> None:
        self._check_unlocked()
        with self._vault.transaction() as (db, _keyring, principal):
            db.journal.drafts.remove(db, slot_singleton_id(principal.slot_id, "journal-draft"))

    # ------------------------------------------------------------------ export
    def export_readable(self, date_from: date | None = None, date_to: date | None = None) -> str:
        """Markdown of the entries in the range (oldest first), opened in one pass and not
        kept (``journal_export.py``). NOT encrypted: written only after a clear warning."""
        self._check_unlocked()
        with self._lock, cyclic_gc_paused(), self._vault.transaction() as (db, keyring, principal):
            cache = self._live_cache(keyring, principal)
            entries, damaged = entries_to_export(db, keyring, cache, date_from, date_to)
            self.damaged = [*self.damaged, *damaged]
        return rules.render_markdown(entries, date_from, date_to)

    def export_personal_file(self, secret: str, progress: Progress | None = None) -> bytes:
        """The whole journal (entries, safety plan, templates) sealed under ``secret``.

        The file is opened again and compared with what was written before it is
        returned. Runs Argon2id: call it from the worker thread.
        """
        passphrase_policy.check(secret)
        self._check_unlocked()
        documents: list[bytes] = []
        with cyclic_gc_paused(), self._vault.transaction() as (db, keyring, principal):
            params = journal_file.travel_params(self._vault.policy_in(db))
            for kind, repo in (
                (KIND_ENTRY, db.journal.entries),
                (KIND_SAFETY_PLAN, db.journal.safety_plans),
                (KIND_TEMPLATE, db.journal.templates),
            ):
                states, damaged = repo.load_documents(db, keyring)
                if damaged:
                    # Damaged rows are never re-exported as if they were valid.
                    self.damaged = [*self.damaged, *damaged]
                for record_id, state in sorted(states, key=lambda item: item[0]):
                    documents.append(file_document(kind, record_id, state))
        sealed = journal_file.write(documents, secret, params, progress=progress)
        try:
            reopened = journal_file.read(sealed.data, secret, kek=sealed.kek)
        finally:
            sealed.kek.wipe()
        if reopened != documents:
            raise BundleRejected("read_back_differs")
        return sealed.data

    def import_personal_file(
        self, data: bytes, secret: str, progress: Progress | None = None
    ) -> int:
        """Merge a personal journal file into the unlocked person's journal.

        Everything is opened and checked before anything is written; the entries are
        then sealed again under this person's own journal key, in one transaction.
        Importing the same file again changes nothing. Returns how many entries were
        added or changed.
        """
        self._check_unlocked()
        documents = journal_file.read(data, secret, progress=progress)
        parsed = [parse_file_document(d) for d in documents]
        changed_entries = 0
        with self._lock, self._vault.transaction() as (db, keyring, principal):
            for kind, original_id, state in parsed:
                repo: SlotRecords
                if kind == KIND_ENTRY:
                    repo = db.journal.entries
                    record_id = local_id(db, repo, original_id)
                elif kind == KIND_TEMPLATE:
                    repo = db.journal.templates
                    record_id = local_id(db, repo, original_id)
                else:
                    repo = db.journal.safety_plans
                    record_id = slot_singleton_id(principal.slot_id, "safety-plan")
                existing = repo.get(db, keyring, record_id)
                merged = state if existing is None else existing.state.merge(state)
                if existing is not None and merged.to_json() == existing.state.to_json():
                    continue
                _replica, counter, _hlc = self._vault.next_write(db)
                repo.store(db, keyring.journal_key, record_id, merged, counter)
                if kind == KIND_ENTRY and not (existing is None and merged.deleted):
                    changed_entries += 1
            # Rebuild the in-memory copy on next use.
            if self._cache is not None:
                self._cache.clear()
                self._cache = None
        return changed_entries
