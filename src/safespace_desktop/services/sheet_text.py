"""The bytes of a spreadsheet saved as text: which encoding, which separator, and
what its column titles mean.

Spreadsheet programs disagree. Excel on Windows saves its default "CSV (Comma
delimited)" in the Windows code page (cp1252 for Western European languages, with ";"
in locales that write decimals with a comma), "CSV UTF-8" with a byte-order mark, and
"Unicode Text" as UTF-16 with a mark and tabs. LibreOffice, Google Sheets and Numbers
save UTF-8 without a mark, ";"-separated in some European locales.

The order of the checks matters. A byte-order mark is certain. Strict UTF-8 is next:
legacy text with accents almost never happens to be valid UTF-8. Then UTF-16 without
a mark (half the bytes zero, all on one side). Only then the Windows code page, which
reads nearly any bytes; that is a guess, and the person is asked to check the names.
No guessing library is needed for these six producers.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from safespace_desktop.core.roster import clean_text

# Problem codes (worded by the UI's wording table).
UNREADABLE_ROW = "unreadable_row"
MIXED_ROW = "mixed_encoding_row"
BINARY_FILE = "binary_data"
BAD_UTF16 = "unreadable_file"

DELIMITERS = ",;\t"
_SNIFF_CHARS = 4096  # enough rows to tell the separator; the sniffer is quadratic in it
_CONTROL_OK = {"\t", "\n", "\r", "\f"}


class SheetEncoding(StrEnum):
    """How the text of a sheet was stored (the value is Python's codec name)."""

    UTF8 = "utf-8"
    UTF8_WITH_MARK = "utf-8-sig"
    UTF16_WITH_MARK = "utf-16"
    UTF16_LE = "utf-16-le"  # no mark: guessed
    UTF16_BE = "utf-16-be"  # no mark: guessed
    WINDOWS_1252 = "cp1252"  # guessed

    @property
    def guessed(self) -> bool:
        """True when nothing in the file said so: the person should check the names."""
        return self in _GUESSED


_GUESSED = frozenset({SheetEncoding.UTF16_LE, SheetEncoding.UTF16_BE, SheetEncoding.WINDOWS_1252})
_MARKS = (
    (b"\xef\xbb\xbf", SheetEncoding.UTF8_WITH_MARK),
    (b"\xff\xfe", SheetEncoding.UTF16_WITH_MARK),
    (b"\xfe\xff", SheetEncoding.UTF16_WITH_MARK),
)


@dataclass(frozen=True)
class DecodedSheet:
    """The text (None when unreadable) and the problems, as (file line, problem code);
    line 0 means the whole file."""

    text: str | None
    encoding: SheetEncoding | None
    problems: tuple[tuple[int, str], ...] = ()


def _refused(*problems: tuple[int, str]) -> DecodedSheet:
    return DecodedSheet(None, None, tuple(problems))


def _checked(text: str, encoding: SheetEncoding) -> DecodedSheet:
    if "\x00" in text:
        return _refused((0, BINARY_FILE))
    if encoding.guessed and any(ch < " " and ch not in _CONTROL_OK for ch in text):
        # Control characters in a guessed encoding: more likely not text at all.
        return _refused((0, BINARY_FILE))
    return DecodedSheet(text, encoding)


def _lines(data: bytes) -> list[tuple[int, bytes]]:
    return list(enumerate(data.split(b"\n"), start=1))


def _rows_failing(data: bytes, codec: str, message: str) -> DecodedSheet:
    problems = []
    for number, line in _lines(data):
        try:
            line.decode(codec)
        except UnicodeDecodeError:
            problems.append((number, message))
    return _refused(*(problems or [(0, message)]))


def _utf16_without_mark(data: bytes) -> DecodedSheet | None:
    """UTF-16 with no mark: at least a third of the code units hold a zero byte, and
    (nearly) all those zeros sit on the same side, as they do for Latin text."""
    units = len(data) // 2
    if units < 2 or len(data) % 2:
        return None
    even_zeros, odd_zeros = data[0::2].count(0), data[1::2].count(0)
    if odd_zeros * 3 >= units and even_zeros * 20 <= odd_zeros:
        encoding = SheetEncoding.UTF16_LE
    elif even_zeros * 3 >= units and odd_zeros * 20 <= even_zeros:
        encoding = SheetEncoding.UTF16_BE
    else:
        return None
    try:
        return _checked(data.decode(encoding.value), encoding)
    except UnicodeDecodeError:
        return None


def _has_utf8_row(data: bytes) -> bool:
    """Some row has non-ASCII bytes that are valid UTF-8 (as legacy text never is)."""
    for _number, line in _lines(data):
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


def decode_sheet(data: bytes) -> DecodedSheet:
    """Read ``data`` as text: byte-order mark, strict UTF-8, UTF-16, then cp1252."""
    for mark, encoding in _MARKS:
        if data.startswith(mark):
            body = data[len(mark) :] if encoding is SheetEncoding.UTF8_WITH_MARK else data
            try:
                return _checked(body.decode(encoding.value), encoding)
            except UnicodeDecodeError:
                if encoding is SheetEncoding.UTF8_WITH_MARK:
                    return _rows_failing(body, "utf-8", UNREADABLE_ROW)
                return _refused((0, BAD_UTF16))
    try:
        as_utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = None
    if as_utf8 is not None and "\x00" not in as_utf8:
        return DecodedSheet(as_utf8, SheetEncoding.UTF8)
    utf16 = _utf16_without_mark(data)
    if utf16 is not None:
        return utf16
    if as_utf8 is not None:  # valid UTF-8 that holds zero bytes: not a sheet
        return _refused((0, BINARY_FILE))
    if _has_utf8_row(data):
        # Part UTF-8, part something else (rows pasted from two files): reading it as
        # cp1252 would garble the UTF-8 rows, so point at the rows that are not UTF-8.
        return _rows_failing(data, "utf-8", MIXED_ROW)
    try:
        return _checked(data.decode(SheetEncoding.WINDOWS_1252.value), SheetEncoding.WINDOWS_1252)
    except UnicodeDecodeError:
        return _rows_failing(data, SheetEncoding.WINDOWS_1252.value, UNREADABLE_ROW)


def guess_delimiter(text: str) -> str:
    """The separator (comma, semicolon or tab): what ``csv.Sniffer`` finds in the first
    rows, if the header row holds it; otherwise whichever the header row holds most."""
    body = text.lstrip("\r\n")
    header = body.split("\n", 1)[0]
    sample = body[:_SNIFF_CHARS]
    if len(body) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # whole rows only
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in header:
        return found
    return max(DELIMITERS, key=header.count)


# Per field, the header texts a sheet may use (English, Spanish, French), best first.
# Compared without case, accents, punctuation or a bracketed aside like "(optional)".
# "Nom" (French: family name, often the only name column) comes after "Prénom";
# family-name columns ("Last name", "Apellido", "Nom de famille") are never guessed:
# the roster keeps a first name or alias.
HEADER_GUESSES: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "first name",
        "alias",
        "first name or alias",
        "preferred name",
        "nombre",
        "nombre de pila",
        "nombre o alias",
        "prénom",
        "prénom ou pseudo",
        "pseudo",
        "nom",
    ),
    "pronouns": ("pronouns", "pronoun", "pronombres", "pronombre", "pronoms", "pronom"),
    "phone": (
        "phone",
        "telephone",
        "mobile",
        "phone number",
        "tel",
        "teléfono",
        "número de teléfono",
        "móvil",
        "celular",
        "téléphone",
        "numéro de téléphone",
        "portable",
        "tél",
    ),
    "email": (
        "email",
        "e-mail",
        "email address",
        "correo electrónico",
        "correo",
        "courriel",
        "adresse courriel",
        "adresse e-mail",
        "adresse électronique",
        "mail",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "notas",
        "comentarios",
        "observaciones",
        "remarques",
        "commentaires",
    ),
    "best_time": (
        "best time",
        "best time to call",
        "when to call",
        "mejor hora",
        "mejor hora para llamar",
        "meilleur moment",
        "meilleur moment pour appeler",
    ),
    "contact_consent": (
        "contact ok",
        "ok to contact",
        "contact between meetings",
        "consent",
        "happy to be contacted",
        "acepta contacto",
        "acepta que le contactemos",
        "consentimiento",
        "accepte d'être contacté",
        "accepte d'être contactée",
        "accepte d'être contacté·e",
        "consentement",
    ),
}
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def header_key(text: str) -> str:
    """What a header is compared by: no case, accents, punctuation or "(asides)"."""
    folded = unicodedata.normalize("NFKD", clean_text(_ASIDE.sub(" ", text)).casefold())
    kept = "".join(
        " " if unicodedata.category(ch)[0] in "PS" else ch
        for ch in folded
        if not unicodedata.combining(ch)
    )
    return " ".join(kept.split())
