"""Lực lượng: tabs over the force (the roster, the courses, the conferences), the channels it runs,
and at a unit with units below, the figures per unit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....services import Services
from ...widgets import heading
from ...workers import Runner
from ..channels import ChannelsPanel
from .conferences import ConferencesTab
from .roster import RosterTab
from .trainings import TrainingsTab
from .units import UnitsTab


class ForcePage(QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services

        # widgets
        self.roster = RosterTab(services)
        self.trainings = TrainingsTab(services)
        self.conferences = ConferencesTab(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roster, self.tr("Danh sách"))
        self.tabs.addTab(self.trainings, self.tr("Bồi dưỡng"))
        self.tabs.addTab(self.conferences, self.tr("Hội nghị"))
        self.channels = ChannelsPanel(services, runner)
        self.tabs.addTab(self.channels, self.tr("Kênh"))
        self.units = UnitsTab(services)
        if len(services.units.own()) > 1:  # an aggregator, or a commune with hamlets: the figures per unit
            self.tabs.addTab(self.units, self.tr("Theo đơn vị"))

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading(self.tr("Lực lượng báo cáo viên, tuyên truyền viên")))
        layout.addWidget(self.tabs, 1)

        # signals
        self.tabs.currentChanged.connect(lambda _index: self.activated())
        for tab in (self.roster, self.trainings, self.conferences, self.channels):
            tab.sig_changed.connect(self.sig_changed)

    def activated(self) -> None:
        """The shown tab reads the data again (a talk saved elsewhere changes the counts)."""
        tabs = (self.roster, self.trainings, self.conferences, self.channels, self.units)
        tabs[max(self.tabs.currentIndex(), 0)].refresh()
