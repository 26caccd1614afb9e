"""``sotay`` with no subcommand: the window. Resolves the data folder, opens the services, shows the
first-run wizard or the main window, and rebuilds the window when the language or text size changes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..core.errors import DatabaseDamaged, SotayError, StorageError
from ..services import BackupCopy, Services, good_backups, restore_damaged
from . import enter_clicks
from .i18n import Language, error_text, set_number_language
from .style import stylesheet
from .widgets import icon
from .workers import Failure, Runner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .main_window import MainWindow
    from .wizard import SetupWizard

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class App(QObject):
    """The composition root of the window: one per process, never a global."""

    def __init__(
        self, app: QApplication, services: Services, lang: str | None = None, language: Language | None = None
    ) -> None:
        super().__init__(app)
        self.app = app
        self.services = services
        self.language = language or Language()
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.base_pt = float(app.property("sotay_base_pt") or 0) or (
            app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        )
        app.setProperty("sotay_base_pt", self.base_pt)  # the size before any scaling
        self.lang = lang or services.identity.preference("ui.language", "vi")
        self.runner = Runner(self)  # the one runner of the window's background work
        enter_clicks.install(app)
        self.apply_language(self.lang)
        self.apply_font(int(services.identity.preference("ui.font_scale", 100)))

    def start(self) -> None:
        if self.services.identity.initialised:
            self.show_main()
        else:
            from .wizard import SetupWizard

            self.wizard = SetupWizard(self.services, self.runner)
            self.wizard.sig_font_scale.connect(self.apply_font)
            self.wizard.accepted.connect(self.show_main)
            self.wizard.rejected.connect(self.app.quit)
            self.wizard.show()

    def check_health(self) -> None:
        """Check the database file off the GUI thread once the window is up: a damaged file is said
        at once, with the backup to restore, instead of failing page by page; a sound one spares
        the window's first save the same check."""
        self.runner.run(self.services, _health_check, on_done=self._healthy, on_failed=self._unhealthy)

    def _healthy(self, _result: object) -> None:
        self.services.maintenance.mark_sound()

    def _unhealthy(self, failure: Failure) -> None:
        if isinstance(failure.error, DatabaseDamaged):
            self.offer_restore(failure.error)
        elif isinstance(failure.error, SotayError):
            self._inform(self.tr("Cơ sở dữ liệu có lỗi"), failure.error)

    def offer_restore(self, problem: DatabaseDamaged) -> None:
        """The health check found damage in the open database: offer the good backups; a restore
        closes the window and the database, puts the backup in place (the damaged file kept aside)
        and opens the window again on it. "Thoát" quits and touches nothing."""
        restored = ask_restore(None, self.services.data_dir, problem, release=self._release)
        if restored is None:
            self._release()
            self.app.quit()
            return
        self.services = self.services.reopened()
        self.show_main()
        self.say_restored(restored)

    def _release(self) -> None:
        """Let go of the database file: no window, no worker, no connection left on it."""
        old, self.window = self.window, None
        if old is not None:
            old.shutdown()
            old.hide()
            old.deleteLater()
        self.runner.cancel_all()
        self.services.close()

    def say_restored(self, restored: BackupCopy) -> None:
        from .storage_problem import restored_text

        QTimer.singleShot(0, lambda: self._say(self.tr("Đã khôi phục dữ liệu"), restored_text(restored)))

    def _say(self, title: str, text: str) -> None:
        from .widgets import Ask

        Ask.inform(self.window, title, text, self.tr("Đóng"))

    def storage_fault_hook(self, fallback: ExceptHook) -> ExceptHook:
        """An ``excepthook`` for the window's event loop: a storage fault that reached a slot (read-only
        folder, held lock, full disk, damaged file) is shown as its message; anything else goes to
        ``fallback``."""
        from ..core.errors import StorageError

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if isinstance(exc, StorageError):
                self._inform(self.tr("Không ghi được dữ liệu"), exc)
            else:
                fallback(kind, exc, tb)

        return hook

    def _inform(self, title: str, exc: SotayError) -> None:
        from .i18n import error_text
        from .widgets import Ask

        Ask.inform(self.window or self.wizard, title, error_text(exc), self.tr("Đóng"))

    def show_main(self) -> MainWindow:
        from .main_window import MainWindow

        self.wizard = None
        self.window = MainWindow(self.services, self.runner)
        self.window.sig_language_changed.connect(self.change_language)
        self.window.sig_font_changed.connect(self.change_font)
        self.window.sig_unit_changed.connect(self.rebuild)  # every page shows the unit
        self.window.show()
        return self.window

    def apply_language(self, lang: str) -> None:
        self.lang = lang
        self.language.install(lang)
        set_number_language(self.language.current)

    def apply_font(self, scale: int) -> None:
        font = self.app.font()
        size = self.base_pt * scale / 100
        if abs(font.pointSizeF() - size) > 0.01:
            font.setPointSizeF(size)
            self.app.setFont(font)
        css = stylesheet(size)
        if self.app.styleSheet() != css:  # re-polishing every widget is slow: only when it changed
            self.app.setStyleSheet(css)

    def bring_forward(self, bundle: str) -> None:
        """A later start of the program on the same data folder: its file, and the window in front."""
        shown = self.window or self.wizard
        if shown is None:
            return
        from PySide6.QtCore import Qt

        shown.setWindowState(shown.windowState() & ~Qt.WindowState.WindowMinimized)
        shown.show()
        shown.raise_()
        shown.activateWindow()
        if bundle and self.window is not None:
            self.window.open_bundle(bundle)

    def change_language(self, lang: str) -> None:
        self.apply_language(lang)
        self.rebuild()

    def change_font(self, scale: int) -> None:
        self.apply_font(scale)
        self.rebuild()

    def rebuild(self) -> None:
        """A fresh window in the new language or size, on the same page and geometry."""
        old = self.window
        if old is not None:
            old.save_geometry()
            old.shutdown()
        QTimer.singleShot(0, lambda: self._replace(old))

    def _replace(self, old: MainWindow | None) -> None:
        self.show_main()
        if old is not None:
            old.hide()
            old.deleteLater()


