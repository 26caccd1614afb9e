"""services.library: a document this unit issued can be corrected and deleted (with undo); a
document from above keeps its fields; corrections and deletions travel down as new versions."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.core.errors import NotFoundError, ValidationError


def test_every_field_of_an_own_document_can_be_corrected_under_a_new_version(services):
    doc = services.library.add_document(title="16/02/2024 10:14 GMT+7", body="Nội dung.")
    fixed = services.library.edit(
        doc.id,
        title="Chỉ thị 30-CT/TW về tuyên truyền miệng",
        issuer="Ban Bí thư",
        number="30-CT/TW",
        issued_on="05/02/2024",
        valid_until="31/12/2030",
        topics=["Tuyên truyền miệng", " "],
        required=True,
        key_points=["Đổi mới nội dung"],
    )
    assert fixed.title == "Chỉ thị 30-CT/TW về tuyên truyền miệng"
    assert (fixed.issuer, fixed.number) == ("Ban Bí thư", "30-CT/TW")
    assert (fixed.issued_on, fixed.valid_until) == (dt.date(2024, 2, 5), dt.date(2030, 12, 31))
    assert (fixed.topics, fixed.required, fixed.key_points) == (("Tuyên truyền miệng",), True, ("Đổi mới nội dung",))
    assert fixed.hlc > doc.hlc and fixed.body == "Nội dung."
    cleared = services.library.edit(doc.id, valid_until="", required=False, topics=[])
    assert (cleared.valid_until, cleared.required, cleared.topics, cleared.issuer) == (None, False, (), "Ban Bí thư")
    assert [h.ref_id for h in services.library.search("chi thi 30")] == [doc.id]
    assert [h.ref_id for h in services.library.search("gmt")] == []


def test_a_correction_is_checked_and_a_refused_one_changes_nothing(services):
    doc = services.library.add_document(title="Đề cương", issued_on="01/03/2026")
    with pytest.raises(ValidationError):
        services.library.edit(doc.id, title="  ")
    with pytest.raises(ValidationError) as refused:
        services.library.edit(doc.id, valid_until="01/01/2026")
    assert "hết hiệu lực" in refused.value.message
    assert services.library.document(doc.id) == doc


def test_delete_leaves_a_tombstone_that_restore_undoes_with_the_note_kept(services):
    doc = services.library.add_document(title="Kế hoạch tuyên truyền bảo hiểm y tế")
    services.library.set_note(doc.id, "Nhắc ấp Tân Mỹ")
    gone = services.library.delete(doc.id)
    assert gone.deleted and gone.hlc > doc.hlc
    assert services.library.documents() == [] and services.library.search("bao hiem") == []
    with pytest.raises(NotFoundError):
        services.library.edit(doc.id, title="Khác")
    back = services.library.restore(doc.id)
    assert not back.deleted and back.note == "Nhắc ấp Tân Mỹ" and back.hlc > gone.hlc
    assert [h.ref_id for h in services.library.search("bao hiem")] == [doc.id]


def test_a_document_from_above_keeps_its_fields_takes_notes_and_corrections_travel_down(tmp_path):
    f = Factory(tmp_path)
    province, commune = f.make("p", PROVINCE, Role.AGGREGATOR), f.make("c", COMMUNE)
    doc = province.library.add_document(title="Xuất bản thông tin", body="Tóm tắt.")
    first = province.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down1")
    commune.exchange.import_files(commune.exchange.plan([first.path], trust_all=True))
    arrived = commune.library.document(doc.id)
    assert not commune.library.editable(arrived) and province.library.editable(doc)
    for change in (lambda: commune.library.edit(doc.id, title="Khác"), lambda: commune.library.delete(doc.id)):
        with pytest.raises(ValidationError) as refused:
            change()
        assert "ban hành" in refused.value.message and "ghi chú" in refused.value.message
    commune.library.set_note(doc.id, "Đọc tại họp chi bộ")
    assert commune.library.document(doc.id).title == "Xuất bản thông tin"

    province.library.edit(doc.id, title="Đề cương tuyên truyền kỷ niệm Ngày thành lập Đảng")
    second = province.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down2")
    commune.exchange.import_files(commune.exchange.plan([second.path], trust_all=True))
    corrected = commune.library.document(doc.id)
    assert corrected.title == "Đề cương tuyên truyền kỷ niệm Ngày thành lập Đảng"
    assert corrected.note == "Đọc tại họp chi bộ"

    province.library.delete(doc.id)
    third = province.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down3")
    commune.exchange.import_files(commune.exchange.plan([third.path], trust_all=True))
    assert commune.library.documents() == [] and commune.library.search("dang") == []
    province.close()
    commune.close()
