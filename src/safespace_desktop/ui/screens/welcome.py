"""The first thing anyone sees: the vaults on this PC, by neutral label only.

This screen is shown before anyone unlocks, so it never shows a group's name or a
person's handle — only the label a facilitator chose to be seen here. With no vaults
yet it reads as a warm welcome with two big choices instead of an empty list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.vault_summary import VaultSummary
from safespace_desktop.ui.widgets.card import card_column, centred_card
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomeScreen(QWidget):
    open_requested = Signal(object)  # VaultSummary
    create_requested = Signal()
    demo_requested = Signal()
    join_requested = Signal()  # sync (issue 12): a second facilitator PC joins from a kit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        self.title_label = heading_label("", 2.0, content)
        self.intro_label = paragraph_label(parent=content)

        self.list_label = QLabel(self.tr("&Vaults on this computer:"), content)
        self.vault_list = QListWidget(content)
        self.vault_list.setAccessibleName(self.tr("Vaults on this computer"))
        self.vault_list.setFont(scaled_font(self.vault_list.font(), 1.15))
        self.vault_list.setUniformItemSizes(True)
        self.vault_list.setSpacing(self.fontMetrics().height() // 6)
        rows = 6
        self.vault_list.setMinimumHeight(self.vault_list.fontMetrics().height() * (rows + 1))
        self.list_label.setBuddy(self.vault_list)
        self.open_button = QPushButton(self.tr("&Open"), content)
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(self.tr("Go to the lock screen of the chosen vault"))
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        self.list_section = QWidget(content)
        list_layout = QVBoxLayout(self.list_section)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_label)
        list_layout.addWidget(self.vault_list)
        list_layout.addLayout(open_row)

        self.choices_label = QLabel(self.tr("Other choices:"), content)
        self.create_button = QCommandLinkButton(
            self.tr("Create a new group vault…"),
            self.tr(
                "For a facilitator starting a group on this computer. It takes a minute or two."
            ),
            content,
        )
        self.create_button.setAccessibleName(self.tr("Create a new group vault"))
        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo group"),
            self.tr(
                "Fictional people, so you can look around freely. Their passphrases are "
                "shown on its unlock screen."
            ),
            content,
        )
        self.demo_button.setAccessibleName(self.tr("Explore the demo group"))
        # sync (issue 12): a second facilitator computer starts from a join kit
        self.join_button = QCommandLinkButton(
            self.tr("Join a group from a join kit…"),
            self.tr("For a facilitator whose group already exists on another computer."),
            content,
        )
        self.join_button.setAccessibleName(self.tr("Join a group from a join kit"))
        self.member_note = paragraph_label(
            self.tr(
                "Joining a group as a member? Open your group's vault and choose “I have an "
                "invitation code” — or ask a facilitator to help you start."
            ),
            content,
        )

        layout = card_column(content, self.title_label, self.intro_label)
        layout.addWidget(self.list_section)
        layout.addWidget(self.choices_label)
        layout.addWidget(self.create_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.join_button)  # sync (issue 12)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.member_note)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centred_card(content))

        self.setTabOrder(self.vault_list, self.open_button)
        self.setTabOrder(self.open_button, self.create_button)
        self.setTabOrder(self.create_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.join_button)  # sync (issue 12)

        self.vault_list.currentItemChanged.connect(self._on_current_changed)
        self.vault_list.itemActivated.connect(self._on_activated)
        self.open_button.clicked.connect(self._open_current)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.join_button.clicked.connect(self.join_requested)  # sync (issue 12)
        self.set_vaults([])

    # -- called by the controller ------------------------------------------------------
    def set_vaults(self, vaults: list[VaultSummary]) -> None:
        """Show ``vaults`` by label; the first one is selected, ready for Enter."""
        self.vault_list.clear()
        for summary in vaults:
            text = summary.label
            if summary.is_demo:
                text = self.tr("%1 (demo)").replace("%1", summary.label)
            item = QListWidgetItem(text)
            item.setData(SUMMARY_ROLE, summary)
            item.setToolTip(self.tr("Press Enter or double-click to open"))
            self.vault_list.addItem(item)
        has_vaults = bool(vaults)
        self.list_section.setVisible(has_vaults)
        self.choices_label.setVisible(has_vaults)
        if has_vaults:
            self.title_label.setText(self.tr("Welcome back"))
            self.intro_label.setText(
                self.tr(
                    "Choose your group's vault to unlock it. Only neutral labels are shown "
                    "here; names stay locked inside each vault."
                )
            )
            self.vault_list.setCurrentRow(0)
            self.vault_list.setFocus()
        else:
            self.title_label.setText(self.tr("Welcome to SafeSpace"))
            self.intro_label.setText(
                self.tr(
                    "A private place for a peer support group: the group's roster for "
                    "facilitators, and a private space for every member that only they can "
                    "open. Everything stays on this computer, locked with passphrases, and "
                    "the app never goes online."
                )
            )
            self.create_button.setFocus()
        self._on_current_changed()

    def vault_labels(self) -> list[str]:
        return [self.vault_list.item(row).text() for row in range(self.vault_list.count())]

    # -- internals ---------------------------------------------------------------------
    def _current_summary(self) -> VaultSummary | None:
        item = self.vault_list.currentItem()
        if item is None:
            return None
        summary = item.data(SUMMARY_ROLE)
        return summary if isinstance(summary, VaultSummary) else None

    def _on_current_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(self._current_summary() is not None)

    def _on_activated(self, item: QListWidgetItem) -> None:
        summary = item.data(SUMMARY_ROLE)
        if isinstance(summary, VaultSummary):
            self.open_requested.emit(summary)

    def _open_current(self) -> None:
        summary = self._current_summary()
        if summary is not None:
            self.open_requested.emit(summary)
