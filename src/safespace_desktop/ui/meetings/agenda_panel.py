"""The meeting detail's Agenda tab: the meeting, its segments with their times, the
segment form, templates, the topic backlog and printing. It lays out and shows; the
agenda controller decides."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.meetings.model import (
    MAX_MINUTES,
    TITLE_MAX,
    TOPIC_MAX,
    SegmentKind,
)
from safespace_desktop.ui.meetings.wording import kind_label, tr
from safespace_desktop.ui.printing.documents import printer_note
from safespace_desktop.ui.widgets.flow_row import flow_row
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner

SEGMENT_ID = Qt.ItemDataRole.UserRole
SegmentFields = tuple[str, int, SegmentKind, bool, str, str]  # title, min, kind, public, read, note


class SegmentList(QListWidget):
    """The agenda's segments. Drag to reorder, or Alt+Up / Alt+Down; Insert adds one
    after the selected segment and Delete removes it (the controller asks first)."""

    move_requested = Signal(int)  # -1 up, +1 down
    order_dropped = Signal(list)  # segment ids in their new order
    add_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaSegments")
        self.setAccessibleName(tr("Agenda segments"))
        self.setAccessibleDescription(
            tr("Alt+Up and Alt+Down move the selected segment; Insert adds one; Delete removes it.")
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        # The agenda is what this panel is for: room for several parts at a glance.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.model().rowsMoved.connect(self._rows_moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)

    def ids(self) -> list[str]:
        return [str(self.item(row).data(SEGMENT_ID)) for row in range(self.count())]

    def _rows_moved(self, *_args: object) -> None:
        self.order_dropped.emit(self.ids())


class EditorSplit(ResponsiveSplitter):
    """The parts beside the part's fields, or above them when narrow (200 % zoom). Once
    stacked, each pane gets the height its wrapped labels need at the width it has (a
    splitter alone goes by the unwrapped minimum and squeezed the list under the total)."""

    def _needs(self, width: int) -> list[int]:
        needs = []
        for index in range(self.count()):
            pane = self.widget(index)
            if pane is None:
                continue
            need = pane.minimumSizeHint().expandedTo(pane.minimumSize()).height()
            layout = pane.layout()
            if layout is not None and layout.hasHeightForWidth():
                need = max(need, layout.minimumHeightForWidth(width))
            needs.append(need)
        return needs

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        if self.orientation() != Qt.Orientation.Vertical:
            return hint
        needs = self._needs(max(self.width(), hint.width()))
        return QSize(hint.width(), sum(needs) + self.handleWidth() * (len(needs) - 1))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.orientation() != Qt.Orientation.Vertical:
            return
        needs = self._needs(event.size().width())
        if any(size < need for size, need in zip(self.sizes(), needs, strict=True)):
            spare = max(0, event.size().height() - sum(needs) - self.handleWidth())
            self.setSizes([need + spare // len(needs) for need in needs])
        self.updateGeometry()


class AgendaPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.heading = heading_label("", 1.3)
        self.heading.setAccessibleName(tr("Meeting"))
        self.status = paragraph_label()
        self.status.setAccessibleName(tr("Meeting status"))
        self.move_button = QPushButton(tr("&Move…"))
        self.cancel_button = QPushButton(tr("&Cancel meeting…"))
        self.restore_button = QPushButton(tr("Plan it again"))
        self.run_button = QPushButton(tr("Run t&his meeting…"))
        self.run_button.setObjectName("runMeetingButton")
        self.run_button.setToolTip(
            tr("Open the meeting console and the room screen, with every action on a key")
        )
        self.templates_button = QPushButton(tr("Fill from t&emplate"))
        self.templates_button.setObjectName("templatesButton")
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.setObjectName("templatesMenu")
        self.templates_button.setMenu(self.templates_menu)
        self.save_template_button = QPushButton(tr("Save as template…"))
        self.manage_templates_button = QPushButton(tr("The group's templates…"))
        self.manage_templates_button.setObjectName("manageTemplatesButton")
        for button in (
            self.move_button,
            self.cancel_button,
            self.restore_button,
            self.run_button,
            self.templates_button,
            self.save_template_button,
            self.manage_templates_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        # Rows of buttons wrap rather than widen the page (longer languages, 200 % zoom).
        meeting_row = flow_row(
            self.move_button, self.cancel_button, self.restore_button, self.run_button
        )
        template_row = flow_row(
            self.templates_button, self.save_template_button, self.manage_templates_button
        )

        self.segments = SegmentList()
        caption = QLabel(tr("Agenda (drag, or Alt+Up / Alt+Down to reorder):"))
        caption.setWordWrap(True)
        caption.setBuddy(self.segments)
        self.total = paragraph_label()
        self.total.setObjectName("agendaTotal")
        self.total.setAccessibleName(tr("Planned time"))
        self.up_button = QPushButton(tr("Move up"))
        self.down_button = QPushButton(tr("Move down"))
        self.add_button = QPushButton(tr("&Add segment"))
        self.remove_button = QPushButton(tr("Remove segment"))
        order_row = flow_row(self.add_button, self.up_button, self.down_button, self.remove_button)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", ""))
        # No Alt+letter is left for these on a full page: their keys work in the list.
        self.up_button.setToolTip(tr("Alt+Up in the agenda list"))
        self.down_button.setToolTip(tr("Alt+Down in the agenda list"))
        self.remove_button.setToolTip(tr("Delete in the agenda list"))

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("segmentTitle")
        self.title_edit.setAccessibleName(tr("Segment title"))
        self.title_edit.setMaxLength(TITLE_MAX)
        self.minutes_box = QSpinBox()
        self.minutes_box.setObjectName("segmentMinutes")
        self.minutes_box.setAccessibleName(tr("Planned minutes"))
        self.minutes_box.setRange(0, MAX_MINUTES)
        self.minutes_box.setSuffix(tr(" min"))
        for inner in self.minutes_box.findChildren(QLineEdit):
            inner.setAccessibleName(tr("Planned minutes"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Kind of segment"))
        for kind in SegmentKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.public_box = QCheckBox(tr("Mem&bers can see this segment"))
        self.public_box.setObjectName("segmentPublic")
        self.public_box.setAccessibleName(tr("Members can see this segment"))
        self.read_aloud_edit = QPlainTextEdit()
        self.read_aloud_edit.setAccessibleName(tr("Text to read aloud"))
        self.read_aloud_edit.setTabChangesFocus(True)
        # A few lines each, so the form fits beside the list; longer text scrolls.
        line = self.fontMetrics().lineSpacing()
        self.read_aloud_edit.setMinimumHeight(line * 3)
        self.read_aloud_edit.setMaximumHeight(line * 6)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("segmentNote")
        self.note_edit.setAccessibleName(tr("Facilitator-only note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(line * 3)
        self.note_edit.setMaximumHeight(line * 5)
        self.resources = paragraph_label()
        self.resources.setAccessibleName(tr("Linked resources"))
        self.link_resources_button = QPushButton(tr("Link coping resources…"))
        self.link_resources_button.setObjectName("linkResourcesButton")
        self.link_resources_button.setAccessibleName(tr("Link coping resources to this segment"))
        self.save_button = QPushButton(tr("Sa&ve segment"))
        self.save_button.setObjectName("saveSegmentButton")
        self.save_button.setAccessibleName(tr("Save segment"))
        self.save_button.setToolTip(tr("Ctrl+S"))
        self.stale = StaleEditBanner(
            "reloadSegmentButton", tr("Show the segment as it is saved now"), self
        )
        form = QFormLayout()
        # Labels above their fields: beside the list the form is narrow, and the long
        # "Facilitator note" label would leave the fields too little room.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, widget in (
            (tr("T&itle:"), self.title_edit),
            (tr("Min&utes:"), self.minutes_box),
            (tr("&Kind:"), self.kind_box),
            (tr("&Read aloud:"), self.read_aloud_edit),
            (tr("Facilitator note (never sho&wn to members):"), self.note_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.public_box)
        form.addRow(self.resources)
        form.addRow(self.link_resources_button)
        form.addRow(self.save_button)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save_button.click)

        self.topics = QListWidget()
        self.topics.setObjectName("topicBacklog")
        self.topics.setAccessibleName(tr("Topic backlog"))
        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("newTopic")
        self.topic_edit.setAccessibleName(tr("New topic"))
        self.topic_edit.setMaxLength(TOPIC_MAX)
        self.topic_edit.setPlaceholderText(tr("A topic to talk about at a later meeting"))
        self.add_topic_button = QPushButton(tr("Add topic"))
        self.pick_topic_button = QPushButton(tr("Put on this agenda"))
        self.pick_topic_button.setObjectName("pickTopicButton")
        self.drop_topic_button = QPushButton(tr("Set topic aside"))
        topic_row = QVBoxLayout()
        topic_row.addWidget(self.topic_edit)
        topic_row.addLayout(
            flow_row(self.add_topic_button, self.pick_topic_button, self.drop_topic_button)
        )
        for button in (self.add_topic_button, self.pick_topic_button, self.drop_topic_button):
            button.setAccessibleName(button.text().replace("&", ""))
        topics_caption = QLabel(tr("Topic back&log (raised at meetings or added by you):"))
        topics_caption.setWordWrap(True)
        topics_caption.setBuddy(self.topics)

        self.print_agenda_button = QPushButton(tr("&Print agenda…"))
        self.print_agenda_button.setObjectName("printAgendaButton")
        self.print_agreement_button = QPushButton(tr("Print group agreement…"))
        self.print_agreement_button.setObjectName("printAgreementButton")
        self.large_print_box = QCheckBox(tr("Large print"))
        self.facilitator_copy_box = QCheckBox(tr("Facilitators' copy (with notes)"))
        note = printer_note()
        printing: list[QPushButton | QCheckBox] = [
            self.print_agenda_button,
            self.print_agreement_button,
            self.large_print_box,
            self.facilitator_copy_box,
        ]
        for printable in printing:
            printable.setAccessibleName(printable.text().replace("&", "").rstrip("…"))
        self.print_agenda_button.setAccessibleDescription(note)
        self.print_agreement_button.setAccessibleDescription(note)
        print_row = flow_row(*printing)
        self.print_note = paragraph_label(note)

        self.message = paragraph_label()
        self.message.setObjectName("agendaMessage")
        self.message.setAccessibleName(tr("Message"))
        self.message.setVisible(False)

        # The parts and the selected part's fields side by side, so the part being
        # edited, down to its Save button, shows on a 1366×768 screen without
        # scrolling; one above the other when there is no room (200 % zoom).
        parts = QVBoxLayout()
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(caption)
        parts.addWidget(self.segments, 2)
        parts.addWidget(self.total)
        parts.addLayout(order_row)
        parts.addWidget(topics_caption)
        parts.addWidget(self.topics, 1)
        parts.addLayout(topic_row)
        parts_pane = QWidget()
        parts_pane.setObjectName("agendaPartsPane")
        parts_pane.setLayout(parts)
        editor = QVBoxLayout()
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.stale)
        editor.addLayout(form)
        editor.addStretch(1)  # the fields stay at the top, beside the list
        editor_pane = QWidget()
        editor_pane.setObjectName("segmentEditorPane")
        editor_pane.setLayout(editor)
        self.editor_split = EditorSplit()
        self.editor_split.setObjectName("agendaEditorSplit")
        self.editor_split.addWidget(parts_pane)
        self.editor_split.addWidget(editor_pane)
        self.editor_split.setStretchFactor(0, 1)
        self.editor_split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(meeting_row)
        layout.addLayout(template_row)
        layout.addWidget(self.editor_split, 1)
        layout.addLayout(print_row)
        layout.addWidget(self.print_note)
        layout.addWidget(self.message)
        chain_tab_order(
            [
                self.move_button,
                self.cancel_button,
                self.restore_button,
                self.run_button,
                self.templates_button,
                self.save_template_button,
                self.manage_templates_button,
                self.segments,
                self.add_button,
                self.up_button,
                self.down_button,
                self.remove_button,
                self.title_edit,
                self.minutes_box,
                self.kind_box,
                self.read_aloud_edit,
                self.note_edit,
                self.public_box,
                self.save_button,
                self.link_resources_button,
                self.topics,
                self.topic_edit,
                self.add_topic_button,
                self.pick_topic_button,
                self.drop_topic_button,
                self.print_agenda_button,
                self.print_agreement_button,
                self.large_print_box,
                self.facilitator_copy_box,
            ]
        )

    # ------------------------------------------------------------------ showing
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_meeting(self, heading: str, status: str, *, cancelled: bool, stored: bool) -> None:
        self.heading.setText(heading)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.cancel_button.setVisible(not cancelled)
        self.restore_button.setVisible(cancelled)
        self.run_button.setEnabled(not cancelled)
        self.save_template_button.setEnabled(stored)

    def show_segments(self, rows: list[tuple[str, str, bool]], select: int) -> None:
        """(segment id, row text, runs past the end) per segment."""
        # Only the list's own signals wait: its model must still tell the view about the
        # new rows, or the view never lays them out (the list looked empty).
        blocker = self.segments.blockSignals(True)
        self.segments.clear()
        for segment_id, text, over in rows:
            item = QListWidgetItem(text)
            item.setData(SEGMENT_ID, segment_id)
            if over:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.segments.addItem(item)
        self.segments.blockSignals(blocker)
        if 0 <= select < self.segments.count():
            self.segments.setCurrentRow(select)
        else:
            self.segments.currentRowChanged.emit(self.segments.currentRow())

    def show_total(self, text: str) -> None:
        self.total.setText(text)

    def fields(self) -> SegmentFields:
        return (
            self.title_edit.text(),
            self.minutes_box.value(),
            SegmentKind(self.kind_box.currentData()),
            self.public_box.isChecked(),
            self.read_aloud_edit.toPlainText(),
            self.note_edit.toPlainText(),
        )

    def show_fields(self, fields: SegmentFields | None, resources: str = "") -> None:
        title, minutes, kind, public, read_aloud, note = fields or (
            "",
            0,
            SegmentKind.DISCUSSION,
            True,
            "",
            "",
        )
        self.title_edit.setText(title)
        self.minutes_box.setValue(minutes)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        self.public_box.setChecked(public)
        self.read_aloud_edit.setPlainText(read_aloud)
        self.note_edit.setPlainText(note)
        self.resources.setText(resources)
        self.resources.setVisible(bool(resources))
        editing: list[QWidget] = [
            self.title_edit,
            self.minutes_box,
            self.kind_box,
            self.public_box,
            self.read_aloud_edit,
            self.note_edit,
            self.save_button,
            self.link_resources_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ]
        for widget in editing:
            widget.setEnabled(fields is not None)

    def show_topics(self, rows: list[tuple[str, str]]) -> None:
        self.topics.clear()
        for topic_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(SEGMENT_ID, topic_id)
            self.topics.addItem(item)
        if rows:
            self.topics.setCurrentRow(0)

    def current_topic(self) -> str | None:
        item = self.topics.currentItem()
        return None if item is None else str(item.data(SEGMENT_ID))
