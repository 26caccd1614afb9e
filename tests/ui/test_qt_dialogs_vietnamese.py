"""Qt's own file dialog speaks Vietnamese in the Vietnamese window (Qt ships no Vietnamese of its
own): the folder chooser's kind, the sidebar's "Computer", the folder view's columns and kinds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QListView, QTreeView

from desktop_app.ui import widgets

pytestmark = pytest.mark.gui

ENGLISH = {"Directories", "Computer", "My Computer", "Folder", "File Folder", "Name", "Size", "Kind", "Type"}


def test_the_folder_dialog_has_no_english_in_the_vietnamese_window(window, qtbot, tmp_path):
    (tmp_path / "Tải về").mkdir()
    dialog = widgets._file_dialog(window, "Chọn thư mục")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setDirectory(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = dialog.findChild(QComboBox, "fileTypeCombo")
    assert [kinds.itemText(i) for i in range(kinds.count())] == ["Thư mục"]
    sidebar = dialog.findChild(QListView, "sidebar")
    places = [sidebar.model().index(r, 0).data() for r in range(sidebar.model().rowCount())]
    assert "Máy tính" in places
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    headers = [model.headerData(c, view.header().orientation()) for c in range(model.columnCount())]
    assert headers[0] == "Tên" and not ENGLISH & set(headers)
    folder = model.index(str(tmp_path / "Tải về"))
    qtbot.waitUntil(lambda: bool(model.index(folder.row(), 2, folder.parent()).data()), timeout=5000)
    assert model.index(folder.row(), 2, folder.parent()).data() == "Thư mục"
    assert not ENGLISH & set(places)
    dialog.reject()
