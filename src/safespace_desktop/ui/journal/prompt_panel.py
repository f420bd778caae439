"""Above the journal: the prompt of the day, the self-care check-in (facilitators), and
prompts a facilitator offered the group (members who chose to receive them).

Only lays out; the controller decides which prompt and which group prompts to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import GroupPrompt
from safespace_desktop.ui.journal.wording import short_date
from safespace_desktop.ui.widgets.flow_row import flow_row
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.read_only import hold_read_only
from safespace_desktop.ui.wording.placeholders import fill

GROUP_PROMPTS_SHOWN = 3


class PromptPanel(QFrame):
    """The prompt of the day, with the check-in above it for facilitators."""

    def __init__(self, is_facilitator: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        grid = QGridLayout(self)
        em = self.fontMetrics().height()
        grid.setContentsMargins(em, em * 2 // 3, em, em * 2 // 3)
        grid.setHorizontalSpacing(em)
        grid.setColumnStretch(1, 1)
        row = 0
        self.check_in_button: QPushButton | None = None
        if is_facilitator:
            check_in_title = QLabel(self.tr("Self-care check-in"))
            check_in_title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
            check_in_text = paragraph_label(
                self.tr(
                    "How am I? What was hard? What do I need? Facilitators need support too: "
                    "a few minutes for yourself after a meeting."
                )
            )
            self.check_in_button = QPushButton(self.tr("Start a self-care chec&k-in"))
            check_in_title.setWordWrap(True)
            grid.addWidget(check_in_title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(check_in_text, row, 1)
            # Buttons under the text: the panel stays narrow in a longer language or at 200 %.
            grid.addWidget(self.check_in_button, row + 1, 1, Qt.AlignmentFlag.AlignLeft)
            row += 2
        day_title = QLabel(self.tr("Prompt of the day"))
        day_title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.prompt_label = paragraph_label()
        self.prompt_label.setAccessibleName(self.tr("Prompt of the day"))
        italic = QFont(self.prompt_label.font())
        italic.setItalic(True)
        self.prompt_label.setFont(italic)
        self.write_prompt_button = QPushButton(self.tr("&Write about this"))
        self.write_prompt_button.setAccessibleName(self.tr("Write about the prompt of the day"))
        self.prompts_button = QPushButton(self.tr("&Prompts and templates…"))
        # One under the other when space is short (a longer language, 200 % zoom).
        buttons = flow_row(self.write_prompt_button, self.prompts_button)
        day_title.setWordWrap(True)
        grid.addWidget(day_title, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.prompt_label, row, 1)
        grid.addLayout(buttons, row + 1, 1)

    def controls(self) -> list[QWidget]:
        check_in = [self.check_in_button] if self.check_in_button is not None else []
        return [*check_in, self.write_prompt_button, self.prompts_button]

    def show_prompt(self, text: str) -> None:
        self.prompt_label.setText(text)

    def prompt_text(self) -> str:
        return self.prompt_label.text()


class GroupPromptRow(QFrame):
    """One group prompt with Write about this and Dismiss."""

    def __init__(self, prompt: GroupPrompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.prompt = prompt
        title = QLabel(fill(self.tr("A prompt from your group, %1"), short_date(prompt.offered_on)))
        title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        title.setWordWrap(True)
        text = paragraph_label(prompt.text)
        text.setAccessibleName(self.tr("Group prompt"))
        self.write_button = QPushButton(self.tr("Write about this"))
        self.write_button.setAccessibleName(self.tr("Write about this group prompt"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this group prompt"))
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        row = QHBoxLayout(self)
        row.addLayout(column, 1)
        row.addLayout(flow_row(self.write_button, self.dismiss_button))


class GroupPromptsPanel(QWidget):
    """Up to three group prompts; hidden when there are none."""

    answer = Signal(object)  # GroupPrompt
    dismiss = Signal(object)  # GroupPrompt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GroupPromptRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.setVisible(False)
        self.read_only = False  # a write-protected vault: prompts can be read, not dismissed

    def show_prompts(self, prompts: list[GroupPrompt]) -> None:
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for prompt in prompts[:GROUP_PROMPTS_SHOWN]:
            row = GroupPromptRow(prompt)
            row.write_button.clicked.connect(lambda _c=False, p=prompt: self.answer.emit(p))
            row.dismiss_button.clicked.connect(lambda _c=False, p=prompt: self.dismiss.emit(p))
            hold_read_only(self.read_only, [row.write_button, row.dismiss_button])
            self.layout_.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))
