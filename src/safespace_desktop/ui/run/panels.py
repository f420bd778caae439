"""Parts of the facilitator console. They lay out and show what they are told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.run.keys import KeyBinding
from safespace_desktop.ui.run.room_view import minutes_and_seconds
from safespace_desktop.ui.widgets.headings import heading_label
from safespace_desktop.ui.wording.placeholders import fill

PERSON_ROLE = Qt.ItemDataRole.UserRole


def _quiet(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


class RoundPanel(QWidget):
    """Who has the floor in a check-in or check-out round, who is next, who has been."""

    def __init__(self) -> None:
        super().__init__()
        self.current = QLabel()
        self.current.setObjectName("roundCurrent")
        font = QFont(self.current.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.current.setFont(font)
        self.turn_time = QLabel()
        self.turn_time.setObjectName("roundTurnTime")
        self.next_up = QLabel()
        self.next_up.setObjectName("roundNextUp")
        self.done = QListWidget()
        self.done.setObjectName("roundTurns")
        self.done.setAccessibleName(self.tr("Turns taken in this round"))
        self.done.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current)
        layout.addWidget(self.turn_time)
        layout.addWidget(self.next_up)
        layout.addWidget(_quiet(QLabel(self.tr("Done so far:"))))
        layout.addWidget(self.done, 1)

    def show_round(
        self,
        current: str,
        turn_seconds: float | None,
        turn_limit: float,
        next_up: str,
        done: list[str],
    ) -> None:
        self.current.setText(
            fill(self.tr("Now: %1"), current)
            if current
            else self.tr("Press Return to call the next person.")
        )
        if turn_seconds is None:
            self.turn_time.clear()
        elif turn_seconds <= turn_limit:
            self.turn_time.setText(
                fill(
                    self.tr("%1 of %2"),
                    minutes_and_seconds(turn_seconds),
                    minutes_and_seconds(turn_limit),
                )
            )
        else:
            self.turn_time.setText(
                fill(
                    self.tr("%1 — a little over the suggested time"),
                    minutes_and_seconds(turn_seconds),
                )
            )
        self.next_up.setText(
            fill(self.tr("Next: %1"), next_up) if next_up else self.tr("Nobody else is waiting.")
        )
        if [self.done.item(i).text() for i in range(self.done.count())] != done:
            self.done.clear()
            self.done.addItems(done)


class FloorPanel(QWidget):
    """The speaker queue in fair order, with each person's turns and talk time
    (facilitators only: this never reaches the room screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.status = QLabel()
        self.status.setObjectName("floorStatus")
        self.status.setWordWrap(True)  # longer languages and 200 % zoom
        self.queue = QTableWidget(0, 3)
        self.queue.setObjectName("floorQueue")
        self.queue.setAccessibleName(self.tr("Raised hands, in the order they will be called"))
        self.queue.setHorizontalHeaderLabels(
            [self.tr("Waiting"), self.tr("Turns"), self.tr("Talk time")]
        )
        self.queue.verticalHeader().hide()
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.share_note = _quiet(QLabel())
        self.share_note.setObjectName("floorShare")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.share_note)

    def show_floor(
        self,
        speaker: str,
        speaker_seconds: float,
        closed: bool,
        rows: list[tuple[str, int, float]],
        dominant: list[str],
    ) -> None:
        if speaker:
            text = fill(self.tr("Speaking: %1 (%2)"), speaker, minutes_and_seconds(speaker_seconds))
        else:
            text = self.tr("Nobody is speaking. Press Return for the next raised hand.")
        if closed:
            text += " " + self.tr("The list is closed.")
        self.status.setText(text)
        self.queue.setRowCount(len(rows))
        for row, (name, turns, seconds) in enumerate(rows):
            for column, value in enumerate((name, str(turns), minutes_and_seconds(seconds))):
                item = self.queue.item(row, column)
                if item is None:
                    self.queue.setItem(row, column, QTableWidgetItem(value))
                elif item.text() != value:
                    item.setText(value)
        self.share_note.setText(
            fill(
                self.tr("%1 has had a large share of the time; you might invite quieter voices."),
                ", ".join(dominant),
            )
            if dominant
            else ""
        )


