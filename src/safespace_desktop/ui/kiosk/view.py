"""The feedback kiosk screen (issue 13): the whole window shows one calm form.

No names, no menus, no way to any page: the form, a Send button, a warm thank-you,
and a small "For facilitators" button that opens the passphrase panel to close it.
It lays out and shows what it is told; ``KioskController`` decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.feedback import FeedbackMode
from safespace_desktop.ui.kiosk.forms import EvaluationForm, KioskForm, MeetingForm
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField

COLUMN_CHARS = 64
TEXT_SCALE = 1.3


def _centred(content: QWidget) -> QScrollArea:
    """``content`` in a framed card, centred in the window, scrolling when small."""
    card = QFrame()
    card.setObjectName("kioskCard")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    em = card.fontMetrics().height()
    inner = QVBoxLayout(card)
    inner.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
    inner.addWidget(content)
    width = card.fontMetrics().averageCharWidth() * COLUMN_CHARS
    card.setMaximumWidth(width * 3 // 2)
    card.setMinimumWidth(min(width, em * 30))
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(em, em, em, em)
    row.addStretch(1)
    column = QVBoxLayout()
    column.addStretch(1)
    column.addWidget(card)
    column.addStretch(1)
    row.addLayout(column, 6)
    row.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    return scroll


class KioskScreen(QWidget):
    send_requested = Signal()
    leave_requested = Signal(str, str)  # handle ("" for whoever started it), passphrase

    def __init__(self, mode: FeedbackMode, meeting_day: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskScreen")
        self.setAccessibleName(self.tr("Anonymous feedback"))
        self.mode = mode
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form_page(mode, meeting_day))
        self.stack.addWidget(self._build_leave_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._enlarge(TEXT_SCALE)

    def _enlarge(self, scale: float) -> None:
        """Everything a size larger than the app's text (zoom still applies on top):
        each widget's own font is read first, so nothing is scaled twice."""
        fonts = [(widget, widget.font()) for widget in self.findChildren(QWidget)]
        for widget, font in fonts:
            widget.setFont(scaled_font(font, scale))

    # ------------------------------------------------------------------ building
    def _build_form_page(self, mode: FeedbackMode, meeting_day: str) -> QWidget:
        content = QWidget()
        if mode is FeedbackMode.EVALUATION:
            title = self.tr("How is the group going for you?")
            self.form: KioskForm = EvaluationForm()
        else:
            title = self.tr("Thank you for coming today")
            self.form = MeetingForm()
        heading = heading_label(title, 1.5)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro = paragraph_label(
            self.tr(
                "This is anonymous: no names, and nothing about who you are is kept. "
                "Facilitators only see answers once at least three people have replied, "
                "and never in the order they came."
            )
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        day = paragraph_label(meeting_day)
        day.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        day.setAccessibleName(self.tr("Meeting date"))
        self.error = paragraph_label()
        self.error.setObjectName("kioskError")
        self.error.setAccessibleName(self.tr("What needs attention"))
        self.error.setVisible(False)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("kioskSend")
        self.send_button.setAccessibleName(self.tr("Send my answers"))
        self.send_button.setDefault(True)
        self.send_button.setFont(scaled_font(self.send_button.font(), 1.2, QFont.Weight.DemiBold))
        em = self.fontMetrics().height()
        self.send_button.setMinimumSize(em * 8, em * 2)
        self.send_button.clicked.connect(self.send_requested)
        self.thanks = heading_label("", 1.25)
        self.thanks.setObjectName("kioskThanks")
        self.thanks.setAccessibleName(self.tr("Thank you"))
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.thanks.setVisible(False)
        self.facilitator_button = QPushButton(self.tr("For facilitators"))
        self.facilitator_button.setObjectName("kioskForFacilitators")
        self.facilitator_button.setAccessibleName(self.tr("For facilitators: close this screen"))
        self.facilitator_button.setFlat(True)
        self.facilitator_button.clicked.connect(self.show_leave)

        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(em * 2 // 3)
        column.addWidget(heading)
        column.addWidget(day)
        column.addWidget(intro)
        column.addSpacing(em // 2)
        column.addWidget(self.thanks)
        column.addWidget(self.form)
        column.addWidget(self.error)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        send_row.addStretch(1)
        column.addLayout(send_row)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.facilitator_button)
        column.addLayout(corner)
        self.form.edited.connect(self._someone_typing)
        return _centred(content)

    def _build_leave_page(self) -> QWidget:
        content = QWidget()
        heading = heading_label(self.tr("Close the feedback screen"), 1.4)
        intro = paragraph_label(
            self.tr(
                "A facilitator's passphrase closes this screen and opens the vault again. "
                "If someone else started it, type your own handle too."
            )
        )
        self.passphrase = PassphraseField(self.tr("Facilitator's passphrase"))
        self.passphrase.setObjectName("kioskPassphrase")
        self.passphrase.edit.setObjectName("kioskPassphraseEdit")
        self.handle = QLineEdit()
        self.handle.setObjectName("kioskHandle")
        self.handle.setAccessibleName(self.tr("Handle (only if you did not start this screen)"))
        self.handle.setMaxLength(64)
        self.handle.setPlaceholderText(self.tr("Only if you did not start this screen"))
        self.leave_error = paragraph_label()
        self.leave_error.setObjectName("kioskLeaveError")
        self.leave_error.setAccessibleName(self.tr("Why the screen is still open"))
        self.leave_error.setVisible(False)
        self.leave_button = QPushButton(self.tr("&Close the feedback screen"))
        self.leave_button.setObjectName("kioskLeave")
        self.leave_button.setAccessibleName(self.tr("Close the feedback screen"))
        self.back_button = QPushButton(self.tr("&Back to the form"))
        self.back_button.setObjectName("kioskBack")
        self.back_button.setAccessibleName(self.tr("Back to the form"))
        self.leave_button.clicked.connect(self._ask_leave)
        self.passphrase.returnPressed.connect(self._ask_leave)
        self.back_button.clicked.connect(self.show_form)
        passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase.edit)
        handle_label = QLabel(self.tr("&Handle (optional)"))
        handle_label.setBuddy(self.handle)

        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        em = self.fontMetrics().height()
        column.setSpacing(em // 2)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(passphrase_label)
        column.addWidget(self.passphrase)
        column.addWidget(handle_label)
        column.addWidget(self.handle)
        column.addWidget(self.leave_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        column.addLayout(buttons)
        chain_tab_order([self.passphrase.edit, self.handle, self.leave_button, self.back_button])
        return _centred(content)

    # ------------------------------------------------------------------ showing
    def show_form(self) -> None:
        self.passphrase.clear()
        self.handle.clear()
        self.leave_error.setVisible(False)
        self.stack.setCurrentIndex(0)
        self.form.first_control().setFocus()

    def show_leave(self) -> None:
        self.stack.setCurrentIndex(1)
        self.passphrase.setFocus()

    def _ask_leave(self) -> None:
        self.leave_requested.emit(self.handle.text(), self.passphrase.text())

    def _someone_typing(self) -> None:
        self.thanks.setVisible(False)
        self.error.setVisible(False)

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def say_thanks(self, text: str) -> None:
        self.thanks.setText(text)
        self.thanks.setVisible(bool(text))

    def clear_form(self) -> None:
        self.form.clear()
        self.form.first_control().setFocus()

    def set_sending(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)

    def set_leaving(self, busy: bool) -> None:
        for widget in (self.leave_button, self.back_button, self.passphrase, self.handle):
            widget.setEnabled(not busy)

    def refuse_leave(self, text: str) -> None:
        self.set_leaving(False)
        self.passphrase.clear()
        self.leave_error.setText(text)
        self.leave_error.setVisible(True)
        self.passphrase.setFocus()
