"""The shared frame of the dialogs in which someone chooses a new passphrase.

Used by the change-passphrase and add-facilitator dialogs: a form that ends in the
new-passphrase rows (a suggestion is typed once more), a message line, OK and Cancel.
The key derivation runs as a typed operation off the GUI thread while the inputs are disabled;
typed passphrases are cleared from the widgets when the dialog closes.

A subclass adds its own rows to ``self.form`` and then calls ``_finish_layout``; it
implements ``_inputs_ready``, ``_start`` (which calls ``_run``) and ``_succeeded``, and
may extend ``_explain`` for errors that belong next to its own fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import PassphraseRejected
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField
from safespace_desktop.ui.wording.errors import describe

WIDTH_CHARS = 100


class NewPassphraseDialog(QDialog):
    def __init__(
        self,
        context: SessionContext,
        *,
        ok_text: str,
        new_label: str,
        new_accessible_name: str,
        confirm_label: str,
        confirm_accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self._own_inputs: list[QLineEdit | PassphraseField] = []

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.new_passphrase = NewPassphraseFields(
            self,
            label_text=new_label,
            accessible_name=new_accessible_name,
            confirm_label_text=confirm_label,
            confirm_accessible_name=confirm_accessible_name,
            retype_suggestion=True,
        )

        self.message = paragraph_label(parent=self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(
        self, header: Sequence[QWidget], inputs: Sequence[QLineEdit | PassphraseField]
    ) -> None:
        """Lay out ``header`` above the form; ``inputs`` are the subclass's own fields."""
        self._own_inputs = list(inputs)
        self.new_passphrase.add_to(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        for widget in header:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)

        order: list[QWidget] = []
        for field in inputs:
            order += [field.edit, field.toggle] if isinstance(field, PassphraseField) else [field]
        chain_tab_order(
            [
                *order,
                *self.new_passphrase.widgets_in_tab_order(),
                self.ok_button,
                self.cancel_button,
            ]
        )

        new = self.new_passphrase
        for field in inputs:
            field.textChanged.connect(self._update_ok)
        inputs[-1].returnPressed.connect(new.passphrase.setFocus)
        new.passphrase.returnPressed.connect(new.confirm.setFocus)
        new.confirm.returnPressed.connect(self._submit)
        new.changed.connect(self._update_ok)
        self._update_ok()
        inputs[0].setFocus()

    # -- for subclasses -------------------------------------------------------------------
    def _inputs_ready(self) -> bool:
        raise NotImplementedError

    def _start(self) -> None:
        raise NotImplementedError

    def _succeeded(self, result: Any) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[..., Any], *args: object, progress_text: str) -> None:
        """Run ``work(*args)`` (a service call, never a widget's method) as an operation."""
        self._context.ops.collection(
            self, lambda _ctx: work(*args), ChangeSet.kinds(RecordKind.ACCOUNT)
        ).on_success(self._on_done).on_failure(self._on_error).with_progress(progress_text).run()

    def _explain(self, exc: BaseException) -> None:
        self._show_message(describe(exc))
        if isinstance(exc, PassphraseRejected):
            self.new_passphrase.passphrase.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- internals ------------------------------------------------------------------------
    def _update_ok(self, *_args: object) -> None:
        ready = self._inputs_ready() and self.new_passphrase.is_acceptable()
        self.ok_button.setEnabled(ready and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in self._own_inputs:
            field.setEnabled(not busy)
        self.new_passphrase.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_ok()

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self._show_message("")
        self._set_busy(True)
        self._start()

    def _on_done(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._succeeded(result)

    def _on_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self._explain(exc)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        # Don't keep typed passphrases in widgets any longer than needed.
        self.new_passphrase.clear()
        super().done(result)
