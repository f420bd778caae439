"""Former-member numbers that never collide across PCs (issue 12).

"Forget me" gives the person the next free number on the PC where it happens. Two PCs
that forget different people while apart can both hand out the same number; after a
sync both records hold it. The number shown is therefore decided from all of them,
the same way on every PC: among records sharing a number, the earliest redaction (then
the smaller id) keeps it, and the others take the next numbers nobody holds.
"""

from __future__ import annotations

from collections.abc import Iterable


def unique_former_numbers(entries: Iterable[tuple[str, int, int]]) -> dict[str, int]:
    """``(record id, stored number, redaction hlc)`` → record id → number to show."""
    groups: dict[int, list[tuple[int, str]]] = {}
    for record_id, number, hlc in entries:
        groups.setdefault(number, []).append((hlc, record_id))
    if not groups:
        return {}
    next_free = max(groups) + 1
    shown: dict[str, int] = {}
    for number in sorted(groups):
        first, *others = sorted(groups[number])
        shown[first[1]] = number
        for _hlc, record_id in others:
            shown[record_id] = next_free
            next_free += 1
    return shown
