"""The two kiosk forms (issue 13): the short after-meeting form and the evaluation.

They only lay out and report what was typed; nothing here knows about the vault. Every
control is large, keyboard-reachable and has an accessible name; texts are plain.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.feedback import (
    TEXT_MAX,
    TOPIC_TEXT_MAX,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    MeetingResponse,
)
from safespace_desktop.ui.feedback.wording import answer_text
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font

TEXT_LINES = 3


def _text_box(name: str, lines: int = TEXT_LINES) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + box.fontMetrics().height()
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


def _choice_button(text: str, em: int) -> QPushButton:
    """A large checkable button; the chosen one stands out in every theme (palette
    colours only, so light, dark and high contrast all keep working)."""
    button = QPushButton(text)
    button.setCheckable(True)
    button.setMinimumHeight(em * 2)
    button.setStyleSheet(
        "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
    )
    return button


def _label_for(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    label.setFont(scaled_font(label.font(), 1.05, label.font().Weight.DemiBold))
    return label


class KioskForm(QWidget):
    """What both forms share: typing anywhere tells the screen someone is here."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = QLineEdit()
        self.topic.setObjectName("kioskTopic")
        self.topic.setAccessibleName(self.tr("A topic I'd like"))
        self.topic.setMaxLength(TOPIC_TEXT_MAX)
        self.topic.setPlaceholderText(self.tr("Something you'd like the group to talk about"))
        self.topic.textEdited.connect(self.edited)

    def first_control(self) -> QWidget:
        raise NotImplementedError

    def show_response(self, response: Any, topic: str) -> None:
        """Put a response back (its storing failed: nothing typed is lost)."""
        raise NotImplementedError

    def clear(self) -> None:
        self.topic.clear()


