"""The reader's "Có gì thay đổi" (shown only when a pack brought a newer version since the document
was read) and its "Tài liệu tương tự" list (an item opens that document)."""

from __future__ import annotations

from exchange_helpers import COMMUNE, PROVINCE, Factory
from PySide6.QtCore import Qt

from desktop_app.core.enums import Role
from desktop_app.storage import records_repo
from desktop_app.ui.pages.library import LibraryPage

BODY = "Từ 1/7/2025 không còn cấp huyện. Thủ tục hành chính làm tại xã."
NEW_BODY = "Từ 1/7/2025 không còn cấp huyện. Thủ tục hành chính làm tại xã. Người dân không phải đổi căn cước."


def _send(province, commune, doc_ids, folder):
    pack = province.exchange.export_pack(document_ids=doc_ids, to=folder)
    assert (
        commune.exchange.import_files(commune.exchange.plan([pack.path], trust_all=True)).files[0].status == "applied"
    )


def test_what_changed_and_similar_documents_in_the_reader(tmp_path, qtbot):
    f = Factory(tmp_path)
    province, commune = f.make("p", PROVINCE, Role.AGGREGATOR), f.make("c", COMMUNE)
    doc = province.library.add_document(title="Hỏi đáp chính quyền hai cấp", body=BODY, key_points=["Không còn huyện"])
    like = province.library.add_document(title="Thủ tục hành chính ở xã sau khi không còn cấp huyện", body=BODY)
    other = province.library.add_document(title="Lừa đảo qua mạng", body="Giả danh công an gọi điện lừa tiền.")
    _send(province, commune, [doc.id, like.id, other.id], tmp_path / "v1")
    records_repo.mark_read(commune.session.db, doc.id, "2026-01-05T08:00:00+00:00")

    page = LibraryPage(commune)
    qtbot.addWidget(page)
    page.show()
    page.select_document(doc.id)
    assert page.extras.changes_button.isHidden()  # read, and nothing newer came
    assert page.extras.similar.item(0).text() == like.title
    assert other.title not in [page.extras.similar.item(i).text() for i in range(page.extras.similar.count())]

    province.session.db.execute("UPDATE documents SET body = ? WHERE id = ?", [NEW_BODY, doc.id])
    province.library.edit(doc.id, key_points=["Không còn huyện", "Không phải đổi căn cước"])
    _send(province, commune, [doc.id], tmp_path / "v2")
    page.refresh()
    page.select_document(doc.id)
    assert page.extras.changes_button.isVisible() and page.extras.changes_view.isHidden()
    page.extras.changes_button.click()
    assert page.extras.changes_view.isVisible()
    assert page.extras.lines() == [
        "Ý chính thêm (1)",
        "+ Không phải đổi căn cước",
        "Câu thêm (1)",
        "+ Người dân không phải đổi căn cước.",
    ]

    item = page.extras.similar.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == like.id
    page.extras.similar.itemActivated.emit(item)  # Enter or a double click on it
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == like.id)
