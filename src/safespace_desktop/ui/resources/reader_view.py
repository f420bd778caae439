"""Reading one resource: its details, then the content-note gate, then the body.

Shared by the facilitators' page and the members' page. A resource with a content
note shows the note first; the body stays hidden until the reader chooses to open it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.ui.resources.markdown_text import OfflineMarkdownBrowser
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import left_aligned


class ReaderPanel(QWidget):
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceReader")
        em = self.fontMetrics().height()
        self.title = heading_label("", 1.3, weight=QFont.Weight.DemiBold)
        self.title.setAccessibleName(self.tr("Resource title"))
        self.meta = paragraph_label()
        self.meta.setAccessibleName(self.tr("About this resource"))
        self.service = paragraph_label()
        self.service.setAccessibleName(self.tr("Service details"))

        self.note_frame = QFrame()
        self.note_frame.setObjectName("contentNoteGate")
        self.note_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.note_label = paragraph_label()
        self.note_label.setObjectName("contentNote")
        self.note_label.setAccessibleName(self.tr("Content note"))
        self.open_button = QPushButton(self.tr("&Open the resource"))
        self.open_button.setObjectName("openResourceButton")
        self.open_button.setAccessibleName(self.tr("Open the resource"))
        note_layout = QVBoxLayout(self.note_frame)
        note_layout.addWidget(self.note_label)
        note_layout.addLayout(left_aligned(self.open_button))

        self.body = OfflineMarkdownBrowser()
        self.body.setObjectName("resourceBody")
        self.body.setAccessibleName(self.tr("Resource text"))
        self.body.setMinimumHeight(em * 12)
        self.body.link_activated.connect(self.link_activated)
        self.link_note = paragraph_label()
        self.link_note.setAccessibleName(self.tr("Link"))
        self.link_note.setVisible(False)

        # Attachments, added by the page's controller; shown with the body (after the
        # content-note gate), never before it.
        self.extras_box = QWidget()
        self.extras = QVBoxLayout(self.extras_box)
        self.extras.setContentsMargins(0, 0, 0, 0)
        self.action_row = QVBoxLayout()  # the page's buttons
        self.action_row.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Choose a resource to read it here."))
        self.empty.setWordWrap(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(em // 2)
        for widget in (self.empty, self.title, self.meta, self.service, self.note_frame):
            column.addWidget(widget)
        column.addWidget(self.body, 1)
        column.addWidget(self.link_note)
        column.addWidget(self.extras_box)
        column.addLayout(self.action_row)
        self.open_button.clicked.connect(self.open_body)
        self.clear()

    def show_resource(self, title: str, meta: str, service: str, note: str, body: str) -> None:
        """Show a resource; with a ``note`` the body waits behind the content-note gate."""
        self.empty.setVisible(False)
        for widget in (self.title, self.meta):
            widget.setVisible(True)
        self.title.setText(title)
        self.meta.setText(meta)
        self.service.setText(service)
        self.service.setVisible(bool(service))
        self.body.show_markdown(body)
        self.link_note.setVisible(False)
        self.note_label.setText(note)
        self.note_frame.setVisible(bool(note))
        self.body.setVisible(not note)
        self.extras_box.setVisible(not note)

    def open_body(self) -> None:
        self.note_frame.setVisible(False)
        self.body.setVisible(True)
        self.extras_box.setVisible(True)
        self.body.setFocus()

    def body_shown(self) -> bool:
        return not self.body.isHidden()

    def say_link(self, text: str) -> None:
        self.link_note.setText(text)
        self.link_note.setVisible(bool(text))

    def clear(self) -> None:
        self.empty.setVisible(True)
        for widget in (self.title, self.meta, self.service, self.note_frame, self.body):
            widget.setVisible(False)
        self.extras_box.setVisible(False)
        self.link_note.setVisible(False)
        self.body.clear()