class MeetingForm(KioskForm):
    """A 1–5 rating, what helped, what could be better, a topic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = _label_for(self.tr("How was today's meeting for you?"), self)
        question.setFont(scaled_font(question.font(), 1.15, question.font().Weight.DemiBold))
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(self.fontMetrics().height())
        words = {
            1: self.tr("1 — hard for me"),
            2: self.tr("2 — not great"),
            3: self.tr("3 — all right"),
            4: self.tr("4 — good"),
            5: self.tr("5 — very good"),
        }
        self.rating_buttons: list[QPushButton] = []
        em = self.fontMetrics().height()
        for value in range(1, 6):
            button = _choice_button(str(value), em)
            button.setObjectName(f"kioskRating{value}")
            button.setAccessibleName(words[value])
            button.setToolTip(words[value])
            button.setFont(scaled_font(button.font(), 1.6, button.font().Weight.DemiBold))
            button.setMinimumSize(em * 4, em * 3)
            self.rating_group.addButton(button, value)
            self.rating_buttons.append(button)
            row.addWidget(button)
        self.rating_group.buttonClicked.connect(lambda _b: self.edited.emit())
        ends = QHBoxLayout()
        low, high = QLabel(self.tr("1 = hard for me")), QLabel(self.tr("5 = very good"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)

        self.helped = _text_box(self.tr("What helped"))
        self.helped.setObjectName("kioskHelped")
        self.better = _text_box(self.tr("What could be better"))
        self.better.setObjectName("kioskBetter")
        for box in (self.helped, self.better):
            box.textChanged.connect(self.edited)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em * 2 // 3)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addLayout(ends)
        layout.addSpacing(em // 2)
        layout.addWidget(_label_for(self.tr("What helped? (optional)"), self.helped))
        layout.addWidget(self.helped)
        layout.addWidget(_label_for(self.tr("What could be better? (optional)"), self.better))
        layout.addWidget(self.better)
        layout.addWidget(_label_for(self.tr("A topic I'd like (optional)"), self.topic))
        layout.addWidget(self.topic)

    def first_control(self) -> QWidget:
        return self.rating_buttons[0]

    def rating(self) -> int:
        return max(self.rating_group.checkedId(), 0)

    def response(self) -> MeetingResponse:
        return MeetingResponse(
            self.rating(),
            self.helped.toPlainText()[:TEXT_MAX],
            self.better.toPlainText()[:TEXT_MAX],
        )

    def show_response(self, response: Any, topic: str) -> None:
        if not isinstance(response, MeetingResponse):
            return
        button = self.rating_group.button(response.rating)
        if button is not None:
            button.setChecked(True)
        self.helped.setPlainText(response.helped)
        self.better.setPlainText(response.better)
        self.topic.setText(topic)

    def clear(self) -> None:
        super().clear()
        _uncheck(self.rating_group)
        self.helped.clear()
        self.better.clear()


def _uncheck(group: QButtonGroup) -> None:
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


class EvaluationForm(KioskForm):
    """Four questions in our own words, each answered on one scale, and what to change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        questions = {
            EvaluationQuestion.SAFE: self.tr("I feel safe sharing in this group."),
            EvaluationQuestion.HEARD: self.tr("When I speak, I feel heard."),
            EvaluationQuestion.AGREEMENT: self.tr(
                "Our group agreement is kept, by all of us, facilitators too."
            ),
            EvaluationQuestion.HELPS: self.tr("Coming to the group helps me."),
        }
        answers = {answer: answer_text(answer) for answer in EvaluationAnswer}
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em // 2)
        intro = paragraph_label(
            self.tr("Answer only what you want to: any question can stay blank.")
        )
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(em)
        grid.setVerticalSpacing(em * 2 // 3)
        self.groups: dict[EvaluationQuestion, QButtonGroup] = {}
        order = list(EvaluationAnswer)
        for row, (question, text) in enumerate(questions.items()):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setFont(scaled_font(label.font(), 1.05, label.font().Weight.DemiBold))
            grid.addWidget(label, row * 2, 0, 1, len(order))
            group = QButtonGroup(self)
            for column, answer in enumerate(order):
                choice = _choice_button(answers[answer], em)
                choice.setObjectName(f"kiosk_{question.value}_{answer.value}")
                choice.setAccessibleName(f"{text} {answers[answer]}")
                group.addButton(choice, column)
                grid.addWidget(choice, row * 2 + 1, column)
            group.buttonClicked.connect(lambda _b: self.edited.emit())
            self.groups[question] = group
        layout.addLayout(grid)
        self.change = _text_box(self.tr("One thing I would change"), 2)
        self.change.setObjectName("kioskChange")
        self.change.textChanged.connect(self.edited)
        layout.addSpacing(em // 3)
        layout.addWidget(_label_for(self.tr("One thing I would change (optional)"), self.change))
        layout.addWidget(self.change)
        layout.addWidget(_label_for(self.tr("A topic I'd like (optional)"), self.topic))
        layout.addWidget(self.topic)

    def first_control(self) -> QWidget:
        first: QAbstractButton = self.groups[EvaluationQuestion.SAFE].buttons()[0]
        return first

    def response(self) -> EvaluationResponse:
        order = list(EvaluationAnswer)
        answers: dict[EvaluationQuestion, EvaluationAnswer | None] = {}
        for question, group in self.groups.items():
            checked = group.checkedId()
            answers[question] = order[checked] if checked >= 0 else None
        return EvaluationResponse(answers, self.change.toPlainText()[:TEXT_MAX])

    def is_empty(self) -> bool:
        response = self.response()
        return all(a is None for a in response.answers.values()) and not response.change.strip()

    def show_response(self, response: Any, topic: str) -> None:
        if not isinstance(response, EvaluationResponse):
            return
        order = list(EvaluationAnswer)
        for question, group in self.groups.items():
            answer = response.answers.get(question)
            button = group.button(order.index(answer)) if answer is not None else None
            if button is not None:
                button.setChecked(True)
        self.change.setPlainText(response.change)
        self.topic.setText(topic)

    def clear(self) -> None:
        super().clear()
        for group in self.groups.values():
            _uncheck(group)
        self.change.clear()
