"""Decides what "My safety plan" does: read, save and print, each through typed operations.

The plan is sealed under the person's own journal key by ``SafetyPlanService`` (only
they can open it; a facilitator's session has no way to). Printing happens only after
the person presses a Print button and reads the shared-printer warning
(a shared-printer warning); the plan is laid out in memory and sent straight to the printer.
The app never contacts anyone. F2 opens this page from anywhere in the member's space.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import SafeSpaceError, StaleEdit
from safespace_desktop.core.model import SafetyPlan
from safespace_desktop.services.safety_plan import SafetyPlanService, clean_plan
from safespace_desktop.ui.runtime.file_locations import prepare_printer
from safespace_desktop.ui.safety_plan.printing import paint_card, paint_plan
from safespace_desktop.ui.safety_plan.view import SafetyPlanView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe

PLAN_CHANGED = ChangeSet.kinds(RecordKind.SAFETY_PLAN)


class SafetyPlanController(QObject):
    def __init__(self, context: SessionContext, view: SafetyPlanView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = SafetyPlanService(context.vault)
        self.saved_plan = SafetyPlan()
        view.edited.connect(self.refresh_state)
        view.save_button.clicked.connect(self.save)
        view.stale.reload_button.clicked.connect(self.load)  # only ever because the person chose it
        view.print_plan_button.clicked.connect(self.print_plan)
        view.print_card_button.clicked.connect(self.print_card)
        # An imported journal backup may bring a plan: read it again, unless editing.
        context.changes.follow(view, [RecordKind.SAFETY_PLAN], self._on_changes)
        self.load()

    # -- state ------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.view.current_plan() != self.saved_plan or self.view.has_pending_lines()

    def refresh_state(self) -> None:
        dirty = self.has_unsaved_changes()
        if dirty:
            text = self.tr("You have changes that aren't saved yet.")
        elif self.saved_plan.is_empty:
            text = self.tr("Nothing written yet.")
        else:
            text = self.tr("✓ Your plan is saved.")
        self.view.show_state(text, can_save=dirty, can_print=not self.view.current_plan().is_empty)

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.get()).on_success(
            self._loaded
        ).on_failure(lambda exc: self.view.say(describe(exc))).with_busy(self.view.set_busy).run()

    def _loaded(self, plan: SafetyPlan) -> None:
        self.saved_plan = plan
        self.view.show_stale("")
        self.view.show_plan(plan)
        self.refresh_state()

    def _on_changes(self, _changes: ChangeSet) -> None:
        if not self.has_unsaved_changes():
            self.load()

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        self.view.take_pending_lines()
        service, plan = self.service, self.view.current_plan()
        expected_rev = self.saved_plan.rev  # the revision the page shows was read at

        def saved(result: SafetyPlan) -> None:
            self.saved_plan = result
            self.view.show_plan(result)
            self.view.say("")
            self.view.show_stale("")
            self.refresh_state()
            self.context.signals.status_message.emit(
                self.tr("Your safety plan is saved. Only you can open it.")
            )

        self.context.ops.collection(
            self.view, lambda _ctx: service.save(plan, expected_rev=expected_rev), PLAN_CHANGED
        ).on_success(saved).on_failure(self._not_saved).run()

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            # Changed elsewhere first: the typing stays, and Reload offers the saved plan.
            self.view.say("")
            self.view.show_stale(describe(exc))
        else:
            self.view.say(describe(exc))

    # -- printing ---------------------------------------------------------------------------
    def print_plan(self) -> None:
        self._print(card=False)

    def print_card(self) -> None:
        self._print(card=True)

    def _print(self, *, card: bool) -> None:
        """Warn about shared printers first; print only if the person goes on."""
        view = self.view
        view.take_pending_lines()
        try:
            plan = clean_plan(view.current_plan())  # a pure check: no database, no keys
        except SafeSpaceError as exc:
            view.say(describe(exc))
            return
        if plan.is_empty:
            view.say(self.tr("Your plan is empty. Add a few lines first, then print it."))
            return
        if not ask(
            view,
            self.tr("Before you print"),
            self.tr(
                "Printing sends your safety plan to the printer. On a shared PC or printer, "
                "copies can stay in the print queue: collect it straight away."
            ),
            self.tr("Continue to print"),
            destructive=True,
        ):
            view.say(self.tr("Nothing was printed."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # Print queues on a shared computer show the job name to everyone: keep it neutral.
        printer.setDocName(self.tr("SafeSpace printout"))
        prepare_printer(printer)  # "Print to file" starts in a sensible folder, not home
        dialog = QPrintDialog(printer, view)
        dialog.setWindowTitle(self.tr("Print"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                view.say(self.tr("Nothing was printed."))
                return
            target = dialog.printer()
            if card:
                fits = paint_card(target, plan, view.font())
            else:
                paint_plan(target, plan, view.font())
                fits = True
        except OSError:
            view.say(self.tr("The printer could not be started. Nothing was printed."))
            return
        finally:
            dialog.deleteLater()
        done = self.tr("Sent to the printer. Please collect it straight away.")
        if not fits:
            done += " " + self.tr("Some lines did not fit on the card; the full plan has them all.")
        view.say(done)
