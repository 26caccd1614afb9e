"""Reports over hostile text from communes: a formula-looking topic stays text in the XLSX, and a
control character in a topic, a theme or a place (stored by an older version) neither stops the
XLSX, DOCX or PDF nor reaches them."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pdf_text import read_pdf

from desktop_app.reports import export, periods
from desktop_app.reports.build import build_report
from desktop_app.reports.document import default_options

TODAY = dt.date(2026, 11, 20)
MONTH = periods.parse("2026-11")
CONTROLS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
FORMULAS = ['=HYPERLINK("http://evil.example/x","Bấm vào đây")', "+84912345678", "-1+1", "@SUM(A1:A9)"]


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The PDF writer and the charts need Qt's GUI module: the session's one QApplication."""
    return qapp


@pytest.fixture
def hostile(services):
    """Talks whose topics look like formulas, then control characters written straight into the
    database, as a version that did not strip them stored them."""
    for i, topic in enumerate(FORMULAS):
        services.talks.add(
            held_on=dt.date(2026, 11, 2 + i),
            topics=[topic, "Chuyển đổi số"],
            attendance=10 + i,
            question_themes=["Giá lúa"],
            questions_text="Hỏi giá lúa",
            questions_count=1,
        )
    db = services.session.db
    db.execute("UPDATE topics SET name = ? WHERE name = ?", ["Chuyển\x01 đổi\x0b số\x7f", "Chuyển đổi số"])
    db.execute("UPDATE talks SET question_themes = ?", [json.dumps(["Giá\x01 lúa\x9f"])])
    db.execute("UPDATE talks SET place = ?", ["Ấp\x02 Tân Mỹ"])
    return services


def _write(services, fmt, tmp_path):
    report = build_report(services.session.db, "30130", MONTH, today=TODAY)
    options = default_options(report, "party", day=TODAY, signer_name="Nguyễn\x01 Văn Hùng")
    return export.write(report, fmt, tmp_path / f"r.{fmt}", None, options)


def test_formula_looking_text_stays_text_in_the_xlsx(hostile, tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(_write(hostile, "xlsx", tmp_path))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    by_value = {c.value: c for c in cells}
    for text in FORMULAS:
        assert by_value[text].data_type == "s" and by_value[text].quotePrefix, text
    assert "Chuyển đổi số" in by_value and "Giá lúa" in by_value
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [t for t in texts if re.search(CONTROLS, t)]


def test_control_characters_never_reach_docx_or_pdf(hostile, tmp_path):
    from docx import Document

    doc = Document(str(_write(hostile, "docx", tmp_path)))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Chuyển đổi số" in text and "Giá lúa" in text and "Nguyễn Văn Hùng" in text
    assert not re.search(CONTROLS, text)
    pdf = read_pdf(_write(hostile, "pdf", tmp_path))
    assert pdf.has("Giá lúa") and pdf.has("Chuyển đổi số") and pdf.has("Nguyễn Văn Hùng")
    assert not re.search(CONTROLS, pdf.raw_text)  # raw: some control characters count as whitespace


def test_json_keeps_the_text_as_stored(hostile, tmp_path):
    """JSON escapes any character: the file says exactly what the database holds."""
    data = json.loads(_write(hostile, "json", tmp_path).read_text(encoding="utf-8"))
    assert "Chuyển\x01 đổi\x0b số\x7f" in {r["label"] for r in data["breakdowns"]["topic"]}
