"""Read the text back from a PDF that Qt's QPrinter wrote (no PDF library is in the
venv: QtPdf ships only in PySide6-Addons).

Qt writes each font as a Type0 font with Identity-H encoding, a ToUnicode CMap and
FlateDecode content streams in which every glyph is shown by ``<hex> Tj``. This reads
exactly that: per font resource, the CMap's ``bfrange``/``bfchar`` entries; then each
page's content stream, one line per text object (``BT`` … ``ET``).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(?<![0-9])(\d+) 0 obj(.*?)endobj", re.S)
# Qt ends a stream's data with "\nendstream"; a "\r" just before it may be the data's own
# last byte, so it stays in and the decompressor leaves anything after the zlib end alone.
_STREAM = re.compile(rb"stream\r?\n(.*?)\nendstream", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(n): body for n, body in _OBJECT.findall(data)}


def _stream(body: bytes) -> bytes:
    match = _STREAM.search(body)
    if match is None:
        return b""
    raw = match.group(1)
    return zlib.decompressobj().decompress(raw) if b"FlateDecode" in body else raw


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for start, end, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block
        ):
            first, last = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                values = re.findall(rb"<([0-9A-Fa-f]+)>", target)
                for offset, value in enumerate(values):
                    mapping[first + offset] = bytes.fromhex(value.decode()).decode("utf-16-be")
            else:
                base = int(target[1:-1], 16)
                for code in range(first, last + 1):
                    mapping[code] = chr(base + code - first)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(value.decode()).decode("utf-16-be")
    return mapping


def pdf_text(path: Path) -> str:
    """The PDF's text, one line per text object; spaces as Qt encodes them."""
    objects = _objects(path.read_bytes())
    fonts: dict[bytes, dict[int, str]] = {}
    lines: list[str] = []
    for body in objects.values():
        if b"/Type /Page\n" not in body and b"/Type /Page " not in body:
            continue
        resources = re.search(rb"/Resources (\d+) 0 R", body)
        contents = re.search(rb"/Contents (\d+) 0 R", body)
        if resources is None or contents is None:
            continue
        font_dict = re.search(rb"/Font <<(.*?)>>", objects[int(resources.group(1))], re.S)
        for name, ref in re.findall(rb"/(\w+) (\d+) 0 R", font_dict.group(1) if font_dict else b""):
            to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(ref)])
            if to_unicode is not None:
                fonts[name] = _cmap(_stream(objects[int(to_unicode.group(1))]))
        content = _stream(objects[int(contents.group(1))])
        for text_object in re.findall(rb"BT(.*?)ET", content, re.S):
            font: dict[int, str] = {}
            out: list[str] = []
            for token in re.finditer(rb"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", text_object):
                if token.group(1) is not None:
                    font = fonts.get(token.group(1), {})
                    continue
                glyphs = token.group(2)
                for index in range(0, len(glyphs), 4):
                    out.append(font.get(int(glyphs[index : index + 4], 16), "?"))
            lines.append("".join(out).replace("\t", " "))
    # Fonts draw "ff", "fi" … as one ligature glyph: read it back as the letters typed.
    return unicodedata.normalize("NFKC", "\n".join(lines))
