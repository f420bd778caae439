"""A member at the PC turns an invitation code into their own private account.

They choose a handle and a passphrase that nobody else ever sees. The controller
runs ``vault.claim_invitation(code, handle, passphrase)`` off the GUI thread, then
calls ``show_new_account(account)`` or ``show_failure(exc)``.

The app adds a short number to every member's handle ("sunflower" → "sunflower-4821"),
so a claim never says a handle is taken (that would tell anyone at this PC which
handles exist). The next step shows the whole handle with the recovery code, and the
person types it back, as they do one group of the code, before carrying on.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from safespace_desktop.core.model import NewAccount
from safespace_desktop.services.vault import MEMBER_HANDLE_MAX
from safespace_desktop.ui.screens.account_flow import AccountFlowScreen
from safespace_desktop.ui.widgets.headings import framed_note, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields
from safespace_desktop.ui.widgets.page_layout import chain_tab_order

INVITATION_MAX = 32


class ClaimInvitationScreen(AccountFlowScreen):
    claim_requested = Signal(str, str, str)  # invitation code, handle, passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Set up your own space"),
            intro=self.tr(
                "A facilitator gave you an invitation code. With it you make your own "
                "account: a private journal and safety plan that only you can open."
            ),
            submit_text=self.tr("&Create my account"),
            busy_text=self.tr("Setting up your private space… this takes a few seconds."),
            code_intro=self.tr(
                "Your account is ready. One last step: write down your handle, and your "
                "recovery code, which is the only way back in if you ever forget your "
                "passphrase."
            ),
            continue_text=self.tr("Continue to &my space"),
            parent=parent,
        )
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Invitation code"))
        self.code_edit.setMaxLength(INVITATION_MAX)
        self.code_edit.setFont(scaled_font(self.code_edit.font(), 1.2))
        code_label = QLabel(self.tr("&Invitation code:"))
        code_label.setBuddy(self.code_edit)
        code_hint = paragraph_label(
            self.tr("It looks like ABCDE-12345. Capital letters and dashes don't matter.")
        )

        self.handle_edit = QLineEdit()
        self.handle_edit.setObjectName("claimHandle")
        self.handle_edit.setAccessibleName(self.tr("Handle"))
        self.handle_edit.setMaxLength(MEMBER_HANDLE_MAX)
        handle_label = QLabel(self.tr("Choose a &handle:"))
        handle_label.setBuddy(self.handle_edit)
        handle_hint = paragraph_label(
            self.tr(
                "A nickname you type to unlock, such as “sunflower”; it need not be your "
                "name. The app adds a short number to it, which you will see next."
            )
        )
        self.handle_edit.setAccessibleDescription(handle_hint.text())

        self.passphrase = NewPassphraseFields(self)

        self.form.addRow(code_label, self.code_edit)
        self.form.addRow("", code_hint)
        self.form.addRow(handle_label, self.handle_edit)
        self.form.addRow("", handle_hint)
        self.passphrase.add_to(self.form)

        self.privacy_note = framed_note(
            self.tr(
                "Your journal is yours alone. Nobody — not even the facilitators — can read "
                "it or reset this passphrase. If you forget it, the recovery code you will "
                "see next is the only way back in."
            ),
            self.tr("Privacy"),
        )
        self.add_extra(self.privacy_note)
        self.handle: str | None = None  # the whole handle, once the account exists
        self.add_code_extra(self._new_handle_box())
        self.continue_note.setText(
            self.tr("The button becomes available once your handle and the group you type match.")
        )

        chain: list[QWidget] = [
            self.code_edit,
            self.handle_edit,
            *self.passphrase.widgets_in_tab_order(),
            self.cancel_button,
            self.submit_button,
        ]
        chain_tab_order(chain)

        self.code_edit.textChanged.connect(self._edited)
        self.handle_edit.textChanged.connect(self._edited)
        self.passphrase.changed.connect(self._edited)
        self.code_edit.returnPressed.connect(self.handle_edit.setFocus)
        self.handle_edit.returnPressed.connect(self.passphrase.passphrase.setFocus)
        self.passphrase.passphrase.returnPressed.connect(self.passphrase.confirm.setFocus)
        self.passphrase.confirm.returnPressed.connect(self._submit)
        self._refresh()

    def _new_handle_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("newHandleBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        intro = paragraph_label(
            self.tr(
                "This is your handle. You type it, number and all, every time you unlock. "
                "Everyone's handle gets a number like this, so no two people share one."
            )
        )
        self.new_handle_label = QLabel()
        self.new_handle_label.setObjectName("newHandle")
        self.new_handle_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.new_handle_label.setFont(font)
        self.new_handle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_handle_label.setAccessibleName(self.tr("Your handle"))
        ask = QLabel(self.tr("To check you have it, please type your &whole handle:"))
        ask.setWordWrap(True)
        self.handle_check_edit = QLineEdit()
        self.handle_check_edit.setObjectName("handleCheck")
        self.handle_check_edit.setAccessibleName(self.tr("Your whole handle, typed again"))
        self.handle_check_edit.setMaxLength(MEMBER_HANDLE_MAX + 16)
        ask.setBuddy(self.handle_check_edit)
        self.handle_feedback = QLabel()
        self.handle_feedback.setWordWrap(True)
        self.handle_feedback.setAccessibleName(self.tr("Handle check"))
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.new_handle_label)
        layout.addWidget(ask)
        layout.addWidget(self.handle_check_edit)
        layout.addWidget(self.handle_feedback)
        self.handle_check_edit.textChanged.connect(self._on_handle_check)
        return box

    def handle_confirmed(self) -> bool:
        return self.handle is not None and _folded(self.handle_check_edit.text()) == _folded(
            self.handle
        )

    def _on_handle_check(self, text: str) -> None:
        if self.handle_confirmed():
            self.handle_feedback.setText(self.tr("✓ That matches."))
        elif self.handle is not None and len(text.strip()) >= len(self.handle):
            self.handle_feedback.setText(
                self.tr("That doesn't match yet — please check the number at the end.")
            )
        else:
            self.handle_feedback.clear()
        self._update_continue()

    def _confirmed(self) -> bool:
        return super()._confirmed() and self.handle_confirmed()

    # -- called by the controller ------------------------------------------------------
    def show_new_account(self, account: NewAccount) -> None:
        self.handle = account.principal.handle
        self.new_handle_label.setText(self.handle)
        self.new_handle_label.setAccessibleDescription(self.handle)
        self.handle_check_edit.clear()
        self.handle_feedback.clear()
        self.show_recovery_code(account.recovery_code)
        if self.panel is not None:
            self.setTabOrder(self.handle_check_edit, self.panel.check_edit)
        self.handle_check_edit.setFocus()
        # The page switch may hand focus to the scroll area once events run: take it back.
        QTimer.singleShot(0, self._focus_handle_check)

    def _focus_handle_check(self) -> None:
        if self.showing_recovery_code() and not self.handle_confirmed():
            self.handle_check_edit.setFocus()

    def set_code(self, code: str) -> None:
        """Prefill the invitation code (a facilitator handed the PC over)."""
        self.code_edit.setText(code)
        self.handle_edit.setFocus()

    # -- AccountFlowScreen -------------------------------------------------------------
    def _inputs(self) -> list[QWidget]:
        return [
            self.code_edit,
            self.handle_edit,
            self.passphrase.passphrase,
            self.passphrase.confirm,
            self.passphrase.suggest_button,
        ]

    def _can_submit(self) -> bool:
        return (
            bool(self.code_edit.text().strip())
            and bool(self.handle_edit.text().strip())
            and self.passphrase.is_acceptable()
        )

    def _emit_request(self) -> None:
        self.claim_requested.emit(
            self.code_edit.text().strip(),
            self.handle_edit.text().strip(),
            self.passphrase.text(),
        )

    def _clear_secrets(self) -> None:
        self.passphrase.clear()

    def _clear_fields(self) -> None:
        self.code_edit.clear()
        self.handle_edit.clear()
        self.handle = None
        self.new_handle_label.clear()
        self.handle_check_edit.clear()

    def _focus_field(self, field: str | None) -> None:
        if field == "handle":
            self.handle_edit.setFocus()
        elif field == "passphrase":
            self.passphrase.passphrase.setFocus()
        else:
            self.code_edit.setFocus()


def _folded(handle: str) -> str:
    """A handle the way unlocking compares it: spaces around and capitals don't matter."""
    return unicodedata.normalize("NFKC", handle.strip().casefold())
