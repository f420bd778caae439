"""Group settings (facilitators only): group name, auto-lock times, co-facilitators.

The group name and auto-lock times are sealed in the vault (GroupSettings); the
vault's neutral label is shown read-only, because anyone at this PC can see it
before unlocking.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.errors import NotPermitted, SafeSpaceError, ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.ui.context import SessionContext
from safespace_desktop.ui.dialogs.add_facilitator import AddFacilitatorDialog
from safespace_desktop.ui.errors import describe

GROUP_NAME_MAX = 200
MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 60


def _scaled_font(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _note(text: str) -> QLabel:
    label = _paragraph(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _left(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _field_with_note(field: QWidget, note: QLabel) -> QVBoxLayout:
    """A field with a wrapped note under it (kept out of QFormLayout's label row)."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(field)
    column.addWidget(note)
    return column


def _minutes(seconds: int) -> int:
    return min(MAX_LOCK_MINUTES, max(MIN_LOCK_MINUTES, round(seconds / 60)))


class GroupSettingsPage(QWidget):
    """Settings for the whole group. Only built for facilitators."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        if not context.principal.is_facilitator:
            raise NotPermitted("Only facilitators can change group settings.")
        super().__init__(parent)
        self.context = context
        self.add_dialog: AddFacilitatorDialog | None = None
        self._saved: GroupSettings | None = None
        self._saving = False

        title = QLabel(self.tr("Group settings"))
        title.setFont(_scaled_font(self.font(), 1.6))
        intro = _paragraph(
            self.tr("These settings apply to everyone in this group who uses this vault.")
        )

        # Group name ---------------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(GROUP_NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Group name"))
        name_caption = QLabel(self.tr("Group &name:"))
        name_caption.setBuddy(self.name_edit)
        name_note = _note(
            self.tr(
                "Kept sealed in the vault. Only people who have unlocked can read it, "
                "members included."
            )
        )

        # Auto-lock ----------------------------------------------------------------------------
        self.facilitator_minutes = self._minutes_box(
            self.tr("Auto-lock for facilitators, in minutes")
        )
        self.member_minutes = self._minutes_box(self.tr("Auto-lock for members, in minutes"))
        facilitator_caption = QLabel(self.tr("&Facilitators:"))
        facilitator_caption.setBuddy(self.facilitator_minutes)
        member_caption = QLabel(self.tr("&Members:"))
        member_caption.setBuddy(self.member_minutes)
        lock_text = _paragraph(
            self.tr(
                "After this many minutes without anyone touching the keyboard or mouse, the "
                "app locks itself. On a shared computer, shorter is safer: if someone walks "
                "away without locking, the next person to sit down sees less."
            )
        )

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_message = QLabel()
        self.save_message.setWordWrap(True)
        self.save_message.setTextFormat(Qt.TextFormat.PlainText)
        self.save_message.setAccessibleName(self.tr("Save message"))
        self.save_message.setVisible(False)

        settings_form = QFormLayout()
        settings_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        settings_form.addRow(name_caption, _field_with_note(self.name_edit, name_note))
        lock_form = QFormLayout()
        lock_form.addRow(facilitator_caption, _left(self.facilitator_minutes))
        lock_form.addRow(member_caption, _left(self.member_minutes))

        # Facilitators ------------------------------------------------------------------------
        self.add_button = QPushButton(self.tr("&Add a facilitator…"))
        facilitators_text = _paragraph(
            self.tr(
                "Each facilitator has their own handle, passphrase and recovery code. Add a "
                "co-facilitator while they are here with you: they type their own details."
            )
        )

        # Vault label ----------------------------------------------------------------------------
        self.label_edit = QLineEdit()
        self.label_edit.setReadOnly(True)
        read_only = self.label_edit.palette()
        read_only.setColor(QPalette.ColorRole.Base, read_only.color(QPalette.ColorRole.Window))
        self.label_edit.setPalette(read_only)
        self.label_edit.setAccessibleName(self.tr("Vault label"))
        label_caption = QLabel(self.tr("Vault &label:"))
        label_caption.setBuddy(self.label_edit)
        label_note = _note(
            self.tr(
                "This label is not sealed: anyone at this computer can see it in the vault "
                "list before unlocking. That is why it should not say what the group is about."
            )
        )
        label_form = QFormLayout()
        label_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label_form.addRow(label_caption, _field_with_note(self.label_edit, label_note))

        # Layout ---------------------------------------------------------------------------------
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Group")))
        column.addLayout(settings_form)
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Auto-lock")))
        column.addWidget(lock_text)
        column.addLayout(lock_form)
        column.addSpacing(4)
        column.addLayout(_left(self.save_button))
        column.addWidget(self.save_message)
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("Facilitators")))
        column.addWidget(facilitators_text)
        column.addLayout(_left(self.add_button))
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("Vault label on this computer")))
        column.addLayout(label_form)
        column.addStretch(1)

        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 96)
        content.setLayout(column)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(32, 24, 32, 24)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        order: list[QWidget] = [
            self.name_edit,
            self.facilitator_minutes,
            self.member_minutes,
            self.save_button,
            self.add_button,
            self.label_edit,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.load()
        self.name_edit.textEdited.connect(self._on_edited)
        self.facilitator_minutes.valueChanged.connect(self._on_edited)
        self.member_minutes.valueChanged.connect(self._on_edited)
        self.name_edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.open_add_facilitator)

    def nav_title(self) -> str:
        return self.tr("Group settings")

    # -- pieces -----------------------------------------------------------------------------
    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(_scaled_font(self.font(), 1.2))
        return label

    def _minutes_box(self, accessible_name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES)
        box.setSuffix(self.tr(" min"))
        box.setAccessibleName(accessible_name)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000 min") * 2)
        return box

    def _current(self) -> GroupSettings:
        return GroupSettings(
            group_name=self.name_edit.text().strip(),
            facilitator_lock_seconds=self.facilitator_minutes.value() * 60,
            member_lock_seconds=self.member_minutes.value() * 60,
        )

    def _show_save_message(self, text: str) -> None:
        self.save_message.setText(text)
        self.save_message.setVisible(bool(text))

    def _dirty(self) -> bool:
        if self._saved is None:
            return True
        saved = self._saved
        return self._current() != GroupSettings(
            saved.group_name.strip(),
            _minutes(saved.facilitator_lock_seconds) * 60,
            _minutes(saved.member_lock_seconds) * 60,
        )

    def _on_edited(self, *_args: object) -> None:
        self._show_save_message("")
        self.save_button.setEnabled(not self._saving and self._dirty())

    # -- actions ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the sealed settings and the neutral label into the fields."""
        try:
            settings = self.context.vault.settings()
            label = self.context.vault.summary().label
        except SafeSpaceError as exc:  # shown kindly; the page stays usable for a retry
            self._show_save_message(describe(exc))
            self.save_button.setEnabled(False)
            return
        self._saved = settings
        for box in (self.facilitator_minutes, self.member_minutes):
            box.blockSignals(True)
        self.name_edit.setText(settings.group_name)
        self.facilitator_minutes.setValue(_minutes(settings.facilitator_lock_seconds))
        self.member_minutes.setValue(_minutes(settings.member_lock_seconds))
        for box in (self.facilitator_minutes, self.member_minutes):
            box.blockSignals(False)
        self.label_edit.setText(label)
        self.label_edit.setCursorPosition(0)
        self.save_button.setEnabled(self._dirty())

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        settings = self._current()
        self._saving = True
        self.save_button.setEnabled(False)
        self._show_save_message("")
        self.context.runner.run(
            self.context.vault.update_settings,
            settings,
            on_done=lambda _result: self._on_saved(settings),
            on_error=self._on_save_error,
        )

    def _on_saved(self, settings: GroupSettings) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._saved = settings
        self.save_button.setEnabled(self._dirty())
        self._show_save_message(self.tr("✓ Saved."))
        self.context.signals.settings_changed.emit()
        self.context.signals.status_message.emit(self.tr("Group settings saved."))

    def _on_save_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(self._dirty())
        self._show_save_message(self.tr("Not saved yet. %1").replace("%1", describe(exc)))
        if isinstance(exc, ValidationError):
            target = {
                "group_name": self.name_edit,
                "facilitator_lock_seconds": self.facilitator_minutes,
                "member_lock_seconds": self.member_minutes,
            }.get(exc.field)
            if target is not None:
                target.setFocus()

    def open_add_facilitator(self) -> None:
        if self.add_dialog is not None and shiboken6.isValid(self.add_dialog):
            self.add_dialog.deleteLater()
        self.add_dialog = AddFacilitatorDialog(self.context, self)
        self.add_dialog.open()