def _health_check(services: Services, _progress: object, _cancel: object) -> None:
    services.maintenance.ensure_sound()


def ask_restore(
    parent: QWidget | None, data_dir: Path, problem: DatabaseDamaged, release: Callable[[], None] = lambda: None
) -> BackupCopy | None:
    """Offer the good backups of a damaged database until one is restored (returned) or the person
    quits (None). ``release`` lets go of the damaged file, once, just before the first restore; a
    restore that fails is said in the dialog, which offers the backups again."""
    from .storage_problem import StorageProblemDialog

    error, released = "", False
    while True:
        chosen = StorageProblemDialog.ask(parent, problem, data_dir, good_backups(data_dir), error)
        if chosen is None:
            return None
        if not released:
            release()
            released = True
        try:
            restore_damaged(data_dir, chosen.path)
            return chosen
        except SotayError as exc:
            error = error_text(exc)


def start_window(
    app: QApplication,
    data_dir: Path,
    args: argparse.Namespace,
    language: Language,
    open_services: Callable[[Path], Services] = Services.open,
) -> App | None:
    """Open the data and the window. A damaged database, whether it fails to open or fails while the
    window reads it, is offered for restore; a read-only folder, a held lock or a full disk is said
    with what to do. None when the window must not open (the person chose "Thoát")."""
    from .storage_problem import StorageProblemDialog

    restored: BackupCopy | None = None
    while True:
        services = controller = None
        try:
            services = open_services(data_dir)
            if getattr(args, "demo", False) and not services.identity.initialised:
                from ..services.demo import fill_demo

                fill_demo(services)
            controller = App(app, services, getattr(args, "lang", None), language)
            controller.start()
        except StorageError as exc:
            if controller is not None:
                controller._release()
            elif services is not None:
                services.close()
            if not isinstance(exc, DatabaseDamaged):
                StorageProblemDialog.ask(None, exc, data_dir, [])
                return None
            restored = ask_restore(None, data_dir, exc)
            if restored is None:
                return None
            continue
        if restored is not None:
            controller.say_restored(restored)
        return controller


def _quit(app: QApplication) -> None:
    """Quit as "Thoát" would: a modal dialog open (before the window, or over it) is closed first,
    since quitting ends only the application's own event loop."""
    modal = app.activeModalWidget()
    if modal is not None:
        modal.close()
    app.quit()


def run_gui(args: argparse.Namespace) -> int:
    from ..services import paths
    from .gc_collector import GuiThreadCollector
    from .single_instance import SingleInstance

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Sổ tay Tuyên truyền")
    app.setOrganizationName("sotay")
    app.setWindowIcon(icon("app"))
    GuiThreadCollector(app)  # no collection on a worker thread (gc_collector.py)
    data_dir = paths.data_dir(args.data_dir, demo=bool(getattr(args, "demo", False)))
    instance = SingleInstance(data_dir, app)
    if not instance.acquire():  # a window is open on this folder: it takes over our file
        instance.hand_over(getattr(args, "open", None))
        return 0
    quit_after = getattr(args, "quit_after", None)
    if quit_after is not None:  # armed first: it also closes a dialog shown before the window
        QTimer.singleShot(int(float(quit_after) * 1000), lambda: _quit(app))
    language = Language()  # the stored language is not known before the database opens
    language.install(getattr(args, "lang", None) or "vi")
    set_number_language(language.current)
    app.setStyleSheet(stylesheet(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0))
    previous_hook = sys.excepthook
    controller = None
    try:
        controller = start_window(app, data_dir, args, language)
        if controller is None:
            return 1
        sys.excepthook = controller.storage_fault_hook(previous_hook)
        instance.sig_open.connect(controller.bring_forward)
        controller.check_health()
        bundle = getattr(args, "open", None)
        if bundle and controller.window is not None:
            controller.window.open_bundle(bundle)
        code = app.exec()
        if controller.window is not None:  # quit without a close event (--quit-after, session end)
            controller.window.save_geometry()
            controller.window.shutdown()  # its workers must finish before the interpreter does
        controller.runner.cancel_all()
        return code
    finally:
        sys.excepthook = previous_hook
        if controller is not None:
            controller.services.close()
        instance.release()
