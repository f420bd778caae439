"""Small rules for setting up a vault, shared by the UI and tests. No Qt."""

from __future__ import annotations

import unicodedata


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def label_reveals_group_name(label: str, group_name: str) -> bool:
    """True when the public vault label contains the group's private name.

    The label is shown to anyone who opens the app on this PC, so a label that holds
    the group's name would give away what the group is about.
    """
    folded_label = _fold(label)
    folded_name = _fold(group_name)
    return bool(folded_label) and bool(folded_name) and folded_name in folded_label
