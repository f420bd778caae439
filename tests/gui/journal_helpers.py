"""Helpers for the journal GUI tests: a member session, a page, typing an entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QEvent, QPoint, Qt, QTimer
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
from safespace_desktop.ui.journal import journal_page
from safespace_desktop.ui.journal.controller import JournalController
from safespace_desktop.ui.journal.model import HeadlineRole
from safespace_desktop.ui.journal.prompts_dialog import PromptsDialog
from safespace_desktop.ui.journal.view import JournalView
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


MakePage = Callable[..., JournalView]


def page_factory(qtbot: QtBot) -> Iterator[MakePage]:
    """Body of each test module's ``make_page`` fixture: pages on a live session."""
    runners: list[TaskRunner] = []

    def make(vault: Vault, *, add: bool = True, **kwargs: int) -> JournalView:
        principal = vault.principal
        assert principal is not None
        runner = TaskRunner()
        runners.append(runner)
        context = SessionContext(vault, principal, runner, SensitiveClipboard(), SessionSignals())
        page = journal_page(context, **kwargs)
        if add:
            qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        page.activateWindow()  # shortcuts (Ctrl+F, Ctrl+S, Ctrl+N) need an active window
        qtbot.waitUntil(page.isActiveWindow, timeout=2000)
        wait_opened(qtbot, page)
        return page

    yield make
    for runner in runners:
        runner.shutdown()


def destroy(widget: QWidget) -> None:
    """Delete ``widget`` now, as the shell's deleteLater does on the next loop turn."""
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def wait_opened(qtbot: QtBot, page: JournalView) -> None:
    """The journal opens off the GUI thread: wait until the page is ready to use."""
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    settle(qtbot, page)


def settle(qtbot: QtBot, page: JournalView, rounds: int = 3) -> None:
    """Wait until what the page started has finished: the pause after typing in the
    search field, then the operations on the worker (and those their results start)."""
    pause = page.findChild(QTimer, "journalSearchPause")
    if pause is not None:
        qtbot.waitUntil(lambda: not pause.isActive(), timeout=3000)
    controller = page.controller
    assert isinstance(controller, JournalController)
    for _ in range(rounds):
        done: list[bool] = []
        controller.context.ops.query(page, lambda _ctx: None).on_success(
            lambda _result, done=done: done.append(True)
        ).run()
        qtbot.waitUntil(lambda done=done: bool(done), timeout=5000)


def prompts_dialog(qtbot: QtBot, page: JournalView) -> PromptsDialog:
    """The prompts and templates dialog the page opened, once its lists are read."""
    dialog = next((d for d in page.findChildren(PromptsDialog) if d.isVisible()), None)
    assert dialog is not None
    settle(qtbot, page)
    return dialog


def headlines(page: JournalView) -> list[str]:
    model = page.entries.model
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
    page: JournalView,
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
    qtbot.waitUntil(
        lambda: editor.status_label.text() == "Saved." or editor.message.isVisible(),
        timeout=5000,
    )
    assert editor.status_label.text() == "Saved.", editor.message.text()
    settle(qtbot, page)


def select_row(qtbot: QtBot, page: JournalView, row: int) -> None:
    view = page.entries.list_view
    rect = view.visualRect(page.entries.model.index(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    settle(qtbot, page)


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
