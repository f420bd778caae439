"""Helpers for the journal GUI tests: a member session, a page, typing an entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.item_models.journal_list import HeadlineRole
from safespace_desktop.ui.pages.journal_page import JournalPage
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.session.clipboard import SensitiveClipboard
from safespace_desktop.ui.session.context import SessionContext, SessionSignals
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SAM_PASS = "velvet thistle compass autumn"


@dataclass(frozen=True)
class Member:
    handle: str
    secret: str


def claim_member(vault: Vault, handle: str = "sam", secret: str = SAM_PASS) -> Member:
    """A facilitator invites; the member claims the invitation and is left unlocked."""
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, handle, secret, exact_handle=True)
    return Member(handle, secret)


MakePage = Callable[..., JournalPage]


def page_factory(qtbot: QtBot) -> Iterator[MakePage]:
    """Body of each test module's ``make_page`` fixture: pages on a live session."""
    runners: list[TaskRunner] = []

    def make(vault: Vault, *, add: bool = True, **kwargs: int) -> JournalPage:
        principal = vault.principal
        assert principal is not None
        runner = TaskRunner()
        runners.append(runner)
        context = SessionContext(vault, principal, runner, SensitiveClipboard(), SessionSignals())
        page = JournalPage(context, **kwargs)
        if add:
            qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        page.activateWindow()  # shortcuts (Ctrl+F, Ctrl+S, Ctrl+N) need an active window
        qtbot.waitUntil(page.isActiveWindow, timeout=2000)
        return page

    yield make
    for runner in runners:
        runner.shutdown()


def destroy(widget: QWidget) -> None:
    """Delete ``widget`` now, as the shell's deleteLater does on the next loop turn."""
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def headlines(page: JournalPage) -> list[str]:
    model = page.model
    return [str(model.index(row).data(HeadlineRole)) for row in range(model.rowCount())]


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QCheckBox | QRadioButton):
        # On the box itself: a check box only reacts to clicks on its box and label.
        qtbot.mouseClick(button, LEFT, pos=QPoint(button.height() // 2, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def write_entry(
    qtbot: QtBot,
    page: JournalPage,
    body: str,
    *,
    title: str = "",
    mood: int | None = None,
    feelings: str = "",
    tags: str = "",
    star: bool = False,
) -> None:
    """Start a new entry, type it and press Save, like a person."""
    click(qtbot, page.editor.new_button)
    editor = page.editor
    if title:
        qtbot.keyClicks(editor.title_edit, title)
    if body:
        qtbot.keyClicks(editor.body_edit, body)
    if mood is not None:
        click(qtbot, editor.mood_buttons[mood])
    if feelings:
        qtbot.keyClicks(editor.feelings_edit, feelings)
    if tags:
        qtbot.keyClicks(editor.tags_edit, tags)
    if star:
        click(qtbot, editor.star_check)
    click(qtbot, editor.save_button)
    assert editor.status_label.text() == "Saved.", editor.message.text()


def select_row(qtbot: QtBot, page: JournalPage, row: int) -> None:
    view = page.list_view
    rect = view.visualRect(page.model.index(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def visible_texts(root: QWidget | None = None) -> list[str]:
    """Every piece of text a widget could show or announce, for leak checks."""
    widgets = root.findChildren(QWidget) if root is not None else QApplication.allWidgets()
    found: list[str] = []
    for widget in widgets:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole,
                        HeadlineRole,
                    ):
                        value = index.data(role)
                        if value is not None:
                            found.append(str(value))
    return found


def assert_controls_named(root: QWidget) -> None:
    """Every visible button has text or a name; every input and list has a name."""
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            assert button.text().strip() or button.accessibleName().strip(), button
    for widget in root.findChildren(QWidget):
        if isinstance(
            widget,
            QLineEdit | QPlainTextEdit | QComboBox | QDateEdit | QCalendarWidget,
        ) and widget.isVisibleTo(root):
            parent = widget.parentWidget()
            if isinstance(parent, QComboBox | QDateEdit):
                continue  # the line edit inside a combo box or date field
            assert widget.accessibleName().strip(), widget
        if isinstance(widget, QAbstractItemView) and widget.isVisibleTo(root):
            if isinstance(widget.parentWidget(), QCalendarWidget):
                continue  # the calendar's own grid; the calendar is named
            assert widget.accessibleName().strip(), widget
