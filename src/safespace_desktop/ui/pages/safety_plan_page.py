"""My safety plan: six short lists and reasons for living, in the person's own words.

Sealed under the person's own journal key by ``SafetyPlanService`` (only they can open
it; a facilitator's session has no way to). Printing happens only after the person
presses a Print button and reads the shared-printer warning (``PRINT_WARNING``); the
plan is laid out in memory and sent straight to the printer. The app never contacts
anyone. F2 opens this page from anywhere in the member's space (see ``Workspace``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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

from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.core.model import SAFETY_PLAN_SECTIONS, SafetyPlan
from safespace_desktop.services.safety_plan import (
    ITEM_MAX,
    ITEMS_MAX,
    PRINT_WARNING,
    SafetyPlanService,
    clean_plan,
)
from safespace_desktop.ui.context import SessionContext
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.safety_plan_print import heading_for, paint_card, paint_plan
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.widgets.editable_list import EditableList
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import PAGE_WIDTH_CHARS, chain_tab_order


class SafetyPlanPage(QWidget):
    """``SafetyPlanPage(context)``: edit, save and print the unlocked person's own plan."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = SafetyPlanService(context.vault)
        self.saved_plan = SafetyPlan()
        self.editors: dict[str, EditableList] = {}
        em = self.fontMetrics().height()

        title = heading_label(self.tr("My safety plan"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "A safety plan is a short list, in your own words, of what helps when things "
                "feel like too much. Fill in as much or as little as you like, and change it "
                "whenever you want. When you need it, start at the top and keep going until "
                "you feel safer."
            )
        )
        privacy = paragraph_label(
            self.tr(
                "Your plan is sealed with your own key, so only you can open it. This app "
                "never contacts anyone for you. Press F2 at any time to come back to this "
                "page. If you are in danger right now, please call your local emergency number."
            )
        )
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(privacy)
        hints = self._hints()
        previous: list[QWidget] = []
        for number, (name, _title) in enumerate(SAFETY_PLAN_SECTIONS, start=1):
            heading_text = heading_for(name, number)
            heading = QLabel(heading_text)
            heading.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))
            heading.setWordWrap(True)
            hint = paragraph_label(hints[name])
            editor = EditableList(heading_text, max_items=ITEMS_MAX, max_length=ITEM_MAX)
            editor.list.setAccessibleDescription(
                hints[name] + " " + editor.list.accessibleDescription()
            )
            heading.setBuddy(editor.list)
            editor.changed.connect(self._refresh_state)
            editor.add_edit.textChanged.connect(self._refresh_state)
            self.editors[name] = editor
            previous += editor.widgets_in_tab_order()
            column.addSpacing(em * 2 // 3)
            column.addWidget(heading)
            column.addWidget(hint)
            column.addWidget(editor)
        column.addStretch(1)

        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS)
        content.setLayout(column)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)

        # Footer: always visible, whatever the scroll position --------------------------------
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Whether your plan is saved"))
        self.save_button = QPushButton(self.tr("&Save my plan"))
        self.print_plan_button = QPushButton(self.tr("&Print the plan…"))
        self.print_card_button = QPushButton(self.tr("Print a &wallet card…"))
        printer_hint = self.tr("Printing asks first: shared printers can keep a copy.")
        for button in (self.print_plan_button, self.print_card_button):
            button.setAccessibleDescription(printer_hint)
            button.setToolTip(printer_hint)
        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.NoFrame)
        footer.setAutoFillBackground(True)
        footer.setBackgroundRole(QPalette.ColorRole.Window)
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(em * 2, em // 2, em * 2, em // 2)
        row = QHBoxLayout()
        row.setSpacing(em // 2)
        row.addWidget(self.save_button)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.print_plan_button)
        row.addWidget(self.print_card_button)
        footer_layout.addWidget(self.message)
        footer_layout.addLayout(row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(line)
        outer.addWidget(footer)

        chain_tab_order(
            [*previous, self.save_button, self.print_plan_button, self.print_card_button]
        )
        self.save_button.clicked.connect(self.save)
        self.print_plan_button.clicked.connect(self.print_plan)
        self.print_card_button.clicked.connect(self.print_card)
        self.reload()

    def nav_title(self) -> str:
        return self.tr("My safety plan")

    def _hints(self) -> dict[str, str]:
        return {
            "warning_signs": self.tr(
                "Thoughts, feelings, situations or things you notice in yourself when things "
                "start to get harder."
            ),
            "coping_on_my_own": self.tr(
                "Small things that help you feel a bit better by yourself, like a walk, music, "
                "a shower or slow breathing."
            ),
            "distractions": self.tr(
                "People you can be around and places you can go that take your mind off "
                "things, even for a little while."
            ),
            "people_to_ask": self.tr(
                "People you trust and can ask for help. You could add how to reach them."
            ),
            "professionals": self.tr(
                "Your doctor, a counsellor, a helpline or another service, with their number "
                "and when they are open."
            ),
            "safer_surroundings": self.tr(
                "Things you can do, perhaps with someone's help, to make where you are safer "
                "while things are hard."
            ),
            "reasons_for_living": self.tr(
                "The people, pets, hopes, plans and small things that matter to you and keep "
                "you going."
            ),
        }

    # -- state ------------------------------------------------------------------------------
    def current_plan(self) -> SafetyPlan:
        """The plan as it is on screen (lines typed but not yet added are not included)."""
        return SafetyPlan(**{name: editor.items() for name, editor in self.editors.items()})

    def has_unsaved_changes(self) -> bool:
        return self.current_plan() != self.saved_plan or any(
            editor.pending_text() for editor in self.editors.values()
        )

    def _refresh_state(self, *_args: object) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        if dirty:
            self.state_label.setText(self.tr("You have changes that aren't saved yet."))
        elif self.saved_plan.is_empty:
            self.state_label.setText(self.tr("Nothing written yet."))
        else:
            self.state_label.setText(self.tr("✓ Your plan is saved."))
        self.print_plan_button.setEnabled(not self.current_plan().is_empty)
        self.print_card_button.setEnabled(not self.current_plan().is_empty)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # An imported journal file may have brought a plan: read again, unless editing.
        if not event.spontaneous() and not self.has_unsaved_changes():
            self.reload()

    def reload(self) -> None:
        try:
            self.saved_plan = self.service.get()
        except SafeSpaceError as exc:
            self._show_message(describe(exc))
            return
        for name, editor in self.editors.items():
            editor.set_items(getattr(self.saved_plan, name))
        self._refresh_state()

    # -- actions ----------------------------------------------------------------------------
    def _take_pending_lines(self) -> None:
        """Lines typed into an add field count too, as if Add had been pressed."""
        for editor in self.editors.values():
            if editor.pending_text():
                editor.add_typed_line()

    def save(self) -> bool:
        self._take_pending_lines()
        try:
            saved = self.service.save(self.current_plan())
        except SafeSpaceError as exc:
            self._show_message(describe(exc))
            return False
        self.saved_plan = saved
        for name, editor in self.editors.items():
            if editor.items() != getattr(saved, name):
                editor.set_items(getattr(saved, name))
        self._show_message("")
        self._refresh_state()
        self.context.signals.status_message.emit(
            self.tr("Your safety plan is saved. Only you can open it.")
        )
        return True

    def print_plan(self) -> None:
        self._print(card=False)

    def print_card(self) -> None:
        self._print(card=True)

    def _print(self, *, card: bool) -> None:
        """Warn about shared printers first; print only if the person goes on."""
        self._take_pending_lines()
        try:
            plan = clean_plan(self.current_plan())
        except SafeSpaceError as exc:
            self._show_message(describe(exc))
            return
        if plan.is_empty:
            self._show_message(self.tr("Your plan is empty. Add a few lines first, then print it."))
            return
        if not ask(
            self,
            self.tr("Before you print"),
            QCoreApplication.translate("SafetyPlanPage", PRINT_WARNING),
            self.tr("Continue to print"),
            destructive=True,
        ):
            self._show_message(self.tr("Nothing was printed."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # Print queues on a shared computer show the job name to everyone: keep it neutral.
        printer.setDocName(self.tr("SafeSpace printout"))
        from safespace_desktop.ui.file_locations import prepare_printer

        prepare_printer(printer)  # "Print to file" starts in a sensible folder, not home
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._show_message(self.tr("Nothing was printed."))
                return
            target = dialog.printer()
            if card:
                fits = paint_card(target, plan, self.font())
            else:
                paint_plan(target, plan, self.font())
                fits = True
        except OSError:
            self._show_message(self.tr("The printer could not be started. Nothing was printed."))
            return
        finally:
            dialog.deleteLater()
        done = self.tr("Sent to the printer. Please collect it straight away.")
        if not fits:
            done += " " + self.tr("Some lines did not fit on the card; the full plan has them all.")
        self._show_message(done)
