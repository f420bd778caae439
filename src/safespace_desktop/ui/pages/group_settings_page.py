"""Group settings (facilitators only): group name, auto-lock times, the retention
reminder, what newcomers are told, co-facilitators.

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
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotPermitted, SafeSpaceError, ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.services.retention import (
    MAX_RETENTION_MONTHS,
    MIN_RETENTION_MONTHS,
    RetentionService,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.dialogs.add_facilitator import AddFacilitatorDialog
from safespace_desktop.ui.dialogs.consent_wording import ConsentWordingDialog
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.wording.placeholders import fill

GROUP_NAME_MAX = 200
MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 60


def _note(text: str) -> QLabel:
    label = paragraph_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _field_with_note(caption: str, field: QWidget, note: str) -> QFormLayout:
    """A one-row form: ``caption`` (its buddy is ``field``) and a wrapped note under the field.

    The note sits in the field column (kept out of QFormLayout's label row).
    """
    label = QLabel(caption)
    label.setBuddy(field)
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(field)
    column.addWidget(_note(note))
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.addRow(label, column)
    return form


def _minutes(seconds: int) -> int:
    return min(MAX_LOCK_MINUTES, max(MIN_LOCK_MINUTES, round(seconds / 60)))


def _save_all(vault: Vault, settings: GroupSettings, retention_months: int) -> None:
    """Worker thread: the sealed group settings, then the retention period."""
    vault.update_settings(settings)
    retention = RetentionService(vault)
    if retention.retention_months() != retention_months:
        retention.set_retention_months(retention_months)


class GroupSettingsPage(QWidget):
    """Settings for the whole group. Only built for facilitators."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        if not context.principal.is_facilitator:
            raise NotPermitted()
        super().__init__(parent)
        self.context = context
        self.add_dialog: AddFacilitatorDialog | None = None
        self.wording_dialog: ConsentWordingDialog | None = None
        self._saved: GroupSettings | None = None
        self._saved_retention: int | None = None
        self._saving = False

        title = QLabel(self.tr("Group settings"))
        title.setFont(scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
        intro = paragraph_label(
            self.tr("These settings apply to everyone in this group who uses this vault.")
        )

        # Group name ---------------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(GROUP_NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Group name"))
        settings_form = _field_with_note(
            self.tr("Group &name:"),
            self.name_edit,
            self.tr(
                "Kept sealed in the vault. Only people who have unlocked can read it, "
                "members included."
            ),
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
        lock_text = paragraph_label(
            self.tr(
                "After this many minutes without anyone touching the keyboard or mouse, the "
                "app locks itself. On a shared computer, shorter is safer: if someone walks "
                "away without locking, the next person to sit down sees less."
            )
        )

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_message = paragraph_label()
        self.save_message.setAccessibleName(self.tr("Save message"))
        self.save_message.setVisible(False)

        lock_form = QFormLayout()
        lock_form.addRow(facilitator_caption, left_aligned(self.facilitator_minutes))
        lock_form.addRow(member_caption, left_aligned(self.member_minutes))

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
        retention_caption = QLabel(self.tr("&Remind me after:"))
        retention_caption.setBuddy(self.retention_months)
        retention_text = paragraph_label(
            self.tr(
                "Keep only what the group needs. The Members page reminds you about people "
                "who left more than this long ago, so you can forget them. Nothing is "
                "forgotten without you choosing it."
            )
        )
        retention_form = QFormLayout()
        retention_form.addRow(retention_caption, left_aligned(self.retention_months))

        # What newcomers are told -------------------------------------------------------------
        self.wording_button = QPushButton(self.tr("&Edit what newcomers are told…"))
        wording_text = paragraph_label(
            self.tr(
                "The statement about what stays in the room, and the wording of each consent "
                "question. Every change is kept as a new version."
            )
        )

        # Facilitators ------------------------------------------------------------------------
        self.add_button = QPushButton(self.tr("&Add a facilitator…"))
        facilitators_text = paragraph_label(
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
        label_form = _field_with_note(
            self.tr("Vault &label:"),
            self.label_edit,
            self.tr(
                "This label is not sealed: anyone at this computer can see it in the vault "
                "list before unlocking. That is why it should not say what the group is about."
            ),
        )

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
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Retention reminder")))
        column.addWidget(retention_text)
        column.addLayout(retention_form)
        column.addSpacing(4)
        column.addLayout(left_aligned(self.save_button))
        column.addWidget(self.save_message)
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("What newcomers are told")))
        column.addWidget(wording_text)
        column.addLayout(left_aligned(self.wording_button))
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("Facilitators")))
        column.addWidget(facilitators_text)
        column.addLayout(left_aligned(self.add_button))
        column.addSpacing(14)
        column.addWidget(self._section(self.tr("Vault label on this computer")))
        column.addLayout(label_form)
        column.addStretch(1)

        scrolling_column(self, column)

        chain_tab_order(
            [
                self.name_edit,
                self.facilitator_minutes,
                self.member_minutes,
                self.retention_months,
                self.save_button,
                self.wording_button,
                self.add_button,
                self.label_edit,
            ]
        )

        self.load()
        self.name_edit.textEdited.connect(self._on_edited)
        self.facilitator_minutes.valueChanged.connect(self._on_edited)
        self.member_minutes.valueChanged.connect(self._on_edited)
        self.retention_months.valueChanged.connect(self._on_edited)
        self.wording_button.clicked.connect(self.open_wording_editor)
        self.name_edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.open_add_facilitator)

    def nav_title(self) -> str:
        return self.tr("Group settings")

    # -- pieces -----------------------------------------------------------------------------
    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
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
        if self._saved_retention != self.retention_months.value():
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
            retention = RetentionService(self.context.vault).retention_months()
        except SafeSpaceError as exc:  # shown kindly; the page stays usable for a retry
            self._show_save_message(describe(exc))
            self.save_button.setEnabled(False)
            return
        self._saved = settings
        self._saved_retention = retention
        boxes = (self.facilitator_minutes, self.member_minutes, self.retention_months)
        for box in boxes:
            box.blockSignals(True)
        self.name_edit.setText(settings.group_name)
        self.facilitator_minutes.setValue(_minutes(settings.facilitator_lock_seconds))
        self.member_minutes.setValue(_minutes(settings.member_lock_seconds))
        self.retention_months.setValue(retention)
        for box in boxes:
            box.blockSignals(False)
        self.label_edit.setText(label)
        self.label_edit.setCursorPosition(0)
        self.save_button.setEnabled(self._dirty())

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        settings = self._current()
        months = self.retention_months.value()
        self._saving = True
        self.save_button.setEnabled(False)
        self._show_save_message("")
        self.context.runner.run(
            _save_all,
            self.context.vault,
            settings,
            months,
            on_done=lambda _result: self._on_saved(settings, months),
            on_error=self._on_save_error,
        )

    def _on_saved(self, settings: GroupSettings, months: int | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._saved = settings
        if months is not None:
            self._saved_retention = months
        self.save_button.setEnabled(self._dirty())
        self._show_save_message(self.tr("✓ Saved."))
        self.context.changes.publish(
            ChangeSet.kinds(RecordKind.GROUP_SETTINGS, RecordKind.ROSTER_SETTINGS)
        )
        self.context.signals.status_message.emit(self.tr("Group settings saved."))

    def _on_save_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(self._dirty())
        self._show_save_message(fill(self.tr("Not saved yet. %1"), describe(exc)))
        if isinstance(exc, ValidationError):
            target = {
                "group_name": self.name_edit,
                "facilitator_lock_seconds": self.facilitator_minutes,
                "member_lock_seconds": self.member_minutes,
                "retention_months": self.retention_months,
            }.get(exc.field)
            if target is not None:
                target.setFocus()

    def open_wording_editor(self) -> None:
        if self.wording_dialog is not None and shiboken6.isValid(self.wording_dialog):
            self.wording_dialog.raise_()
            return
        self.wording_dialog = ConsentWordingDialog(self.context, self)
        self.wording_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wording_dialog.open()

    def open_add_facilitator(self) -> None:
        if self.add_dialog is not None and shiboken6.isValid(self.add_dialog):
            self.add_dialog.deleteLater()
        self.add_dialog = AddFacilitatorDialog(self.context, self)
        self.add_dialog.open()
