"""The form that corrects a document's fields: editable for a document this installation issued,
read-only (saying why) for one from above, which only takes this reader's notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ....core.errors import SotayError, ValidationError
from ....core.records import Document
from ....services import Services
from ... import i18n
from ...forms import DateEdit, Field, MultiCompleter, line_edit, split_items
from ...widgets import button


class DocumentForm(QDialog):
    """Title, issuing body, number, dates, topics, key points and the "required" flag of one
    document. ``saved`` holds the stored document once "Lưu" succeeded."""

    def __init__(self, services: Services, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.doc = doc
        self.saved: Document | None = None
        self.editable = services.library.editable(doc)

        # widgets
        self.setWindowTitle(self.tr("Thông tin tài liệu") if not self.editable else self.tr("Sửa tài liệu"))
        self.why = QLabel()
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("error")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.title = line_edit("documents", "title")
        self.issuer = line_edit("documents", "issuer")
        self.number = line_edit("documents", "number")
        self.issued = DateEdit(lambda: services.session.today)
        self.valid_until = DateEdit(lambda: services.session.today)
        self.topics = QLineEdit()
        self.topics.setCompleter(MultiCompleter(services.library.topics(), self))
        self.required = QCheckBox(self.tr("Bắt buộc đọc"))
        self.key_points = QPlainTextEdit()
        self.key_points.setTabChangesFocus(True)
        self.key_points.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.fields = {
            "title": Field(self.tr("Tên tài liệu"), self.title),
            "issuer": Field(self.tr("Cơ quan ban hành"), self.issuer),
            "number": Field(self.tr("Số, ký hiệu"), self.number),
            "issued_on": Field(self.tr("Ngày ban hành"), self.issued, self.tr("H = hôm nay")),
            "valid_until": Field(self.tr("Hiệu lực đến"), self.valid_until, self.tr("Để trống nếu không hạn")),
            "topics": Field(self.tr("Chuyên đề"), self.topics, self.tr("Nhiều chuyên đề cách nhau bằng dấu ;")),
            "key_points": Field(self.tr("Ý chính"), self.key_points, self.tr("Mỗi ý một dòng")),
        }
        self.save_button = button(self.tr("Lưu"), "save")
        self.save_button.setDefault(True)
        self.close_button = button(self.tr("Đóng") if not self.editable else self.tr("Huỷ"))

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.summary)
        layout.addWidget(self.fields["title"])
        pair = QHBoxLayout()
        pair.addWidget(self.fields["issuer"], 2)
        pair.addWidget(self.fields["number"], 1)
        layout.addLayout(pair)
        dates = QHBoxLayout()
        dates.addWidget(self.fields["issued_on"])
        dates.addWidget(self.fields["valid_until"])
        dates.addStretch(1)
        layout.addLayout(dates)
        layout.addWidget(self.fields["topics"])
        layout.addWidget(self.required)
        layout.addWidget(self.fields["key_points"])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, self.sizeHint().height())

        # signals
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        self._load(doc)

    def _load(self, doc: Document) -> None:
        self.title.setText(doc.title)
        self.issuer.setText(doc.issuer)
        self.number.setText(doc.number)
        self.issued.set_date(doc.issued_on)
        self.valid_until.set_date(doc.valid_until)
        self.topics.setText("; ".join(doc.topics))
        self.required.setChecked(doc.required)
        self.key_points.setPlainText("\n".join(doc.key_points))
        if self.editable:
            self.why.hide()
            return
        try:
            owner = self.services.units.get(doc.owner_unit).name
        except SotayError:  # a unit this installation has not heard of
            owner = doc.owner_unit
        self.why.setText(
            self.tr(
                "Tài liệu này do %1 ban hành: chỉ đơn vị đó sửa được, bản sửa sẽ về trong gói tài liệu sau. "
                "Bạn vẫn ghi chú riêng ở khung ghi chú dưới bài đọc."
            ).replace("%1", owner)
        )
        for widget in (self.title, self.issuer, self.number, self.issued, self.valid_until, self.topics):
            widget.setReadOnly(True)
        self.key_points.setReadOnly(True)
        self.required.setEnabled(False)
        self.save_button.hide()
        self.close_button.setDefault(True)

    def changes(self) -> dict[str, Any]:
        """The fields as typed (a date that is not one raises ``ValidationError`` for its field)."""
        return {
            "title": self.title.text(),
            "issuer": self.issuer.text(),
            "number": self.number.text(),
            "issued_on": self.issued.date("issued_on"),
            "valid_until": self.valid_until.date("valid_until"),
            "topics": split_items(self.topics.text()),
            "required": self.required.isChecked(),
            "key_points": [line for line in self.key_points.toPlainText().splitlines() if line.strip()],
        }

    def save(self) -> None:
        if not self.editable:
            return
        for each in self.fields.values():
            each.set_error("")
        self.summary.hide()
        try:
            self.saved = self.services.library.edit(self.doc.id, **self.changes())
        except ValidationError as exc:
            message = i18n.error_text(exc)
            field = self.fields.get(exc.field or "")
            if field is not None:
                field.set_error(message)
                field.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.summary.setText(self.tr("Chưa lưu: %1").replace("%1", message))
            self.summary.show()
            return
        self.accept()
