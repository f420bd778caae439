"""CSV import of a paper sign-up list (preview, per-row errors, nothing saved until
commit; malformed files rejected) and CSV export."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose
from safespace_desktop.core.errors import ImportRejected, NotPermitted, is_code
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.roster_csv import (
    CsvMapping,
    RosterCsvService,
    RowErrorKind,
    parse_import,
    read_headers,
    suggest_mapping,
)
from safespace_desktop.services.sheet_text import (
    SheetEncoding,
    decode_sheet,
    guess_delimiter,
    header_key,
)
from safespace_desktop.services.vault import Vault
from tests.conftest import MEMBER_PASS
from tests.unit.security_helpers import raw_rows

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
MAPPING = CsvMapping(
    name="First name",
    pronouns="Pronouns",
    phone="Phone",
    email="Email",
    notes="Notes",
    contact_consent="OK to contact?",
)

GOOD = (
    b"First name,Pronouns,Phone,Email,Notes,OK to contact?\r\n"
    b"Sam R.,they/them,0123 456 789,,first time,yes\r\n"
    b'Bea,she/her,,bea@example.org,"likes tea, not coffee",Y\r\n'
    b"Kit,,,,,\r\n"
)


@pytest.fixture
def service(vault: Vault) -> RosterCsvService:
    return RosterCsvService(vault)


def _saved(vault: Vault) -> int:
    return len(raw_rows(vault, "members")) + len(raw_rows(vault, "consents"))


def test_headers_and_a_suggested_mapping() -> None:
    headers = read_headers(GOOD)
    assert headers == ("First name", "Pronouns", "Phone", "Email", "Notes", "OK to contact?")
    assert suggest_mapping(headers) == MAPPING
    assert suggest_mapping(["Colour", "Size"]) is None
    assert suggest_mapping(["NAME", "e-mail", "Mobile", "Consent"]) == CsvMapping(
        name="NAME", phone="Mobile", email="e-mail", contact_consent="Consent"
    )


def test_preview_then_commit(vault: Vault, service: RosterCsvService) -> None:
    preview = service.preview_import(GOOD, MAPPING)
    assert preview.errors == () and not preview.malformed and preview.can_import_all
    assert [r.row for r in preview.rows] == [2, 3, 4]
    assert [r.draft.name for r in preview.rows] == ["Sam R.", "Bea", "Kit"]
    assert preview.rows[1].draft.note == "likes tea, not coffee"
    assert [r.contact_consent for r in preview.rows] == [True, True, False]
    assert _saved(vault) == 0  # nothing saved by the preview

    result = service.commit_import(preview)
    assert [m.name for m in result.added] == ["Sam R.", "Bea", "Kit"]
    assert result.contact_consents == 2 and result.skipped_rows == ()
    by_name = {m.name: m for m in MembersService(vault).list_members()}
    assert by_name["Sam R."].contact == ContactDetails(phone="0123 456 789")
    assert by_name["Bea"].contact == ContactDetails(email="bea@example.org")
    assert by_name["Kit"].consents == frozenset()
    (record,) = ConsentService(vault).log(by_name["Bea"].id)
    assert record.purpose is CONTACT and record.method is ConsentMethod.ON_PAPER


def test_row_problems_are_listed_per_row_and_block_the_import(
    vault: Vault, service: RosterCsvService
) -> None:
    MembersService(vault).add_member(MemberDraft("Sam R."))
    data = (
        "First name,Pronouns,Phone,Email,Notes,OK to contact?\n"
        ",they/them,,,,\n"  # 2: no name
        f"{'x' * 81},,,,,\n"  # 3: too long
        "Bea,,,bea at example,,yes\n"  # 4: malformed email
        "Cy,,0123 456,,,no\n"  # 5: contact without a tick
        "Di,,,di@example.org,,maybe\n"  # 6: unclear consent
        "Sam R.,,,,,\n"  # 7: same name as the roster: a warning only
        "Ed,,,,,\n"  # 8: fine
    ).encode()
    preview = service.preview_import(data, MAPPING)
    assert not preview.malformed
    problems = {(e.row, e.field) for e in preview.errors}
    assert problems == {
        (2, "name"),
        (3, "name"),
        (4, "email"),
        (5, "contact_consent"),
        (6, "contact_consent"),
    }
    assert all(e.kind is RowErrorKind.CONTENT for e in preview.errors)
    assert [(e.field, e.code) for e in preview.errors] == [
        ("name", "required"),
        ("name", "too_long"),
        ("email", "invalid"),
        ("contact_consent", "not_consented"),
        ("contact_consent", "not_yes_or_no"),
        ("contact_consent", "not_consented"),
    ]
    assert preview.rows[5].ok
    assert [(w.code, w.params) for w in preview.rows[5].warnings] == [
        ("same_name_on_roster", {"name": "Sam R."})
    ]
    before = _saved(vault)
    with pytest.raises(ImportRejected) as refused:
        service.commit_import(preview)
    assert refused.value.code == "rows_have_problems"
    assert refused.value.params == {"count": 5, "rows": "2, 3, 4, 5, 6"}
    assert _saved(vault) == before

    result = service.commit_import(preview, skip_invalid=True)
    assert [m.name for m in result.added] == ["Sam R.", "Ed"]
    assert result.skipped_rows == (2, 3, 4, 5, 6)
    assert result.added[0].disambiguation  # two Sams, told apart


def test_contact_without_a_consent_column_is_a_row_error(service: RosterCsvService) -> None:
    mapping = CsvMapping(name="Name", phone="Phone")
    preview = service.preview_import(b"Name,Phone\nSam,0123 456\nBea,\n", mapping)
    assert [(e.row, e.field) for e in preview.errors] == [(2, "contact_consent")]
    assert preview.errors[0].code == "no_consent_column"


MALFORMED = {
    "two encodings in one file": (
        "First name,Phone\nZoë,0123\n".encode() + b"Jos\xe9,0456\nAna,0789\n",
        {3},
    ),
    "not text in any encoding": (b"First name,Phone\nSam,0123\nJo\x81\x8d,0456\n", {3}),
    "marked UTF-8 but is not": (b"\xef\xbb\xbfFirst name,Phone\nJos\xe9,0456\n", {2}),
    "control characters": (b"First name,Phone\nJos\xe9,\x01\x02\x03\n", {0}),
    "broken UTF-16": (b"\xff\xfe" + "First name,Phone\n".encode("utf-16-le") + b"\x00\xd8", {0}),
    "ragged rows": (
        b"First name,Phone\nSam,0123\nBea\nCy,0456,extra\nDi,0789,\n",
        {3, 4},
    ),
    "no header": (b"Sam,0123 456\nBea,0456 789\n", {1}),
    "mapped column missing": (b"Name,Phone\nSam,0123\n", {1}),
    "empty file": (b"", {0}),
    "header only": (b"First name,Phone\n", {0}),
    "quote never closed": (b'First name,Phone\nSam,"0123\n', {2}),
    "binary": (b"First name,Phone\nSam,\x00\x01\n", {0}),
    "too big": (b"First name\n" + b"a\n" * 1_100_000, {0}),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_file_is_rejected_with_row_errors_and_saves_nothing(
    vault: Vault, service: RosterCsvService, case: str
) -> None:
    data, rows = MALFORMED[case]
    mapping = CsvMapping(name="First name", phone="Phone", contact_consent=None)
    preview = service.preview_import(data, mapping)
    assert preview.malformed, case
    structural = {e.row for e in preview.errors if e.kind is RowErrorKind.STRUCTURE}
    assert structural == rows, case
    assert all(is_code(e.code) for e in preview.errors)
    before = _saved(vault)
    for skip in (False, True):
        with pytest.raises(ImportRejected):
            service.commit_import(preview, skip_invalid=skip)
    assert _saved(vault) == before == 0


def test_spreadsheet_variants_are_read(service: RosterCsvService) -> None:
    mapping = CsvMapping(name="Name", notes="Notes")
    semicolons = "Name;Notes\r\nSam;one; two\r\n".replace("one; two", '"one; two"').encode()
    bom = "\ufeffName,Notes\nJosé,ça va\n".encode()
    utf16 = "Name,Notes\nAna,hi\n".encode("utf-16")
    trailing = b"Name,Notes,\nSam,x,\n\n\nBea,y,\n"
    assert [r.draft.note for r in service.preview_import(semicolons, mapping).rows] == ["one; two"]
    assert [r.draft.name for r in service.preview_import(bom, mapping).rows] == ["José"]
    assert [r.draft.name for r in service.preview_import(utf16, mapping).rows] == ["Ana"]
    preview = service.preview_import(trailing, mapping)
    assert [r.draft.name for r in preview.rows] == ["Sam", "Bea"] and preview.errors == ()


def test_parse_import_works_without_a_vault() -> None:
    preview = parse_import(GOOD, MAPPING, roster_names=["bea"])
    assert [r.warnings != () for r in preview.rows] == [False, True, False]


def test_export(vault: Vault, service: RosterCsvService) -> None:
    members, consent = MembersService(vault), ConsentService(vault)
    sam = members.add_member(MemberDraft("Sam", "they/them", "private note"))
    consent.give(sam.id, CONTACT)
    members.set_contact(sam.id, ContactDetails(phone="+44 20 7946 0000", message_ok=True))
    sneaky = members.add_member(MemberDraft("=HYPERLINK(1)"))
    consent.give(sneaky.id, CONTACT)
    members.set_contact(sneaky.id, ContactDetails(email="a@b.org"))
    consent.withdraw(sneaky.id, CONTACT)
    left = members.add_member(MemberDraft("Left"))
    members.archive(left.id)
    gone = members.add_member(MemberDraft("Gone"))
    ForgetService(vault).forget(gone.id)

    rows = list(csv.reader(io.StringIO(service.export_csv())))
    assert rows[0][:3] == ["Name", "Tell apart by", "Pronouns"]
    assert "Phone" not in rows[0] and "Facilitator note" not in rows[0]
    assert sorted(r[0] for r in rows[1:]) == ["'=HYPERLINK(1)", "Sam"]

    full = list(
        csv.DictReader(
            io.StringIO(
                service.export_csv(include_left=True, include_contact=True, include_notes=True)
            )
        )
    )
    by_name = {r["Name"]: r for r in full}
    assert set(by_name) == {"Sam", "'=HYPERLINK(1)", "Left"}
    assert by_name["Sam"]["Phone"] == "'+44 20 7946 0000"  # no formula in a spreadsheet
    assert by_name["Sam"]["OK to leave a message"] == "yes"
    assert by_name["Sam"]["Facilitator note"] == "private note"
    assert by_name["'=HYPERLINK(1)"]["Email"] == ""
    assert by_name["Left"]["Status"] == "Left"

    # What we export can be read back as a sign-up list.
    again = parse_import(
        service.export_csv().encode(), CsvMapping(name="Name", pronouns="Pronouns")
    )
    assert [r.draft.name for r in again.rows if r.draft.pronouns] == ["Sam"]


def test_members_cannot_import_or_export(vault: Vault) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "ana", MEMBER_PASS, exact_handle=True)
    service = RosterCsvService(vault)
    with pytest.raises(NotPermitted):
        service.preview_import(GOOD, MAPPING)
    with pytest.raises(NotPermitted):
        service.commit_import(parse_import(GOOD, MAPPING))
    with pytest.raises(NotPermitted):
        service.export_csv()


# ------------------------------------------------------------------ real exports (issue 17)
SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "roster_sheets"


@dataclass(frozen=True)
class Export:
    """What a program's export looks like on disk, and what the import must make of it."""

    encoding: SheetEncoding
    starts_with: bytes  # the byte-order mark (b"" for none)
    newline: str
    ends_with_newline: bool
    separator: str
    mapping: CsvMapping
    names: tuple[str, ...]
    consents: tuple[bool, ...]
    never_imported: tuple[str, ...] = ()  # family names in a column that is not guessed


