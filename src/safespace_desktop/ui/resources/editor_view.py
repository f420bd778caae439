"""The resource editor's layout: kind-dependent local-service fields, audience, tags,
content note, review interval. It lays out and shows; the controller decides."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.resources import model as resource_model
from safespace_desktop.core.resources.model import (
    CONTENT_NOTE_MAX,
    REVIEW_MONTHS_MAX,
    REVIEW_MONTHS_MIN,
    TITLE_MAX,
    Audience,
    ResourceDraft,
    ResourceKind,
    parse_tags,
)
from safespace_desktop.ui.resources import wording
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate


class EditorPanel(QWidget):
    kind_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceEditor")
        self.heading = heading_label(self.tr("New resource"), 1.2, weight=QFont.Weight.DemiBold)
        self.title_edit = self._line(self.tr("Title"), TITLE_MAX)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind"))
        for kind in ResourceKind:
            self.kind_box.addItem(wording.kind_name(kind), kind.value)
        self.audience_box = QComboBox()
        self.audience_box.setAccessibleName(self.tr("Who can read it"))
        for audience in Audience:
            self.audience_box.addItem(wording.audience_name(audience), audience.value)
        self.tags_edit = self._line(self.tr("Tags, separated by commas"), 400)
        self.note_edit = self._line(self.tr("Content note"), CONTENT_NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("For example: mentions self-harm"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Text"))
        self.body_edit.setAccessibleDescription(
            self.tr("Light formatting: *italic*, **bold**, lists starting with - or 1.")
        )
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(self.fontMetrics().height() * 10)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Kind:"), self.kind_box),
            (self.tr("&Who can read it:"), self.audience_box),
            (self.tr("T&ags:"), self.tags_edit),
            (self.tr("Content &note:"), self.note_edit),
            (self.tr("Te&xt:"), self.body_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)

        # Contact details: every kind may give a phone or address (then it is checked
        # now and then); a local service shows all of its details.
        self.service_box = QGroupBox(self.tr("Service details"))
        self.offers_edit = self._text(self.tr("What it offers"))
        self.phone_edit = self._line(self.tr("Phone"), 60)
        self.address_edit = self._text(self.tr("Address"))
        self.hours_edit = self._text(self.tr("Opening hours"))
        self.directions_edit = self._text(self.tr("How to get there"))
        self.access_edit = self._text(self.tr("Accessibility"))
        service_form = QFormLayout(self.service_box)
        self._service_only: list[QWidget] = []
        for caption, field, service_only in (
            (self.tr("What it &offers:"), self.offers_edit, True),
            (self.tr("&Phone:"), self.phone_edit, False),
            (self.tr("A&ddress:"), self.address_edit, False),
            (self.tr("Opening &hours:"), self.hours_edit, True),
            (self.tr("How to &get there:"), self.directions_edit, True),
            (self.tr("Acc&essibility:"), self.access_edit, True),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            service_form.addRow(label, field)
            if service_only:
                self._service_only += [label, field]

        self.checked_box = QCheckBox(self.tr("Details &checked on"))
        self.checked_box.setAccessibleName(self.tr("Details checked"))
        self.checked_date = QDateEdit()
        self.checked_date.setAccessibleName(self.tr("Date the details were checked"))
        self.checked_date.setCalendarPopup(True)
        self.review_spin = QSpinBox()
        self.review_spin.setAccessibleName(self.tr("Check again after, in months"))
        self.review_spin.setRange(REVIEW_MONTHS_MIN, REVIEW_MONTHS_MAX)
        self.review_spin.setSuffix(self.tr(" months"))
        review_label = QLabel(self.tr("Check a&gain after:"))
        review_label.setBuddy(self.review_spin)
        service_form.addRow(self.checked_box, self.checked_date)
        service_form.addRow(review_label, self.review_spin)
        self.checked_box.toggled.connect(self.checked_date.setEnabled)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveResourceButton")
        self.save_button.setAccessibleName(self.tr("Save resource"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.stale = StaleEditBanner(
            "reloadResourceButton",
            self.tr("Show the saved version of this resource instead of what you typed"),
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(form)
        column.addWidget(self.service_box)
        column.addLayout(left_aligned(self.save_button, self.cancel_button))
        column.addWidget(self.stale)
        column.addWidget(self.message)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        chain_tab_order(
            [
                self.title_edit,
                self.kind_box,
                self.audience_box,
                self.tags_edit,
                self.note_edit,
                self.body_edit,
                self.offers_edit,
                self.phone_edit,
                self.address_edit,
                self.hours_edit,
                self.directions_edit,
                self.access_edit,
                self.checked_box,
                self.checked_date,
                self.review_spin,
                self.save_button,
                self.cancel_button,
                self.stale.reload_button,
            ]
        )
        self.show_draft(ResourceDraft(""), today=date.today(), new=True)

    # ------------------------------------------------------------------ showing
    def show_draft(self, draft: ResourceDraft, *, today: date, new: bool) -> None:
        self.heading.setText(self.tr("New resource") if new else self.tr("Edit resource"))
        self.title_edit.setText(draft.title)
        self.kind_box.setCurrentIndex(self.kind_box.findData(draft.kind.value))
        self.audience_box.setCurrentIndex(self.audience_box.findData(draft.audience.value))
        self.tags_edit.setText(", ".join(draft.tags))
        self.note_edit.setText(draft.content_note)
        self.body_edit.setPlainText(draft.body)
        service = draft.service
        self.offers_edit.setPlainText(service.offers)
        self.phone_edit.setText(service.phone)
        self.address_edit.setPlainText(service.address)
        self.hours_edit.setPlainText(service.hours)
        self.directions_edit.setPlainText(service.directions)
        self.access_edit.setPlainText(service.accessibility)
        self.checked_box.setChecked(draft.last_checked is not None)
        self.checked_date.setEnabled(draft.last_checked is not None)
        self.checked_date.setDate(to_qdate(draft.last_checked or today))
        self.review_spin.setValue(draft.review_months)
        self.say("")
        self.stale.say("")
        self._kind_changed()

    def draft(self) -> ResourceDraft:
        """What is typed now (tags parsed; the service checks the rest)."""
        kind = ResourceKind(self.kind_box.currentData())
        return ResourceDraft(
            title=self.title_edit.text(),
            kind=kind,
            body=self.body_edit.toPlainText(),
            tags=parse_tags(self.tags_edit.text()),
            content_note=self.note_edit.text(),
            audience=Audience(self.audience_box.currentData()),
            service=resource_model.LocalService(
                offers=self.offers_edit.toPlainText(),
                phone=self.phone_edit.text(),
                address=self.address_edit.toPlainText(),
                hours=self.hours_edit.toPlainText(),
                directions=self.directions_edit.toPlainText(),
                accessibility=self.access_edit.toPlainText(),
            ),
            last_checked=from_qdate(self.checked_date.date())
            if self.checked_box.isChecked()
            else None,
            review_months=self.review_spin.value(),
        )

    # The editor's widgets as plain values (nothing parsed, so nothing can be refused):
    # what is kept as a sealed draft when the app locks mid-edit.
    _LINES = ("title_edit", "tags_edit", "note_edit", "phone_edit")
    _TEXTS = (
        "body_edit",
        "offers_edit",
        "address_edit",
        "hours_edit",
        "directions_edit",
        "access_edit",
    )

    def typed(self) -> dict[str, str | int | bool]:
        values: dict[str, str | int | bool] = {
            name: getattr(self, name).text() for name in self._LINES
        }
        values |= {name: getattr(self, name).toPlainText() for name in self._TEXTS}
        values |= {
            "kind": str(self.kind_box.currentData()),
            "audience": str(self.audience_box.currentData()),
            "checked": self.checked_box.isChecked(),
            "checked_on": from_qdate(self.checked_date.date()).isoformat(),
            "review_months": self.review_spin.value(),
        }
        return values

    def show_typed(self, values: dict[str, object]) -> None:
        """Put back what ``typed()`` returned (unknown or missing values are left)."""
        for name in self._LINES:
            if isinstance(values.get(name), str):
                getattr(self, name).setText(values[name])
        for name in self._TEXTS:
            if isinstance(values.get(name), str):
                getattr(self, name).setPlainText(values[name])
        for box, name in ((self.kind_box, "kind"), (self.audience_box, "audience")):
            index = box.findData(values.get(name))
            if index >= 0:
                box.setCurrentIndex(index)
        self.checked_box.setChecked(bool(values.get("checked")))
        self.checked_date.setEnabled(self.checked_box.isChecked())
        with contextlib.suppress(ValueError):
            self.checked_date.setDate(to_qdate(date.fromisoformat(str(values.get("checked_on")))))
        months = values.get("review_months")
        if isinstance(months, int):
            self.review_spin.setValue(months)
        self._kind_changed()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _kind_changed(self) -> None:
        is_service = self.kind_box.currentData() == ResourceKind.LOCAL_SERVICE.value
        for widget in self._service_only:
            widget.setVisible(is_service)
        self.service_box.setTitle(
            self.tr("Service details") if is_service else self.tr("Contact details (optional)")
        )
        self.kind_changed.emit()

    @staticmethod
    def _line(name: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(limit)
        return edit

    @staticmethod
    def _text(name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(edit.fontMetrics().height() * 4)
        return edit
