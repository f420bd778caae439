"""The journal's options, in a popup under the Options button (a click elsewhere closes it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from safespace_desktop.core.model import JournalPreferences
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font


class OptionsPopup(QFrame):
    """ "On this day" for everyone; receiving group prompts for members only."""

    def __init__(self, is_facilitator: bool, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Journal options"))
        heading = QLabel(self.tr("Journal options"))
        heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.on_this_day_check = QCheckBox(
            self.tr("Show “On this day”: entries from this day in earlier years")
        )
        on_this_day_hint = paragraph_label(
            self.tr(
                "This is off unless you turn it on, because old entries can bring back hard days."
            )
        )
        on_this_day_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.group_prompts_check = QCheckBox(
            self.tr("Show prompts that facilitators offer to the group")
        )
        group_hint = paragraph_label(
            self.tr(
                "What you write in answer stays in your journal. Nobody can see whether "
                "you answered."
            )
        )
        group_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em, em * 2 // 3, em, em)
        layout.addWidget(heading)
        layout.addWidget(self.on_this_day_check)
        layout.addWidget(on_this_day_hint)
        layout.addWidget(self.group_prompts_check)
        layout.addWidget(group_hint)
        if is_facilitator:  # facilitators offer group prompts; they do not receive them
            self.group_prompts_check.setVisible(False)
            group_hint.setVisible(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.setVisible(False)

    def show_preferences(self, prefs: JournalPreferences) -> None:
        for check, value in (
            (self.on_this_day_check, prefs.show_on_this_day),
            (self.group_prompts_check, prefs.receive_group_prompts),
        ):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)

    def chosen(self) -> JournalPreferences:
        return JournalPreferences(
            show_on_this_day=self.on_this_day_check.isChecked(),
            receive_group_prompts=self.group_prompts_check.isChecked(),
        )

    def open_under(self, button: QWidget) -> None:
        """Open with its right edge under ``button``'s right edge."""
        self.adjustSize()
        corner = button.mapToGlobal(QPoint(button.width(), button.height()))
        self.move(corner.x() - self.width(), corner.y())
        self.show()
        self.on_this_day_check.setFocus(Qt.FocusReason.PopupFocusReason)