EXPORTS = {
    "excel_windows_csv_comma.csv": Export(
        SheetEncoding.WINDOWS_1252,
        b"",
        "\r\n",
        True,
        ",",
        CsvMapping(
            name="First name",
            pronouns="Pronouns",
            phone="Phone",
            email="Email",
            notes="Notes",
            contact_consent="OK to contact?",
        ),
        ("Zoë", "José", "François", "Søren"),
        (True, False, True, False),
    ),
    "excel_windows_csv_semicolon_es.csv": Export(
        SheetEncoding.WINDOWS_1252,
        b"",
        "\r\n",
        True,
        ";",
        CsvMapping(
            name="Nombre",
            pronouns="Pronombres",
            phone="Teléfono",
            email="Correo electrónico",
            notes="Notas",
            contact_consent="Acepta contacto",
        ),
        ("José", "Zoë", "Begoña", "Ángel"),
        (True, False, True, False),
        ("García", "Ibáñez", "Núñez"),
    ),
    "excel_csv_utf8.csv": Export(
        SheetEncoding.UTF8_WITH_MARK,
        b"\xef\xbb\xbf",
        "\r\n",
        True,
        ",",
        CsvMapping(
            name="Name",
            pronouns="Pronouns",
            phone="Mobile",
            email="E-mail",
            notes="Comments",
            best_time="Best time to call",
            contact_consent="Happy to be contacted",
        ),
        ("Łucja", "Zoë", "José", "François", "Ngozi"),
        (True, False, True, False, True),
    ),
    "excel_unicode_text.txt": Export(
        SheetEncoding.UTF16_WITH_MARK,
        b"\xff\xfe",
        "\r\n",
        True,
        "\t",
        CsvMapping(
            name="Prénom",
            pronouns="Pronoms",
            phone="Téléphone",
            email="Courriel",
            notes="Remarques",
            contact_consent="Consentement",
        ),
        ("Łucja", "François", "Zoë", "Anaïs"),
        (True, False, True, False),
        ("Nowak", "Dupont", "Lefèvre"),
    ),
    "libreoffice_calc_fr.csv": Export(
        SheetEncoding.UTF8,
        b"",
        "\n",
        True,
        ";",
        CsvMapping(
            name="Prénom",
            pronouns="Pronoms",
            phone="Téléphone",
            email="Courriel",
            best_time="Meilleur moment pour appeler",
            contact_consent="Accepte d'être contacté·e",
        ),
        ("Łucja", "François", "Zoë", "Hélène"),
        (True, False, True, False),
        ("Kowalska", "Moreau", "Girard"),
    ),
    "google_sheets_forms_es.csv": Export(
        SheetEncoding.UTF8,
        b"",
        "\r\n",
        False,
        ",",
        CsvMapping(
            name="Nombre",
            pronouns="Pronombres",
            phone="Teléfono (opcional)",
            email="Correo electrónico",
            best_time="Mejor hora para llamar",
            contact_consent="Acepta que le contactemos",
        ),
        ("José", "Zoë", "Begoña", "Łucja"),
        (True, False, True, False),
    ),
    "numbers_mac.csv": Export(
        SheetEncoding.UTF8,
        b"",
        "\n",
        True,
        ",",
        CsvMapping(
            name="Preferred name",
            pronouns="Pronouns",
            phone="Phone number",
            email="Email address",
            notes="Notes",
            best_time="When to call",
            contact_consent="Consent",
        ),
        ("Zoë", "Łucja", "José", "Siobhán"),
        (True, True, False, False),
    ),
}


