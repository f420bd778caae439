"""A vault on a write-protected disk (a locked SD card or USB stick) opens read-only.

Its pages still show every control, so the layout stays familiar, but the ones that
would change the vault are held disabled (buttons, ticks, choices) or read-only (text
fields), each saying why in its tooltip and accessible description. Reading, searching,
printing and saving files elsewhere stay as they are.

A page calls ``hold_read_only(context.vault.read_only, [its writing controls])`` once,
after its controller is made. A controller that enables a button later (a row was
chosen, typing began) does not undo the hold: an event filter puts it back at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Editable = QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox
Control = QWidget | QAction | QShortcut

# Set on every held control, so tests (and styles) can find what the hold covers.
HELD_PROPERTY = "readOnlyVaultHeld"


def read_only_reason() -> str:
    """What a held control says about itself, in plain words."""
    return QCoreApplication.translate(
        "ReadOnlyVault",
        "This vault is read-only, so nothing can be changed here. "
        "Open it from a disk you can write to, to make changes.",
    )


def is_held(control: Control) -> bool:
    return bool(control.property(HELD_PROPERTY))


def describe(widget: QWidget, text: str) -> None:
    """Set ``widget``'s accessible description; a held control keeps saying why."""
    if is_held(widget):
        text = f"{text} {read_only_reason()}".strip()
    widget.setAccessibleDescription(text)


class _HoldStill(QObject):
    """Puts a held widget back when something enables it or makes it editable again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.EnabledChange:
            if isinstance(watched, Editable):
                _make_read_only(watched)
            elif watched.isEnabled():
                watched.setEnabled(False)
        elif kind == QEvent.Type.ReadOnlyChange and isinstance(watched, Editable):
            _make_read_only(watched)
        elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != read_only_reason():
            watched.setToolTip(read_only_reason())
        return False


def _make_read_only(editor: Editable) -> None:
    if not editor.isReadOnly():
        editor.setReadOnly(True)


def _hold_action(action: QAction) -> None:
    action.setEnabled(False)
    action.setToolTip(read_only_reason())

    def again() -> None:
        if action.isEnabled():
            action.setEnabled(False)

    action.changed.connect(again)


def hold_read_only(read_only: bool, controls: Iterable[Control | None]) -> None:
    """When ``read_only``, hold every control in ``controls`` still (see the module).

    Text fields become read-only rather than disabled, so what they hold can still be
    read, selected and copied. ``None`` entries (a control this page does not have
    today) are skipped. On a writable vault this does nothing."""
    if not read_only:
        return
    reason = read_only_reason()
    for control in controls:
        if control is None or is_held(control):
            continue
        control.setProperty(HELD_PROPERTY, True)
        if isinstance(control, QAction):
            _hold_action(control)
            continue
        if isinstance(control, QShortcut):  # a key that saves or adds: it does nothing
            control.setEnabled(False)
            continue
        control.setToolTip(reason)
        describe(control, control.accessibleDescription())
        if isinstance(control, Editable):
            _make_read_only(control)
            if isinstance(control, QLineEdit | QTextEdit | QPlainTextEdit):
                control.setPlaceholderText("")  # "Type a line…" would invite typing
        else:
            control.setEnabled(False)
        control.installEventFilter(_HoldStill(control))


def hold_children_read_only(read_only: bool, container: QWidget, kinds: tuple[type, ...]) -> None:
    """Hold every child of ``container`` of one of ``kinds`` (a form's fields, a
    checklist's ticks, rows of buttons built per record)."""
    if not read_only:
        return
    hold_read_only(
        read_only,
        [child for child in container.findChildren(QWidget) if isinstance(child, kinds)],
    )


# Keys a list takes to change what it holds: remove, insert, move a row up or down.
_CHANGING_KEYS = frozenset(
    int(k) for k in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Insert)
)
_MOVING_KEYS = frozenset((int(Qt.Key.Key_Up), int(Qt.Key.Key_Down)))
_MOVING_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


class _KeepRows(QObject):
    """Swallows the keys a list would use to change its rows (it can still be read and
    moved through with the arrow keys)."""

    def __init__(self, parent: QObject, extra_keys: frozenset[int]) -> None:
        super().__init__(parent)
        self._keys = _CHANGING_KEYS | extra_keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = int(event.key())
        moving = key in _MOVING_KEYS and bool(event.modifiers() & _MOVING_MODIFIERS)
        return moving or key in self._keys


def hold_rows_read_only(
    read_only: bool, view: QAbstractItemView, extra_keys: Iterable[int] = ()
) -> None:
    """When ``read_only``, a list whose rows can be edited, dragged or changed by keys
    (Delete, Insert, Alt/Ctrl+Up and Down, and ``extra_keys``) only shows them."""
    if not read_only or is_held(view):
        return
    view.setProperty(HELD_PROPERTY, True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    view.setAccessibleDescription(read_only_reason())
    view.installEventFilter(_KeepRows(view, frozenset(int(k) for k in extra_keys)))
