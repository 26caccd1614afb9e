"""Cài đặt → "Vùng ưu tiên và ngôn ngữ": the lists the forms offer. The priority-area tags (the four
shipped, then the user's own, which are added, renamed and hidden here) for units and groups; the
talk languages after Vietnamese (the shipped ethnic-minority languages, then the user's own, added
and removed here). A refusal is said under the lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ...core.errors import SotayError
from ...services import Services
from .. import i18n
from ..area_tags import area_label

NAME_ROLE = Qt.ItemDataRole.UserRole  # an item's name as stored (the label may be translated)
OWN_ROLE = Qt.ItemDataRole.UserRole + 1  # True for the user's own entries


class AreaListsBox(QGroupBox):
    sig_changed = Signal()  # a list changed: the unit tags' columns follow

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services

        # widgets
        self.setTitle(self.tr("Vùng ưu tiên và ngôn ngữ"))
        self.tags = QListWidget()
        self.tag_name = QLineEdit()
        self.tag_name.setPlaceholderText(self.tr("Tên vùng, ví dụ: vùng biên giới"))
        self.add_tag = QPushButton(self.tr("Thêm vùng"))
        self.rename_tag = QPushButton(self.tr("Đổi tên"))
        self.hide_tag = QPushButton(self.tr("Ẩn / hiện"))
        self.languages = QListWidget()
        self.language_name = QLineEdit()
        self.language_name.setPlaceholderText(self.tr("Tên ngôn ngữ, ví dụ: Tiếng Xơ Đăng"))
        self.add_language = QPushButton(self.tr("Thêm ngôn ngữ"))
        self.remove_language = QPushButton(self.tr("Bỏ"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        for view in (self.tags, self.languages):
            view.setMaximumHeight(self.fontMetrics().height() * 9)

        # layout
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Vùng ưu tiên (nhóm và đơn vị)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Ngôn ngữ của buổi nói chuyện")), 0, 1)
        grid.addWidget(self.tags, 1, 0)
        grid.addWidget(self.languages, 1, 1)
        grid.addWidget(self.tag_name, 2, 0)
        grid.addWidget(self.language_name, 2, 1)
        tag_buttons = QHBoxLayout()
        for b in (self.add_tag, self.rename_tag, self.hide_tag):
            tag_buttons.addWidget(b)
        tag_buttons.addStretch(1)
        language_buttons = QHBoxLayout()
        for b in (self.add_language, self.remove_language):
            language_buttons.addWidget(b)
        language_buttons.addStretch(1)
        grid.addLayout(tag_buttons, 3, 0)
        grid.addLayout(language_buttons, 3, 1)
        grid.addWidget(self.error, 4, 0, 1, 2)

        # signals
        self.add_tag.clicked.connect(lambda: self._change(lambda: services.areas.add_tag(self.tag_name.text())))
        self.tag_name.returnPressed.connect(self.add_tag.click)
        self.rename_tag.clicked.connect(self._rename)
        self.hide_tag.clicked.connect(self._toggle_hidden)
        self.add_language.clicked.connect(
            lambda: self._change(lambda: services.areas.add_language(self.language_name.text()))
        )
        self.language_name.returnPressed.connect(self.add_language.click)
        self.remove_language.clicked.connect(self._remove_language)
        self.tags.currentItemChanged.connect(lambda *_: self._enable())
        self.languages.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        self.tags.clear()
        for tag in self.services.areas.tags():
            label = area_label(tag.name)
            if tag.hidden:
                label = self.tr("%1 (đã ẩn)").replace("%1", label)
            elif tag.shipped:
                label = self.tr("%1 (có sẵn)").replace("%1", label)
            self._add_item(self.tags, label, tag.name, not tag.shipped)
        self.languages.clear()
        own = self.services.areas.own_languages()
        for name in self.services.areas.languages():
            self._add_item(
                self.languages, name if name in own else self.tr("%1 (có sẵn)").replace("%1", name), name, name in own
            )
        self._enable()

    @staticmethod
    def _add_item(view: QListWidget, label: str, name: str, own: bool) -> None:
        item = QListWidgetItem(label)
        item.setData(NAME_ROLE, name)
        item.setData(OWN_ROLE, own)
        view.addItem(item)

    def _enable(self) -> None:
        """Only the user's own entries are renamed, hidden or removed."""
        own_tag = self._own(self.tags) is not None
        self.rename_tag.setEnabled(own_tag)
        self.hide_tag.setEnabled(own_tag)
        self.remove_language.setEnabled(self._own(self.languages) is not None)

    @staticmethod
    def _own(view: QListWidget) -> str | None:
        item = view.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None and item.data(OWN_ROLE) else None

    def _rename(self) -> None:
        old = self._own(self.tags)
        if old is not None:
            self._change(lambda: self.services.areas.rename_tag(old, self.tag_name.text()))

    def _toggle_hidden(self) -> None:
        name = self._own(self.tags)
        hidden = {tag.name: tag.hidden for tag in self.services.areas.tags()}
        if name is not None:
            self._change(lambda: self.services.areas.set_hidden(name, not hidden[name]))

    def _remove_language(self) -> None:
        name = self._own(self.languages)
        if name is not None:
            self._change(lambda: self.services.areas.remove_language(name))

    def _change(self, call: Callable[[], object]) -> None:
        """Runs one change; a refusal is said under the lists and changes nothing."""
        try:
            call()
        except SotayError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.tag_name.clear()
        self.language_name.clear()
        self.refresh()
        self.sig_changed.emit()
