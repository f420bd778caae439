"""The session's change bus: operations publish what they changed, pages follow kinds.

A ``CollectionOp`` publishes a ``ChangeSet`` when it succeeds. ``follow`` connects a
widget to the kinds it shows: while the widget is visible its handler runs at once with
the part of the change set it cares about; while it is hidden the changes are gathered
and handed over, merged, the next time it is shown. So a page that is not on screen does
no work, and is never out of date when it appears.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind

ChangeHandler = Callable[[ChangeSet], None]


class ChangeBus(QObject):
    """One per unlocked session; destroyed with it."""

    changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)

    def follow(
        self, widget: QWidget, kinds: Iterable[RecordKind], handler: ChangeHandler
    ) -> ChangeFollower:
        """Call ``handler`` with changes of ``kinds``, when ``widget`` is (or next is) shown."""
        return ChangeFollower(self, widget, frozenset(kinds), handler)


class ChangeFollower(QObject):
    """Delivers one widget's changes now, or when the widget is next shown."""

    def __init__(
        self,
        bus: ChangeBus,
        widget: QWidget,
        kinds: frozenset[RecordKind],
        handler: ChangeHandler,
    ) -> None:
        super().__init__(widget)  # lives and dies with the widget
        self._widget = widget
        self._kinds = kinds
        self._handler = handler
        self._pending: ChangeSet | None = None
        bus.changed.connect(self._on_changed)
        widget.installEventFilter(self)

    @property
    def pending(self) -> ChangeSet | None:
        """Changes gathered while the widget was hidden (tests and diagnostics)."""
        return self._pending

    def _on_changed(self, changes: ChangeSet) -> None:
        if not shiboken6.isValid(self._widget):
            return
        mine = changes.only(self._kinds)
        if not mine:
            return
        if self._widget.isVisible():
            self._handler(mine)
        else:
            self._pending = mine if self._pending is None else self._pending | mine

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show:
            pending, self._pending = self._pending, None
            if pending:
                self._handler(pending)
        return False
