"""services.library: what a newer version of a document (from a pack) changed since its reader read
it, sentences and key points added and removed; and the documents most like one."""

from __future__ import annotations

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory

from desktop_app.core.doc_changes import sentences
from desktop_app.core.enums import Role
from desktop_app.storage import records_repo

READ_BEFORE = "2026-01-05T08:00:00+00:00"

BODY = (
    "Từ 1/7/2025 không còn cấp huyện. Thủ tục hành chính làm tại xã. Con dấu, giấy tờ cũ vẫn dùng được đến khi hết hạn."
)
NEW_BODY = (
    "Từ 1/7/2025 không còn cấp huyện. Thủ tục hành chính làm tại xã hoặc trên dịch vụ công trực tuyến. "
    "Con dấu, giấy tờ cũ vẫn dùng được đến khi hết hạn. Người dân không phải đổi căn cước."
)


@pytest.fixture
def pair(tmp_path):
    f = Factory(tmp_path)
    return f.make("p", PROVINCE, Role.AGGREGATOR), f.make("c", COMMUNE)


def _send(province, commune, doc_id, folder):
    pack = province.exchange.export_pack(document_ids=[doc_id], to=folder)
    got = commune.exchange.import_files(commune.exchange.plan([pack.path], trust_all=True))
    assert got.files[0].status == "applied"


def test_sentences_keep_numbers_and_codes_whole():
    assert sentences("Số 30-CT/TW.Ngày 1.234 người; tiếp theo!\nDòng mới") == [
        "Số 30-CT/TW.Ngày 1.234 người;",
        "tiếp theo!",
        "Dòng mới",
    ]


def test_a_new_version_shows_what_changed_since_it_was_read(pair, tmp_path):
    province, commune = pair
    doc = province.library.add_document(
        title="Hỏi đáp chính quyền hai cấp", body=BODY, key_points=["Không còn cấp huyện", "Thủ tục tại xã"]
    )
    _send(province, commune, doc.id, tmp_path / "v1")
    assert commune.library.changes_since_read(doc.id) is None  # never read
    commune.library.mark_read(doc.id)
    assert commune.library.changes_since_read(doc.id) is None  # the version read is the current one
    records_repo.mark_read(commune.session.db, doc.id, READ_BEFORE)  # read well before the update comes
    province.library.edit(doc.id, key_points=["Không còn cấp huyện", "Thủ tục tại xã hoặc trực tuyến"])
    province.library.edit(doc.id, title="Hỏi đáp chính quyền hai cấp (bản 2)")
    province.session.db.execute("UPDATE documents SET body = ? WHERE id = ?", [NEW_BODY, doc.id])
    province.library.edit(doc.id, number="15-TL/BTGDV")  # a new version carrying the new body
    _send(province, commune, doc.id, tmp_path / "v2")

    changes = commune.library.changes_since_read(doc.id)
    assert changes is not None and changes.changed
    assert changes.title_before == "Hỏi đáp chính quyền hai cấp"
    assert changes.added == (
        "Thủ tục hành chính làm tại xã hoặc trên dịch vụ công trực tuyến.",
        "Người dân không phải đổi căn cước.",
    )
    assert changes.removed == ("Thủ tục hành chính làm tại xã.",)
    assert changes.points_added == ("Thủ tục tại xã hoặc trực tuyến",)
    assert changes.points_removed == ("Thủ tục tại xã",)
    commune.library.mark_read(doc.id)  # read again: nothing new since
    assert commune.library.changes_since_read(doc.id) is None


def test_more_like_this_ranks_documents_on_the_same_subject_first(services):
    lib = services.library
    fraud = lib.add_document(
        title="Cảnh báo lừa đảo qua mạng", body="Các thủ đoạn lừa đảo trực tuyến giả danh công an, ngân hàng."
    )
    fraud2 = lib.add_document(
        title="Phòng chống lừa đảo trực tuyến", body="Không chuyển tiền khi bị giả danh công an gọi điện."
    )
    insurance = lib.add_document(title="Bảo hiểm y tế học sinh", body="Mua thẻ bảo hiểm y tế tại trường học.")
    lib.add_document(title="Bảo hiểm xã hội tự nguyện", body="Đóng bảo hiểm xã hội tự nguyện để có lương hưu.")
    similar = lib.similar(fraud.id)
    assert similar[0][0].id == fraud2.id
    assert insurance.id not in [d.id for d, _ in similar]
    assert lib.similar(insurance.id)[0][0].title == "Bảo hiểm xã hội tự nguyện"
