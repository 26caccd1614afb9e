"""Qt models: thin adapters over records from the services. Every one passes ``qtmodeltester``.

``TalkTableModel`` never loads every talk: it holds ids in display order and a small cache of rows,
grows by ``fetchMore`` (guarded against re-entry), and for a large log loads the full id list in a
worker with its own database connection so the first page shows at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ..core.filters import TalkFilter
from ..core.records import Document, Group, SearchHit, Talk
from ..core.text import sort_key
from ..services import Services
from . import i18n
from .id_list import IdSeq, load_all_ids

if TYPE_CHECKING:
    from .workers import Runner

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class TalkTableModel(QAbstractTableModel):
    """The talk log, lazily: ids in display order plus a bounded cache of rows.

    The first ``SYNC_ALL + 1`` ids are read at once (a few milliseconds); a longer log gets its
    full id list from a worker with its own connection, packed in one string. Rows are shown
    ``BATCH`` at a time through ``fetchMore`` (guarded against re-entry); the talks themselves are
    read ``WINDOW`` at a time around the row being drawn and kept in a bounded cache.
    """

    sig_count_changed = Signal(int, int)  # shown rows, total (or a lower bound while counting)

    BATCH = 500
    BIG_BATCH = 50_000
    SYNC_ALL = 5_000
    CACHE = 4_000
    WINDOW = 200

    COLUMNS = ("date", "format", "place", "topics", "attendance", "online", "follow_up", "unit")
    SORTABLE = {0: "date", 1: "format", 2: "place", 4: "attendance", 7: "unit"}
    UNIT_COLUMN = 7  # last, so the other columns keep their numbers; a page shows it where it likes

    def __init__(self, services: Services, runner: Runner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.filter = TalkFilter()
        self.sort_key, self.descending = "date", True
        self._ids = IdSeq.of([])  # the first ids, then every id once known
        self._shown = 0
        self._complete = True  # ``_ids`` holds every matching id
        self._cache: OrderedDict[str, Talk] = OrderedDict()
        self._fetching = False
        self._generation = 0
        self.unit_names: dict[str, str] = {}  # code → name; a code not in it is shown as it is
        self.refresh()

    # --- loading --------------------------------------------------------------------------------

    def set_filter(self, flt: TalkFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._cache.clear()
        head = self.services.talks.ids(self.filter, self.sort_key, self.descending, self.SYNC_ALL + 1)
        self._complete = len(head) <= self.SYNC_ALL
        self._ids = IdSeq.of(head)
        self._shown = min(self.BATCH, len(head))
        if not self._complete and self.runner is not None:
            generation = self._generation
            flt, sort, descending = self.filter, self.sort_key, self.descending
            self.runner.run(
                self.services,
                lambda services, _progress, _cancel: load_all_ids(services, flt, sort, descending),
                owner=self,
                on_done=lambda ids: self._all_ids_loaded(generation, ids),
            )
        self.endResetModel()
        self.sig_count_changed.emit(self._shown, self.total)

    def _all_ids_loaded(self, generation: int, ids: IdSeq) -> None:
        if generation != self._generation:
            return  # a newer filter or sort replaced this list
        self._ids, self._complete = ids, True
        self.sig_count_changed.emit(self._shown, self.total)

    @property
    def total(self) -> int:
        """Every matching talk once known; until then the number of ids read so far."""
        return len(self._ids)

    @property
    def all_ids_known(self) -> bool:
        return self._complete

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        if parent.isValid():
            return False
        return self._shown < len(self._ids) or (not self._complete and self.runner is None)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            start = self._shown
            if start >= len(self._ids) and not self._complete and self.runner is None:
                more = self.services.talks.ids(
                    self.filter, self.sort_key, self.descending, -1, start
                )  # no worker (tests, tools): read the rest here
                self._ids = IdSeq.of(self._ids.slice(0, start) + more)
                self._complete = True
            step = self.BIG_BATCH if self._complete and len(self._ids) > self.SYNC_ALL else self.BATCH
            stop = min(len(self._ids), start + step)
            if stop <= start:
                return
            self.beginInsertRows(ROOT, start, stop - 1)
            self._shown = stop
            self.endInsertRows()
        finally:
            self._fetching = False
        self.sig_count_changed.emit(self._shown, self.total)

    def talk_at(self, row: int) -> Talk | None:
        if not 0 <= row < self._shown:
            return None
        talk_id = self._ids[row]
        talk = self._cache.get(talk_id)
        if talk is None:
            lo = max(0, row - self.WINDOW // 4)
            wanted = [i for i in self._ids.slice(lo, min(lo + self.WINDOW, self._shown)) if i not in self._cache]
            for t in self.services.talks.by_ids(wanted):
                self._cache[t.id] = t
            while len(self._cache) > self.CACHE:
                self._cache.popitem(last=False)
            talk = self._cache.get(talk_id)
        return talk

    def row_of(self, talk_id: str) -> int:
        try:
            row = self._ids.index(talk_id)
        except ValueError:
            return -1
        return row if row < self._shown else -1

    # --- the model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return (
                self.tr("Ngày"),
                self.tr("Hình thức"),
                self.tr("Địa điểm"),
                self.tr("Chuyên đề"),
                self.tr("Người dự"),
                self.tr("Lượt xem"),
                self.tr("Theo dõi"),
                self.tr("Đơn vị"),
            )[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown or index.column() >= len(self.COLUMNS):
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
        return self.unit_names.get(talk.unit_code, talk.unit_code)

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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # kept for the next records
        self._columns: int | None = None  # len(headers()), counted once: a view asks on every cell

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> Any:
        """What ``column`` sorts by (names by ``sort_key``, numbers as numbers); None: it does not sort."""
        return None

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._sort_records()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self._records or self.sort_value(self._records[0], column) is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._records[i.row()], i.column()) for i in before]
        self._sort_records()
        row_of = {id(r): n for n, r in enumerate(self._records)}
        self.changePersistentIndexList(before, [self.index(row_of[id(r)], c) for r, c in held])
        self.layoutChanged.emit()

    def _sort_records(self) -> None:
        if self._sort is not None and self._records:
            column, order = self._sort
            if self.sort_value(self._records[0], column) is not None:
                self._records.sort(
                    key=lambda r: self.sort_value(r, column), reverse=order == Qt.SortOrder.DescendingOrder
                )

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
        return str(getattr(record, "id", None) or getattr(record, "ref_id", ""))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        if self._columns is None:  # a model's columns are fixed; only their words follow the language
            self._columns = len(self.headers())
        return 0 if parent.isValid() else self._columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._records)
            or not 0 <= index.column() < self.columnCount()
        ):
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
    UNIT_COLUMN = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit_names: dict[str, str] = {}  # code → name; a code not in it is shown as it is

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nhóm"), self.tr("Loại"), self.tr("Quy mô"), self.tr("Đơn vị"))

    def cell(self, group: Group, column: int) -> str:
        if column == 0:
            return group.name + ("" if group.active else "  " + self.tr("(ngừng)"))
        if column == 1:
            return i18n.group_kind_label(group.kind)
        if column == 2:
            return i18n.number(group.size) if group.size else "—"
        return self.unit_names.get(group.unit_code, group.unit_code)

    def sort_value(self, group: Group, column: int) -> Any:
        if column == 2:
            return group.size
        shown = group.name if column == 0 else self.cell(group, column)
        return (sort_key(shown), sort_key(group.name))


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
            where = self.tr("Trong tệp %1: ").replace("%1", hit.attachment) if hit.attachment else ""
            return f"<b>{_esc(hit.title)}</b><br><i>{_esc(where)}</i>{marked_html(hit.snippet, hit.spans)}"
        return super().data(index, role)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def marked_html(text: str, spans: Iterable[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [_esc(text[last:start]), "<span style='background:#ffe08a'><b>", _esc(text[start:end]), "</b></span>"]
        last = end
    out.append(_esc(text[last:]))
    return "".join(out)
