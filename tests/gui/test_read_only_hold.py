"""The shared hold a read-only vault puts on writing controls (ui/widgets/read_only.py):
a controller that enables a held control later does not undo it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.ui.widgets.read_only import (
    describe,
    hold_children_read_only,
    hold_read_only,
    hold_rows_read_only,
    is_held,
    read_only_reason,
)


def _form(qtbot: QtBot) -> tuple[QWidget, QPushButton, QLineEdit, QPlainTextEdit, QCheckBox]:
    form = QWidget()
    qtbot.addWidget(form)
    save, name, note, tick = QPushButton("Save"), QLineEdit("Ann"), QPlainTextEdit(), QCheckBox()
    note.setPlaceholderText("Type a note")
    layout = QVBoxLayout(form)
    for widget in (save, name, note, tick):
        layout.addWidget(widget)
    return form, save, name, note, tick


def test_held_controls_stay_still_and_say_why(qtbot: QtBot) -> None:
    _form_widget, save, name, note, tick = _form(qtbot)
    save.setAccessibleDescription("Keeps the member")
    hold_read_only(True, [save, name, note, tick, None])
    reason = read_only_reason()
    assert not save.isEnabled() and not tick.isEnabled()
    assert name.isEnabled() and name.isReadOnly() and note.isReadOnly()  # still readable
    assert note.placeholderText() == ""  # nothing invites typing
    assert save.toolTip() == reason and save.accessibleDescription() == f"Keeps the member {reason}"
    save.setEnabled(True)  # a controller: a row was chosen
    name.setReadOnly(False)
    note.setReadOnly(False)
    save.setToolTip("Save the member")
    assert not save.isEnabled() and name.isReadOnly() and note.isReadOnly()
    assert save.toolTip() == reason
    describe(save, "Saved an hour ago")
    assert save.accessibleDescription() == f"Saved an hour ago {reason}"


def test_a_writable_vault_holds_nothing(qtbot: QtBot) -> None:
    form, save, name, _note, tick = _form(qtbot)
    hold_read_only(False, [save, name])
    hold_children_read_only(False, form, (QCheckBox,))
    assert save.isEnabled() and not name.isReadOnly() and tick.isEnabled()
    assert not is_held(save) and save.toolTip() == ""
    describe(save, "Saved")
    assert save.accessibleDescription() == "Saved"


def test_children_and_actions_are_held(qtbot: QtBot) -> None:
    form, save, _name, _note, tick = _form(qtbot)
    spin = QSpinBox(form)
    hold_children_read_only(True, form, (QCheckBox, QSpinBox))
    assert not tick.isEnabled() and spin.isReadOnly() and save.isEnabled()
    action = QAction("Delete", form)
    hold_read_only(True, [action])
    action.setEnabled(True)
    assert not action.isEnabled() and action.toolTip() == read_only_reason()


def test_a_held_list_keeps_its_rows(qtbot: QtBot) -> None:
    rows = QListWidget()
    qtbot.addWidget(rows)
    rows.addItems(["one", "two"])
    removed: list[int] = []
    rows.model().rowsRemoved.connect(lambda *_a: removed.append(1))
    original_key_press = rows.keyPressEvent

    def key_press(event):  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Delete:
            rows.takeItem(rows.currentRow())
        original_key_press(event)

    rows.keyPressEvent = key_press  # type: ignore[method-assign]
    hold_rows_read_only(True, rows, [Qt.Key.Key_P])
    rows.setCurrentRow(0)
    qtbot.keyClick(rows, Qt.Key.Key_Delete)
    qtbot.keyClick(rows, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert removed == [] and rows.count() == 2
    qtbot.keyClick(rows, Qt.Key.Key_Down)  # moving through the rows still works
    assert rows.currentRow() == 1
    assert rows.editTriggers() == QListWidget.EditTrigger.NoEditTriggers


def test_controls_a_page_makes_later_are_held_too(qtbot: QtBot) -> None:
    """A conflict's Keep buttons and the rota's "away" ticks are made per record."""
    from safespace_desktop.ui.conflicts.view import ConflictsView
    from safespace_desktop.ui.rota.view import RotaView

    conflicts = ConflictsView()
    qtbot.addWidget(conflicts)
    conflicts.read_only = True
    conflicts.show_detail(
        "Crisis line", [("Yours", "a", True), ("Theirs", "b", False)], text_field=True
    )
    assert len(conflicts.keep_buttons) == 2
    assert all(is_held(b) and not b.isEnabled() for b in conflicts.keep_buttons)
    rota = RotaView()
    qtbot.addWidget(rota)
    rota.read_only = True
    rota.show_people([("p1", "sam"), ("p2", "priya")], "Nobody", "No cover")
    assert len(rota.away_checks) == 2
    assert all(is_held(c) and not c.isEnabled() for c in rota.away_checks)
    writable = ConflictsView()
    qtbot.addWidget(writable)
    writable.show_detail("Crisis line", [("Yours", "a", True)], text_field=False)
    assert not is_held(writable.keep_buttons[0]) and writable.keep_buttons[0].isEnabled()
