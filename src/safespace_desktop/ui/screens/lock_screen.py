"""The lock screen: a neutral label, a handle and a passphrase — never any names.

Names on a lock screen would reveal who belongs to a support group, so the person
types their own handle. In the demo vault the public demo passphrases are shown,
clearly marked as demo only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.passphrase_field import PassphraseField


class LockScreen(QWidget):
    unlock_requested = Signal(str, str)  # handle, passphrase
    recover_requested = Signal()
    invitation_requested = Signal()
    switch_vault_requested = Signal()
    crisis_lines_requested = Signal()  # F1: the public crisis-line directory, while locked

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._throttle_left = 0
        self._throttle_timer = QTimer(self)
        self._throttle_timer.setInterval(1000)
        self._throttle_timer.timeout.connect(self._tick_throttle)

        title = QLabel(self.tr("SafeSpace"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.0)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.vault_label = QLabel(label)
        self.vault_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.vault_label.setAccessibleName(self.tr("Vault"))
        hint = QLabel(self.tr("This vault is locked. Type your own handle and passphrase."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.handle_edit = QLineEdit()
        self.handle_edit.setAccessibleName(self.tr("Your handle"))
        self.handle_edit.setMaxLength(64)
        self.passphrase_field = PassphraseField(self.tr("Your passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        handle_label = QLabel(self.tr("&Handle"))
        handle_label.setBuddy(self.handle_edit)
        pass_label = QLabel(self.tr("&Passphrase"))
        pass_label.setBuddy(self.passphrase_field.edit)
        form.addRow(handle_label, self.handle_edit)
        form.addRow(pass_label, self.passphrase_field)

        self.recover_button = QPushButton(self.tr("I forgot my passphrase"))
        self.recover_button.setFlat(True)
        self.invite_button = QPushButton(self.tr("I have an invitation code"))
        self.invite_button.setFlat(True)
        self.switch_button = QPushButton(self.tr("Choose another vault"))
        self.switch_button.setFlat(True)
        links = QHBoxLayout()
        for button in (self.recover_button, self.invite_button, self.switch_button):
            links.addWidget(button)

        # Crisis lines are public and one key away before anyone unlocks (W8).
        self.crisis_button = QPushButton(self.tr("Crisis lines (F1)"))
        self.crisis_button.setAccessibleName(self.tr("Crisis lines"))
        self.crisis_button.setToolTip(self.tr("Phone lines you can call for support right now"))
        self.crisis_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        self.crisis_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        crisis_row = QHBoxLayout()
        crisis_row.addStretch(1)
        crisis_row.addWidget(self.crisis_button)
        crisis_row.addStretch(1)

        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(self.vault_label)
        card_layout.addWidget(hint)
        card_layout.addLayout(form)
        card_layout.addWidget(self.message)
        card_layout.addWidget(self.unlock_button)
        card_layout.addLayout(links)
        card_layout.addLayout(crisis_row)
        card.setMinimumWidth(self.fontMetrics().averageCharWidth() * 58)

        self.demo_box = QLabel()
        self.demo_box.setWordWrap(True)
        self.demo_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo_box.setMargin(12)
        self.demo_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_box.setAccessibleName(self.tr("Demo passphrases"))
        self.demo_box.setVisible(False)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        column.addWidget(self.demo_box)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)

        self.setTabOrder(self.handle_edit, self.passphrase_field.edit)
        self.setTabOrder(self.passphrase_field.edit, self.passphrase_field.toggle)
        self.setTabOrder(self.passphrase_field.toggle, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recover_button)
        self.setTabOrder(self.recover_button, self.invite_button)
        self.setTabOrder(self.invite_button, self.switch_button)
        self.setTabOrder(self.switch_button, self.crisis_button)

        self.unlock_button.clicked.connect(self._submit)
        self.passphrase_field.returnPressed.connect(self._submit)
        self.handle_edit.returnPressed.connect(self.passphrase_field.setFocus)
        self.recover_button.clicked.connect(self.recover_requested)
        self.invite_button.clicked.connect(self.invitation_requested)
        self.switch_button.clicked.connect(self.switch_vault_requested)
        self.crisis_button.clicked.connect(self.crisis_lines_requested)
        self.crisis_shortcut.activated.connect(self.crisis_lines_requested)

    # -- called by the controller -----------------------------------------------------
    def show_demo_accounts(self, accounts: Sequence[tuple[str, str, str]]) -> None:
        """(handle, passphrase, description) rows; shown only for the demo vault."""
        lines = [
            self.tr(
                "<b>Demo only.</b> This vault holds made-up people. Its passphrases are public:"
            )
        ]
        for handle, passphrase, description in accounts:
            lines.append(f"• <b>{handle}</b> — <tt>{passphrase}</tt> ({description})")
        self.demo_box.setText("<br>".join(lines))
        self.demo_box.setVisible(True)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.handle_edit, self.passphrase_field, self.unlock_button):
            widget.setEnabled(not busy and self._throttle_left == 0)
        if busy:
            self._show(self.tr("Checking… this takes a moment on purpose, to slow down guessing."))

    def show_error(self, text: str) -> None:
        self.passphrase_field.clear()
        self._show(text)
        self.passphrase_field.setFocus()

    def show_throttled(self, seconds: float) -> None:
        self.passphrase_field.clear()
        self._throttle_left = max(1, round(seconds))
        self._throttle_timer.start()
        self._render_throttle()

    def reset(self) -> None:
        self.handle_edit.clear()
        self.passphrase_field.clear()
        self.message.clear()
        self.message.setVisible(False)
        self.handle_edit.setFocus()

    # -- internals ---------------------------------------------------------------------
    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _submit(self) -> None:
        if self._throttle_left > 0 or not self.unlock_button.isEnabled():
            return
        handle = self.handle_edit.text()
        passphrase = self.passphrase_field.text()
        if not handle.strip():
            self._show(self.tr("Please type your handle."))
            self.handle_edit.setFocus()
            return
        if not passphrase:
            self._show(self.tr("Please type your passphrase."))
            self.passphrase_field.setFocus()
            return
        self.unlock_requested.emit(handle, passphrase)

    def _tick_throttle(self) -> None:
        self._throttle_left -= 1
        self._render_throttle()

    def _render_throttle(self) -> None:
        if self._throttle_left <= 0:
            self._throttle_timer.stop()
            self._throttle_left = 0
            self._show(self.tr("You can try again now."))
            self.set_busy(False)
            return
        self._show(
            self.tr(
                "Too many attempts in a row. To keep this vault safe, please wait %1 s."
            ).replace("%1", str(self._throttle_left))
        )
        for widget in (self.passphrase_field, self.unlock_button):
            widget.setEnabled(False)
