"""Attachments: the type read from the bytes, names that cannot lie, text read within bounds in a
child process and never inside a transaction; the same rule for ``library add`` and for import."""

from __future__ import annotations

import multiprocessing
import random
import sys

import hostile_files as hostile
import pytest

from desktop_app import cli
from desktop_app.core import attachments as att
from desktop_app.core.attachments import AttachmentRefused, check_attachment, detect_type, viewer_name
from desktop_app.storage import extract
from desktop_app.storage.extract import Limits, TextReader, read_texts

RTL_EXE = "Thong bao\u202efdp.exe"  # shows as "Thong baoexe.pdf"


# --- the rule: bytes -> type or refusal ----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "media"),
    [
        (hostile.text_pdf("Trang mot"), att.PDF),
        (hostile.PNG, att.PNG),
        (hostile.JPEG, att.JPEG),
        (hostile.GIF, att.GIF),
        (hostile.WEBP, att.WEBP),
        ("Tuyên truyền phòng chống lừa đảo\r\n\tmục 1\f".encode(), att.TEXT),
        ("Tuyên truyền".encode("utf-16"), att.TEXT),
        (b"Tuy\xean truy\xea\xccn", att.TEXT),  # Windows-1258,
        (b"", att.TEXT),
    ],
)
def test_allowed_types_are_read_from_the_bytes(data, media):
    assert detect_type(data) == media


def test_a_real_docx_is_a_docx_and_other_zips_are_not():
    assert detect_type(hostile.docx("Nghị quyết")) == att.DOCX
    with pytest.raises(AttachmentRefused) as refused:
        detect_type(hostile.zip_of({"readme.txt": b"not a Word document"}))
    assert refused.value.reason == "not_docx"
    with pytest.raises(AttachmentRefused) as refused:
        detect_type(b"PK\x03\x04" + b"\x00" * 100)
    assert refused.value.reason == "damaged_docx"


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (hostile.EXE, ".exe"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".doc"),
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 50, ""),
        (b"text with a NUL\x00 inside", ""),
    ],
)
def test_other_bytes_are_refused_whatever_the_name(data, hint):
    with pytest.raises(AttachmentRefused) as refused:
        check_attachment("Thong bao.pdf", data)
    assert refused.value.reason == "unsupported_type"
    assert hint in refused.value.message
    assert refused.value.field == "file"


def test_a_docx_zip_bomb_is_refused_from_its_declared_sizes():
    bomb = hostile.docx_bomb()
    assert len(bomb) < 100_000
    with pytest.raises(AttachmentRefused) as refused:
        check_attachment("bao-cao.docx", bomb)
    assert refused.value.reason == "docx_bomb"
    assert "word/document.xml" in refused.value.detail


@pytest.mark.parametrize("char", sorted(att.BIDI_CONTROLS))
def test_names_with_direction_characters_are_refused(char):
    with pytest.raises(AttachmentRefused) as refused:
        check_attachment(f"Thong bao{char}fdp.txt", b"van ban")
    assert refused.value.reason == "bidi_name"
    assert f"U+{ord(char):04X}" in refused.value.message


@pytest.mark.parametrize("name", ["Thong\x01bao.txt", "Thong bao\n.txt", "Thong\u200bbao.txt", "Thong\x7fbao.txt"])
def test_names_with_control_or_invisible_characters_are_refused(name):
    with pytest.raises(AttachmentRefused) as refused:
        check_attachment(name, b"van ban")
    assert refused.value.reason == "control_name"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("Thong bao.exe", hostile.text_pdf("x")),
        ("chay.bat", b"@echo off\r\ndel /q *.*\r\n"),
        ("mo.hta", b"<html><hta:application></html>"),
        ("Thong bao.pdf", b"plain text"),
        ("anh.png", hostile.text_pdf("x")),
        ("khong-duoi", b"plain text"),
    ],
)
def test_the_extension_must_agree_with_the_bytes(name, data):
    with pytest.raises(AttachmentRefused) as refused:
        check_attachment(name, data)
    assert refused.value.reason == "extension_mismatch"