class AttendancePanel(QWidget):
    """Everyone expected, in seat order, with who is here. Choosing a person here is
    what "raise a hand" and "someone arrived late" act on."""

    def __init__(self) -> None:
        super().__init__()
        self.people = QListWidget()
        self.people.setObjectName("runPeople")
        self.people.setAccessibleName(
            self.tr("People at this meeting; choose one for a hand or a late arrival")
        )
        self.count = _quiet(QLabel())
        self.count.setObjectName("runAttendanceCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("People"), 1.1))
        layout.addWidget(self.people, 1)
        layout.addWidget(self.count)

    def show_people(self, rows: list[tuple[str, str]], present: int) -> None:
        """``rows``: (person id, line to show)."""
        if self.people.count() != len(rows):
            selected = self.selected_person()
            self.people.clear()
            for person_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(PERSON_ROLE, person_id)
                self.people.addItem(item)
                if person_id == selected:
                    self.people.setCurrentItem(item)
        else:
            for row, (person_id, text) in enumerate(rows):
                item = self.people.item(row)
                if item.text() != text:
                    item.setText(text)
                item.setData(PERSON_ROLE, person_id)
        self.count.setText(fill(self.tr("%1 here"), present))

    def selected_person(self) -> str | None:
        item = self.people.currentItem()
        return None if item is None else str(item.data(PERSON_ROLE))


class SafetyCard(QFrame):
    """What to do in a safety pause, in our own words, with the crisis lines a key away."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("safetyCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        title = QLabel(self.tr("Safety pause — the timers have stopped"))
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        script = QLabel(
            self.tr(
                '1. Acknowledge what happened, gently: "That sounds really hard. '
                "Let's pause for a moment.\"\n"
                '2. Offer a way out without pressure: "Anyone who wants to step out can; '
                'one of us will come with you."\n'
                "3. Remind everyone of the group agreement: we listen without judging and "
                "what is said here stays here.\n"
                "4. Notice who may need a follow-up after the meeting, and note it later — "
                "no names on screen.\n"
                "If someone is in danger now, call the emergency number or a crisis line."
            )
        )
        script.setWordWrap(True)
        script.setObjectName("safetyScript")
        self.crisis_button = QPushButton(self.tr("Crisis lines (F1)"))
        self.crisis_button.setAccessibleName(self.tr("Show the crisis lines"))
        self.resume_button = QPushButton(self.tr("Carry on with the meeting (F9)"))
        self.resume_button.setAccessibleName(self.tr("End the safety pause and carry on"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(script)
        layout.addWidget(self.crisis_button)
        layout.addWidget(self.resume_button)
        layout.addStretch(1)


class KeyMapPanel(QWidget):
    """The visible key map: every action and its key."""

    def __init__(self, bindings: tuple[KeyBinding, ...]) -> None:
        super().__init__()
        self.setObjectName("runKeyMap")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(heading_label(self.tr("Keys"), 1.1), 0, 0, 1, 2)
        for row, binding in enumerate(bindings, start=1):
            key = QLabel(QKeySequence(binding.key).toString(QKeySequence.SequenceFormat.NativeText))
            key.setTextFormat(Qt.TextFormat.PlainText)
            font = QFont(key.font())
            font.setWeight(QFont.Weight.DemiBold)
            key.setFont(font)
            grid.addWidget(key, row, 0)
            grid.addWidget(_quiet(QLabel(binding.label)), row, 1)
        grid.setRowStretch(len(bindings) + 1, 1)


class ClosingPanel(QWidget):
    """After the meeting: the summary, and what the facilitators might do next."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("runClosing")
        self.summary = QLabel()
        self.summary.setObjectName("runSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._strong_note = self.tr(
            "A safety pause was used today. A short debrief helps: what went well, "
            "what was hard, how you are, and who needs a follow-up."
        )
        self._gentle_note = self.tr(  # carekit (issue 13): offered after every meeting
            "Would a short debrief help? It stays in your own reflections."
        )
        self.debrief_note = _quiet(QLabel(self._strong_note))
        self.debrief_button = QPushButton(self.tr("Write a &debrief in my reflections"))
        self.debrief_button.setAccessibleName(self.tr("Write a debrief in my reflections"))
        self.follow_up_button = QPushButton(self.tr("Add a &follow-up…"))
        self.follow_up_button.setAccessibleName(self.tr("Add a follow-up on the Home page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("How the meeting went"), 1.2))
        layout.addWidget(self.summary)
        layout.addWidget(self.debrief_note)
        layout.addWidget(self.debrief_button)
        layout.addWidget(self.follow_up_button)
        layout.addStretch(1)

    def show_summary(self, text: str, *, debrief: bool) -> None:
        """carekit (issue 13): a debrief is offered after every meeting; after a safety
        pause the wording is stronger and the button takes the focus (never a pop-up)."""
        self.summary.setText(text)
        self.debrief_note.setText(self._strong_note if debrief else self._gentle_note)
        self.debrief_note.setVisible(True)
        self.debrief_button.setVisible(True)
        self.debrief_button.setDefault(debrief)
        if debrief:
            self.debrief_button.setFocus()