def test_every_fixture_sheet_is_listed() -> None:
    on_disk = {p.name for p in SHEETS.iterdir() if p.suffix in {".csv", ".txt"}}
    assert on_disk == set(EXPORTS)


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_a_real_export_imports_with_the_right_names(
    vault: Vault, service: RosterCsvService, name: str
) -> None:
    export = EXPORTS[name]
    data = (SHEETS / name).read_bytes()
    # The fixture still has its program's byte conventions (not re-saved by an editor).
    assert data.startswith(export.starts_with)
    if export.starts_with != b"\xef\xbb\xbf":
        assert not data.startswith(b"\xef\xbb\xbf")
    if export.encoding is SheetEncoding.WINDOWS_1252:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")  # this is what "save it as CSV UTF-8" used to refuse
    text = data.decode(export.encoding.value)
    if export.newline == "\r\n":
        assert text.count("\r\n") >= len(export.names) and "\r" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text
    assert text.endswith(export.newline) is export.ends_with_newline
    assert decode_sheet(data).encoding is export.encoding
    assert guess_delimiter(text.lstrip("\ufeff")) == export.separator

    headers = read_headers(data)
    assert suggest_mapping(headers) == export.mapping
    preview = service.preview_import(data, export.mapping)
    assert preview.errors == () and preview.can_import_all
    assert preview.encoding is export.encoding
    assert preview.encoding_guessed is (export.encoding is SheetEncoding.WINDOWS_1252)
    assert tuple(r.draft.name for r in preview.rows) == export.names
    assert tuple(r.contact_consent for r in preview.rows) == export.consents

    result = service.commit_import(preview)
    assert tuple(m.name for m in result.added) == export.names
    members = MembersService(vault).list_members()
    assert sorted(m.name for m in members) == sorted(export.names)
    kept = " ".join(f"{m.name} {m.pronouns} {m.note} {m.disambiguation}" for m in members)
    assert not any(family in kept for family in export.never_imported)


