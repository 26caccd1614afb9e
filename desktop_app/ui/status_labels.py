"""The main window's status bar: the unit, the last file sent, what waits to be sent, the update
notice and the clock warning, laid out so that none of them widens the window past a small screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy

from .widgets import ElidedLabel


def status_labels(window: QMainWindow) -> tuple[ElidedLabel, QLabel, QLabel, ElidedLabel, QLabel]:
    """(unit, last export, waiting, update notice, clock warning), already in ``window``'s status bar."""
    unit_label = ElidedLabel()
    export_label = QLabel()
    waiting_label = QLabel()
    update_label = ElidedLabel()  # a long sentence: cut to what is left at 1280 pixels
    update_label.setObjectName("update_notice")
    update_label.hide()
    clock_label = QLabel()  # the stored clock runs ahead (clock_warning.check_clock)
    clock_label.setObjectName("clock_warning")
    clock_label.hide()
    window.statusBar().addWidget(clock_label)
    window.statusBar().setSizeGripEnabled(False)
    window.statusBar().addWidget(update_label, 1)
    widest = QCoreApplication.translate("MainWindow", "Chờ gửi: %1 thay đổi").replace("%1", "999.999")
    waiting_label.setMinimumWidth(window.fontMetrics().horizontalAdvance(widest) + 16)
    for label in (unit_label, export_label, waiting_label):
        window.statusBar().addPermanentWidget(label)
    # a long unit name is cut (whole in its tooltip) rather than widening the window past a
    # 1280-pixel screen
    unit_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    unit_label.setMaximumWidth(window.fontMetrics().horizontalAdvance("M") * 34)
    return unit_label, export_label, waiting_label, update_label, clock_label
