"""Going to another page of the workspace from a care-kit page (the way the run
console's closing panel does): find the workspace above and ask it to show a page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def show_page(widget: QWidget, key: str) -> bool:
    """Show the workspace page ``key``; False when ``widget`` is not in a workspace."""
    found: QWidget | None = widget
    while found is not None and not hasattr(found, "show_page"):
        found = found.parentWidget()
    if found is None:
        return False
    found.show_page(key)
    return True
