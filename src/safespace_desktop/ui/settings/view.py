"""Group settings (facilitators only): layout only. The controller decides.

The group's name and auto-lock times are sealed in the vault; the vault's label is not
sealed (anyone at this PC sees it before unlocking), so its field says so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.services.group_settings import GROUP_NAME_MAX
from safespace_desktop.services.retention import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from safespace_desktop.services.vault_label import LABEL_MAX
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.length_limit import LengthLimitNote
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner
from safespace_desktop.ui.widgets.wrapped_check import wrapped_check

MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 60


def _note(text: str) -> QLabel:
    label = paragraph_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class SettingsView(QWidget):
    """Settings for the whole group, and the ways to add a facilitator or edit wording."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupSettingsPage")
        self.controller: QObject | None = None  # set by the package's page factory

        title = QLabel(self.tr("Group settings"))
        title.setFont(scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
        intro = paragraph_label(
            self.tr("These settings apply to everyone in this group who uses this vault.")
        )
        self.busy_label = _note(self.tr("Loading…"))
        self.busy_label.setAccessibleName(self.tr("Loading"))
        self.busy_label.setVisible(False)

        # Group name and vault label ----------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("groupName")
        self.name_edit.setMaxLength(GROUP_NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Group name"))
        self.name_limit = LengthLimitNote(self.name_edit)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("vaultLabel")
        self.label_edit.setMaxLength(LABEL_MAX)
        self.label_edit.setAccessibleName(self.tr("Vault label"))
        self.label_limit = LengthLimitNote(self.label_edit)
        self.label_warning = paragraph_label(
            self.tr(
                "⚠ The label is not sealed: anyone at this computer can read it in the vault "
                "list before unlocking. Never put a person's name in it, and don't say what "
                "the group is about (for example “Room 2, Tuesdays”)."
            )
        )
        self.label_warning.setAccessibleName(self.tr("About the vault label"))
        self.label_edit.setAccessibleDescription(self.label_warning.text())
        group_form = QFormLayout()
        group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        group_form.addRow(
            self._caption(self.tr("Group &name:"), self.name_edit),
            self._column(
                self.name_edit,
                _note(
                    self.tr(
                        "Kept sealed in the vault. Only people who have unlocked can read it, "
                        "members included."
                    )
                ),
                self.name_limit,
            ),
        )
        group_form.addRow(
            self._caption(self.tr("Vault &label:"), self.label_edit),
            self._column(self.label_edit, self.label_warning, self.label_limit),
        )

        # Auto-lock ----------------------------------------------------------------------------
        self.facilitator_minutes = self._minutes_box(
            self.tr("Auto-lock for facilitators, in minutes")
        )
        self.member_minutes = self._minutes_box(self.tr("Auto-lock for members, in minutes"))
        lock_text = paragraph_label(
            self.tr(
                "After this many minutes without anyone touching the keyboard or mouse, the "
                "app locks itself. On a shared computer, shorter is safer: if someone walks "
                "away without locking, the next person to sit down sees less."
            )
        )
        lock_form = QFormLayout()
        lock_form.addRow(
            self._caption(self.tr("&Facilitators:"), self.facilitator_minutes),
            left_aligned(self.facilitator_minutes),
        )
        lock_form.addRow(
            self._caption(self.tr("&Members:"), self.member_minutes),
            left_aligned(self.member_minutes),
        )

        # Retention reminder -----------------------------------------------------------------
        self.retention_months = QSpinBox()
        self.retention_months.setRange(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)
        self.retention_months.setSuffix(self.tr(" months"))
        self.retention_months.setAccessibleName(
            self.tr("Remind me about people who left more than this many months ago")
        )
        self.retention_months.setMinimumWidth(
            self.retention_months.fontMetrics().horizontalAdvance("0000 months") * 2
        )
        retention_text = paragraph_label(
            self.tr(
                "Keep only what the group needs. The Members page reminds you about people "
                "who left more than this long ago, so you can forget them. Nothing is "
                "forgotten without you choosing it."
            )
        )
        retention_form = QFormLayout()
        retention_form.addRow(
            self._caption(self.tr("&Remind me after:"), self.retention_months),
            left_aligned(self.retention_months),
        )

        # Running meetings (issue 10) -------------------------------------------------------
        self.keep_talk_totals = QCheckBox()
        # The words wrap beside the box: on one line they widen the page past the
        # window at 200 % zoom in a longer language.
        talk_row, _talk_caption = wrapped_check(
            self.keep_talk_totals,
            self.tr("&Keep each meeting's talk-time totals: two numbers, never names"),
        )
        self.keep_talk_totals.setObjectName("keepTalkTotals")
        self.keep_talk_totals.setAccessibleName(self.tr("Keep each meeting's talk-time totals"))
        talk_text = paragraph_label(
            self.tr(
                "While a meeting runs, the console shows facilitators who has had the floor "
                "and for how long, so quieter voices get their turn. Those figures are "
                "forgotten when the meeting ends. If the group agrees, only how many turns "
                "and how many minutes in all are kept with the meeting."
            )
        )

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_message = paragraph_label()
        self.save_message.setAccessibleName(self.tr("Save message"))
        self.save_message.setVisible(False)
        # A save refused because the settings changed elsewhere first (with Reload).
        self.stale = StaleEditBanner(
            "reloadGroupSettingsButton",
            self.tr("Show the group settings as saved instead of what you typed"),
        )

        # What newcomers are told; facilitators -------------------------------------------------
        self.wording_button = QPushButton(self.tr("&Edit what newcomers are told…"))
        wording_text = paragraph_label(
            self.tr(
                "The statement about what stays in the room, and the wording of each consent "
                "question. Every change is kept as a new version."
            )
        )
        self.add_button = QPushButton(self.tr("&Add a facilitator…"))
        facilitators_text = paragraph_label(
            self.tr(
                "Each facilitator has their own handle, passphrase and recovery code. Add a "
                "co-facilitator while they are here with you: they type their own details."
            )
        )

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.busy_label)
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Group")))
        column.addLayout(group_form)
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Auto-lock")))
        column.addWidget(lock_text)
        column.addLayout(lock_form)
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Retention reminder")))
        column.addWidget(retention_text)
        column.addLayout(retention_form)
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Running meetings")))
        column.addWidget(talk_text)
        column.addLayout(talk_row)
        column.addSpacing(4)
        column.addLayout(left_aligned(self.save_button))
        column.addWidget(self.save_message)
        column.addWidget(self.stale)
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("What newcomers are told")))
        column.addWidget(wording_text)
        column.addLayout(left_aligned(self.wording_button))
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("Facilitators")))
        column.addWidget(facilitators_text)
        column.addLayout(left_aligned(self.add_button))
        column.addStretch(1)
        scrolling_column(self, column)

        chain_tab_order(
            [
                self.name_edit,
                self.label_edit,
                self.facilitator_minutes,
                self.member_minutes,
                self.retention_months,
                self.keep_talk_totals,
                self.save_button,
                self.stale.reload_button,
                self.wording_button,
                self.add_button,
            ]
        )

    # ------------------------------------------------------------------ pieces
    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        return label

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _column(*widgets: QWidget) -> QVBoxLayout:
        """A field with its notes under it, in the form's field column."""
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in widgets:
            column.addWidget(widget)
        return column

    def _minutes_box(self, accessible_name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES)
        box.setSuffix(self.tr(" min"))
        box.setAccessibleName(accessible_name)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000 min") * 2)
        return box

    # ------------------------------------------------------------------ showing
    def fields(self) -> tuple[str, int, int, int, str, bool]:
        """Group name, facilitator and member minutes, retention months, vault label,
        and whether talk-time totals are kept."""
        return (
            self.name_edit.text(),
            self.facilitator_minutes.value(),
            self.member_minutes.value(),
            self.retention_months.value(),
            self.label_edit.text(),
            self.keep_talk_totals.isChecked(),
        )

    def show_fields(self, fields: tuple[str, int, int, int, str, bool]) -> None:
        name, facilitator, member, months, label, talk = fields
        self.keep_talk_totals.blockSignals(True)
        self.keep_talk_totals.setChecked(talk)
        self.keep_talk_totals.blockSignals(False)
        boxes = (self.facilitator_minutes, self.member_minutes, self.retention_months)
        for box in boxes:
            box.blockSignals(True)
        self.name_edit.setText(name)
        self.facilitator_minutes.setValue(facilitator)
        self.member_minutes.setValue(member)
        self.retention_months.setValue(months)
        self.label_edit.setText(label)
        self.label_edit.setCursorPosition(0)
        for box in boxes:
            box.blockSignals(False)

    def field_widget(self, field: str) -> QWidget | None:
        return {
            "group_name": self.name_edit,
            "label": self.label_edit,
            "facilitator_lock_seconds": self.facilitator_minutes,
            "member_lock_seconds": self.member_minutes,
            "retention_months": self.retention_months,
        }.get(field)

    def show_stale(self, text: str) -> None:
        """Say that the settings changed elsewhere first (with Reload); "" hides it."""
        self.stale.say(text)

    def say(self, text: str) -> None:
        self.save_message.setText(text)
        self.save_message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        for widget in (self.name_edit, self.label_edit, self.facilitator_minutes):
            widget.setEnabled(not busy)
        for widget in (self.member_minutes, self.retention_months):
            widget.setEnabled(not busy)
