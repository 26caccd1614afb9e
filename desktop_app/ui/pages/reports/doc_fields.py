"""Thông tin văn bản: the number, issuing body lines, place, signer and recipients of the written
report, set in the window and remembered as this installation's defaults (``sotay report`` reads the
same defaults). A blank field takes the unit's own wording, shown as the field's placeholder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ....services import Services
from ....services.reports import DocOptions
from ...widgets import button, fill_with_scrolled

LINE_FIELDS = ("number", "issuer_parent", "issuer", "place", "signer_name", "signer_title")


class DocumentFields(QWidget):
    sig_changed = Signal()  # a field was edited (the preview follows)
    sig_saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        # widgets
        self.lines: dict[str, QLineEdit] = {key: QLineEdit() for key in LINE_FIELDS}
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.save_button = button(self.tr("Lưu làm mặc định"), primary=True)
        self.saved_label = QLabel()
        self.note = QLabel(
            self.tr("Để trống để dùng cách ghi theo đơn vị (chữ mờ trong ô). Mỗi dòng “Nơi nhận” là một nơi.")
        )
        self.note.setWordWrap(True)
        # layout
        form = QFormLayout()
        labels = {
            "number": self.tr("Số, ký hiệu:"),
            "issuer_parent": self.tr("Cơ quan cấp trên:"),
            "issuer": self.tr("Cơ quan ban hành:"),
            "place": self.tr("Địa danh:"),
            "signer_name": self.tr("Người ký:"),
            "signer_title": self.tr("Chức vụ người ký:"),
        }
        for key in LINE_FIELDS:
            form.addRow(labels[key], self.lines[key])
        form.addRow(self.tr("Nơi nhận:"), self.recipients)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.saved_label, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.note)
        column.addLayout(actions)  # above the form: in reach on a short screen at a large text size
        column.addLayout(form)
        column.addStretch(1)
        fill_with_scrolled(self, content)  # seven fields at 150 % are taller than the tab
        # signals
        for line in self.lines.values():
            line.textEdited.connect(self._edited)
        self.recipients.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        """The saved defaults into the fields."""
        saved = self.services.reports.document_defaults()
        for key, line in self.lines.items():
            line.setText(str(saved[key] or ""))
        self.recipients.blockSignals(True)
        self.recipients.setPlainText("\n".join(saved["recipients"] or []))
        self.recipients.blockSignals(False)

    def show_unit_wording(self, options: DocOptions) -> None:
        """What a blank field becomes for this report, as the placeholders."""
        for key, line in self.lines.items():
            line.setPlaceholderText(str(getattr(options, key)))
        self.recipients.setPlaceholderText("\n".join(options.recipients))

    def values(self) -> dict[str, Any]:
        """The fields as ``services.reports.document_options`` takes them (blank: not given)."""
        out: dict[str, Any] = {key: line.text().strip() or None for key, line in self.lines.items()}
        out["recipients"] = [r.strip() for r in self.recipients.toPlainText().splitlines() if r.strip()] or None
        return out

    def save(self) -> None:
        values = {key: value or "" for key, value in self.values().items()}
        values["recipients"] = values["recipients"] or []
        self.services.reports.save_document_defaults(**values)
        self.saved_label.setText(self.tr("Đã lưu làm mặc định cho máy này."))
        self.sig_saved.emit()

    def _edited(self) -> None:
        self.saved_label.setText("")
        self.sig_changed.emit()
