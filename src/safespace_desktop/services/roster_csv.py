"""CSV import of a paper sign-up list, and CSV export of the roster.

Import is two steps, and nothing is saved until the second:
1. ``preview_import(data, mapping)`` reads the file, maps columns to roster fields and
   checks every row. The text may be UTF-8, UTF-16 or legacy Windows text, separated
   by commas, semicolons or tabs, as spreadsheet programs save it (``sheet_text``);
   ``ImportPreview.encoding_guessed`` asks the UI to have the names checked. A
   malformed file (unreadable text, no header row, ragged rows, a mapped column
   missing) is reported with the file row of each problem and can never be committed. Row problems (no name, too long, an email that is not an
   address, contact details without a ticked consent column) are listed per row.
2. ``commit_import(preview)`` re-checks everything and saves all rows in one
   transaction. Rows with problems block the import unless ``skip_invalid=True``
   (then only the good rows are saved). Contact details are saved only for rows
   whose consent column says yes; that consent is recorded "on paper".

Export returns text; the UI must warn that the file it writes is not encrypted
(ui/dialogs/roster_export.py). Cells that a spreadsheet would run as a formula are prefixed
with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose
from safespace_desktop.core.errors import ImportRejected, ValidationError
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import (
    ACCESS_NEED_LABELS,
    NAME_MAX,
    NOTE_MAX,
    PRONOUNS_MAX,
    ROLE_LABELS,
    STATUS_LABELS,
    ContactDetails,
    MemberStatus,
    TellApart,
    clean_text,
    email_problem,
    name_key,
    phone_problem,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import DAMAGED_TEXT, is_damaged
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import (
    MembersService,
    contact_changes,
    new_member_changes,
    validate,
    validate_contact,
)
from safespace_desktop.services.sheet_text import (
    HEADER_GUESSES,
    SheetEncoding,
    decode_sheet,
    guess_delimiter,
    header_key,
)
from safespace_desktop.services.vault import Vault

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000

_YES = {"yes", "y", "true", "1", "x", "\u2713", "\u2714", "ticked", "agreed", "ok"}
_YES |= {"sí", "si", "verdadero", "oui", "vrai"}  # Spanish and French sheets
_NO = {"", "no", "n", "false", "0", "-", "not ticked", "falso", "non", "faux"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LOOKS_LIKE_DATA = re.compile(r"@|^\+?[\d ()\-.]{6,}$")


class RowErrorKind(StrEnum):
    STRUCTURE = "structure"  # the file itself is malformed: it cannot be imported
    CONTENT = "content"  # this row has a problem: fix it, or skip the row
    NOTE = "note"  # worth knowing, not a problem (someone else has this name)


@dataclass(frozen=True)
class RowError:
    """A problem at spreadsheet row ``row`` (the header is row 1; 0 = the whole file).

    ``code`` and ``params`` are what a ValidationError would carry; the UI words them.
    ``params`` may hold text from the sheet (a column title, a name) for the wording,
    so a RowError is never logged.
    """

    row: int
    field: str
    code: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict, hash=False)
    kind: RowErrorKind = RowErrorKind.CONTENT


@dataclass(frozen=True)
class CsvMapping:
    """Which column (by its header text) holds which roster field. Only ``name`` is
    required. ``contact_consent`` is the sheet's "happy to be contacted" tick column."""

    name: str
    pronouns: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    best_time: str | None = None
    contact_consent: str | None = None

    def columns(self) -> dict[str, str]:
        fields = ("name", "pronouns", "phone", "email", "notes", "best_time", "contact_consent")
        return {f: getattr(self, f) for f in fields if getattr(self, f)}


