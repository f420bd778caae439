"""The debrief offer and its editor (issue 13; W5): shown after every meeting's notes,
on the Care kit, and worded more strongly after a safety pause. Nothing opens by
itself and nothing is kept until the facilitator chooses to keep it. It lays out and
shows; ``debrief_controller.DebriefController`` decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned


class DebriefPanel(QFrame):
    def __init__(
        self, parent: QWidget | None = None, *, framed: bool = True, offer_later: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debriefPanel")
        self.controller: QObject | None = None
        if framed:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        em = self.fontMetrics().height()
        self.heading = heading_label(
            self.tr("A debrief for you"), 1.1, weight=QFont.Weight.DemiBold
        )
        self.note = paragraph_label()
        self.note.setObjectName("debriefNote")
        self.note.setAccessibleName(self.tr("About the debrief"))
        self.write_button = QPushButton(self.tr("&Write a debrief…"))
        self.write_button.setObjectName("writeDebriefButton")
        self.write_button.setAccessibleName(self.tr("Write a debrief in my reflections"))
        self.later_button = QPushButton(self.tr("N&ot now"))
        self.later_button.setObjectName("debriefLaterButton")
        self.later_button.setAccessibleName(self.tr("Not now, no debrief"))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("debriefText")
        self.editor.setAccessibleName(self.tr("Your debrief"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(em * 12)
        self.editor_caption = QLabel(self.tr("Your &debrief (only you can open it):"))
        self.editor_caption.setBuddy(self.editor)
        self.save_button = QPushButton(self.tr("&Keep it in my reflections"))
        self.save_button.setObjectName("saveDebriefButton")
        self.message = paragraph_label()
        self.message.setObjectName("debriefMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.offer_later = offer_later
        layout = QVBoxLayout(self)
        layout.setSpacing(em // 3)
        if not framed:
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(left_aligned(self.write_button, self.later_button))
        layout.addWidget(self.editor_caption)
        layout.addWidget(self.editor)
        layout.addLayout(left_aligned(self.save_button))
        layout.addWidget(self.message)
        chain_tab_order([self.write_button, self.later_button, self.editor, self.save_button])
        self.later_button.setVisible(offer_later)  # only once it has a parent
        self.show_editor(False)

    # ------------------------------------------------------------------ showing
    def offer(self, text: str, *, strongly: bool) -> None:
        """Show the offer; after a safety pause the write button takes the focus, so
        Enter starts it (never a pop-up, and "Not now" is always one key away)."""
        self.note.setText(text)
        self.setVisible(True)
        font = self.note.font()
        font.setBold(strongly)
        self.note.setFont(font)
        self.write_button.setDefault(strongly)
        self.later_button.setVisible(self.offer_later)
        if strongly:
            self.write_button.setFocus()
        self._bring_into_view()

    def _bring_into_view(self) -> None:
        """Scroll the page so the offer can be seen (it sits below the form it follows)."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if isinstance(holder, QScrollArea):
            area = holder
            # Once the layout has made room for what was just shown.
            target = self.save_button if self.editor.isVisible() else self
            QTimer.singleShot(0, target, lambda: area.ensureWidgetVisible(target))

    def show_editor(self, shown: bool, text: str = "") -> None:
        for widget in (self.editor_caption, self.editor, self.save_button):
            widget.setVisible(shown)
        if shown:
            self.editor.setPlainText(text)
            self.editor.setFocus()
            self._bring_into_view()
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            cursor.movePosition(cursor.MoveOperation.EndOfLine)
            self.editor.setTextCursor(cursor)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def debrief_writing_controls(panel: DebriefPanel) -> list[QWidget]:
    """What a read-only vault holds still: a debrief is kept in the reflections."""
    return [panel.write_button, panel.editor, panel.save_button]
