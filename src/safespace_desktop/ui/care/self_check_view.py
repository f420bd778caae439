"""The compassion-fatigue self-check (issue 13): a few statements in our own words, each
answered "not lately", "sometimes" or "often". No score is added up or shown; the
answers only choose gentle reflections, with pointers to the facilitator's own support
and to the crisis lines. Nothing is kept unless they choose "Keep this check". It lays
out and shows; the care controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.care import Feeling, Often
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column


class SelfCheckView(QWidget):
    def __init__(
        self,
        feelings: list[tuple[Feeling, str]],
        answers: list[tuple[Often, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckPanel")
        self.controller: QObject | None = None
        em = self.fontMetrics().height()
        title = heading_label(
            self.tr("How am I doing? A short self-check"), 1.3, weight=QFont.Weight.DemiBold
        )
        intro = paragraph_label(
            self.tr(
                "Holding other people's pain takes something out of anyone. These few "
                "questions are not a test and give no score: they only help you notice how "
                "you are. Nothing is kept unless you choose to keep it."
            )
        )
        self.combos: dict[Feeling, QComboBox] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(em)
        form.setVerticalSpacing(em // 3)
        form.setColumnStretch(0, 1)
        for row, (feeling, text) in enumerate(feelings):
            combo = QComboBox()
            combo.setObjectName(f"selfCheck:{feeling.value}")
            combo.setAccessibleName(text)
            for answer, shown in answers:
                combo.addItem(shown, answer.value)
            label = paragraph_label(text)
            label.setBuddy(combo)
            form.addWidget(label, row, 0)
            form.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.combos[feeling] = combo
        self.reflect_button = QPushButton(self.tr("&Reflect on my answers"))
        self.reflect_button.setObjectName("reflectButton")
        self.reflections = paragraph_label()
        self.reflections.setObjectName("selfCheckReflections")
        self.reflections.setAccessibleName(self.tr("Reflections on your answers"))
        self.crisis_note = paragraph_label()
        self.crisis_note.setAccessibleName(self.tr("If you are struggling to stay safe"))
        self.crisis_button = QPushButton(self.tr("Open the &crisis lines"))
        self.crisis_button.setObjectName("openCrisisLinesButton")
        self.reflection_frame = QFrame()
        self.reflection_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(self.reflection_frame)
        frame_layout.addWidget(self.reflections)
        frame_layout.addWidget(self.crisis_note)
        frame_layout.addLayout(left_aligned(self.crisis_button))
        self.reflection_frame.setVisible(False)
        self.note = QPlainTextEdit()
        self.note.setObjectName("selfCheckNote")
        self.note.setAccessibleName(self.tr("A note to myself (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(em * 5)
        note_label = QLabel(self.tr("A &note to myself (optional):"))
        note_label.setBuddy(self.note)
        self.keep_button = QPushButton(self.tr("&Keep this check in my reflections"))
        self.keep_button.setObjectName("keepSelfCheckButton")
        self.message = paragraph_label()
        self.message.setObjectName("selfCheckMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(left_aligned(self.reflect_button))
        column.addWidget(self.reflection_frame)
        column.addWidget(note_label)
        column.addWidget(self.note)
        column.addLayout(left_aligned(self.keep_button))
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(
            [
                *self.combos.values(),
                self.reflect_button,
                self.crisis_button,
                self.note,
                self.keep_button,
            ]
        )

    def answers(self) -> dict[Feeling, Often]:
        return {feeling: Often(str(combo.currentData())) for feeling, combo in self.combos.items()}

    def show_reflections(self, text: str, crisis_note: str) -> None:
        self.reflections.setText(text)
        self.crisis_note.setText(crisis_note)
        self.reflection_frame.setVisible(bool(text))

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.note.clear()
        self.show_reflections("", "")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
