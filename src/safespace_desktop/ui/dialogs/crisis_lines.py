"""The crisis-line directory in large, calm type (domain.md G3; workflow W8).

Opens with F1 from the lock screen and from anywhere in an unlocked session. It shows
only the public directory, never anyone's safety plan or journal. Whether a line was
checked is said in words, not colour. The app never dials or contacts anyone: the
numbers are for the person to call themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.services.crisis_lines import CrisisLine
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.wording import content as built_in
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


class CrisisLinesDialog(QDialog):
    """``CrisisLinesDialog(lines, parent, today=None)``: read-only list with a Close button.

    ``today`` (when given) lets a line checked more than six months ago say so.
    """

    def __init__(
        self,
        lines: Sequence[CrisisLine],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        lines = [built_in.crisis_line(line) for line in lines]  # the examples translated
        self.setObjectName("crisisLinesDialog")
        self.setWindowTitle(self.tr("Crisis lines"))
        self.setModal(True)
        em = self.fontMetrics().height()

        heading = heading_label(self.tr("Crisis lines"), 1.6, weight=QFont.Weight.DemiBold)
        # Set apart by a frame and a bolder, larger font (never by colour alone).
        self.danger_label = paragraph_label(
            self.tr(
                "If you are in danger right now, call your local emergency number.\n"
                "You do not have to go through this alone. Any of the lines below will listen."
            )
        )
        self.danger_label.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))
        self.danger_label.setAccessibleName(self.tr("If you are in danger right now"))
        self.danger_note = QFrame()
        self.danger_note.setFrameShape(QFrame.Shape.StyledPanel)
        danger_layout = QVBoxLayout(self.danger_note)
        danger_layout.setContentsMargins(em, em * 2 // 3, em, em * 2 // 3)
        danger_layout.addWidget(self.danger_label)

        column = QVBoxLayout()
        column.setSpacing(em * 2 // 3)
        self.cards: list[QFrame] = []
        for line in lines:
            card = self._card(line, today)
            self.cards.append(card)
            column.addWidget(card)
        if not lines:
            empty = paragraph_label(
                self.tr(
                    "No crisis lines have been added to this vault yet. Please ask a "
                    "facilitator to add the lines for your area."
                )
            )
            empty.setAccessibleName(self.tr("No crisis lines yet"))
            column.addWidget(empty)
        column.addStretch(1)
        content = QWidget()
        content.setLayout(column)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName(self.tr("Crisis lines"))

        never = paragraph_label(
            self.tr(
                "SafeSpace never calls or messages anyone. These numbers are here for you "
                "to call yourself, whenever you choose."
            )
        )

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 2, em * 2, em * 2, em)
        layout.setSpacing(em * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(self.danger_note)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(never)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 92)
        self.resize(self.minimumWidth(), em * 48)
        self.close_button.setFocus()

    def _card(self, line: CrisisLine, today: date | None) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(line.name)
        layout = QVBoxLayout(card)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em, em * 2 // 3, em, em * 2 // 3)
        layout.setSpacing(em // 4)

        name = heading_label(line.name, 1.25, weight=QFont.Weight.DemiBold)
        name.setAccessibleName(self.tr("Name"))
        layout.addWidget(name)
        if line.is_example:
            example = paragraph_label(
                self.tr(
                    "This is an example, not a real line. A facilitator will replace it "
                    "with a line they have checked."
                )
            )
            example.setAccessibleName(self.tr("Example"))
            layout.addWidget(example)
        if line.phone:
            phone = QLabel(line.phone)
            phone.setTextFormat(Qt.TextFormat.PlainText)
            phone.setWordWrap(True)
            # A real number in large type; an example's placeholder stays ordinary text.
            if not line.is_example:
                phone.setFont(scaled_font(self.font(), 1.5, QFont.Weight.Bold))
            phone.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            phone.setAccessibleName(self.tr("Phone"))
            layout.addWidget(phone)
        for text, accessible in ((line.hours, self.tr("Hours")), (line.note, self.tr("Note"))):
            if text:
                label = paragraph_label(text)
                label.setAccessibleName(accessible)
                layout.addWidget(label)
        status = paragraph_label(self.status_text(line, today))
        status.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        status.setAccessibleName(self.tr("Checked"))
        layout.addWidget(status)
        return card

    def status_text(self, line: CrisisLine, today: date | None) -> str:
        """In words: when it was last checked, or that nobody has checked it yet."""
        if line.last_verified is None:
            return self.tr("Not yet verified — please check this number yourself.")
        text = fill(self.tr("Last checked %1."), format_date(line.last_verified))
        if today is not None and line.needs_review(today):
            text += " " + self.tr(
                "That was over six months ago, so please check this number yourself."
            )
        return text