def test_images_may_carry_another_image_extension_and_the_declared_type_must_agree():
    assert check_attachment("anh.jpg", hostile.PNG) == att.PNG
    assert check_attachment("anh.jpg", hostile.PNG, declared=att.JPEG) == att.PNG
    assert check_attachment("To roi.PDF", hostile.text_pdf("x"), declared=att.PDF) == att.PDF
    with pytest.raises(AttachmentRefused) as refused:
        check_attachment("Thong bao.txt", b"plain", declared=att.PDF)
    assert refused.value.reason == "declared_mismatch"


@pytest.mark.parametrize(
    ("filename", "media", "expected"),
    [
        (RTL_EXE, att.PDF, "Thong baofdp.pdf"),
        ("Báo cáo tháng 11.pdf.exe", att.PDF, "Báo cáo tháng 11_pdf.pdf"),
        ("../../..\\evil.txt", att.TEXT, "evil.txt"),
        ("CON.txt", att.TEXT, "CON_.txt"),
        ("...", att.PNG, "tep-dinh-kem.png"),
        ("anh.jpg", att.PNG, "anh.png"),
    ],
)
def test_the_viewer_copy_is_named_from_the_checked_type(filename, media, expected):
    assert viewer_name(filename, media) == expected


# --- reading text within bounds ------------------------------------------------------------------


def test_a_pdf_whose_pages_share_one_huge_stream_is_stopped_by_the_time_bound():
    with TextReader(Limits(seconds=1)) as reader:
        result = reader.read(hostile.shared_stream_pdf(), att.PDF)
        assert result.status == "timeout"
        assert reader._process is None  # the child was killed, not left running
        assert not [p for p in multiprocessing.active_children() if p.name == "sotay-text-reader"]
        # the next file gets a fresh child
        assert reader.read(hostile.text_pdf("Phong chong ma tuy"), att.PDF).text.strip() == "Phong chong ma tuy"
    assert "quá lâu" in result.warning("Thong bao.pdf")


def test_pages_that_share_one_content_stream_are_read_once():
    shared = hostile.shared_stream_pdf(pages=50, repeats=20_000, own_streams=False)
    result = read_texts([(shared, att.PDF)], Limits(seconds=120))[0]
    assert result.status == "complete"
    assert result.text.count("Phong chong lua dao") == 1


def test_a_batch_of_files_has_one_time_budget():
    with TextReader(Limits(seconds=1, batch_seconds=1)) as reader:
        assert reader.read(hostile.shared_stream_pdf(), att.PDF).status == "timeout"
        result = reader.read(hostile.text_pdf("Trang mot"), att.PDF)
    assert result.status == "timeout" and "batch" in result.detail and result.text == ""


def test_pages_characters_and_bytes_are_bounded():
    three = hostile.text_pdf("Trang mot", "Trang hai", "Trang ba")
    result = read_texts([(three, att.PDF)], Limits(max_pages=2))[0]
    assert result.status == "partial" and "Trang hai" in result.text and "Trang ba" not in result.text
    assert "phần đầu" in result.warning("ba-trang.pdf")
    result = read_texts([(three, att.PDF)], Limits(max_chars=12))[0]
    assert result.status == "partial" and len(result.text) == 12
    result = read_texts([(three, att.PDF)], Limits(max_bytes=100))[0]
    assert result.status == "too_large" and result.text == ""
    text = read_texts([(("chữ " * 10).encode(), att.TEXT)], Limits(max_chars=8))[0]
    assert text.status == "partial" and text.text == "chữ chữ "


def test_docx_part_sizes_are_checked_before_python_docx_opens_it():
    words = ["Nghị", "quyết", "tuyên", "truyền", "chuyển", "đổi", "số", "an", "ninh", "mạng", "xã", "ấp"]
    rng = random.Random(10)
    big = hostile.docx(" ".join(rng.choice(words) for _ in range(300_000)))  # ~2 MB of XML, about 4:1
    result = read_texts([(big, att.DOCX)], Limits(max_docx_part=1024 * 1024))[0]
    assert result.status == "too_large" and "word/document.xml" in result.detail
    assert "tuyên" in read_texts([(big, att.DOCX)])[0].text  # within the default bound


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no resource module: no memory bound there")
def test_a_docx_that_needs_too_much_memory_fails_alone_and_the_next_file_is_read():
    with TextReader(Limits(memory_bytes=256 * 1024 * 1024)) as reader:
        result = reader.read(hostile.docx_paragraphs(400_000), att.DOCX)  # 1 MB; about 400 MB parsed
        # unbounded, this file is read (its first 2,000,000 characters); libxml2 may report the
        # refused allocation as a MemoryError or as an XML error: either way, no text, no crash
        assert result.status == "failed" and result.text == ""
        assert "Nghị quyết" in reader.read(hostile.docx("Nghị quyết"), att.DOCX).text


