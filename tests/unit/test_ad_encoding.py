"""Claim 9: the associated-data encoding is injective.

Two different field tuples must never encode to the same bytes, or a blob could be
moved to a context whose fields merely *concatenate* to the same AD. Types matter:
``True`` and ``1``, ``""`` and ``b""`` and ``None`` are different fields.

Injectivity is shown two ways: a reference decoder recovers every tuple exactly from
its encoding (a left inverse exists, so the map is injective), and hypothesis hunts
for collisions between independently drawn tuples built to look alike.
"""

from __future__ import annotations

import struct
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from safespace_desktop.crypto.seal import AD_TAG, ENVELOPE_VERSION, AdField, encode_ad

SEPARATOR_TEXT = st.sampled_from(
    [
        "",
        "\x00",
        "|",
        ",",
        ":",
        ";",
        "s",
        "y",
        "i",
        "n",
        "b",
        "\x00\x00\x00\x04",
        "\u2028",
        "é",
        "🌱",
    ]
)
TEXT = st.one_of(
    SEPARATOR_TEXT,
    st.text(max_size=12),
    st.lists(SEPARATOR_TEXT, max_size=4).map("".join),
)
BYTES = st.one_of(
    st.binary(max_size=12),
    TEXT.map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"", b"\x00", b"s\x00\x00\x00\x01a", b"n\x00\x00\x00\x00"]),
)
INTS = st.one_of(st.integers(-(2**70), 2**70), st.sampled_from([0, 1, -1, 10, 100]))
FIELD: st.SearchStrategy[AdField] = st.one_of(TEXT, BYTES, INTS, st.booleans(), st.none())
FIELDS = st.lists(FIELD, max_size=6)


def typed(fields: list[AdField] | tuple[AdField, ...]) -> tuple[tuple[str, Any], ...]:
    """Equality that respects types (``True != 1``, ``"" != b""``)."""
    return tuple((type(v).__name__, v) for v in fields)


def decode_ad(encoded: bytes) -> tuple[tuple[str, Any], ...]:
    """A strict reference parser of ``encode_ad`` output."""
    prefix = AD_TAG + struct.pack(">B", ENVELOPE_VERSION)
    assert encoded.startswith(prefix)
    position = len(prefix)
    out: list[tuple[str, Any]] = []
    while position < len(encoded):
        tag = encoded[position : position + 1]
        (length,) = struct.unpack(">I", encoded[position + 1 : position + 5])
        raw = encoded[position + 5 : position + 5 + length]
        assert len(raw) == length
        position += 5 + length
        if tag == b"n":
            assert raw == b""
            out.append(("NoneType", None))
        elif tag == b"b":
            assert raw in (b"\x00", b"\x01")
            out.append(("bool", raw == b"\x01"))
        elif tag == b"i":
            value = int(raw.decode("ascii"))
            assert str(value).encode("ascii") == raw  # canonical: no "+1", "01", "-0"
            out.append(("int", value))
        elif tag == b"s":
            out.append(("str", raw.decode("utf-8")))
        elif tag == b"y":
            out.append(("bytes", raw))
        else:
            raise AssertionError(f"unknown field tag {tag!r}")
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(FIELDS)
@example([])
@example([""])
@example([None])
@example([b""])
@example([True, 1, False, 0])
@example(["a\x00b", "", "🌱", b"\xff"])
def test_encoding_has_a_left_inverse(fields: list[AdField]) -> None:
    assert decode_ad(encode_ad(fields)) == typed(fields)


@settings(max_examples=300, deadline=None)
@given(FIELDS, FIELDS)
@example(["ab"], ["a", "b"])
@example(["a", ""], ["a"])
@example([""], [None])
@example([""], [b""])
@example([True], [1])
@example([False], [0])
@example([1], ["1"])
@example(["s\x00\x00\x00\x01a"], ["", "a"])
@example([b"y\x00\x00\x00\x00"], [b"", b""])
@example(["é"], ["e\u0301"])
def test_distinct_tuples_never_collide(first: list[AdField], second: list[AdField]) -> None:
    if typed(first) != typed(second):
        assert encode_ad(first) != encode_ad(second)
    else:
        assert encode_ad(first) == encode_ad(second)


@settings(max_examples=150, deadline=None)
@given(FIELDS, st.integers(0, 6), st.integers(0, 12))
def test_splitting_or_merging_a_text_field_changes_the_encoding(
    fields: list[AdField], index: int, cut: int
) -> None:
    """The classic concatenation attack: move bytes across a field boundary."""
    texts = [i for i, v in enumerate(fields) if isinstance(v, str)]
    if not texts:
        return
    i = texts[index % len(texts)]
    value = fields[i]
    assert isinstance(value, str)
    split = [*fields[:i], value[:cut], value[cut:], *fields[i + 1 :]]
    assert encode_ad(split) != encode_ad(fields)


def test_decoder_sanity_control() -> None:
    """The reference decoder is strict: a naive separator-joined encoding would fail it."""
    naive = AD_TAG + bytes([ENVELOPE_VERSION]) + b"|".join([b"a", b"b"])
    try:
        decode_ad(naive)
    except (AssertionError, struct.error, UnicodeDecodeError, ValueError):
        pass
    else:  # pragma: no cover
        raise AssertionError("decoder accepted a non-encoding")
