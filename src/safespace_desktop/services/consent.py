"""Consent: records per purpose, withdrawal that erases, versioned plain-language wording.

- A consent record (group key) holds the purpose, the wording version the person was
  shown, the date, how it was given and, later, the withdrawal date. It holds no text.
- Withdrawing erases what the purpose covered in the same transaction (contact
  details; check-in pairs), then folds the WAL so the old values do not linger on disk
  (``secure_delete`` zeroes the freed cells; the TRUNCATE checkpoint empties the WAL).
- The wordings (and the limits-of-confidentiality statement) are sealed under the
  commons key, so members can read what they agreed to. Each edit is a new version;
  the built-in default is stored as version 1 the first time a facilitator uses it.
"""

from __future__ import annotations

import uuid
from datetime import date

from safespace_desktop.core.consent import (
    DEFAULT_WORDINGS,
    PURPOSE_ORDER,
    WORDING_TEXT_MAX,
    WORDING_TITLE_MAX,
    ConsentEnd,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    Wording,
    WordingKind,
)
from safespace_desktop.core.errors import NotFound, StaleEdit, ValidationError
from safespace_desktop.core.roster import clean_text, parse_date
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork


def _to_wording(record: LoadedRecord) -> Wording:
    state = record.state
    return Wording(
        id=record.id,
        kind=WordingKind(str(state.get("kind"))),
        version=int(state.get("version", 1)),
        title=str(state.get("title", "")),
        text=str(state.get("text", "")),
        created_on=parse_date(state.get("created_on")),
    )


def default_wording(kind: WordingKind, group_id: str = "") -> Wording:
    title, text = DEFAULT_WORDINGS[kind]
    return Wording(
        id=_default_id(group_id, kind) if group_id else "",
        kind=kind,
        version=1,
        title=title,
        text=text,
        stored=False,
    )


def _default_id(group_id: str, kind: WordingKind) -> str:
    # Deterministic: two facilitators' PCs that store the default get the same row.
    return str(uuid.uuid5(uuid.UUID(group_id), f"consent_wordings:{kind.value}:1"))


def check_method(method: ConsentMethod) -> ConsentMethod:
    if not isinstance(method, ConsentMethod):
        raise ValidationError("method", "not_a_choice")
    return method