def test_a_damaged_pdf_gives_no_text_and_a_warning():
    result = read_texts([(b"%PDF-1.4 broken", att.PDF)])[0]
    assert result.status == "failed" and result.text == ""
    assert "Không đọc được chữ" in result.warning("hong.pdf")
    assert read_texts([(hostile.PNG, att.PNG)])[0].warning("anh.png") is None


# --- library add ---------------------------------------------------------------------------------


def _stored(services) -> tuple[int, int]:
    count = services.session.db.execute
    return count("SELECT count(*) FROM documents").fetchone()[0], count("SELECT count(*) FROM blobs").fetchone()[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("Thong bao.pdf", hostile.EXE, "unsupported_type"),
        (RTL_EXE, hostile.EXE, "bidi_name"),
        ("Thong bao.exe", hostile.text_pdf("x"), "extension_mismatch"),
        ("chay.bat", b"@echo off\r\n", "extension_mismatch"),
        ("bao-cao.docx", hostile.docx_bomb(), "docx_bomb"),
    ],
)
def test_library_add_refuses_hostile_files_and_writes_nothing(services, tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    before = _stored(services)
    with pytest.raises(AttachmentRefused) as refused:
        services.library.add_document([path], title="Thông báo")
    assert refused.value.reason == reason
    assert _stored(services) == before


def test_library_add_stores_a_file_whose_text_takes_too_long_and_says_so(services, tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "DEFAULT_LIMITS", Limits(seconds=1))
    path = tmp_path / "de-cuong.pdf"
    path.write_bytes(hostile.shared_stream_pdf())
    warnings: list[str] = []
    doc = services.library.add_document([path], title="Đề cương", warnings=warnings)
    assert services.library.attachment_data(doc.attachments[0].sha256) == path.read_bytes()
    assert doc.attachments[0].media_type == att.PDF
    assert len(warnings) == 1 and "de-cuong.pdf" in warnings[0] and "quá lâu" in warnings[0]


def test_library_add_stores_the_checked_type_not_the_extension(services, tmp_path):
    path = tmp_path / "anh.jpg"
    path.write_bytes(hostile.PNG)
    doc = services.library.add_document([path], title="Ảnh")
    assert doc.attachments[0].media_type == att.PNG and doc.attachments[0].filename == "anh.jpg"


def test_reading_attachments_inside_a_transaction_is_refused(services, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("a", encoding="utf-8")
    with services.session.db.atomic(), pytest.raises(RuntimeError):
        services.library.read_attachments([path])


def test_cli_library_add_refuses_an_exe_with_exit_1_and_reads_text_outside_its_transaction(
    services, data_dir, tmp_path, capsys, monkeypatch
):
    services.close()
    exe = tmp_path / "Thong bao.pdf"
    exe.write_bytes(hostile.EXE)
    assert cli.run(["--data-dir", str(data_dir), "library", "add", str(exe)]) == 1
    err = capsys.readouterr().err
    assert "chương trình chạy được" in err and "Traceback" not in err

    monkeypatch.setattr(extract, "DEFAULT_LIMITS", Limits(seconds=1))
    slow, good = tmp_path / "cham.pdf", tmp_path / "tot.txt"
    slow.write_bytes(hostile.shared_stream_pdf())
    good.write_text("Phòng chống lừa đảo", encoding="utf-8")
    assert cli.run(["--data-dir", str(data_dir), "library", "add", str(slow), str(good), "--json"]) == 0
    captured = capsys.readouterr()
    assert "cham.pdf" in captured.err and "quá lâu" in captured.err
    import json

    added = json.loads(captured.out)
    assert len(added["documents"]) == 2 and len(added["warnings"]) == 1
