"""The living group agreement (W1): templates, drafts, adopted versions, history.

- Start a draft from a template (``core.agreement.TEMPLATES``) or from blank; edit it.
- ``adopt`` turns a draft into version n. Versions are read-only: there is no call
  that changes one. ``amend`` starts a new draft from the current version.
- ``history`` lists the versions with a readable line-by-line difference to the one
  before (version 1 is compared with the template or blank page it started from).
- ``record_agreement`` keeps a show of hands at a meeting as counts, with no names.
- Drafts and meeting counts are facilitator records (group key). Adopted versions are
  sealed under the commons key, so ``current_for_members`` works in a member's session
  and the agreement can be shown and printed (``printable``) for everyone.
"""

from __future__ import annotations

import uuid
from datetime import date

from safespace_desktop.core.agreement import (
    BLANK,
    MAX_PRESENT,
    TEMPLATES,
    TEXT_MAX,
    TITLE_MAX,
    AgreementAffirmation,
    AgreementDraft,
    AgreementOverview,
    AgreementTemplate,
    AgreementVersion,
    DiffLine,
    agreement_lines,
    diff_lines,
    next_version_number,
    template,
)
from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError
from safespace_desktop.core.roster import clean_text, parse_date
from safespace_desktop.core.sync.record import DELETED_FIELD, JsonValue, RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

BLANK_TITLE = "Our group agreement"


def _tidy(text: str) -> str:
    return "\n".join(agreement_lines(text))


def _to_draft(record: LoadedRecord) -> AgreementDraft:
    s = record.state
    amends = s.get("amends")
    return AgreementDraft(
        id=record.id,
        title=str(s.get("title", "")),
        text=str(s.get("text", "")),
        origin=str(s.get("origin", BLANK)),
        origin_text=str(s.get("origin_text", "")),
        origin_title=str(s.get("origin_title", "")),
        amends=int(amends) if isinstance(amends, int) else None,
        created_on=parse_date(s.get("created_on")),
        kept_title=_optional_text(s.get("kept_title")),
        kept_text=_optional_text(s.get("kept_text")),
        rev=record.rev,
    )


def _stored_draft(db: UnitOfWork, draft_id: str, state: RecordState) -> AgreementDraft:
    """A draft just written, with the revision it was stored at."""
    return _to_draft(
        LoadedRecord(draft_id, store.repos(db).drafts.stored_rev(db, draft_id) or 0, state, {})
    )


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _to_version(record: LoadedRecord) -> tuple[AgreementVersion, str, str]:
    """The version plus the text and title it started from (for version 1's changes)."""
    s = record.state
    amends = s.get("amends")
    version = AgreementVersion(
        id=record.id,
        number=int(s.get("number", 0)),
        title=str(s.get("title", "")),
        text=str(s.get("text", "")),
        adopted_on=parse_date(s.get("adopted_on")),
        origin=str(s.get("origin", BLANK)),
        amends=int(amends) if isinstance(amends, int) else None,
    )
    return version, str(s.get("origin_text", "")), str(s.get("origin_title", ""))


def _to_affirmation(record: LoadedRecord) -> AgreementAffirmation:
    s = record.state
    return AgreementAffirmation(
        id=record.id,
        version=int(s.get("version", 0)),
        meeting_on=parse_date(s.get("meeting_on")) or date.min,
        present=int(s.get("present", 0)),
        agreed=int(s.get("agreed", 0)),
    )


def diff(
    prev: AgreementVersion | AgreementDraft | str, next: AgreementVersion | AgreementDraft | str
) -> tuple[DiffLine, ...]:
    """A readable line-by-line difference between two versions, drafts or texts."""
    old_title = "" if isinstance(prev, str) else prev.title
    new_title = "" if isinstance(next, str) else next.title
    old_text = prev if isinstance(prev, str) else prev.text
    new_text = next if isinstance(next, str) else next.text
    return diff_lines(old_text, new_text, old_title=old_title, new_title=new_title)


def _check_title_text(title: str, text: str) -> None:
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "too_long", limit=TITLE_MAX, record="agreement")
    if len(text) > TEXT_MAX:
        raise ValidationError("text", "too_long", limit=TEXT_MAX, record="agreement")