@dataclass(frozen=True)
class PreviewRow:
    row: int
    draft: MemberDraft
    contact: ContactDetails
    contact_consent: bool
    errors: tuple[RowError, ...] = ()
    warnings: tuple[RowError, ...] = ()  # kind NOTE

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportPreview:
    headers: tuple[str, ...]
    mapping: CsvMapping
    rows: tuple[PreviewRow, ...]
    file_errors: tuple[RowError, ...] = ()
    encoding: SheetEncoding | None = None  # how the file's text was read

    @property
    def encoding_guessed(self) -> bool:
        """True when the encoding was a guess: the person should check the names."""
        return self.encoding is not None and self.encoding.guessed

    @property
    def errors(self) -> tuple[RowError, ...]:
        return self.file_errors + tuple(e for r in self.rows for e in r.errors)

    @property
    def malformed(self) -> bool:
        """True when the file itself is broken: it can never be imported."""
        return any(e.kind is RowErrorKind.STRUCTURE for e in self.errors)

    @property
    def valid_rows(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def can_import_all(self) -> bool:
        return not self.errors and bool(self.rows)


@dataclass(frozen=True)
class ImportResult:
    added: tuple[Member, ...]
    skipped_rows: tuple[int, ...]
    contact_consents: int


# --------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class _Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row, cells)
    errors: tuple[RowError, ...]
    encoding: SheetEncoding | None = None


def _structure(row: int, code: str, field: str = "file", **params: object) -> RowError:
    return RowError(row, field, code, params, RowErrorKind.STRUCTURE)


def _decode(data: bytes) -> tuple[str | None, SheetEncoding | None, list[RowError]]:
    if len(data) > MAX_FILE_BYTES:
        return (
            None,
            None,
            [_structure(0, "file_too_large", limit_mb=MAX_FILE_BYTES // (1024 * 1024))],
        )
    decoded = decode_sheet(data)
    return decoded.text, decoded.encoding, [_structure(n, code) for n, code in decoded.problems]


def _read(data: bytes) -> _Table:
    text, encoding, errors = _decode(data)
    if text is None:
        return _Table((), (), tuple(errors))
    if not text.strip():
        return _Table((), (), (_structure(0, "empty_file"),))
    # Spreadsheets in some languages separate cells with ";", and "Unicode Text" with tabs.
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter, strict=True)
    records: list[tuple[int, tuple[str, ...]]] = []
    try:
        for index, raw_cells in enumerate(reader, start=1):
            if index > MAX_ROWS + 1:
                return _Table((), (), (_structure(0, "too_many_rows", limit=MAX_ROWS),))
            records.append((index, tuple(raw_cells)))
    except csv.Error:
        return _Table(
            (),
            (),
            (_structure(len(records) + 1, "unclosed_quote"),),
        )
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        return _Table((), (), (_structure(0, "empty_file"),))
    header_row, header_cells = records[0]
    headers = tuple(clean_text(c) for c in header_cells)
    problems: list[RowError] = []
    if any(_LOOKS_LIKE_DATA.search(h) for h in headers):
        problems.append(_structure(header_row, "no_header_row"))
    body = []
    for number, cells in records[1:]:
        extra = cells[len(headers) :]
        if len(cells) < len(headers) or any(c.strip() for c in extra):
            problems.append(
                _structure(number, "ragged_row", "row", cells=len(cells), expected=len(headers))
            )
            continue
        body.append((number, tuple(cells[: len(headers)])))
    return _Table(headers, tuple(body), tuple(problems), encoding)


def read_headers(data: bytes) -> tuple[str, ...]:
    """The header row, for the column-mapping screen. ImportRejected if unreadable."""
    table = _read(data)
    if not table.headers:
        if table.errors:
            first = table.errors[0]
            raise ImportRejected(first.code, **first.params)
        raise ImportRejected("no_header_row")
    return table.headers


def suggest_mapping(headers: Sequence[str]) -> CsvMapping | None:
    """A first guess from the header texts; None when no column looks like a name."""
    by_key: dict[str, str] = {}
    for header in headers:
        if header:
            by_key.setdefault(header_key(header), header)
    found: dict[str, str] = {}
    for field, names in HEADER_GUESSES.items():
        for candidate in names:
            match = by_key.get(header_key(candidate))
            if match is not None and match not in found.values():
                found[field] = match
                break
    if "name" not in found:
        return None
    return CsvMapping(**found)


def _consent_value(text: str) -> bool | None:
    folded = clean_text(text).casefold()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def _row_preview(number: int, values: dict[str, str], mapping: CsvMapping) -> PreviewRow:
    errors: list[RowError] = []

    def problem(field: str, code: str, **params: object) -> None:
        errors.append(RowError(number, field, code, params))

    # Strict UTF-8 and UTF-16 decoding never yield a lone surrogate, but a decoder that
    # maps unreadable bytes to surrogates (surrogateescape) would: refuse such cells.
    damaged = [field for field, value in values.items() if is_damaged(value)]
    for field in damaged:
        problem(field, DAMAGED_TEXT)
    # Damaged cells are left out of the preview: the row cannot be imported anyway.
    values = {field: ("" if field in damaged else value) for field, value in values.items()}
    name = clean_text(values.get("name", ""))
    pronouns = clean_text(values.get("pronouns", ""))
    notes = values.get("notes", "").strip()
    if not name and "name" not in damaged:
        problem("name", "required")
    elif len(name) > NAME_MAX:
        problem("name", "too_long", limit=NAME_MAX)
    if len(pronouns) > PRONOUNS_MAX:
        problem("pronouns", "too_long", limit=PRONOUNS_MAX)
    if len(notes) > NOTE_MAX:
        problem("notes", "too_long", limit=NOTE_MAX)
    contact = ContactDetails(
        phone=clean_text(values.get("phone", "")),
        email=values.get("email", "").strip(),
        best_time=clean_text(values.get("best_time", "")),
    )
    for field, found in (
        ("phone", phone_problem(contact.phone)),
        ("email", email_problem(contact.email)),
    ):
        if found:
            problem(field, found.code, **found.params)
    consent = False
    if mapping.contact_consent:
        answer = _consent_value(values.get("contact_consent", ""))
        if answer is None:
            problem("contact_consent", "not_yes_or_no")
        consent = bool(answer)
    if not contact.is_empty and not consent:
        if mapping.contact_consent:
            problem("contact_consent", "not_consented")
        else:
            problem("contact_consent", "no_consent_column")
    draft = MemberDraft(name=name, pronouns=pronouns, note=notes)
    return PreviewRow(number, draft, contact, consent, tuple(errors))


def parse_import(
    data: bytes, mapping: CsvMapping, *, roster_names: Sequence[str] = ()
) -> ImportPreview:
    """Read and check the file without a vault. ``roster_names`` adds same-name warnings."""
    table = _read(data)
    if not table.headers:
        return ImportPreview((), mapping, (), table.errors)
    file_errors = list(table.errors)
    index: dict[str, int] = {}
    for field, header in mapping.columns().items():
        matches = [i for i, h in enumerate(table.headers) if name_key(h) == name_key(header)]
        if not matches:
            file_errors.append(_structure(1, "no_such_column", field, column=header))
        elif len(matches) > 1:
            file_errors.append(_structure(1, "duplicate_column", field, column=header))
        else:
            index[field] = matches[0]
    if "name" not in mapping.columns():
        file_errors.append(_structure(0, "column_not_chosen", "name"))
    if any(e.kind is RowErrorKind.STRUCTURE and e.row <= 1 for e in file_errors):
        return ImportPreview(table.headers, mapping, (), tuple(file_errors), table.encoding)
    rows = []
    seen: dict[str, int] = {name_key(n): 0 for n in roster_names}
    for number, cells in table.rows:
        values = {field: cells[i] for field, i in index.items()}
        preview = _row_preview(number, values, mapping)
        key = name_key(preview.draft.name)
        if key and key in seen:
            params: dict[str, object] = {"name": preview.draft.name}
            if seen[key] == 0:
                code = "same_name_on_roster"
            else:
                code, params["same_row"] = "same_name_in_row", seen[key]
            warning = RowError(number, "name", code, params, RowErrorKind.NOTE)
            preview = PreviewRow(
                preview.row,
                preview.draft,
                preview.contact,
                preview.contact_consent,
                preview.errors,
                (warning,),
            )
        if key and key not in seen:
            seen[key] = number
        rows.append(preview)
    if not rows and not file_errors:
        file_errors.append(_structure(0, "no_people"))
    return ImportPreview(table.headers, mapping, tuple(rows), tuple(file_errors), table.encoding)


# --------------------------------------------------------------------------- export
# The exported file is English, like its column titles (EXPORT_HEADERS).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _tell_apart_cell(hint: TellApart) -> str:
    parts = [hint.pronouns] if hint.pronouns else []
    if hint.joined_month is not None:
        parts.append(f"joined {_MONTHS[hint.joined_month.month - 1]} {hint.joined_month.year}")
    if hint.number is not None:
        parts.append(f"no. {hint.number}")
    return ", ".join(parts)


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


EXPORT_HEADERS = (
    "Name",
    "Tell apart by",
    "Pronouns",
    "Role",
    "Status",
    "Joined",
    "Status since",
    "Access needs",
    "Access notes",
)
CONTACT_HEADERS = ("Phone", "Email", "Best time", "OK to leave a message")


def members_to_csv(
    members: Sequence[Member], *, include_contact: bool = False, include_notes: bool = False
) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    headers = list(EXPORT_HEADERS)
    if include_contact:
        headers += CONTACT_HEADERS
    if include_notes:
        headers.append("Facilitator note")
    writer.writerow(headers)
    for m in members:
        if m.forgotten:
            continue
        row = [
            m.name,
            _tell_apart_cell(m.disambiguation),
            m.pronouns,
            ROLE_LABELS[m.role],
            STATUS_LABELS[m.status],
            m.joined_on.isoformat() if m.joined_on else "",
            m.status_since.isoformat() if m.status_since else "",
            "; ".join(ACCESS_NEED_LABELS[n] for n in sorted(m.access_needs)),
            m.access_note,
        ]
        if include_contact:
            if ConsentPurpose.CONTACT_BETWEEN_MEETINGS in m.consents:
                ok = {True: "yes", False: "no", None: ""}[m.contact.message_ok]
                row += [m.contact.phone, m.contact.email, m.contact.best_time, ok]
            else:
                row += ["", "", "", ""]
        if include_notes:
            row.append(m.note)
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


# --------------------------------------------------------------------------- service
class RosterCsvService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._members = MembersService(vault)
        self._consent = ConsentService(vault)

    def preview_import(self, data: bytes, mapping: CsvMapping) -> ImportPreview:
        """Check the file against the roster. Saves nothing."""
        names = [m.name for m in self._members.list_members(include_forgotten=False)]
        return parse_import(data, mapping, roster_names=names)

    def commit_import(
        self,
        preview: ImportPreview,
        *,
        skip_invalid: bool = False,
        method: ConsentMethod = ConsentMethod.ON_PAPER,
    ) -> ImportResult:
        """Save the previewed rows in one transaction, or nothing at all."""
        self._vault.require_facilitator()
        if preview.malformed:
            raise ImportRejected("malformed_file")
        if not preview.rows:
            raise ImportRejected("no_people")
        bad = [r.row for r in preview.rows if not r.ok]
        if bad and not skip_invalid:
            raise ImportRejected(
                "rows_have_problems", count=len(bad), rows=", ".join(map(str, bad[:10]))
            )
        today = store.today(self._vault)
        checked = []
        for row in preview.rows:
            if not row.ok:
                continue
            try:
                draft = validate(row.draft, today=today)
                contact = validate_contact(row.contact)
            except ValidationError as exc:
                raise ImportRejected(
                    "row_refused", row=row.row, row_field=exc.field, row_code=exc.code
                ) from exc
            if not contact.is_empty and not row.contact_consent:
                raise ImportRejected("row_without_consent", row=row.row)
            checked.append((row, draft, contact))
        added: list[Member] = []
        consents = 0
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            for row, draft, contact in checked:
                member_id = store.new_id()
                state = store.write_member(
                    self._vault,
                    db,
                    keyring,
                    r,
                    member_id,
                    RecordState(),
                    new_member_changes(draft, today),
                )
                purposes: frozenset[ConsentPurpose] = frozenset()
                if row.contact_consent:
                    self._consent.give_in(
                        db,
                        keyring,
                        member_id,
                        ConsentPurpose.CONTACT_BETWEEN_MEETINGS,
                        method=method,
                        wording_version=None,
                        given_on=today,
                    )
                    consents += 1
                    purposes = frozenset({ConsentPurpose.CONTACT_BETWEEN_MEETINGS})
                    if not contact.is_empty:
                        store.write_member(
                            self._vault,
                            db,
                            keyring,
                            r,
                            member_id,
                            state,
                            contact_changes(contact),
                        )
                added.append(store.stored_member(db, r, member_id, state, purposes))
            added = self._members.hinted(db, keyring, r, added)
        skipped = tuple(r.row for r in preview.rows if not r.ok)
        return ImportResult(tuple(added), skipped, consents)

    def export_csv(
        self,
        *,
        include_left: bool = False,
        include_contact: bool = False,
        include_notes: bool = False,
    ) -> str:
        """The roster as CSV text (never former members). Not encrypted: the UI warns."""
        members = self._members.list_members(include_archived=include_left, include_forgotten=False)
        if not include_left:
            members = [m for m in members if m.status is not MemberStatus.LEFT]
        return members_to_csv(members, include_contact=include_contact, include_notes=include_notes)
