"""services.packs: which way an installation sends, what a pack would carry, who has read what."""

from __future__ import annotations

import random

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.services.exchange import BundleRefused


@pytest.fixture
def province(tmp_path):
    f = Factory(tmp_path)
    s = f.make("p", PROVINCE, Role.AGGREGATOR)
    yield s
    s.close()


def test_directions_follow_the_role_and_the_unit_tree(tmp_path, province):
    f = Factory(tmp_path)
    commune, local_aggregator = f.make("c", COMMUNE), f.make("a", COMMUNE, Role.AGGREGATOR)
    assert (province.packs.sends_down(), province.packs.has_level_above()) == (True, False)
    assert (commune.packs.sends_down(), commune.packs.has_level_above()) == (False, True)
    assert (local_aggregator.packs.sends_down(), local_aggregator.packs.has_level_above()) == (True, True)


def test_the_preview_lists_the_titles_counts_each_attachment_once_and_is_near_the_real_size(province, tmp_path):
    scan = tmp_path / "ban-chup.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(300_000))  # a picture: no text, no squeeze
    one = province.library.add_document(files=[scan], title="Lừa đảo qua mạng", topics=["An ninh mạng"])
    two = province.library.add_document(files=[scan], title="Bản tóm tắt", topics=["An ninh mạng"])
    other = province.library.add_document(title="Nghị quyết", topics=["Nghị quyết"], body="Tóm tắt. " * 200)
    assert {d.id for d in province.packs.documents()} == {one.id, two.id, other.id}
    pack = province.packs.preview([one.id, two.id, one.id])
    assert pack.titles == ("Lừa đảo qua mạng", "Bản tóm tắt")
    assert pack.attachments == 1
    written = province.exchange.export_pack(document_ids=[one.id, two.id], to=tmp_path / "down")
    assert abs(pack.size - written.size) < written.size * 0.05


def test_a_pack_into_a_folder_that_cannot_be_made_is_refused_with_the_reason(province, tmp_path):
    doc = province.library.add_document(title="Nghị quyết", body="Tóm tắt.")
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("x")
    with pytest.raises(BundleRefused) as refused:
        province.exchange.export_pack(document_ids=[doc.id], to=in_the_way / "inside")
    assert refused.value.message.startswith("Không đọc/ghi được tệp ")
    assert province.packs.sent() == []


def test_readers_of_an_older_version_are_named_as_such_and_the_others_are_not_read(tmp_path):
    import dataclasses

    from desktop_app.storage import records_repo

    f = Factory(tmp_path)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    doc = province.library.add_document(title="Nghị quyết", topics=["Nghị quyết"], body="Tóm tắt.")
    pack = province.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down")
    commune = f.make("c", COMMUNE)
    commune.exchange.import_files(commune.exchange.plan([pack.path], trust_all=True))
    commune.library.mark_read(doc.id)
    up = commune.exchange.export_log(tmp_path / "up")
    newer = dataclasses.replace(province.library.document(doc.id), title="Nghị quyết (bản sửa)")
    records_repo.save_document(province.session.db, dataclasses.replace(newer, hlc=province.session.next_version()))
    got = province.exchange.import_files(province.exchange.plan([up.path], trust_all=True))
    assert got.files[0].status == "applied"

    (reading,) = province.packs.reading()
    assert (reading.readers, reading.readers_latest) == (1, 0)
    readers = province.packs.readers(doc.id)
    assert readers.title == "Nghị quyết (bản sửa)"
    assert [(r.code, r.name, r.latest) for r in readers.read] == [(COMMUNE, "Xã Thanh Bình", False)]
    assert len(readers.not_read) == reading.expected - 1 and COMMUNE not in {r.code for r in readers.not_read}
    assert [p["bundle_id"] for p in province.packs.sent()] == [pack.bundle_id]


def test_deleted_documents_are_listed_latest_first_and_the_preview_names_their_deletion(province):
    kept = province.library.add_document(title="Nghị quyết", body="Tóm tắt.")
    first = province.library.add_document(title="Bản cũ", body="Cũ.")
    second = province.library.add_document(title="Bản sai", body="Sai.")
    assert province.packs.deleted_documents() == []
    province.library.delete(first.id)
    province.library.delete(second.id)
    deleted = province.packs.deleted_documents()
    assert [(d.title, d.readers) for d in deleted] == [("Bản sai", 0), ("Bản cũ", 0)]
    assert second.id not in {d.id for d in province.packs.documents()}
    pack = province.packs.preview([kept.id, second.id])
    assert (pack.titles, pack.deleted) == (("Nghị quyết",), ("Bản sai",))
