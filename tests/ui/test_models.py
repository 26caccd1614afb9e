"""Every model passes qtmodeltester; the lazy talk model never loads every row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.filters import TalkFilter
from desktop_app.storage import records_repo as repo
from desktop_app.ui.models import DocumentTableModel, GroupTableModel, SearchHitModel, TalkTableModel


def test_talk_model(qtmodeltester, demo_services):
    model = TalkTableModel(demo_services)
    qtmodeltester.check(model)
    assert model.rowCount() == model.total == repo.count_talks(demo_services.session.db)


def test_lazy_talk_model_fetches_in_batches(qtmodeltester, demo_services, monkeypatch):
    monkeypatch.setattr(TalkTableModel, "BATCH", 25)
    monkeypatch.setattr(TalkTableModel, "SYNC_ALL", 50)  # the demo's 160 talks count as "large"
    model = TalkTableModel(demo_services)  # no runner: fetches by offset
    assert model.rowCount() == 25 and model.total == 51 and not model.all_ids_known
    assert model.canFetchMore(QModelIndex())
    model._fetching = True  # a re-entered fetchMore does nothing
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    model._fetching = False
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 160
    ids = [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(160)]
    assert len(set(ids)) == 160
    assert len(model._cache) <= model.CACHE


def test_lazy_model_with_a_worker_loads_all_ids(qtbot, demo_services, monkeypatch):
    from desktop_app.ui.workers import Runner

    monkeypatch.setattr(TalkTableModel, "BATCH", 25)
    monkeypatch.setattr(TalkTableModel, "SYNC_ALL", 50)
    runner = Runner()
    model = TalkTableModel(demo_services, runner)
    qtbot.waitUntil(lambda: model.all_ids_known, timeout=5000)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 160
    runner.cancel_all()


def test_sort_and_filter(qtmodeltester, demo_services):
    model = TalkTableModel(demo_services)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(TalkFilter(format="meeting"))
    qtmodeltester.check(model)
    assert all(model.talk_at(r).format.value == "meeting" for r in range(model.rowCount()))


def test_record_models(qtmodeltester, demo_services):
    docs = DocumentTableModel()
    docs.set_records(demo_services.library.documents())
    qtmodeltester.check(docs)
    groups = GroupTableModel()
    groups.set_records(demo_services.groups.list())
    qtmodeltester.check(groups)
    hits = SearchHitModel()
    hits.set_records(demo_services.library.search("chuyen doi so", kinds=("document",)))
    qtmodeltester.check(hits)
    assert hits.rowCount() > 0


def test_many_calls_returning_nothing_do_not_crash(demo_services):
    """PySide6 6.12 on Python < 3.12 lost a reference to None per call like these, and the process
    aborted after a few thousand (``none_dealloc``); the calls must also never raise."""
    model = TalkTableModel(demo_services)
    empty = QModelIndex()
    for _ in range(20_000):
        model.data(empty)
        model.headerData(99, Qt.Orientation.Horizontal)
        model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)


def test_a_view_asking_for_every_cell_does_not_translate_the_headers_again(demo_services, monkeypatch):
    """A table view asks ``data`` for a dozen roles of every cell; each call once translated every
    header to check the column (100 import results: 260 ms of a frozen window). The headers are
    counted once; their words are still translated whenever the header is drawn."""
    docs = DocumentTableModel()
    docs.set_records(demo_services.library.documents())
    asked = []
    headers = DocumentTableModel.headers
    monkeypatch.setattr(DocumentTableModel, "headers", lambda self: asked.append(1) or headers(self))
    for row in range(docs.rowCount()):
        for column in range(docs.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
                docs.index(row, column).data(role)
    assert docs.rowCount() > 1 and len(asked) == 1
    assert docs.headerData(0, Qt.Orientation.Horizontal) == "Tài liệu" and len(asked) == 2
    assert docs.data(docs.index(0, docs.columnCount())) is None  # a column past the last: nothing
