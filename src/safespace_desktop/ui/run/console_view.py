"""The facilitator console: the agenda with the current part, its timer, the round or
the speaker queue, the people here, notes, and every action on a key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.run.keys import KeyBinding, RunAction, key_bindings
from safespace_desktop.ui.run.panels import (
    AttendancePanel,
    ClosingPanel,
    FloorPanel,
    KeyMapPanel,
    RoundPanel,
    SafetyCard,
)
from safespace_desktop.ui.run.room_view import minutes_and_seconds
from safespace_desktop.ui.widgets.flow_row import flow_row
from safespace_desktop.ui.widgets.responsive import VerticalScrollArea
from safespace_desktop.ui.wording.placeholders import fill


class _SpacePressesTheButton(QObject):
    """Space is the console's "start or pause the timer" key, but on a focused button
    (the debrief, a follow-up, the crisis lines) a keyboard user means "press it"."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()  # the button gets the key press, not the shortcut
            return True
        return False


class RunConsoleView(QWidget):
    shown = Signal(bool)  # on screen or not: a running meeting holds the idle lock only when shown

    def __init__(self, title: str, segment_lines: list[str]) -> None:
        super().__init__()
        self.setObjectName("runConsole")
        self.controller: QObject | None = None  # set by the package's factory
        # Asked before the window closes; the controller says whether it may.
        self.close_guard: Callable[[], bool] | None = None
        self.bindings: tuple[KeyBinding, ...] = key_bindings()
        self.actions_by_name: dict[RunAction, QAction] = {}
        for binding in self.bindings:
            action = QAction(binding.label, self)
            action.setShortcut(QKeySequence(binding.key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.actions_by_name[binding.action] = action

        heading = QLabel(title)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setWeight(QFont.Weight.Bold)
        heading.setFont(heading_font)
        heading.setWordWrap(True)
        self.agenda = QListWidget()
        self.agenda.setObjectName("runAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda; the current part is selected"))
        self.agenda.addItems(segment_lines)
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(self.agenda, 1)

        self.segment_title = QLabel()
        self.segment_title.setObjectName("runSegmentTitle")
        title_font = QFont(self.segment_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setWeight(QFont.Weight.Bold)
        self.segment_title.setFont(title_font)
        self.segment_title.setWordWrap(True)
        self.segment_time = QLabel()
        self.segment_time.setObjectName("runSegmentTime")
        time_font = QFont(self.segment_time.font())
        time_font.setPointSizeF(time_font.pointSizeF() * 1.6)
        self.segment_time.setFont(time_font)
        self.segment_time.setWordWrap(True)
        self.meeting_time = QLabel()
        self.meeting_time.setObjectName("runMeetingTime")
        self.cue = QLabel()
        self.cue.setObjectName("runCue")
        self.cue.setWordWrap(True)
        self.cue.setForegroundRole(QPalette.ColorRole.Link)
        # The part's facilitator note (from the agenda): on this screen only.
        self.segment_note = QLabel()
        self.segment_note.setObjectName("runSegmentNote")
        self.segment_note.setWordWrap(True)
        self.segment_note.setTextFormat(Qt.TextFormat.PlainText)
        self.segment_note.setAccessibleName(self.tr("Your note for this part"))
        self.segment_note.hide()
        self.read_aloud = QLabel()
        self.read_aloud.setObjectName("runReadAloud")
        self.read_aloud.setWordWrap(True)
        self.read_aloud.setTextFormat(Qt.TextFormat.PlainText)
        self.read_aloud.setAlignment(Qt.AlignmentFlag.AlignTop)
        reading = QScrollArea()
        reading.setWidgetResizable(True)
        reading.setWidget(self.read_aloud)
        reading.setFrameShape(QScrollArea.Shape.NoFrame)
        self.round_panel = RoundPanel()
        self.floor_panel = FloorPanel()
        self.middle = QStackedWidget()
        self.safety_card = SafetyCard()
        self.closing = ClosingPanel()
        for page in (reading, self.round_panel, self.floor_panel, self.safety_card, self.closing):
            self.middle.addWidget(page)
        self._mode_index = 0
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("runNotes")
        self.notes.setAccessibleName(self.tr("Facilitator notes for the meeting record (no names)"))
        self.notes.setPlaceholderText(self.tr("Themes, without names, for the meeting record"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        centre = QVBoxLayout()
        centre.addWidget(self.segment_title)
        # Side by side, or one under the other in a longer language or at 200 %.
        centre.addLayout(flow_row(self.segment_time, self.meeting_time))
        centre.addWidget(self.cue)
        centre.addWidget(self.segment_note)
        centre.addWidget(self.middle, 1)
        centre.addWidget(self.notes)

        self.attendance = AttendancePanel()
        self.key_map = KeyMapPanel(self.bindings)
        self.turn_minutes = QSpinBox()
        self.turn_minutes.setObjectName("runTurnMinutes")
        self.turn_minutes.setRange(1, 10)
        self.turn_minutes.setSuffix(self.tr(" min"))
        self.turn_minutes.setAccessibleName(self.tr("Suggested length of a turn in a round"))
        turn_row = QHBoxLayout()
        turn_label = QLabel(self.tr("&Turn in a round:"))
        turn_label.setBuddy(self.turn_minutes)
        turn_row.addWidget(turn_label)
        turn_row.addWidget(self.turn_minutes)
        turn_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.attendance, 1)
        right.addLayout(turn_row)
        key_scroll = VerticalScrollArea()  # twenty keys: it scrolls at 200 % zoom
        key_scroll.setWidget(self.key_map)
        right.addWidget(key_scroll, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(centre, 5)
        layout.addLayout(right, 3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._space_guard = _SpacePressesTheButton(self)
        for button in self.findChildren(QAbstractButton):
            button.installEventFilter(self._space_guard)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown.emit(False)

    def action(self, name: RunAction) -> QAction:
        return self.actions_by_name[name]

    # -- what the controller shows ------------------------------------------------------
    def show_segment(
        self, index: int, title: str, read_aloud: str, mode: str, note: str = ""
    ) -> None:
        self.agenda.setCurrentRow(index)
        self.segment_title.setText(title)
        self.segment_note.setText(fill(self.tr("Your note: %1"), note) if note else "")
        self.segment_note.setVisible(bool(note))
        self.read_aloud.setText(read_aloud)
        self._mode_index = {"reading": 0, "round": 1, "floor": 2}[mode]
        if self.middle.currentWidget() not in (self.safety_card, self.closing):
            self.middle.setCurrentIndex(self._mode_index)

    def show_times(self, segment_left: float, running: bool, meeting_left: float) -> None:
        if segment_left >= 0:
            text = fill(self.tr("%1 left in this part"), minutes_and_seconds(segment_left))
        else:
            text = fill(
                self.tr("%1 over the plan for this part"), minutes_and_seconds(-segment_left)
            )
        if not running:
            text += " " + self.tr("(timer paused)")
        self.segment_time.setText(text)
        self.meeting_time.setText(
            fill(self.tr("Meeting: %1 left"), minutes_and_seconds(meeting_left))
            if meeting_left >= 0
            else fill(self.tr("Meeting: %1 over"), minutes_and_seconds(-meeting_left))
        )

    def show_ended(self) -> None:
        self.segment_title.setText(self.tr("The meeting has ended"))
        self.segment_note.hide()
        self.segment_time.setText("")
        self.meeting_time.setText("")

    def show_cue(self, text: str) -> None:
        self.cue.setText(text)

    def show_closing(self, summary: str, *, debrief: bool) -> None:
        """The meeting has ended: its summary takes the middle of the console."""
        self.closing.show_summary(summary, debrief=debrief)
        self.middle.setCurrentWidget(self.closing)
        self._mode_index = self.middle.indexOf(self.closing)

    def show_safety_pause(self, paused: bool) -> None:
        """The pause card takes the place of the round or the queue until it ends."""
        if paused:
            self.middle.setCurrentWidget(self.safety_card)
        elif self.middle.currentWidget() is self.safety_card:
            self.middle.setCurrentIndex(self._mode_index)
