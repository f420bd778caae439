"""The two-step confirmation before "Forget me", which cannot be undone.

Step one is reading what will be erased (named, item by item, for this person) and
ticking "I understand this cannot be undone"; step two is the button, which stays
disabled until then. Cancel is the default and Escape closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import Member
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.wording.placeholders import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("ForgetMemberDialog", text)


def erased_items(member: Member) -> list[str]:
    """What "forget" erases for ``member``, in words, most personal first."""
    tr = _t
    items = [fill(tr("their name, “%1”"), member.name)]
    if member.pronouns:
        items.append(tr("their pronouns"))
    if member.note:
        items.append(tr("the facilitator note about them"))
    if member.access_needs or member.access_note:
        items.append(tr("their access needs"))
    if not member.contact.is_empty:
        items.append(tr("their contact details (phone, email, best time, messages)"))
    if member.has_journal_account:
        items.append(tr("their private journal on this computer, and everything in it"))
    if ConsentPurpose.CHECKIN_PAIRING in member.consents:
        items.append(tr("any check-in pair they are in"))
    items.append(tr("their consents (the log keeps only dates, and shows the withdrawal)"))
    return items


class ForgetMemberDialog(QDialog):
    """Accepted means: forget this member now (the caller calls ``ForgetService``)."""

    def __init__(self, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id = member.id
        self.setWindowTitle(self.tr("Forget this person"))
        unit = self.fontMetrics().height()
        name = display_name(member)

        heading = heading_label(fill(self.tr("Forget %1 for good?"), name), 1.3)
        intro = paragraph_label(
            self.tr("Use this when someone asks to be forgotten. These will be erased:")
        )
        self.erased_list = QLabel()
        self.erased_list.setTextFormat(Qt.TextFormat.PlainText)
        self.erased_list.setWordWrap(True)
        self.erased_list.setText("\n".join("•  " + item for item in erased_items(member)))
        self.erased_list.setAccessibleName(self.tr("What will be erased"))
        self.erased_list.setContentsMargins(unit, 0, 0, 0)
        stays = paragraph_label(
            self.tr(
                "Their entry stays as “Former member” with a number, with only the dates "
                "they joined and left, so attendance totals still add up."
            )
        )
        self.warning = paragraph_label(
            self.tr(
                "This cannot be undone. Once they are forgotten, nobody can bring these "
                "details back, not even from this computer's disk."
            )
        )
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)

        self.understand_check = QCheckBox(self.tr("I &understand that this cannot be undone"))
        self.buttons = QDialogButtonBox()
        self.forget_button = self.buttons.addButton(
            self.tr("&Forget for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.forget_button.setEnabled(False)
        self.forget_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.forget_button.clicked.connect(self._forget)
        self.buttons.rejected.connect(self.reject)
        self.understand_check.toggled.connect(self.forget_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.erased_list)
        layout.addWidget(stays)
        layout.addWidget(self.warning)
        layout.addSpacing(unit // 3)
        layout.addWidget(self.understand_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.understand_check.setFocus()

    @Slot()
    def _forget(self) -> None:
        if self.understand_check.isChecked():
            self.accept()
