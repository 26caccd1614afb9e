"""The main window: left navigation, the pages, a status bar (unit, last export, items waiting)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..services import Services
from . import i18n
from .page_frame import PageFrame
from .status_labels import status_labels
from .widgets import icon
from .workers import Runner

if TYPE_CHECKING:  # the exchange package and the guide load after the first paint
    import datetime as dt

    from ..services.exchange import ExchangeStatus
    from .help import HelpWindow

PAGES = ("home", "library", "talks", "groups", "exchange", "reports", "settings", "force")


def _status_work(services: Services, _progress: object, cancel: Callable[[], bool]) -> ExchangeStatus:
    """The status bar's exchange figures; on the way, indexes for search what an interrupted import
    left unindexed (a repair that needs no window of its own)."""
    services.maintenance.complete_search_index(cancel=cancel)
    return services.exchange.status()


class _Pages(dict[str, Any]):  # each page has its own methods, called by key
    """Pages by key, each built the first time it is asked for."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window

    def __missing__(self, key: str) -> QWidget:
        if key not in PAGES:
            raise KeyError(key)
        page = self[key] = self.window._create_page(key)
        return page


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)
    sig_font_changed = Signal(int)
    sig_unit_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner if runner is not None else Runner(self)  # the application's; a window alone has its own
        self.pages = _Pages(self)
        self._after_paint: list[Callable[[], None]] | None = []  # None once the window has painted

        # widgets
        self.setWindowTitle(f"{self.tr('Sổ tay Tuyên truyền')} {__version__}")
        self.setWindowIcon(icon("app"))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        self.unit_label, self.export_label, self.waiting_label, self.update_label, self.clock_label = status_labels(
            self
        )

        # layout
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_pages()
        # text + icon + the stylesheet's item padding and margins (2 × 8 + 2 × 6) + breathing room
        fm = self.nav.fontMetrics()
        text = max(fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(text + self.nav.iconSize().width() + 56, 150))

        # actions and signals: every shortcut of the window is in a menu, where it is shown
        go, help_menu = self.menuBar().addMenu(self.tr("Đi tới")), self.menuBar().addMenu(self.tr("Trợ giúp"))
        for menu, name, caption, keys, slot in (
            *((go, f"page_{n}", self.nav.item(n).text(), f"Alt+{n + 1}", self._go_to(n)) for n in range(len(PAGES))),
            (go, "new_talk", self.tr("Ghi buổi mới"), "Ctrl+N", self.new_talk),
            (go, "search", self.tr("Tìm tài liệu"), "Ctrl+F", self.focus_search),
            (go, "export", self.tr("Gửi nhật ký"), "Ctrl+E", self.export),
            (help_menu, "help", self.tr("Hướng dẫn"), "F1", self.show_help),
            (help_menu, "about", self.tr("Giới thiệu"), "", self.about),
        ):
            menu.addAction(self._action(name, caption, keys, slot))
        self.help_window: HelpWindow | None = None
        self.nav.currentRowChanged.connect(self._page_changed)

        self.restore_geometry()
        last_page = services.identity.preference("ui.page", "home")
        self.nav.setCurrentRow(PAGES.index(last_page) if last_page in PAGES else 0)
        self._show_unit()
        # the exchange figures (a worker with its own connection), the update notice and the first
        # page's figures wait until the window has painted once: they would only delay that paint
        self._after_paint.append(self.refresh_status)
        self._after_paint.append(self.check_clock)

    def _action(self, name: str, text: str, keys: str, slot: Callable[..., None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _go_to(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    def _build_pages(self) -> None:
        """Navigation for every page; a page itself is built the first time it is shown."""
        labels = {
            "home": self.tr("Tổng quan"),
            "library": self.tr("Tài liệu"),
            "talks": self.tr("Nhật ký"),
            "groups": self.tr("Nhóm"),
            "exchange": self.tr("Trao đổi"),
            "reports": self.tr("Báo cáo"),
            "settings": self.tr("Cài đặt"),
            "force": self.tr("Lực lượng"),
        }
        for key in PAGES:
            item = QListWidgetItem(icon(key), labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 8))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the page when first shown

    def _create_page(self, key: str) -> QWidget:
        s = self.services
        page: QWidget
        if key == "home":
            from .pages.home import HomePage

            home = page = HomePage(s, self, self.runner)
            home.sig_open.connect(self.open_page)
            home.sig_open_document.connect(self.open_document)
            home.sig_open_status.connect(self.open_status)
            home.sig_open_unit_talks.connect(self.open_unit_talks)
            home.sig_plan_talk.connect(self.plan_talk)
        elif key == "library":
            from .pages.library import LibraryPage

            library = page = LibraryPage(s, self.runner, self)
            library.sig_changed.connect(self._data_changed)
        elif key == "talks":
            from .pages.talks import TalksPage

            talks = page = TalksPage(s, self.runner, self)
            talks.sig_changed.connect(self._data_changed)
        elif key == "groups":
            from .pages.groups import GroupsPage

            groups = page = GroupsPage(s, self)
            groups.sig_changed.connect(self._data_changed)
        elif key == "exchange":
            page = self._exchange_page()
        elif key == "reports":
            page = self._reports_page()
        elif key == "force":
            from .pages.force import ForcePage

            force = page = ForcePage(s, self.runner, self)
            force.sig_changed.connect(self._data_changed)
        else:
            from .pages.settings import SettingsPage

            settings = page = SettingsPage(s, self.runner, self)
            settings.sig_language.connect(self.sig_language_changed)
            settings.sig_font.connect(self.sig_font_changed)
            settings.sig_restored.connect(self._data_changed)
            settings.sig_unit_changed.connect(self.sig_unit_changed)
        index = PAGES.index(key)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, PageFrame(page))
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        return page

    def _exchange_page(self) -> QWidget:
        from .pages.exchange import ExchangePage

        page = ExchangePage(self.services, self.runner, self)
        page.sig_changed.connect(self._data_changed)
        page.sig_open_record.connect(self.open_record)
        return page

    def _reports_page(self) -> QWidget:
        from .pages.reports import ReportsPage

        return ReportsPage(self.services, self.runner, self)

    # --- navigation -----------------------------------------------------------------------------

    def open_page(self, key: str) -> None:
        if key == "new_talk":
            self.new_talk()
        elif key in PAGES:
            self.nav.setCurrentRow(PAGES.index(key))

    def open_status(self, period: object) -> None:
        """The reports page on who has reported for ``period`` (home's link)."""
        self.pages["reports"].show_status(period)
        self.open_page("reports")

    def open_unit_talks(self, code: str) -> None:
        """The talk log on one unit's overdue follow-ups (home's link in "Cần làm ngay")."""
        self.open_page("talks")
        self.pages["talks"].show_unit(code, overdue=True)

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGES[row]]  # built on first use
        self.stack.setCurrentIndex(row)
        if hasattr(page, "activated"):
            if self._after_paint is None:
                page.activated()
            else:  # the first page of a new window fills its figures once the window has painted
                self._after_paint.append(page.activated)
        self.services.identity.set_preference("ui.page", PAGES[row])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._after_paint is not None:
            QTimer.singleShot(0, self, self._painted)  # after this paint has reached the screen

    def _painted(self) -> None:
        """Work held back until the first paint: run it once."""
        pending, self._after_paint = self._after_paint, None
        for fn in pending or ():
            fn()

    def check_clock(self) -> None:
        from .clock_warning import check_clock

        check_clock(self)

    def open_document(self, doc_id: str) -> None:
        self.open_page("library")
        self.pages["library"].open_document(doc_id)

    def open_record(self, table: str, record_id: str) -> None:
        """A talk, group or document named elsewhere (a refused export), opened where it is edited."""
        if table == "documents":
            self.open_document(record_id)
        elif table in ("talks", "groups"):
            self.open_page(table)
            self.pages[table].open_record(record_id)

    def new_talk(self) -> None:
        self.open_page("talks")
        self.pages["talks"].focus_form()

    def plan_talk(self, day: dt.date, topic: str) -> None:
        self.open_page("talks")
        page = self.pages["talks"]
        page.new_talk()
        page.form.plan(day, topic)

    def focus_search(self) -> None:
        if self.current_page() not in ("library",):
            self.open_page("library")
        self.pages["library"].focus_search()

    def export(self) -> None:
        self.open_page("exchange")
        page = self.pages["exchange"]
        if hasattr(page, "focus_export"):
            page.focus_export()

    def open_bundle(self, path: str | Path) -> None:
        """A .sotay file given on the command line (a double-click in Explorer): preview its import."""
        self.open_page("exchange")
        page = self.pages["exchange"]
        if hasattr(page, "receive"):
            page.receive([Path(path)])

    def show_help(self) -> None:
        from .help import open_guide

        self.help_window = open_guide(self, self.services, self.current_page(), self.help_window)

    def about(self) -> None:
        from .about import show_about

        show_about(self, self.services)

    def _data_changed(self) -> None:
        if "home" in self.pages:
            self.pages["home"].refresh()
        self.refresh_status()

    # --- status bar -----------------------------------------------------------------------------

    def _show_unit(self) -> None:
        inst = self.services.identity.installation
        unit = self.services.units.get(inst.unit_code)
        self.unit_label.setText(f"{unit.full_name} · {i18n.role_label(inst.role)}")
        if not self.waiting_label.text():
            self.export_label.setText(self.tr("Lần gửi gần nhất: %1").replace("%1", "…"))
            self.waiting_label.setText(self.tr("Chờ gửi: %1 thay đổi").replace("%1", "…"))

    def refresh_status(self) -> None:
        """The unit at once; the exchange figures from a worker (counting changes in a big log
        takes a moment)."""
        self._show_unit()
        self.runner.run(self.services, _status_work, on_done=self._status_ready)
        notice = self.update_notice()
        self.update_label.setText(notice or "")
        self.update_label.setVisible(bool(notice))

    def update_notice(self) -> str | None:
        """The status bar's sentence when a bundle from above was written by a newer version."""
        from ..services.updates import newest_version_seen

        seen = newest_version_seen(self.services.session)
        if seen is None:
            return None
        where = seen.get("sender_name") or seen.get("sender_unit") or self.tr("đơn vị cấp trên")
        text = self.tr(
            "Đã có phiên bản mới hơn: Sổ tay Tuyên truyền %1 (đang dùng %2), theo tệp nhận từ %3. Hãy xin bộ cài mới để cập nhật; dữ liệu và khoá được giữ nguyên."  # noqa: E501
        )
        return text.replace("%1", seen["version"]).replace("%2", __version__).replace("%3", where)

    def _status_ready(self, status: ExchangeStatus) -> None:
        self.export_label.setText(
            self.tr("Lần gửi gần nhất: %1").replace(
                "%1", i18n.date(status.last_export_day) if status.last_export_day else "—"
            )
        )
        self.waiting_label.setText(self.tr("Chờ gửi: %1 thay đổi").replace("%1", i18n.number(status.waiting)))

    # --- geometry -------------------------------------------------------------------------------

    def restore_geometry(self) -> bool:
        """The size and place of the last session (True), or a size that fits the screen (False)."""
        saved = self.services.identity.preference("ui.geometry")
        if saved and self.restoreGeometry(QByteArray.fromHex(saved.encode())):
            return True
        else:
            screen = self.screen().availableGeometry()
            small = screen.width() <= 1440
            self.resize(screen.width() if small else 1280, screen.height() if small else 760)
            if screen.width() <= 1440:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return False

    def save_geometry(self) -> None:
        self.services.identity.set_preference("ui.geometry", self.saveGeometry().toHex().toStdString())

    def shutdown(self) -> None:
        """Stops timers and workers: nothing may touch the database after the window is gone."""
        self._after_paint = None
        for page in list(self.pages.values()):
            if hasattr(page, "shutdown"):
                page.shutdown()
        self.runner.cancel_all()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        from .closing import may_close

        if not may_close(self, self.pages["exchange"] if "exchange" in self.pages else None):
            event.ignore()
            return
        self.save_geometry()
        self.shutdown()
        super().closeEvent(event)