class AgreementService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- templates -----------------------------------------------------------------
    @staticmethod
    def templates() -> tuple[AgreementTemplate, ...]:
        return TEMPLATES

    # -- drafts --------------------------------------------------------------------
    def _new_draft(
        self,
        *,
        title: str,
        text: str,
        origin: str,
        amends: int | None,
    ) -> AgreementDraft:
        self._vault.require_facilitator()
        record_id = store.new_id()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            state = store.write(
                self._vault,
                db,
                r.drafts,
                keyring.group_key,
                record_id,
                RecordState(),
                {
                    "title": title,
                    "text": text,
                    "origin": origin,
                    "origin_text": text,
                    "origin_title": title,
                    "amends": amends,
                    "created_on": store.today(self._vault).isoformat(),
                },
            )
            return _stored_draft(db, record_id, state)

    def start_draft(
        self,
        template_key: str | None = None,
        *,
        title: str | None = None,
        text: str | None = None,
    ) -> AgreementDraft:
        """A new draft from a template (by key) or, with None or "blank", an empty page.

        ``title`` and ``text``, when given, are the template as the person reads it (the
        UI translates the built-in templates, issue 14); the key stays the draft's origin.
        """
        if template_key in (None, BLANK):
            blank_title = title if title is not None else BLANK_TITLE
            _check_title_text(blank_title, "")
            return self._new_draft(title=blank_title, text="", origin=BLANK, amends=None)
        try:
            chosen = template(str(template_key))
        except KeyError:
            raise ValidationError("template", "not_a_choice") from None
        worded_title = title if title is not None else chosen.title
        worded_text = text if text is not None else chosen.text
        _check_title_text(worded_title, worded_text)
        return self._new_draft(title=worded_title, text=worded_text, origin=chosen.key, amends=None)

    def amend(self) -> AgreementDraft:
        """A new draft that starts from the current adopted version."""
        current = self.current()
        if current is None:
            raise NotFound("nothing_adopted")
        return self._new_draft(
            title=current.title,
            text=current.text,
            origin=f"v{current.number}",
            amends=current.number,
        )

    def _draft_record(self, db: UnitOfWork, keyring: KeyRing, draft_id: str) -> LoadedRecord:
        r = store.repos(db)
        record = r.drafts.get(db, keyring, draft_id)
        if record is None or record.state.deleted:
            if r.versions.get(db, keyring, draft_id) is not None:
                raise NotPermitted("agreement_adopted")
            raise NotFound("draft_gone")
        return record

    def drafts(self) -> list[AgreementDraft]:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            loaded, _damaged = store.repos(db).drafts.load_all(db, keyring)
        found = [_to_draft(r) for r in loaded]
        return sorted(found, key=lambda d: (d.created_on or date.min, d.id))

    def draft(self, draft_id: str) -> AgreementDraft:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            return _to_draft(self._draft_record(db, keyring, draft_id))

    def update_draft(
        self,
        draft_id: str,
        *,
        title: str | None = None,
        text: str | None = None,
        expected_rev: int | None = None,
    ) -> AgreementDraft:
        """Save edits to a draft. Adopted versions are refused with NotPermitted.
        ``expected_rev`` is the ``AgreementDraft.rev`` the editor loaded: if the draft
        changed since, StaleEdit and nothing is written."""
        self._vault.require_facilitator()
        changes: dict[str, str] = {}
        if title is not None:
            changes["title"] = clean_text(check_text("title", title))
        if text is not None:
            changes["text"] = _tidy(check_text("text", text))
        _check_title_text(changes.get("title", ""), changes.get("text", ""))
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = self._draft_record(db, keyring, draft_id)
            store.check_revision(record, expected_rev, "agreement_draft")
            current = _to_draft(record)
            writes: dict[str, JsonValue] = {
                k: v for k, v in changes.items() if getattr(current, k) != v
            }
            if current.has_kept_edits:
                # Saving is the answer to typing kept at a lock: it is not offered again.
                writes |= {"kept_title": None, "kept_text": None}
            if not writes:
                return current
            state = store.write(
                self._vault,
                db,
                store.repos(db).drafts,
                keyring.group_key,
                draft_id,
                record.state,
                writes,
            )
            return _stored_draft(db, draft_id, state)

    def keep_edits(self, draft_id: str, *, title: str, text: str) -> AgreementDraft:
        """Keep unsaved typing, sealed, when the session ends (lock, auto-lock, closing).

        Nothing is checked or tidied: this runs while the app is locking and may not
        refuse. The saved wording stays as it was; the page offers the kept typing back
        the next time it opens, and ``update_draft`` or ``drop_kept_edits`` clears it.
        """
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = self._draft_record(db, keyring, draft_id)
            state = store.write(
                self._vault,
                db,
                store.repos(db).drafts,
                keyring.group_key,
                draft_id,
                record.state,
                # Never refused (nobody is there to answer at a lock): a damaged character
                # is kept as "?" rather than failing the seal.
                {"kept_title": _storable(title), "kept_text": _storable(text)},
            )
            return _stored_draft(db, draft_id, state)

    def drop_kept_edits(self, draft_id: str) -> AgreementDraft:
        """Go back to the draft's saved wording; the kept typing is gone."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = self._draft_record(db, keyring, draft_id)
            if not _to_draft(record).has_kept_edits:
                return _to_draft(record)
            state = store.write(
                self._vault,
                db,
                store.repos(db).drafts,
                keyring.group_key,
                draft_id,
                record.state,
                {"kept_title": None, "kept_text": None},
            )
            return _stored_draft(db, draft_id, state)

    def discard_draft(self, draft_id: str) -> None:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            record = self._draft_record(db, keyring, draft_id)
            store.write(
                self._vault,
                db,
                store.repos(db).drafts,
                keyring.group_key,
                draft_id,
                record.state,
                {DELETED_FIELD: True},
            )

    def adopt(self, draft_id: str, *, adopted_on: date | None = None) -> AgreementVersion:
        """Make the draft the next version (n = last + 1). The version is read-only."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        day = adopted_on or today
        if day > today:
            raise ValidationError("adopted_on", "in_future")
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = self._draft_record(db, keyring, draft_id)
            draft = _to_draft(record)
            if not draft.title:
                raise ValidationError("title", "required", record="agreement")
            if not agreement_lines(draft.text) or not draft.text.strip():
                raise ValidationError("text", "required", record="agreement")
            number = next_version_number(v for v, _t, _ti in self._versions_in(db, keyring))
            version_id = store.new_id()
            store.write(
                self._vault,
                db,
                r.versions,
                keyring.commons_key,
                version_id,
                RecordState(),
                {
                    "number": number,
                    "title": draft.title,
                    "text": draft.text,
                    "adopted_on": day.isoformat(),
                    "origin": draft.origin,
                    "origin_text": draft.origin_text,
                    "origin_title": draft.origin_title,
                    "amends": draft.amends,
                },
            )
            store.write(
                self._vault,
                db,
                r.drafts,
                keyring.group_key,
                draft_id,
                record.state,
                {DELETED_FIELD: True},
            )
        return self.version(number)

    # -- versions ------------------------------------------------------------------
    def _versions_in(
        self, db: UnitOfWork, keyring: KeyRing
    ) -> list[tuple[AgreementVersion, str, str]]:
        loaded, _damaged = store.repos(db).versions.load_all(db, keyring)
        return sorted(map(_to_version, loaded), key=lambda v: (v[0].number, v[0].id))

    def _affirmations_in(self, db: UnitOfWork, keyring: KeyRing) -> list[AgreementAffirmation]:
        loaded, _damaged = store.repos(db).affirmations.load_all(db, keyring)
        return sorted(map(_to_affirmation, loaded), key=lambda a: (a.meeting_on, a.id))

    def _history(self, *, with_counts: bool) -> list[AgreementVersion]:
        with store.transaction(self._vault) as (db, keyring, _principal):
            versions = self._versions_in(db, keyring)
            counts = self._affirmations_in(db, keyring) if with_counts else []
        out: list[AgreementVersion] = []
        previous: AgreementVersion | None = None
        for version, origin_text, origin_title in versions:
            if previous is None:
                changes = diff_lines(
                    origin_text, version.text, old_title=origin_title, new_title=version.title
                )
            else:
                changes = diff(previous, version)
            full = AgreementVersion(
                id=version.id,
                number=version.number,
                title=version.title,
                text=version.text,
                adopted_on=version.adopted_on,
                origin=version.origin,
                amends=version.amends,
                changes=changes,
                affirmations=tuple(a for a in counts if a.version == version.number),
            )
            out.append(full)
            previous = full
        return out

    def overview(self) -> AgreementOverview:
        """Versions (with changes and counts) and drafts, for the facilitators' page."""
        self._vault.require_facilitator()
        return AgreementOverview(tuple(self._history(with_counts=True)), tuple(self.drafts()))

    def next_number(self) -> int:
        """The number the next adopted draft will get."""
        self._vault.require_facilitator()
        return next_version_number(self._history(with_counts=False))

    def history(self) -> list[AgreementVersion]:
        """Every adopted version, oldest first, each with its changes and meeting counts."""
        self._vault.require_facilitator()
        return self._history(with_counts=True)

    def current(self) -> AgreementVersion | None:
        self._vault.require_facilitator()
        versions = self._history(with_counts=True)
        return versions[-1] if versions else None

    def version(self, number: int) -> AgreementVersion:
        self._vault.require_facilitator()
        for version in self._history(with_counts=True):
            if version.number == number:
                return version
        raise NotFound("no_such_version", version=number)

    def diff(
        self,
        prev: AgreementVersion | AgreementDraft | str,
        next: AgreementVersion | AgreementDraft | str,
    ) -> tuple[DiffLine, ...]:
        return diff(prev, next)

    def current_for_members(self) -> AgreementVersion | None:
        """The current agreement for anyone unlocked, members included (commons key).
        Meeting counts are facilitator records and are not included."""
        versions = self._history(with_counts=False)
        return versions[-1] if versions else None

    # -- meetings ------------------------------------------------------------------
    def record_agreement(
        self,
        present: int,
        agreed: int,
        *,
        meeting_on: date | None = None,
        version: int | None = None,
    ) -> AgreementAffirmation:
        """Keep a show of hands: how many were present and how many agreed. No names."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        day = meeting_on or today
        for field, value in (("present", present), ("agreed", agreed)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValidationError(field, "not_whole_number")
        if not 1 <= present <= MAX_PRESENT:
            raise ValidationError("present", "out_of_range", minimum=1, maximum=MAX_PRESENT)
        if not 0 <= agreed <= present:
            raise ValidationError("agreed", "more_than_present")
        if day > today:
            raise ValidationError("meeting_on", "in_future")
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            versions = [v for v, _t, _ti in self._versions_in(db, keyring)]
            if not versions:
                raise ValidationError("version", "nothing_adopted")
            chosen = (
                versions[-1]
                if version is None
                else next((v for v in versions if v.number == version), None)
            )
            if chosen is None:
                raise ValidationError("version", "no_such_version", version=version)
            record_id = str(uuid.uuid4())
            state = store.write(
                self._vault,
                db,
                r.affirmations,
                keyring.group_key,
                record_id,
                RecordState(),
                {
                    "version": chosen.number,
                    "version_id": chosen.id,
                    "meeting_on": day.isoformat(),
                    "present": present,
                    "agreed": agreed,
                },
            )
        return _to_affirmation(LoadedRecord(record_id, 0, state, {}))

    def affirmations(self, version: int | None = None) -> list[AgreementAffirmation]:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            found = self._affirmations_in(db, keyring)
        return [a for a in found if version is None or a.version == version]

    # -- printing ------------------------------------------------------------------
    def printable(self, version: int | None = None) -> AgreementVersion:
        """The version to print or read aloud (the UI lays it out in the person's language).

        Facilitators may print any version and get its meeting counts with it; members
        print the current version, without counts.
        """
        principal = self._vault.principal
        facilitator = principal is not None and principal.is_facilitator
        versions = self._history(with_counts=facilitator)
        if version is not None:
            if not facilitator:
                raise NotPermitted("facilitators_only")
            versions = [v for v in versions if v.number == version]
        if not versions:
            raise NotFound("nothing_adopted")
        return versions[-1]


def _storable(text: str) -> str:
    """``text`` with any character that cannot be stored (a lone surrogate) as "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")
