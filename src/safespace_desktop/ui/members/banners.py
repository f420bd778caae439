"""Strips above the roster and the form: a notice, the retention reminder, a kept draft,
and a save refused because someone else changed the entry first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from safespace_desktop.ui.widgets.headings import paragraph_label


class _Strip(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        unit = self.fontMetrics().height()
        self.text = paragraph_label(parent=self)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(unit // 2, unit // 4, unit // 2, unit // 4)
        self._layout.addWidget(self.text, 1)
        self.hide()

    def add_button(self, button: QPushButton) -> QPushButton:
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def say(self, text: str) -> None:
        """Show ``text``; an empty text hides the strip."""
        self.text.setText(text)
        self.setVisible(bool(text))


class Notice(_Strip):
    """Something the person should know about the roster as a whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rosterNotice", parent)
        self.text.setAccessibleName(self.tr("Roster notice"))


class RetentionBanner(_Strip):
    """People who left long ago are waiting for a review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("retentionBanner", parent)
        self.text.setAccessibleName(self.tr("Retention reminder"))
        self.review_button = self.add_button(QPushButton(self.tr("Re&view…")))
        self.review_button.setAccessibleName(self.tr("Review people who left a while ago"))


class DraftBanner(_Strip):
    """Unsaved changes kept when the app locked, offered back: Restore or Discard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("draftBanner", parent)
        self.text.setAccessibleName(self.tr("Unsaved changes from before the app locked"))
        self.restore_button = self.add_button(QPushButton(self.tr("Restore")))
        self.restore_button.setObjectName("restoreDraftButton")
        self.restore_button.setAccessibleName(self.tr("Restore my unsaved changes"))
        self.discard_button = self.add_button(QPushButton(self.tr("Discard")))
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.setAccessibleName(self.tr("Discard my unsaved changes"))


class StaleBanner(_Strip):
    """A save was refused because the entry changed since the form was loaded: what was
    typed stays in the form, and Reload shows the saved version instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("staleEditBanner", parent)
        self.text.setAccessibleName(self.tr("Your changes were not saved"))
        self.reload_button = self.add_button(QPushButton(self.tr("&Reload")))
        self.reload_button.setObjectName("reloadMemberButton")
        self.reload_button.setAccessibleName(self.tr("Reload"))
        self.reload_button.setAccessibleDescription(
            self.tr("Show the saved version of this person's details instead of what you typed")
        )
