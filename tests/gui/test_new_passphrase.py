"""The shared "choose a new passphrase" rows, in both ways of offering a suggestion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from safespace_desktop.crypto import passphrase as policy
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def make_fields(qtbot, *, retype_suggestion: bool) -> tuple[QWidget, NewPassphraseFields]:
    host = QWidget()
    qtbot.addWidget(host)
    fields = NewPassphraseFields(host, retype_suggestion=retype_suggestion)
    form = FormGrid(host)
    fields.add_to(form)
    host.show()
    return host, fields


def test_suggestion_fills_both_fields_and_shows_them(qtbot) -> None:
    _host, fields = make_fields(qtbot, retype_suggestion=False)
    assert not fields.suggestion_note.isVisible()
    qtbot.mouseClick(fields.suggest_button, LEFT)

    suggested = fields.passphrase.text()
    assert policy.problem(suggested) is None
    assert fields.confirm.text() == suggested
    assert fields.passphrase.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.confirm.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.suggestion_note.isVisible()
    assert "copy it onto paper" in fields.suggestion_note.text()
    assert fields.is_acceptable()
    assert fields.widgets_in_tab_order()[-1] is fields.suggest_button

    fields.clear()
    assert fields.passphrase.text() == "" and fields.confirm.text() == ""
    assert fields.passphrase.edit.echoMode() == QLineEdit.EchoMode.Password
    assert not fields.suggestion_note.isVisible()
    assert not fields.is_acceptable()


def test_suggestion_to_type_again_is_shown_once_and_confirmed_by_typing(qtbot) -> None:
    _host, fields = make_fields(qtbot, retype_suggestion=True)
    order = fields.widgets_in_tab_order()
    assert order.index(fields.suggest_button) < order.index(fields.confirm.edit)

    qtbot.mouseClick(fields.suggest_button, LEFT)
    suggested = fields.passphrase.text()
    assert policy.problem(suggested) is None
    assert fields.passphrase.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.confirm.text() == ""
    assert fields.confirm.edit.echoMode() == QLineEdit.EchoMode.Password
    assert fields.suggestion_note.isVisible()
    assert "type it again" in fields.suggestion_note.text()
    assert not fields.is_acceptable()

    qtbot.keyClicks(fields.confirm.edit, suggested[:4])
    assert not fields.suggestion_note.isVisible()
    assert fields.confirm_feedback.text() == "Keep typing…"
    qtbot.keyClicks(fields.confirm.edit, suggested[4:])
    assert fields.confirm_feedback.text() == "✓ Both passphrases match."
    assert fields.is_acceptable()

    fields.clear()
    assert not fields.suggestion_note.isVisible()
    assert not fields.is_acceptable()
