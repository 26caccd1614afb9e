"""Small shared pieces: icons, inline banners, dialogs with a replaceable entry, file choosers.

Every modal dialog is reached through a function or class method that tests can replace
(``Ask.confirm``, ``Ask.open_files``...), so no test ever waits on ``exec()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.paths import resource_path
from .i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from ..services.identity import IdentityService

_ICONS: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    if name not in _ICONS:
        _ICONS[name] = QIcon(str(resource_path("icons", f"{name}.svg")))
    return _ICONS[name]


class ElidedLabel(QLabel):
    """A one-line label that cuts its text with "…" to the width it gets, the whole text in its
    tooltip: a long sentence in the status bar never widens the window past a 1280-pixel screen or
    runs under its neighbours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right(),
            super().sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("M…") * 2, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width())
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


def button(
    text: str, icon_name: str | None = None, primary: bool = False, parent: QWidget | None = None, keys: str = ""
) -> QPushButton:
    """``keys``: the button's shortcut, named in its tooltip ("Ghi buổi mới (Ctrl+N)")."""
    b = QPushButton(text, parent)
    if keys:
        b.setToolTip(with_keys(text, keys))
    if icon_name and not primary:
        b.setIcon(icon(icon_name))
    if primary:
        b.setDefault(True)
        b.setProperty("primary", True)
    return b


def with_keys(text: str, keys: str) -> str:
    return f"{text.rstrip('…').replace('&', '')} ({keys})"


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("h1" if level == 1 else "h2")
    label.setWordWrap(True)
    return label


class Banner(QFrame):
    """An inline message (information, success, warning, error) with optional action buttons."""

    sig_action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.icon = QLabel()
        self.buttons = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addLayout(self.buttons)
        self.hide()

    def show_message(self, text: str, kind: str = "info", actions: tuple[tuple[str, str], ...] = ()) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setPixmap(icon({"error": "warning", "warning": "warning"}.get(kind, "ok")).pixmap(20, 20))
        self.label.setText(text)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for key, label in actions:
            b = QPushButton(label)
            b.setObjectName(f"banner_{key}")
            b.clicked.connect(lambda _=False, k=key: self.sig_action.emit(k))
            self.buttons.addWidget(b)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or not self.isHidden() else ""

    def action_button(self, key: str) -> QPushButton | None:
        return self.findChild(QPushButton, f"banner_{key}")


class Card(QFrame):
    """A boxed group of lines on the overview page."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.addWidget(heading(title, 2))
        self.body.addStretch(1)

    def add(self, widget: QWidget) -> None:
        self.body.insertWidget(self.body.count() - 1, widget)


class Ask(QObject):
    """Every modal question of the app. Tests replace these static methods."""

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str, default_no: bool = False) -> bool:
        """``default_no`` for questions where a reflex Enter must not do the hard-to-undo thing."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        if default_no:
            box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    @staticmethod
    def inform(parent: QWidget | None, title: str, text: str, close: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.addButton(close, QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    @staticmethod
    def open_files(parent: QWidget, title: str, filters: str, directory: bool = False) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        preferences = _preferences(parent)
        dialog = _file_dialog(parent, title, preferences)
        dialog.setNameFilter(filters)
        dialog.setFileMode(QFileDialog.FileMode.Directory if directory else QFileDialog.FileMode.ExistingFiles)
        if directory:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = [Path(p) for p in dialog.selectedFiles()] if dialog.exec() else []
        if chosen:
            remember_folder(chosen[0] if directory else chosen[0].parent, preferences)
        return chosen

    @staticmethod
    def folder(parent: QWidget, title: str) -> Path | None:
        chosen = Ask.open_files(parent, title, "", directory=True)
        return chosen[0] if chosen else None

    @staticmethod
    def save_file(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        preferences = _preferences(parent)
        dialog = _file_dialog(parent, title, preferences)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(filters)
        dialog.selectFile(suggested)
        if not (dialog.exec() and dialog.selectedFiles()):
            return None
        path = Path(dialog.selectedFiles()[0])
        remember_folder(path.parent, preferences)
        return path


LAST_FOLDER = "ui.last_folder"  # the preference: the folder of the last file chosen, kept across restarts
_last_folder: list[Path] = []  # the same for a dialog outside any window over a data folder


def _preferences(parent: QWidget | None) -> IdentityService | None:
    """The preferences of the data folder whose window asks: the first widget up from ``parent``
    that holds the services (every page and the main window do)."""
    widget = parent
    while widget is not None:
        services = getattr(widget, "services", None)
        if isinstance(services, Services):
            return services.identity
        widget = widget.parentWidget()
    return None


def start_folder(preferences: IdentityService | None = None) -> Path:
    """Where a file dialog opens: the folder of the last file chosen (kept in ``preferences``, so it
    outlives a restart), else the user's Documents; a remembered folder since removed (a USB stick
    taken out) falls back to Documents. Never the current folder, which is the program's own folder
    when Windows starts it from a shortcut or a double-clicked file."""
    from PySide6.QtCore import QStandardPaths

    saved = preferences.preference(LAST_FOLDER) if preferences is not None else None
    remembered = [Path(saved)] if isinstance(saved, str) and saved else _last_folder[:1]
    if remembered and remembered[0].is_dir():
        return remembered[0]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(folder: Path, preferences: IdentityService | None = None) -> None:
    _last_folder[:] = [folder]
    if preferences is not None:
        preferences.set_preference(LAST_FOLDER, str(folder))


def _file_dialog(parent: QWidget, title: str, preferences: IdentityService | None = None) -> QFileDialog:
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title)
    dialog.setDirectory(str(start_folder(preferences)))
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, tr("Chọn"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, tr("Huỷ"))
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr("Tìm trong:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, tr("Tên tệp:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr("Loại tệp:"))
    return dialog


def record_table(model: QAbstractItemModel) -> QTableView:
    """A table of records as every list page shows one: whole rows selected, no row numbers, the last
    column taking the width that is left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return layout


def fill_with_scrolled(page: QWidget, inner: QWidget) -> None:
    """Make ``inner`` the page's whole content, scrolling when the window is short (1366×768 at 150 %)."""
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
