"""Read the text back out of a PDF that Qt wrote (no PDF library is in the venv).

Qt's PDF engine writes each font as Identity-H with a ToUnicode CMap and draws text as
``<glyph ids> Tj`` inside Flate-compressed content streams. This reads exactly that much:
enough for tests to check what a saved PDF says (and that it never says a surname). It
is not a general PDF parser; on anything else it returns what it could decode.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_FONT_REF = re.compile(rb"/(F\d+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> (\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>")
_OPS = re.compile(rb"/(F\d+) [\d.]+ Tf|(-?[\d.]+) (-?[\d.]+) Td|<([0-9A-Fa-f]*)> Tj")


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    try:
        return zlib.decompress(found.group(1))
    except zlib.error:
        return found.group(1)


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, target in _RANGE.findall(section):
            start, end = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                values = re.findall(rb"<([0-9A-Fa-f]+)>", target)
                for offset, value in enumerate(values):
                    mapping[start + offset] = bytes.fromhex(value.decode()).decode("utf-16-be")
            else:
                first = int(target[1:-1], 16)
                for code in range(start, end + 1):
                    mapping[code] = chr(first + code - start)
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, value in _CHAR.findall(section):
            mapping[int(code, 16)] = bytes.fromhex(value.decode()).decode("utf-16-be")
    return mapping


def pdf_text(path: Path) -> str:
    """The text drawn on every page, one line per text line, in drawing order."""
    data = path.read_bytes()
    objects = {int(n): body for n, body in _OBJ.findall(data)}
    cmaps: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, ref in _FONT_REF.findall(body):
            font = objects.get(int(ref), b"")
            unicode_ref = _TO_UNICODE.search(font)
            if unicode_ref is not None:
                cmaps[name] = _cmap(_stream(objects.get(int(unicode_ref.group(1)), b"")))
    lines: list[str] = []
    current: list[str] = []
    for body in objects.values():
        content = _stream(body)
        if b" Tj" not in content:
            continue
        cmap: dict[int, str] = {}
        for font, x, y, glyphs in _OPS.findall(content):
            if font:
                cmap = cmaps.get(font, {})
            elif x or y:  # a move: a new line when it goes down or up
                if float(y) != 0 and current:
                    lines.append("".join(current))
                    current = []
            else:
                hexed = glyphs.decode()
                for i in range(0, len(hexed), 4):
                    current.append(cmap.get(int(hexed[i : i + 4], 16), "\ufffd"))
    if current:
        lines.append("".join(current))
    return "\n".join(line.replace("\t", " ") for line in lines)
