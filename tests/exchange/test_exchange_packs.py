"""Packs down, read receipts up, bundle receipts back."""

from __future__ import annotations

import dataclasses

from exchange_helpers import PROVINCE, Factory, add_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, export_pack, export_receipts, import_paths
from desktop_app.storage import ledger, records_repo


def test_pack_update_keeps_read_marks_and_notes_and_receipts_flow(tmp_path):
    f = Factory(tmp_path)
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    communes = [f.make("c1", "30130"), f.make("c2", "28249")]
    leaflet = tmp_path / "to-roi.txt"
    leaflet.write_text("Tờ rơi: phòng chống lừa đảo qua mạng, không chuyển tiền cho người lạ.", encoding="utf-8")
    doc = agg.library.add_document(
        files=[leaflet],
        title="Phòng chống lừa đảo qua mạng",
        topics=["An ninh mạng"],
        body="Ba điều cần nhớ.",
        required=True,
    )
    twin = agg.library.add_document(files=[leaflet], title="Bản tóm tắt", topics=["An ninh mạng"])
    pack = export_pack(agg.session.exchange_context(), topics=["an ninh mang"], to=tmp_path / "down")
    assert pack.counts["documents"] == 2 and pack.kind == "pack"
    for c in communes:
        out = import_paths(c.session.exchange_context(), [pack.path], trust=True).files[0]
        assert out.status == "applied", out.detail
        assert out.tables["documents"]["new"] == 2
        assert c.session.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1  # stored once by hash
        assert c.library.search("lừa đảo") and c.library.search("chuyen tien")  # attachment text is searchable
    reader = communes[0]
    reader.library.mark_read(doc.id)
    reader.library.set_note(doc.id, "Nói kỹ phần chuyển tiền.")

    # an updated version replaces the old one, the reader's marks survive
    newer = dataclasses.replace(
        agg.library.document(doc.id), title="Phòng chống lừa đảo qua mạng (bản sửa)", hlc=agg.session.next_version()
    )
    records_repo.save_document(agg.session.db, newer)
    update = export_pack(agg.session.exchange_context(), document_ids=[doc.id], to=tmp_path / "down2")
    out = import_paths(reader.session.exchange_context(), [update.path]).files[0]
    assert out.tables["documents"]["updated"] == 1
    got = reader.library.document(doc.id)
    assert got.title.endswith("(bản sửa)")
    assert got.read_at is not None and got.note == "Nói kỹ phần chuyển tiền."
    assert reader.session.db.execute("SELECT count(*) FROM history WHERE record_id = ?", [doc.id]).fetchone()[0] == 1

    # read receipts go up with the next export; the aggregator counts readers
    reader.library.mark_read(doc.id)
    add_talks(reader, 1)
    up = export_log(reader.session.exchange_context(), to=tmp_path / "up")
    assert up.counts["read_receipts"] == 1
    assert import_paths(agg.session.exchange_context(), [up.path], trust=True).files[0].status == "applied"
    counts = {r["id"]: r for r in ledger.read_counts(agg.session.db)}
    assert counts[doc.id]["readers"] == 1 and counts[doc.id]["readers_latest"] == 1
    assert counts[twin.id]["readers"] == 0
    # nothing new to say: the next export carries no receipt again
    assert "read_receipts" not in export_log(reader.session.exchange_context(), to=tmp_path / "up2").counts

    # receipts back: the commune sees its bundle was applied
    back = export_receipts(agg.session.exchange_context(), "30130", to=tmp_path / "back")
    out = import_paths(reader.session.exchange_context(), [back.path]).files[0]
    assert out.status == "applied" and out.receipts_marked == 1
    sent = {e["bundle_id"]: e for e in ledger.exports(reader.session.db)}
    assert sent[up.bundle_id]["receipt_at"] is not None and sent[up.bundle_id]["receipt_by"] == PROVINCE
    # the same receipt again is recognised
    assert import_paths(reader.session.exchange_context(), [back.path]).files[0].status == "already_imported"


def test_pack_for_one_commune_carries_its_receipts_and_is_refused_elsewhere(tmp_path):
    f = Factory(tmp_path)
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    c1, c2 = f.make("c1", "30130"), f.make("c2", "28249")
    add_talks(c1, 2)
    up = export_log(c1.session.exchange_context(), to=tmp_path / "up")
    import_paths(agg.session.exchange_context(), [up.path], trust=True)
    doc = agg.library.add_document(title="Nghị quyết Đại hội", body="Ba đột phá chiến lược.")
    pack = export_pack(agg.session.exchange_context(), document_ids=[doc.id], receiver="30130", to=tmp_path / "down")
    assert pack.counts["bundle_receipts"] == 1
    assert import_paths(c2.session.exchange_context(), [pack.path], trust=True).files[0].reason == "wrong_receiver"
    out = import_paths(c1.session.exchange_context(), [pack.path], trust=True).files[0]
    assert out.status == "applied" and out.receipts_marked == 1


def test_a_pack_from_a_newer_program_gives_the_update_notice_and_a_commune_log_does_not(tmp_path, monkeypatch):
    """The importer remembers the ``app_version`` of bundles from above, in the import's transaction."""
    from desktop_app.exchange import writing as bundle_writer
    from desktop_app.services import updates

    f = Factory(tmp_path)
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    commune = f.make("c1", "30130")
    agg.library.add_document(title="Phòng chống lừa đảo qua mạng", topics=["An ninh mạng"], body="Ba điều cần nhớ.")
    monkeypatch.setattr(bundle_writer, "__version__", "99.2.0")
    pack = export_pack(agg.session.exchange_context(), topics=["an ninh mang"], to=tmp_path / "down")
    add_talks(commune, 1)
    log = export_log(commune.session.exchange_context(), to=tmp_path / "up")
    monkeypatch.undo()

    # a log from below, written by a newer program, says nothing about what the aggregator offers
    assert import_paths(agg.session.exchange_context(), [log.path], trust=True).files[0].status == "applied"
    assert updates.newer_version_notice(agg.session) is None

    # a dry run writes nothing
    assert (
        import_paths(commune.session.exchange_context(), [pack.path], trust=True, dry_run=True).files[0].status
        == "previewed"
    )
    assert updates.newest_version_seen(commune.session) is None

    assert import_paths(commune.session.exchange_context(), [pack.path], trust=True).files[0].status == "applied"
    seen = updates.newest_version_seen(commune.session)
    assert seen is not None and seen["version"] == "99.2.0" and seen["sender_unit"] == PROVINCE
    assert "99.2.0" in (updates.newer_version_notice(commune.session) or "")
