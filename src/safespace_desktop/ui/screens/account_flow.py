"""Shared shape of the screens that make or recover an account at the lock screen.

Step 1 is a form in a centred card. The controller runs the slow vault call off the
GUI thread and answers with ``show_failure(exc)`` or ``show_new_account(account)``.
Step 2 shows the new recovery code and asks for one group of it back before
``finished`` is emitted. ``reset()`` forgets everything that was typed or shown.

A failure keeps what the person typed unless the passphrase itself was the problem,
and its message goes away as soon as they edit a field or submit again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.errors import (
    InvitationInvalid,
    MalformedRecoveryCode,
    PassphraseRejected,
    ValidationError,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import NewAccount
from safespace_desktop.ui.widgets.card import card_column, centred_card
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.recovery_code_panel import RecoveryCodePanel
from safespace_desktop.ui.wording.errors import describe


class MessageBox(QFrame):
    """An inline message with a warning icon; the words carry the meaning, not colour."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel(self)
        size = self.fontMetrics().height() * 3 // 2
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = paragraph_label(parent=self)
        self.text_label.setAccessibleName(accessible_name)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text_label, 1)
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.text_label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return "" if self.isHidden() else self.text_label.text()


class AccountFlowScreen(QWidget):
    """Base for ClaimInvitationScreen and RecoverAccountScreen."""

    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        submit_text: str,
        busy_text: str,
        code_intro: str,
        continue_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._busy = False
        self.panel: RecoveryCodePanel | None = None

        # ---- step 1: the form
        form_content = QWidget()
        self.title_label = heading_label(title, parent=form_content)
        self.intro_label = paragraph_label(intro, form_content)
        self.form = FormGrid()
        self.form.set_group_gap(self.fontMetrics().height() // 2)
        self.error_box = MessageBox(self.tr("Message"), form_content)
        self.busy_label = paragraph_label(busy_text, form_content)
        self.busy_bar = QProgressBar(form_content)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(busy_text)
        self.busy_label.setVisible(False)
        self.busy_bar.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), form_content)
        self.submit_button = QPushButton(submit_text, form_content)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.submit_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)

        form_layout = card_column(form_content, self.title_label, self.intro_label)
        form_layout.addLayout(self.form)
        self._extras = QVBoxLayout()
        form_layout.addLayout(self._extras)
        form_layout.addWidget(self.error_box)
        form_layout.addWidget(self.busy_label)
        form_layout.addWidget(self.busy_bar)
        em = self.fontMetrics().height()
        form_layout.addSpacing(em // 2)
        form_layout.addLayout(buttons)

        # ---- step 2: the recovery code
        code_content = QWidget()
        self.code_title = heading_label(self.tr("Your recovery code"), parent=code_content)
        self.code_intro = paragraph_label(code_intro, code_content)
        self._panel_holder = QVBoxLayout()
        self._panel_holder.setContentsMargins(0, 0, 0, 0)
        self.continue_button = QPushButton(continue_text, code_content)
        self.continue_button.setDefault(True)
        self.continue_button.setAutoDefault(True)
        self.continue_button.setEnabled(False)
        self.continue_note = paragraph_label(
            self.tr("The button becomes available once the group you type matches."),
            code_content,
        )
        continue_row = QHBoxLayout()
        continue_row.addWidget(self.continue_note, 1)
        continue_row.addWidget(self.continue_button)
        code_layout = QVBoxLayout(code_content)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.setSpacing(em * 2 // 3)
        code_layout.addWidget(self.code_title)
        code_layout.addWidget(self.code_intro)
        self._code_extras = QVBoxLayout()
        self._code_extras.setContentsMargins(0, 0, 0, 0)
        code_layout.addLayout(self._code_extras)
        code_layout.addLayout(self._panel_holder)
        code_layout.addLayout(continue_row)

        self.stack = QStackedWidget(self)
        self.form_page = centred_card(form_content)
        self.code_page = centred_card(code_content)
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self.code_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.cancel_button.clicked.connect(self.cancelled)
        self.submit_button.clicked.connect(self._submit)
        self.continue_button.clicked.connect(self._continue)

    # -- for subclasses ----------------------------------------------------------------
    def add_extra(self, widget: QWidget) -> None:
        """A widget between the form and the buttons (for example a privacy note)."""
        self._extras.addWidget(widget)

    def _inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def _can_submit(self) -> bool:
        raise NotImplementedError

    def _emit_request(self) -> None:
        raise NotImplementedError

    def _clear_secrets(self) -> None:
        raise NotImplementedError

    def _clear_fields(self) -> None:
        raise NotImplementedError

    def _focus_field(self, field: str | None) -> None:
        raise NotImplementedError

    def _refresh(self) -> None:
        self.submit_button.setEnabled(not self._busy and self._can_submit())

    def _edited(self, *_args: object) -> None:
        """Something was typed: an earlier message no longer applies."""
        if not self._busy:
            self.error_box.show_text("")
        self._refresh()

    def add_code_extra(self, widget: QWidget) -> None:
        """A widget on the recovery-code step, above the code (for example the handle)."""
        self._code_extras.addWidget(widget)

    def _confirmed(self) -> bool:
        """Whether step 2 has been checked; subclasses may ask for more than the code."""
        return self.panel is not None and self.panel.is_confirmed()

    def _update_continue(self, *_args: object) -> None:
        confirmed = self._confirmed()
        self.continue_button.setEnabled(confirmed)
        self.continue_note.setVisible(not confirmed)

    # -- called by the controller ------------------------------------------------------
    def show_failure(self, exc: BaseException) -> None:
        """Say why it did not work, next to the field it is about."""
        field = failed_field(exc)
        self.show_error(describe(exc), field, clear_passphrase=field == "passphrase")

    def show_error(
        self, text: str, field: str | None = None, *, clear_passphrase: bool = False
    ) -> None:
        """Show ``text`` kindly. Everything typed is kept unless ``clear_passphrase``.

        ``field`` ("code", "handle" or "passphrase") says where to put the cursor.
        """
        self.set_busy(False)
        if clear_passphrase:
            self._clear_secrets()
        self.error_box.show_text(text)
        self._focus_field(field)

    def show_new_account(self, account: NewAccount) -> None:
        """The account exists: show what the person needs to write down."""
        self.show_recovery_code(account.recovery_code)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in self._inputs():
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.error_box.show_text("")
        self._refresh()

    def is_busy(self) -> bool:
        return self._busy

    def show_recovery_code(self, code: str) -> None:
        """Switch to step 2: show ``code`` and wait until one group is typed back."""
        self.set_busy(False)
        self._clear_secrets()
        self.error_box.show_text("")
        self._drop_panel()
        self.panel = RecoveryCodePanel(code)
        panel_layout = self.panel.layout()
        if panel_layout is not None:
            panel_layout.setContentsMargins(0, 0, 0, 0)
        self.panel.confirmed_changed.connect(self._update_continue)
        self.panel.check_edit.returnPressed.connect(self._continue)
        self._panel_holder.addWidget(self.panel)
        self._update_continue()
        self.setTabOrder(self.panel.check_edit, self.continue_button)
        self.stack.setCurrentWidget(self.code_page)
        self.panel.check_edit.setFocus()

    def showing_recovery_code(self) -> bool:
        return self.stack.currentWidget() is self.code_page

    def reset(self) -> None:
        """Forget everything typed or shown and go back to an empty form."""
        self.set_busy(False)
        self._clear_fields()
        self._clear_secrets()
        self.error_box.show_text("")
        self._drop_panel()
        self.continue_button.setEnabled(False)
        self.stack.setCurrentWidget(self.form_page)
        self._focus_field(None)

    # -- internals ---------------------------------------------------------------------
    def _submit(self) -> None:
        if self._busy or not self._can_submit():
            return
        self.error_box.show_text("")
        self._emit_request()

    def _continue(self) -> None:
        if self._confirmed():
            self.finished.emit()

    def _drop_panel(self) -> None:
        if self.panel is not None:
            self.panel.check_edit.clear()
            self.panel.setParent(None)
            self.panel.deleteLater()
            self.panel = None


def failed_field(exc: BaseException) -> str | None:
    """Which field a failure is about: "passphrase", "handle", "code" or None."""
    if isinstance(exc, PassphraseRejected):
        return "passphrase"
    if isinstance(exc, ValidationError):
        return {"passphrase": "passphrase", "handle": "handle", "code": "code"}.get(exc.field)
    if isinstance(exc, (InvitationInvalid, WrongRecoveryCode, MalformedRecoveryCode)):
        return "code"
    return None
