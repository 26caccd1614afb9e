"""The channels table: name, platform, unit, latest count and the change since the count before."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ....core.text import sort_key
from ....services.channels import ChannelLine
from ... import i18n
from ...models import Index, RecordTableModel


class ChannelTableModel(RecordTableModel):
    UNIT_COLUMN = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit_names: dict[str, str] = {}  # code → the name the unit filter shows

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kênh"), self.tr("Nền tảng"), self.tr("Đơn vị"), self.tr("Theo dõi"), self.tr("Tăng"))

    def cell(self, line: ChannelLine, column: int) -> str:
        channel = line.channel
        if column == 0:
            return channel.name + ("  ✓" if channel.official else "")
        if column == 1:
            return i18n.enum_label(channel.platform)
        if column == 2:
            return self.unit_names.get(channel.unit_code, line.unit_name)
        if column == 3:
            return "—" if line.followers is None else i18n.number(line.followers)
        if line.growth is None:
            return "—"
        return ("+" if line.growth > 0 else "") + i18n.number(line.growth)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # counts line up
        return super().data(index, role)

    def sort_value(self, line: ChannelLine, column: int) -> Any:
        if column == 3:
            return line.followers or 0
        if column == 4:
            return line.growth or 0
        return (sort_key(self.cell(line, column)), sort_key(line.channel.name))
