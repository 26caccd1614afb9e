"""``sotay report`` with the written sections, recipients and style, and ``sotay report sections``."""

from __future__ import annotations

import json

import pytest
from docx import Document
from sotay_cli import sotay


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    data = tmp_path_factory.mktemp("report-cli") / "d"
    assert sotay("init", "--unit", "30130", "--name", "Nguyễn Văn A", data_dir=data).returncode == 0
    assert sotay("demo", data_dir=data).returncode == 0
    return data


def _docx_text(path):
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_sections_file_recipients_and_style_reach_the_docx(folder, tmp_path):
    sections = tmp_path / "phan.txt"
    sections.write_text(
        "[general]\nTình hình chính trị ổn định.\n\n[recommendations]\nĐề nghị cấp loa.\nĐề nghị tập huấn.\n",
        encoding="utf-8",
    )
    out = tmp_path / "bc.docx"
    run = sotay(
        "report", "--period", "2026-Q3", "--format", "docx", "--out", str(out), "--sections", str(sections),
        "--recipient", "Ban Tuyên giáo tỉnh;", "--recipient", "Lưu: VT.", "--style", "state",
        "--signer", "Trần Văn B", "--number", "Số: 12/BC-UBND",
        data_dir=folder,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    text = _docx_text(out)
    for expected in (
        "TÌNH HÌNH CHUNG",
        "Tình hình chính trị ổn định.",
        "KIẾN NGHỊ, ĐỀ XUẤT",
        "Đề nghị tập huấn.",
        "Ban Tuyên giáo tỉnh;",
        "Lưu: VT.",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Trần Văn B",
        "ĐỘI NGŨ BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN",  # the force section's draft names the presenters
    ):
        assert expected in text, expected
    # nothing of the file was saved: it served this run only
    listed = json.loads(sotay("report", "sections", "--period", "2026-Q3", "--json", data_dir=folder).stdout)
    assert listed["sections"] == [] and listed["below"] == [] and listed["period"]["code"] == "2026-Q3"


def test_a_json_sections_file_and_a_bad_one(folder, tmp_path):
    good = tmp_path / "phan.json"
    good.write_text(json.dumps({"assessment": "Ưu điểm: nhiều buổi."}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "bc.docx"
    run = sotay(
        "report", "--period", "2026-Q3", "--format", "docx", "--out", str(out), "--sections", str(good),
        data_dir=folder,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Ưu điểm: nhiều buổi." in _docx_text(out)
    bad = tmp_path / "bad.txt"
    bad.write_text("[kiennghi]\nabc\n", encoding="utf-8")
    refused = tmp_path / "no.docx"
    run = sotay(
        "report", "--period", "2026-Q3", "--format", "docx", "--out", str(refused), "--sections", str(bad),
        data_dir=folder,
    )  # fmt: skip
    assert run.returncode == 1 and "Không có phần báo cáo “kiennghi”" in run.stderr and "Traceback" not in run.stderr
    assert not refused.exists()


def test_report_still_needs_a_period_and_sections_saves_and_lists(folder, tmp_path):
    run = sotay("report", "--format", "json", data_dir=folder)
    assert run.returncode == 2 and "--period" in run.stderr
    text = sotay("report", "sections", "--period", "2026-Q4", data_dir=folder)
    assert text.returncode == 0 and "Chưa có phần nào" in text.stdout
    texts = tmp_path / "phan.txt"
    texts.write_text("[recommendations]\nĐề nghị cấp loa.\n[general]\n", encoding="utf-8")
    saved = sotay("report", "sections", "--period", "2026-Q4", "--save", str(texts), "--json", data_dir=folder)
    assert saved.returncode == 0, saved.stderr
    listed = json.loads(saved.stdout)["sections"]
    assert [(s["key"], s["text"]) for s in listed] == [("recommendations", "Đề nghị cấp loa.")]
    shown = sotay("report", "sections", "--period", "2026-Q4", data_dir=folder)
    assert "[recommendations] KIẾN NGHỊ, ĐỀ XUẤT\nĐề nghị cấp loa." in shown.stdout
    other = sotay("report", "sections", "--period", "2026-Q4", "--unit", "P82", "--save", str(texts), data_dir=folder)
    assert other.returncode == 1 and "đơn vị mình" in other.stderr


def test_out_with_a_document_suffix_writes_that_kind_of_file(folder, tmp_path):
    """``--out x.pdf`` without ``--format`` writes a PDF (it used to write JSON under that name)."""
    for suffix, magic in (("pdf", b"%PDF"), ("docx", b"PK"), ("xlsx", b"PK")):
        target = tmp_path / f"bao-cao.{suffix}"
        assert sotay("report", "--period", "2026-10", "--out", str(target), data_dir=folder).returncode == 0
        assert target.read_bytes()[:4].startswith(magic)
    target = tmp_path / "bao-cao.json"
    assert sotay("report", "--period", "2026-10", "--out", str(target), data_dir=folder).returncode == 0
    assert json.loads(target.read_text(encoding="utf-8"))["totals"]
