"""The unlocked person's space: navigation on the left, one page at a time.

Built fresh on every unlock and destroyed on lock, so no page, model, document or
undo history outlives the session. Only pages that work are listed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.roster import today_from
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog
from safespace_desktop.ui.pages.account_page import AccountPage
from safespace_desktop.ui.pages.agreement_page import AgreementPage
from safespace_desktop.ui.pages.crisis_lines_page import CrisisLinesPage
from safespace_desktop.ui.pages.group_settings_page import GroupSettingsPage
from safespace_desktop.ui.pages.journal_page import JournalPage
from safespace_desktop.ui.pages.member_agreement_page import MemberAgreementPage
from safespace_desktop.ui.pages.members_page import MembersPage
from safespace_desktop.ui.pages.mood_page import MoodPage
from safespace_desktop.ui.pages.pairs_page import PairsPage
from safespace_desktop.ui.pages.safety_plan_page import SafetyPlanPage
from safespace_desktop.ui.session.context import SessionContext


def pages_for(context: SessionContext) -> list[QWidget]:
    if context.principal.is_facilitator:
        return [
            MembersPage(context),
            PairsPage(context),
            AgreementPage(context),
            CrisisLinesPage(context),
            GroupSettingsPage(context),
            JournalPage(context),
            AccountPage(context),
        ]
    return [
        JournalPage(context),
        MoodPage(context),
        SafetyPlanPage(context),
        MemberAgreementPage(context),
        AccountPage(context),
    ]


class Workspace(QWidget):
    def __init__(
        self, context: SessionContext, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.pages = pages_for(context)
        for page in self.pages:
            item = QListWidgetItem(page.nav_title())  # type: ignore[attr-defined]
            item.setSizeHint(item.sizeHint().expandedTo(self.fontMetrics().size(0, "Xg") * 2))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        width = (
            max(self.nav.sizeHintForColumn(0) for _ in (0,))
            + self.fontMetrics().averageCharWidth() * 6
        )
        self.nav.setFixedWidth(max(width, self.fontMetrics().averageCharWidth() * 22))

        group = QLabel(group_name)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        group.setFont(font)
        group.setWordWrap(True)
        group.setAccessibleName(self.tr("Group"))
        group.setContentsMargins(8, 8, 8, 8)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(group)
        side.addWidget(self.nav, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # The safety plan is one key away from anywhere in the person's space (F2).
        self.safety_plan_action: QAction | None = None
        for row, page in enumerate(self.pages):
            if isinstance(page, SafetyPlanPage):
                self.nav.item(row).setToolTip(self.tr("Your safety plan (F2 from anywhere)"))
                action = QAction(self.tr("Open my safety plan"), self)
                action.setShortcut(QKeySequence(Qt.Key.Key_F2))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
                action.triggered.connect(lambda: self.show_page(SafetyPlanPage))
                self.addAction(action)
                self.safety_plan_action = action

        # The crisis lines are one key away too, as on the lock screen (F1, W8).
        self.crisis_dialog: CrisisLinesDialog | None = None
        self.crisis_lines_action = QAction(self.tr("Crisis lines"), self)
        self.crisis_lines_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.crisis_lines_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.crisis_lines_action.triggered.connect(self.show_crisis_lines)
        self.addAction(self.crisis_lines_action)

    def show_crisis_lines(self) -> None:
        vault = self.context.vault
        lines = CrisisLinesService(vault).list_lines()
        dialog = CrisisLinesDialog(lines, self, today=today_from(vault.clock.now()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.crisis_dialog = dialog
        dialog.open()

    def show_page(self, page_type: type[QWidget]) -> None:
        for index, page in enumerate(self.pages):
            if isinstance(page, page_type):
                self.nav.setCurrentRow(index)