class ConsentService:
    """Consent records and wording. Facilitators write; anyone unlocked may read wording."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- wording -------------------------------------------------------------------
    def _versions(self, db: UnitOfWork, keyring: KeyRing, kind: WordingKind) -> list[Wording]:
        r = store.repos(db)
        loaded, _damaged = r.wordings.load_all(db, keyring)
        found = [w for w in map(_to_wording, loaded) if w.kind is kind]
        return sorted(found, key=lambda w: (w.version, w.id))

    def current_in(
        self, db: UnitOfWork, keyring: KeyRing, kind: WordingKind, *, store_default: bool
    ) -> Wording:
        """The newest version; the built-in default (stored as v1 when asked) if none."""
        versions = self._versions(db, keyring, kind)
        if versions:
            return versions[-1]
        group_id = store.repos(db).group_id
        default = default_wording(kind, group_id)
        if not store_default:
            return default
        return self._store_version(db, keyring, default, record_id=default.id)

    def _store_version(
        self, db: UnitOfWork, keyring: KeyRing, wording: Wording, *, record_id: str | None = None
    ) -> Wording:
        r = store.repos(db)
        created = store.today(self._vault)
        row_id = record_id or str(uuid.uuid4())
        state = store.write(
            self._vault,
            db,
            r.wordings,
            keyring.commons_key,
            row_id,
            RecordState(),
            {
                "kind": wording.kind.value,
                "version": wording.version,
                "title": wording.title,
                "text": wording.text,
                "created_on": created.isoformat(),
            },
        )
        return _to_wording(LoadedRecord(row_id, 0, state, {}))

    def wording(self, kind: WordingKind) -> Wording:
        """The current text of ``kind`` (readable in a member session too)."""
        principal = self._vault.principal
        store_default = principal is not None and principal.is_facilitator
        with store.transaction(self._vault) as (db, keyring, _principal):
            return self.current_in(db, keyring, kind, store_default=store_default)

    def confidentiality_statement(self) -> Wording:
        """The limits-of-confidentiality statement newcomers see first."""
        return self.wording(WordingKind.CONFIDENTIALITY)

    def consent_wording(self, purpose: ConsentPurpose) -> Wording:
        return self.wording(WordingKind.of(purpose))

    def wording_history(self, kind: WordingKind) -> list[Wording]:
        """Every version, oldest first (the default counts as version 1)."""
        with store.transaction(self._vault) as (db, keyring, _principal):
            versions = self._versions(db, keyring, kind)
            if not versions:
                versions = [default_wording(kind, store.repos(db).group_id)]
            return versions

    def wording_version(self, kind: WordingKind, version: int) -> Wording:
        """The exact text someone was shown, for the consent log."""
        for wording in self.wording_history(kind):
            if wording.version == version:
                return wording
        raise NotFound("no_such_version", version=version)

    def edit_wording(
        self,
        kind: WordingKind,
        text: str,
        *,
        title: str | None = None,
        expected_version: int | None = None,
    ) -> Wording:
        """Save a new version (the old ones stay, and consents keep theirs).
        ``expected_version`` is the ``Wording.version`` the editor showed: if a newer
        version was saved since, StaleEdit and nothing is written."""
        self._vault.require_facilitator()
        check_text("text", text)
        if title is not None:
            check_text("title", title)
        body = "\n".join(line.rstrip() for line in text.strip().splitlines())
        if not body:
            raise ValidationError("text", "required", record="wording")
        if len(body) > WORDING_TEXT_MAX:
            raise ValidationError("text", "too_long", limit=WORDING_TEXT_MAX)
        with store.transaction(self._vault) as (db, keyring, _principal):
            current = self.current_in(db, keyring, kind, store_default=True)
            if expected_version is not None and current.version != expected_version:
                raise StaleEdit("consent_wording", expected=expected_version, found=current.version)
            new_title = current.title if title is None else clean_text(title)
            if not new_title:
                raise ValidationError("title", "required", record="wording")
            if len(new_title) > WORDING_TITLE_MAX:
                raise ValidationError("title", "too_long", limit=WORDING_TITLE_MAX)
            if body == current.text and new_title == current.title:
                return current
            return self._store_version(
                db,
                keyring,
                Wording("", kind, current.version + 1, new_title, body),
            )

    def edit_confidentiality_statement(self, text: str, *, title: str | None = None) -> Wording:
        return self.edit_wording(WordingKind.CONFIDENTIALITY, text, title=title)

    def edit_consent_wording(
        self, purpose: ConsentPurpose, text: str, *, title: str | None = None
    ) -> Wording:
        return self.edit_wording(WordingKind.of(purpose), text, title=title)

    # -- consent records -----------------------------------------------------------
    def give_in(
        self,
        db: UnitOfWork,
        keyring: KeyRing,
        member_id: str,
        purpose: ConsentPurpose,
        *,
        method: ConsentMethod,
        wording_version: int | None,
        given_on: date,
    ) -> ConsentRecord:
        """Record consent inside an open transaction (used by enrolment and import)."""
        if not isinstance(purpose, ConsentPurpose):
            raise ValidationError("purpose", "not_a_choice")
        check_method(method)
        r = store.repos(db)
        store.load_editable_member(db, keyring, r, member_id)
        kind = WordingKind.of(purpose)
        current = self.current_in(db, keyring, kind, store_default=True)
        if wording_version is None:
            shown = current
        else:
            matching = [
                w for w in self._versions(db, keyring, kind) if w.version == wording_version
            ]
            if not matching:
                raise ValidationError("wording_version", "no_such_version", version=wording_version)
            shown = matching[-1]
        if given_on > store.today(self._vault):
            raise ValidationError("given_on", "in_future")
        for record, existing in store.consent_records(db, keyring, r, member_id):
            if existing.purpose is not purpose or not existing.active:
                continue
            if existing.wording_version == shown.version:
                return existing
            store.end_consent(self._vault, db, keyring, r, record, ConsentEnd.RENEWED, given_on)
        record_id = str(uuid.uuid4())
        state = store.write(
            self._vault,
            db,
            r.consents,
            keyring.group_key,
            record_id,
            RecordState(),
            {
                "purpose": purpose.value,
                "wording_version": shown.version,
                "wording_id": shown.id,
                "given_on": given_on.isoformat(),
                "method": method.value,
            },
            member_id=member_id,
        )
        return store.to_consent(LoadedRecord(record_id, 0, state, {"member_id": member_id}))

    def give(
        self,
        member_id: str,
        purpose: ConsentPurpose,
        *,
        method: ConsentMethod = ConsentMethod.IN_PERSON,
        wording_version: int | None = None,
        given_on: date | None = None,
    ) -> ConsentRecord:
        """Record that the member agreed to ``purpose`` after being shown
        ``wording_version`` (default: the current one). Giving it again under the same
        version changes nothing; under a newer version it replaces the old record."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            return self.give_in(
                db,
                keyring,
                member_id,
                purpose,
                method=method,
                wording_version=wording_version,
                given_on=given_on or store.today(self._vault),
            )

    def withdraw(
        self, member_id: str, purpose: ConsentPurpose, *, on: date | None = None
    ) -> ConsentRecord:
        """The member changed their mind: end the consent and erase what it covered
        (contact details, check-in pairs) in the same transaction."""
        self._vault.require_facilitator()
        day = on or store.today(self._vault)
        if day > store.today(self._vault):
            raise ValidationError("withdrawn_on", "in_future")
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            store.load_member(db, keyring, r, member_id)
            active = [
                (record, c)
                for record, c in store.consent_records(db, keyring, r, member_id)
                if c.purpose is purpose and c.active
            ]
            if not active:
                raise NotFound("no_active_consent")
            store.erase_purpose_data(
                self._vault, db, keyring, r, member_id, purpose, day, "withdrawn"
            )
            for record, _consent in active:
                store.end_consent(self._vault, db, keyring, r, record, ConsentEnd.WITHDRAWN, day)
            reread = r.consents.get(db, keyring, active[-1][0].id)
            assert reread is not None
            ended = store.to_consent(reread)
        self._vault.checkpoint()
        return ended

    def log(self, member_id: str) -> list[ConsentRecord]:
        """The member's consent log, oldest first, withdrawn entries included."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            store.load_member(db, keyring, r, member_id)
            return [c for _record, c in store.consent_records(db, keyring, r, member_id)]

    def active_purposes(self, member_id: str) -> frozenset[ConsentPurpose]:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            return store.active_purposes(db, keyring, store.repos(db), member_id)

    def has_consent(self, member_id: str, purpose: ConsentPurpose) -> bool:
        return purpose in self.active_purposes(member_id)

    @staticmethod
    def purposes() -> tuple[ConsentPurpose, ...]:
        """Every purpose, in the order newcomers are asked."""
        return PURPOSE_ORDER
