"""The orientation card of a commune's home: the topics the aggregator set for this month (or
quarter), each ticked once a talk of the period has covered it, when they are due, the formats
expected, the briefing documents (each opening in the library) and the period's key dates."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...core.enums import TalkFormat
from ...core.orientation import OrientationTopic, Priority
from ...services import Services
from ...services.orientation import Progress
from .. import i18n
from ..widgets import Card

_SUB = "<br>&nbsp;&nbsp;&nbsp;&nbsp;"  # a topic's second lines, under its name


class OrientationCard(Card):
    sig_open_document = Signal(str)  # a library document's id

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
        self.lines.linkActivated.connect(self._open)

    def refresh(self) -> None:
        progress = self.services.orientation.progress()
        self.setVisible(bool(progress.topics))
        if not progress.topics:
            return
        if self.title is not None:
            self.title.setText(self.tr("Định hướng tuyên truyền %1").replace("%1", i18n.period_label(progress.period)))
        done = sum(progress.covered)
        lines = [
            self.tr("Đã có buổi cho %1/%2 chủ đề")
            .replace("%1", i18n.number(done))
            .replace("%2", i18n.number(len(progress.topics)))
        ]
        if progress.key_dates:
            days = "; ".join(f"{i18n.date(k.on)} — {escape(k.label)}" for k in progress.key_dates)
            lines.append(self.tr("Ngày cần nhớ: %1").replace("%1", days))
        for topic, covered in zip(progress.topics, progress.covered, strict=True):
            lines.append(self._topic(progress, topic, covered))
        self.lines.setText("<br>".join(lines))

    def _topic(self, progress: Progress, topic: OrientationTopic, covered: bool) -> str:
        mark = "✓" if covered else "○"
        state = self.tr("đã có buổi") if covered else self.tr("chưa có buổi")
        text = f"{mark} <b>{escape(topic.topic)}</b> · {state}"
        if topic.priority is Priority.HIGH:
            text += " · " + self.tr("ưu tiên cao")
        if topic.due_on:
            text += " · " + self.tr("hạn %1").replace("%1", i18n.date(dt.date.fromisoformat(topic.due_on)))
            text += self._due(progress.days_left(topic), covered)
        if topic.formats:
            words = ", ".join(escape(_format_word(code)) for code in topic.formats)
            text += _SUB + self.tr("Hình thức: %1").replace("%1", words)
        if topic.document_ids:
            text += _SUB + self._documents(progress, topic)
        return text

    def _due(self, days_left: int | None, covered: bool) -> str:
        """How near the due date is, while the topic still waits for a talk."""
        if covered or days_left is None:
            return ""
        if days_left < 0:
            return " (" + self.tr("quá hạn") + ")"
        if days_left == 0:
            return " (" + self.tr("đến hạn hôm nay") + ")"
        return " (" + self.tr("còn %1 ngày").replace("%1", i18n.number(days_left)) + ")"

    def _documents(self, progress: Progress, topic: OrientationTopic) -> str:
        here = [d for d in topic.document_ids if d in progress.document_titles]
        links = [f"<a href='doc:{d}'>{escape(progress.document_titles[d])}</a>" for d in here]
        missing = len(topic.document_ids) - len(here)
        if missing:
            links.append(self.tr("%Ln tài liệu chưa có trên máy", "", missing))
        return self.tr("Tài liệu: %1").replace("%1", ", ".join(links))

    def _open(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "doc":
            self.sig_open_document.emit(value)


def _format_word(code: str) -> str:
    """A format's label; a code this version does not know (from a newer sender) as it came."""
    try:
        return i18n.format_label(TalkFormat(code))
    except ValueError:
        return code