def test_legacy_windows_text_keeps_its_accents_and_symbols(service: RosterCsvService) -> None:
    data = (SHEETS / "excel_windows_csv_comma.csv").read_bytes()
    preview = parse_import(data, EXPORTS["excel_windows_csv_comma.csv"].mapping)
    notes = [r.draft.note for r in preview.rows]
    assert notes == [
        "Prefers texts\nafter 6pm",  # a line break inside a cell is one cell, not a row
        "Brings his own tea, thanks",
        "Café at 7 \u2013 8pm",
        "Paid \u20ac4 for the room",
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Name\nZoë\n".encode("cp1252"), SheetEncoding.WINDOWS_1252),
        ("Name\nZoë\n".encode(), SheetEncoding.UTF8),
        ("Name\nŁucja\n".encode("utf-8-sig"), SheetEncoding.UTF8_WITH_MARK),
        ("Name\nŁucja\n".encode("utf-16"), SheetEncoding.UTF16_WITH_MARK),
        ("Name\nŁucja\n".encode("utf-16-le"), SheetEncoding.UTF16_LE),
        ("Name\nŁucja\n".encode("utf-16-be"), SheetEncoding.UTF16_BE),
        ("Name\nSam\n".encode("utf-16-le"), SheetEncoding.UTF16_LE),  # ASCII, no mark
    ],
)
def test_the_encoding_is_found(data: bytes, encoding: SheetEncoding) -> None:
    decoded = decode_sheet(data)
    assert decoded.encoding is encoding and decoded.problems == ()
    assert decoded.text is not None and decoded.text.split("\n")[1] in {"Zoë", "Łucja", "Sam"}
    guessed = encoding in {
        SheetEncoding.WINDOWS_1252,
        SheetEncoding.UTF16_LE,
        SheetEncoding.UTF16_BE,
    }
    assert encoding.guessed is guessed


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("Name,Notes\nSam,x\n", ","),
        ('Name;Notes\nSam;"a, b, c"\nBea;x, y\n', ";"),
        ("Name\tNotes\nSam\ta, b; c\n", "\t"),
        ('Name,Notes\nSam,"a; b; c"\nBea,"d; e"\n', ","),
        ("Name\nSam\nBea\n", ","),  # one column: any separator reads it the same
    ],
)
def test_the_separator_is_found(text: str, separator: str) -> None:
    assert guess_delimiter(text) == separator


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nombre", "Apellido", "Correo electrónico", "Teléfono", "Pronombres"], None),
        (["Prénom", "Nom", "Courriel", "Téléphone", "Pronoms"], None),
        (["NOMBRE", "CORREO ELECTRONICO", "TELEFONO"], None),  # no accents, capitals
        (["prenom", "courriel*", "Téléphone :"], None),
        (["Nom", "Courriel"], CsvMapping(name="Nom", email="Courriel")),
        (["Last name", "First name"], CsvMapping(name="First name")),
        (["Email (optional)", "Name"], CsvMapping(name="Name", email="Email (optional)")),
    ],
)
def test_columns_are_guessed_in_english_spanish_and_french(
    headers: list[str], expected: CsvMapping | None
) -> None:
    mapping = suggest_mapping(headers)
    assert mapping is not None
    if expected is not None:
        assert mapping == expected
        return
    fields = {header_key(h): f for f, h in mapping.columns().items()}
    assert fields[header_key(headers[0])] == "name"
    wanted = {"correo electronico": "email", "courriel": "email", "telephone": "phone"}
    wanted |= {"telefono": "phone", "pronombres": "pronouns", "pronoms": "pronouns"}
    for header in headers[1:]:
        key = header_key(header)
        if key in wanted:
            assert fields.get(key) == wanted[key], header
    assert "apellido" not in fields and "nom" not in fields  # family names are never guessed


