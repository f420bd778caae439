"""Passphrase policy and generator (DESIGN.md §3.3, NIST SP 800-63B).

At least 15 code points after NFKC normalisation, at most 1024, no composition
rules, and not on a blocklist of common choices.
"""

from __future__ import annotations

import secrets
import unicodedata
from functools import cache
from importlib import resources

from safespace_desktop.core.errors import PassphraseRejected, Problem
from safespace_desktop.core.text import DAMAGED_TEXT, is_damaged

MIN_LENGTH = 15
MAX_LENGTH = 1024
GENERATED_WORDS = 6


def normalise(passphrase: str) -> str:
    """NFKC, so the same passphrase typed on different keyboards matches."""
    return unicodedata.normalize("NFKC", passphrase)


def encode(passphrase: str) -> bytes:
    return normalise(passphrase).encode("utf-8")


@cache
def _blocklist() -> frozenset[str]:
    text = (
        resources.files("safespace_desktop.crypto")
        .joinpath("data/blocklist.txt")
        .read_text("utf-8")
    )
    return frozenset(_squash(line) for line in text.splitlines() if line.strip())


def _squash(text: str) -> str:
    """Case- and whitespace-insensitive form, so "  Never  say never" still matches."""
    return "".join(normalise(text).casefold().split())


@cache
def _words() -> tuple[str, ...]:
    text = resources.files("safespace_desktop.crypto").joinpath("data/words.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def problem(passphrase: str) -> Problem | None:
    """Why ``passphrase`` is not acceptable (a code the UI words), or None if it is fine.

    Codes: ``too_short`` (minimum, length), ``too_long`` (limit), ``too_common``,
    ``damaged_text`` (a lone surrogate, which could never be encoded to derive a key).
    """
    if is_damaged(passphrase):
        return Problem(DAMAGED_TEXT)
    text = normalise(passphrase)
    length = len(text)
    if length < MIN_LENGTH:
        return Problem("too_short", {"minimum": MIN_LENGTH, "length": length})
    if length > MAX_LENGTH:
        return Problem("too_long", {"limit": MAX_LENGTH})
    squashed = _squash(text)
    if squashed in _blocklist() or len(set(squashed)) <= 2:
        return Problem("too_common")
    return None


def check(passphrase: str) -> None:
    reason = problem(passphrase)
    if reason:
        raise PassphraseRejected(reason.code, **reason.params)


def generate(words: int = GENERATED_WORDS) -> str:
    """A random passphrase of friendly words (10 bits each), separated by spaces."""
    vocabulary = _words()
    return " ".join(secrets.choice(vocabulary) for _ in range(words))
