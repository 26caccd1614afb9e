"""Attachments arriving in a pack: checked by their bytes like ``library add`` checks a file (one
bad attachment refuses the whole file, nothing written), and their text read before the import's
transaction begins, within bounds."""

from __future__ import annotations

import hashlib

import hostile_files as hostile
import orjson
import pytest
from exchange_helpers import PROVINCE, Factory, dump

from desktop_app.core.attachments import PDF
from desktop_app.core.enums import Role
from desktop_app.core.ids import uuid7
from desktop_app.exchange import export_pack, import_paths
from desktop_app.exchange.container import open_bundle, write_bundle
from desktop_app.exchange.keys import identity
from desktop_app.storage import extract
from desktop_app.storage.extract import Limits


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("attachments")
    f = Factory(base)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    leaflet = base / "Thong bao.pdf"
    leaflet.write_bytes(hostile.text_pdf("Phong chong lua dao qua mang"))
    doc = agg.library.add_document([leaflet], title="Thông báo phòng chống lừa đảo", topics=["An ninh mạng"])
    pack = export_pack(agg.session.exchange_context(), document_ids=[doc.id], to=base / "pack.sotay")
    yield {"base": base, "factory": f, "agg": agg, "pack": pack.path.read_bytes()}
    agg.close()


def _forged(world, filename: str, data: bytes, media: str = PDF) -> bytes:
    """The genuine pack, its one attachment replaced, signed again with the province's real key."""
    opened = open_bundle(world["pack"])
    raw = {k: v for k, v in opened.manifest.raw.items() if k not in ("members", "format")}
    raw["bundle_id"] = uuid7()
    sha = hashlib.sha256(data).hexdigest()
    members = {
        name: (content, _records(content)) for name, content in opened.members.items() if not name.startswith("blobs/")
    }
    members[f"blobs/{sha}"] = (data, 1)
    doc = orjson.loads(opened.members["data/documents.ndjson"].splitlines()[0])
    doc["attachments"] = [{"sha256": sha, "filename": filename, "media_type": media, "size": len(data)}]
    line = orjson.dumps(doc) + b"\n"
    members["data/documents.ndjson"] = (line, 1)
    return write_bundle(raw, members, identity(world["agg"].session.exchange_context()).sign)


def _records(data: bytes) -> int:
    return sum(1 for line in data.split(b"\n") if line.strip())


@pytest.mark.parametrize(
    ("filename", "data", "media", "problem"),
    [
        ("Thong bao.pdf", hostile.EXE, PDF, "chương trình chạy được"),
        ("Thong bao\u202efdp.exe", hostile.text_pdf("x"), PDF, "đảo chiều"),
        ("ghi-chu.txt", b"@echo off\r\ndel *.*\r\n", PDF, "ghi là PDF nhưng nội dung là văn bản"),
        (
            "bao-cao.docx",
            hostile.docx_bomb(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "bom nén",
        ),
    ],
)
def test_a_pack_with_a_hostile_attachment_is_refused_whole(world, tmp_path, filename, data, media, problem):
    commune = world["factory"].make(f"c-{uuid7()}", "30130")
    path = tmp_path / "forged.sotay"
    path.write_bytes(_forged(world, filename, data, media))
    before = dump(commune)
    preview = import_paths(commune.session.exchange_context(), [path], trust=True, dry_run=True).files[0]
    out = import_paths(commune.session.exchange_context(), [path], trust=True).files[0]
    for outcome in (preview, out):
        assert outcome.status == "refused" and outcome.reason == "unsafe_attachment", outcome.detail
        assert problem in outcome.message and "Thông báo phòng chống lừa đảo" in outcome.message
        assert "\u202e" not in outcome.message
    assert dump(commune) == before
    commune.close()


def test_attachment_text_is_read_before_the_import_transaction(world, tmp_path, monkeypatch):
    commune = world["factory"].make("reader", "30130")
    path = tmp_path / "pack.sotay"
    path.write_bytes(world["pack"])
    seen = []
    real_read = extract.TextReader.read

    def spy(reader, data, media):
        seen.append(commune.session.db.conn.in_transaction)
        return real_read(reader, data, media)

    monkeypatch.setattr(extract.TextReader, "read", spy)
    out = import_paths(commune.session.exchange_context(), [path], trust=True).files[0]
    assert out.status == "applied", out.detail
    assert seen == [False]
    assert commune.library.search("lua dao qua mang")
    commune.close()


def test_a_pdf_too_slow_to_read_is_stored_unsearchable_and_the_user_is_told(world, tmp_path, monkeypatch):
    commune = world["factory"].make("slow", "30130")
    slow = hostile.shared_stream_pdf()
    path = tmp_path / "slow.sotay"
    path.write_bytes(_forged(world, "De cuong.pdf", slow))
    monkeypatch.setattr(extract, "DEFAULT_LIMITS", Limits(seconds=1))
    out = import_paths(commune.session.exchange_context(), [path], trust=True).files[0]
    assert out.status == "applied", out.detail
    assert any("De cuong.pdf" in w and "quá lâu" in w for w in out.warnings)
    sha = hashlib.sha256(slow).hexdigest()
    assert commune.library.attachment_data(sha) == slow
    assert commune.session.db.execute("SELECT media_type FROM blobs WHERE sha256 = ?", [sha]).fetchone()[0] == PDF
    commune.close()
