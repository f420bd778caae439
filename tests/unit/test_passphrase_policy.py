"""Claim 18: passphrase rules (NIST SP 800-63B style) and Unicode normalisation.

- Refused: fewer than 15 code points (after NFKC), or on the blocklist.
- Accepted: 64–1024 code points including spaces and emoji; no composition rules.
- NFC- and NFD-typed (and compatibility-width) forms unlock the same wrap.
"""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from safespace_desktop.core.errors import PassphraseRejected, WrongPassphrase
from safespace_desktop.crypto import passphrase
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS

EMOJI = "🌱🌿🍀🌵🌴🌳🌲🍁🍂🍃🌸🌼🌻🌺🌷"  # 15 distinct code points outside the BMP


def _blocklist() -> list[str]:
    text = (
        resources.files("safespace_desktop.crypto")
        .joinpath("data/blocklist.txt")
        .read_text("utf-8")
    )
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    "short",
    ["", "a", "fourteen chars", "abcdefghijklmn", EMOJI[:14], "é" * 7 + "x" * 7, "ﬁ" * 7],
)
def test_fewer_than_fifteen_code_points_are_refused(short: str) -> None:
    assert len(passphrase.normalise(short)) < 15
    assert passphrase.problem(short) is not None
    with pytest.raises(PassphraseRejected):
        passphrase.check(short)


def test_length_is_counted_in_code_points_not_bytes() -> None:
    """14 emoji are 56 UTF-8 bytes but still too short; 15 distinct ones are fine."""
    assert len(EMOJI[:14].encode("utf-8")) > 15
    with pytest.raises(PassphraseRejected):
        passphrase.check(EMOJI[:14])
    passphrase.check(EMOJI)


def test_length_is_counted_after_nfkc() -> None:
    """ "ﬁ" (one code point) becomes "fi" (two): 14 typed code points, 15 after NFKC."""
    typed = "ﬁne rainy days"
    assert len(typed) == 14 and len(passphrase.normalise(typed)) == 15
    passphrase.check(typed)


def test_exactly_fifteen_is_enough() -> None:
    passphrase.check("pebble lantern!")
    assert len("pebble lantern!") == 15


def test_blocklist_is_present() -> None:
    assert _blocklist(), "the bundled blocklist is empty"


def test_blocklisted_passphrases_are_refused() -> None:
    """Every entry, in any case and with any spacing, is refused as too common."""
    missed = []
    for entry in _blocklist():
        variants = {
            entry,
            entry.upper(),
            entry.title(),
            "".join(entry.split()),
            f"  {entry}  ",
            entry.replace(" ", "  "),
            entry.replace(" ", "\t"),
        }
        for variant in variants:
            if len(passphrase.normalise(variant)) < 15:
                continue  # refused for length anyway
            reason = passphrase.problem(variant)
            if reason is None or reason.code != "too_common":
                missed.append(variant)
    assert missed == []


@pytest.mark.parametrize("weak", ["aaaaaaaaaaaaaaaaaaaa", "abababababababababab", "1" * 40])
def test_trivially_repetitive_passphrases_are_refused(weak: str) -> None:
    with pytest.raises(PassphraseRejected):
        passphrase.check(weak)


def _long(length: int) -> str:
    words = ["river", "🌱", "lantern", "émigré", "🦉", "harbour", "日本語", "pebble"]
    out = ""
    i = 0
    while len(out) < length:
        out += words[i % len(words)] + " "
        i += 1
    return out[: length - 1] + "x"


@pytest.mark.parametrize("length", [64, 65, 200, 1000, 1024])
def test_long_passphrases_with_spaces_and_emoji_are_accepted(length: int) -> None:
    text = _long(length)
    assert len(text) == length and " " in text and "🌱" in text
    passphrase.check(text)


def test_more_than_1024_is_refused() -> None:
    with pytest.raises(PassphraseRejected):
        passphrase.check(_long(1025))


def test_no_composition_rules() -> None:
    """Lower-case letters and spaces only: fine (no digits/symbols/capitals demanded)."""
    passphrase.check("quiet orchard river morning")


def test_a_long_emoji_passphrase_works_end_to_end(vault: Vault) -> None:
    secret = _long(1024)
    vault.add_facilitator("jo", secret)
    vault.lock()
    vault.unlock("jo", secret)
    assert vault.principal is not None and vault.principal.handle == "jo"


def test_vault_refuses_weak_passphrases(vault: Vault) -> None:
    with pytest.raises(PassphraseRejected):
        vault.add_facilitator("jo", "too short")
    with pytest.raises(PassphraseRejected):
        vault.add_facilitator("jo", _blocklist()[0])
    with pytest.raises(PassphraseRejected):
        vault.change_passphrase(FACILITATOR_PASS, "short")


COMPOSED = "Zoë’s café crème brûlée in Malmö"


def test_nfc_and_nfd_unlock_the_same_wrap(vault: Vault) -> None:
    nfc = unicodedata.normalize("NFC", COMPOSED)
    nfd = unicodedata.normalize("NFD", COMPOSED)
    assert nfc != nfd and nfc.encode() != nfd.encode()
    vault.change_passphrase(FACILITATOR_PASS, nfc)
    for typed in (nfd, nfc, nfd):
        vault.lock()
        vault.unlock(FACILITATOR_HANDLE, typed)
        assert vault.is_unlocked
    # Set with the decomposed form, open with the composed one.
    vault.change_passphrase(nfc, nfd)
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, nfc)
    assert vault.is_unlocked


def test_compatibility_forms_unlock_the_same_wrap(vault: Vault) -> None:
    """NFKC also folds full-width letters typed on some East Asian keyboards."""
    plain = "lantern meadow pebble harbour two"
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in plain)
    assert wide != plain and unicodedata.normalize("NFKC", wide) == plain
    vault.change_passphrase(FACILITATOR_PASS, plain)
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, wide)
    assert vault.is_unlocked


def test_normalisation_does_not_merge_different_passphrases(vault: Vault) -> None:
    """Sanity control: a genuinely different accent does not open the wrap."""
    vault.change_passphrase(FACILITATOR_PASS, COMPOSED)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, COMPOSED.replace("ë", "e"))
