"""A document is found by the names of its topics (migration 0008), also when the topic arrives
after the document, is renamed, or the document was indexed before the migration."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop_app.services import Services
from desktop_app.storage import db as storage_db

GOLDEN = Path(__file__).parent.parent / "data" / "sotay-schema-0001.db"
BODY = "Kế hoạch của Ủy ban nhân dân xã về việc tổ chức ngày hội ở các ấp.\n"


def _document(services, tmp_path, topics):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(BODY, encoding="utf-8")
    return services.library.add_document([path], topics=topics)


def test_a_document_is_found_by_its_topic_with_the_topic_as_snippet(services, tmp_path):
    doc = _document(services, tmp_path, ["Đại đoàn kết toàn dân tộc"])
    assert "đoàn kết" not in doc.title.lower() and "đoàn kết" not in doc.body.lower()
    hits = services.library.search("dai doan ket")
    assert [h.ref_id for h in hits] == [doc.id]
    assert "«Đại» «đoàn» «kết»" in hits[0].marked()


def test_a_topic_stored_after_its_document_or_renamed_is_indexed(services, tmp_path):
    doc = _document(services, tmp_path, ["Chuyển đổi số"])
    db = services.session.db
    with db.atomic():  # a pack whose document came before its topic
        db.execute("DELETE FROM topics")
        db.execute("UPDATE documents SET title = title || ' ' WHERE id = ?", [doc.id])
    assert services.library.search("chuyen doi so") == []
    with db.atomic():
        db.execute(
            "INSERT INTO topics(id, owner_unit, hlc, name) VALUES ('chuyen doi so', 'P82', '1', 'Chuyển đổi số')"
        )
    assert [h.ref_id for h in services.library.search("chuyen doi so")] == [doc.id]
    with db.atomic():  # a newer spelling of the same topic from above
        db.execute("UPDATE topics SET name = 'Chuyển đổi số quốc gia' WHERE id = 'chuyen doi so'")
    assert [h.ref_id for h in services.library.search("quoc gia")] == [doc.id]


def test_a_deleted_document_stays_out_of_the_index_when_its_topic_changes(services, tmp_path):
    doc = _document(services, tmp_path, ["Chuyển đổi số"])
    services.library.delete(doc.id)
    with services.session.db.atomic():
        services.session.db.execute("UPDATE topics SET name = 'Chuyển đổi số 2026' WHERE id = 'chuyen doi so'")
    assert services.library.search("chuyen doi so") == []


def test_documents_indexed_before_the_migration_are_found_by_topic_after_it(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(GOLDEN, folder / storage_db.DB_NAME)
    old = sqlite3.connect(folder / storage_db.DB_NAME)
    (title,) = old.execute(
        "SELECT d.title FROM documents d JOIN json_each(d.topics) j WHERE j.value = ?",
        ["tinh gon bo may, chinh quyen hai cap"],
    ).fetchone()
    old.close()
    s = Services.open(folder)
    try:
        hits = s.library.search("tinh gon bo may")
        assert [h.title for h in hits if h.kind == "document"] == [title]
    finally:
        s.close()
