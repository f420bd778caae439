"""The change sets operations report (core/changes.py)."""

from __future__ import annotations

import pytest

from safespace_desktop.core.changes import NO_CHANGES, ChangeSet, RecordKind


def test_ids_of_one_kind() -> None:
    changes = ChangeSet.of(RecordKind.MEMBER, "a", "b")
    assert changes.ids(RecordKind.MEMBER) == {"a", "b"}
    assert changes.touches([RecordKind.MEMBER, RecordKind.AGREEMENT])
    assert not changes.touches([RecordKind.AGREEMENT])
    with pytest.raises(KeyError):
        changes.ids(RecordKind.AGREEMENT)


def test_union_merges_ids_and_unknown_wins() -> None:
    merged = ChangeSet.of(RecordKind.MEMBER, "a") | ChangeSet.of(RecordKind.MEMBER, "b")
    assert merged.ids(RecordKind.MEMBER) == {"a", "b"}
    unknown = merged | ChangeSet.kinds(RecordKind.MEMBER)
    assert unknown.ids(RecordKind.MEMBER) is None
    both = merged | ChangeSet.of(RecordKind.CONSENT, "c")
    assert set(both) == {RecordKind.MEMBER, RecordKind.CONSENT}


def test_empty_and_only() -> None:
    assert not NO_CHANGES
    changes = ChangeSet.of(RecordKind.MEMBER, "a") | ChangeSet.of(RecordKind.JOURNAL_ENTRY, "j")
    assert set(changes.only([RecordKind.JOURNAL_ENTRY])) == {RecordKind.JOURNAL_ENTRY}
    assert not changes.only([RecordKind.AGREEMENT])
