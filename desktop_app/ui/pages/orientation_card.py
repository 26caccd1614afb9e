"""The orientation card of a commune's home: the topics the aggregator set for this month (or
quarter), each ticked once a talk of the period has covered it, and when they are due."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.orientation import Priority
from ...services import Services
from .. import i18n
from ..widgets import Card


class OrientationCard(Card):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.services = services
        self.title = self.findChild(QLabel, "h2")
        self.lines = QLabel()
        self.lines.setObjectName("orientation_lines")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.add(self.lines)
        self.hide()  # shown once an orientation has arrived

    def refresh(self) -> None:
        progress = self.services.orientation.progress()
        self.setVisible(bool(progress.topics))
        if not progress.topics:
            return
        if self.title is not None:
            self.title.setText(self.tr("Định hướng tuyên truyền %1").replace("%1", i18n.period_label(progress.period)))
        done = sum(progress.covered)
        head = (
            self.tr("Đã có buổi cho %1/%2 chủ đề")
            .replace("%1", i18n.number(done))
            .replace("%2", i18n.number(len(progress.topics)))
        )
        items = []
        for topic, covered in zip(progress.topics, progress.covered, strict=True):
            mark = "✓" if covered else "○"
            state = self.tr("đã có buổi") if covered else self.tr("chưa có buổi")
            text = f"{mark} <b>{escape(topic.topic)}</b> · {state}"
            if topic.priority is Priority.HIGH:
                text += " · " + self.tr("ưu tiên cao")
            if topic.due_on:
                text += " · " + self.tr("hạn %1").replace("%1", i18n.date(dt.date.fromisoformat(topic.due_on)))
            items.append(text)
        self.lines.setText("<br>".join((head, *items)))
