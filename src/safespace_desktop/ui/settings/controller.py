"""Decides what the Group settings page does: one read, and one save of the whole form.

The save is one operation and one transaction (``services.group_settings.save``): the
group's name, the auto-lock times, the retention reminder and the vault label are all
kept, or, if anything is refused, none of them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit, ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.services import group_settings
from safespace_desktop.services.group_settings import GroupSettingsForm, Revisions
from safespace_desktop.ui.dialogs.add_facilitator import AddFacilitatorDialog
from safespace_desktop.ui.dialogs.consent_wording import ConsentWordingDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.settings.view import MAX_LOCK_MINUTES, MIN_LOCK_MINUTES, SettingsView
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

SAVED_KINDS = (RecordKind.GROUP_SETTINGS, RecordKind.ROSTER_SETTINGS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupSettings", text)


def _minutes(seconds: int) -> int:
    return min(MAX_LOCK_MINUTES, max(MIN_LOCK_MINUTES, round(seconds / 60)))


def _as_fields(form: GroupSettingsForm) -> tuple[str, int, int, int, str, bool]:
    settings = form.settings
    return (
        settings.group_name,
        _minutes(settings.facilitator_lock_seconds),
        _minutes(settings.member_lock_seconds),
        form.retention_months,
        form.label,
        form.keep_talk_totals,
    )


class SettingsController(QObject):
    def __init__(self, context: SessionContext, view: SettingsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.saved: tuple[str, int, int, int, str, bool] | None = None
        self.revisions: Revisions | None = None  # what the shown fields were read at
        self._saving = False
        view.name_edit.textEdited.connect(self._edited)
        view.label_edit.textEdited.connect(self._edited)
        for box in (view.facilitator_minutes, view.member_minutes, view.retention_months):
            box.valueChanged.connect(self._edited)
        view.keep_talk_totals.toggled.connect(self._edited)
        view.name_edit.returnPressed.connect(self.save)
        view.label_edit.returnPressed.connect(self.save)
        view.save_button.clicked.connect(self.save)
        view.stale.reload_button.clicked.connect(self.load)  # only ever because the person chose it
        view.wording_button.clicked.connect(self.open_wording_editor)
        view.add_button.clicked.connect(self.open_add_facilitator)
        view.save_button.setEnabled(False)
        context.changes.follow(view, [RecordKind.GROUP_SETTINGS], self._on_changes)
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        vault = self.context.vault
        self.context.ops.query(self.view, lambda _ctx: group_settings.read(vault)).on_success(
            self._show
        ).on_failure(self._load_failed).with_busy(self.view.set_busy).run()

    def _show(self, form: GroupSettingsForm) -> None:
        self.saved = _as_fields(form)
        self.revisions = form.revisions
        self.view.show_stale("")
        self.view.show_fields(self.saved)
        self._edited()
        self.view.say("")

    def _load_failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
        self.view.save_button.setEnabled(False)

    def _on_changes(self, _changes: ChangeSet) -> None:
        if not self._saving and not self.dirty():
            self.load()

    # ------------------------------------------------------------------ editing
    def dirty(self) -> bool:
        if self.saved is None:
            return False
        name, facilitator, member, months, label, talk = self.view.fields()
        saved_name, facilitator_was, member_was, months_was, label_was, talk_was = self.saved
        return (name.strip(), facilitator, member, months, label.strip(), talk) != (
            saved_name.strip(),
            facilitator_was,
            member_was,
            months_was,
            label_was.strip(),
            talk_was,
        )

    def _edited(self, *_args: object) -> None:
        self.view.say("")
        self.view.save_button.setEnabled(not self._saving and self.dirty())

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        if self._saving or not self.view.save_button.isEnabled():
            return
        name, facilitator, member, months, label, talk = self.view.fields()
        form = GroupSettingsForm(
            GroupSettings(name.strip(), facilitator * 60, member * 60), months, label, talk
        )
        vault, expected = self.context.vault, self.revisions
        self._saving = True
        self.view.save_button.setEnabled(False)
        self.view.say("")
        self.context.ops.collection(
            self.view,
            lambda _ctx: group_settings.save(vault, form, expected=expected),
            ChangeSet.kinds(*SAVED_KINDS),
        ).on_success(self._saved).on_failure(self._refused).on_finished(self._done).run()

    def _done(self) -> None:
        self._saving = False
        self.view.save_button.setEnabled(self.dirty())

    def _saved(self, form: GroupSettingsForm) -> None:
        self.saved = _as_fields(form)
        self.revisions = form.revisions
        self.view.show_stale("")
        self._saving = False
        self.view.show_fields(self.saved)
        self.view.say(_tr("✓ Saved."))
        self.context.signals.status_message.emit(_tr("Group settings saved."))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            # Changed elsewhere first: the typing stays, and Reload offers the saved settings.
            self.view.say("")
            self.view.show_stale(describe(exc))
            return
        self.view.say(fill(_tr("Not saved yet. %1"), describe(exc)))
        if isinstance(exc, ValidationError):
            target = self.view.field_widget(exc.field)
            if target is not None:
                target.setFocus()

    # ------------------------------------------------------------------ dialogs
    def open_wording_editor(self) -> None:
        for dialog in self.view.findChildren(ConsentWordingDialog):
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.raise_()
                return
        dialog = ConsentWordingDialog(self.context, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_add_facilitator(self) -> None:
        for old in self.view.findChildren(AddFacilitatorDialog):
            old.deleteLater()
        AddFacilitatorDialog(self.context, self.view).open()