def test_family_name_columns_alone_are_not_taken_for_a_name() -> None:
    assert suggest_mapping(["Apellido", "Teléfono"]) is None
    assert suggest_mapping(["Surname", "Phone"]) is None


SOME_EXPORT = (SHEETS / "excel_windows_csv_comma.csv").read_bytes()
SOME_MAPPING = EXPORTS["excel_windows_csv_comma.csv"].mapping


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.lists(st.integers(0, len(SOME_EXPORT) - 1), max_size=6).flatmap(
            lambda spots: st.lists(
                st.integers(0, 255), min_size=len(spots), max_size=len(spots)
            ).map(lambda values: _damaged(SOME_EXPORT, spots, values))
        ),
        st.text(max_size=200).map(lambda t: t.encode("utf-16-le", "surrogatepass")),
    )
)
def test_damaged_or_random_bytes_give_a_typed_refusal_never_a_crash(data: bytes) -> None:
    preview = parse_import(data, SOME_MAPPING)  # never raises
    assert all(is_code(e.code) for e in preview.errors)
    with contextlib.suppress(ImportRejected):
        read_headers(data)
    for row in preview.rows:
        row.draft.name.encode("utf-8")  # nothing undecodable reaches a saved field


def _damaged(data: bytes, spots: list[int], values: list[int]) -> bytes:
    damaged = bytearray(data)
    for spot, value in zip(spots, values, strict=True):
        damaged[spot] = value
    return bytes(damaged)


def test_the_export_tells_people_of_the_same_name_apart() -> None:
    from datetime import date

    from safespace_desktop.core.model import Member
    from safespace_desktop.core.roster import TellApart
    from safespace_desktop.services.roster_csv import members_to_csv

    alexes = [
        Member("1", "Alex", disambiguation=TellApart("he/him", date(2027, 1, 1))),
        Member("2", "Alex", disambiguation=TellApart(number=2)),
    ]
    rows = list(csv.reader(io.StringIO(members_to_csv(alexes))))
    assert [row[1] for row in rows[1:]] == ["he/him, joined Jan 2027", "no. 2"]
