"""Qt models: thin adapters over records from the services. Every one passes ``qtmodeltester``.

``TalkTableModel`` never loads every talk: it holds ids in display order and a small cache of rows,
grows by ``fetchMore`` (guarded against re-entry), and for a large log loads the full id list in a
worker with its own database connection so the first page shows at once.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..core.records import Document, Group, SearchHit, Talk
from ..services import Services
from ..storage import records_repo as repo
from . import i18n

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


def _load_all_ids(data_dir, flt, sort, descending, progress=None, cancel=None) -> list[str]:
    """Runs in a worker: its own connection, the whole ordered id list."""
    services = Services.open(data_dir)
    try:
        return repo.talk_ids(services.db, flt, sort, descending)
    finally:
        services.close()


class TalkTableModel(QAbstractTableModel):
    """The talk log, lazily: ids in order plus a bounded cache of rows."""

    sig_count_changed = Signal(int, int)  # shown rows, total

    BATCH = 500
    BIG_BATCH = 50_000
    SYNC_ALL = 20_000  # up to this many talks the id list is read at once
    CACHE = 4_000
    WINDOW = 200

    COLUMNS = ("date", "format", "place", "topics", "attendance", "online", "follow_up")
    SORTABLE = {0: "date", 1: "format", 2: "place", 4: "attendance"}

    def __init__(self, services: Services, runner=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.filter = repo.TalkFilter()
        self.sort_key, self.descending = "date", True
        self._ids: list[str] = []
        self._all: list[str] | None = None
        self._total = 0
        self._cache: OrderedDict[str, Talk] = OrderedDict()
        self._fetching = False
        self._generation = 0
        self.refresh()

    # --- loading --------------------------------------------------------------------------------

    def set_filter(self, flt: repo.TalkFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        db = self.services.db
        self.beginResetModel()
        self._cache.clear()
        self._total = repo.count_talks(db, self.filter)
        if self._total <= self.SYNC_ALL:
            self._all = repo.talk_ids(db, self.filter, self.sort_key, self.descending)
            self._ids = self._all[: self.BATCH]
        else:
            self._all = None
            self._ids = repo.talk_ids(db, self.filter, self.sort_key, self.descending, self.BATCH)
            if self.runner is not None:
                generation = self._generation
                self.runner.start(_load_all_ids, self.services.data_dir, self.filter, self.sort_key,
                                  self.descending,
                                  on_done=lambda ids, g=generation: self._all_ids_loaded(g, ids))
        self.endResetModel()
        self.sig_count_changed.emit(len(self._ids), self._total)

    def _all_ids_loaded(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer filter or sort replaced this list
        self._all = ids
        self._total = len(ids)

    @property
    def total(self) -> int:
        return self._total

    @property
    def all_ids_known(self) -> bool:
        return self._all is not None

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._ids) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            start = len(self._ids)
            if self._all is not None:
                new = self._all[start : start + self.BIG_BATCH]
            else:
                new = repo.talk_ids(self.services.db, self.filter, self.sort_key, self.descending,
                                    self.BATCH, start)
            if not new:
                self._total = start
                return
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._ids.extend(new)
            self.endInsertRows()
        finally:
            self._fetching = False
        self.sig_count_changed.emit(len(self._ids), self._total)

    def talk_at(self, row: int) -> Talk | None:
        if not 0 <= row < len(self._ids):
            return None
        talk_id = self._ids[row]
        talk = self._cache.get(talk_id)
        if talk is None:
            lo = max(0, row - self.WINDOW // 4)
            wanted = [i for i in self._ids[lo : lo + self.WINDOW] if i not in self._cache]
            for t in repo.talks_by_ids(self.services.db, wanted):
                self._cache[t.id] = t
            while len(self._cache) > self.CACHE:
                self._cache.popitem(last=False)
            talk = self._cache.get(talk_id)
        return talk

    def row_of(self, talk_id: str) -> int:
        try:
            return self._ids.index(talk_id)
        except ValueError:
            return -1

    # --- the model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return (self.tr("Ngày"), self.tr("Hình thức"), self.tr("Địa điểm"), self.tr("Chuyên đề"),
                    self.tr("Người dự"), self.tr("Lượt xem"), self.tr("Theo dõi"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.COLUMNS):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, RECORD_ROLE):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (4, 5):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        talk = self.talk_at(index.row())
        if talk is None:
            return None
        if role == RECORD_ROLE:
            return talk
        if col == 0:
            return i18n.date(talk.held_on) + (f"  {talk.start_time}" if talk.start_time else "")
        if col == 1:
            return i18n.format_label(talk.format)
        if col == 2:
            return talk.place
        if col == 3:
            return ", ".join(talk.topics)
        if col == 4:
            return i18n.number(talk.attendance) if talk.attendance else "—"
        if col == 5:
            return i18n.number(talk.online.views) if talk.online.views else "—"
        if col == 6:
            return i18n.follow_up_label(talk.follow_up_status) if talk.follow_up_text else ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.refresh()


class RecordTableModel(QAbstractTableModel):
    """A small table over a list of records held in memory (documents, groups, search hits)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def records(self) -> list[Any]:
        return list(self._records)

    def row_of(self, record_id: str) -> int:
        for n, r in enumerate(self._records):
            if self._id(r) == record_id:
                return n
        return -1

    @staticmethod
    def _id(record: Any) -> str:
        return getattr(record, "id", None) or getattr(record, "ref_id", "")

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records) \
                or not 0 <= index.column() < len(self.headers()):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, index.column())
        if role == ID_ROLE:
            return self._id(record)
        if role == RECORD_ROLE:
            return record
        return None


class DocumentTableModel(RecordTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Tài liệu"), self.tr("Ban hành"), self.tr("Trạng thái"))

    def cell(self, doc: Document, column: int) -> str:
        if column == 0:
            return doc.title
        if column == 1:
            return i18n.date(doc.issued_on)
        marks = []
        if doc.required:
            marks.append(self.tr("Bắt buộc"))
        marks.append(self.tr("Đã đọc") if doc.read_at else self.tr("Chưa đọc"))
        return " · ".join(marks)


class GroupTableModel(RecordTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nhóm"), self.tr("Loại"), self.tr("Quy mô"))

    def cell(self, group: Group, column: int) -> str:
        if column == 0:
            return group.name + ("" if group.active else "  " + self.tr("(ngừng)"))
        if column == 1:
            return i18n.group_kind_label(group.kind)
        return i18n.number(group.size) if group.size else "—"


class SearchHitModel(RecordTableModel):
    """Search results; ``HTML_ROLE`` gives the snippet with the matches in bold."""

    HTML_ROLE = Qt.ItemDataRole.UserRole + 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kết quả"),)

    def cell(self, hit: SearchHit, column: int) -> str:
        return hit.title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.HTML_ROLE and index.isValid() and 0 <= index.row() < len(self._records):
            hit = self._records[index.row()]
            return f"<b>{_esc(hit.title)}</b><br>{marked_html(hit.snippet, hit.spans)}"
        return super().data(index, role)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def marked_html(text: str, spans) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [_esc(text[last:start]), "<span style='background:#ffe08a'><b>",
                _esc(text[start:end]), "</b></span>"]
        last = end
    out.append(_esc(text[last:]))
    return "".join(out)


