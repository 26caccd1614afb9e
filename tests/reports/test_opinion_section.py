"""The monthly opinion section (issue 16, item 5) on hand-made talks at a province holding two
communes' logs: the themes with their change from last month, the matters and how each was
resolved with the exact median and longest days to answer, per unit, and what needs attention
(open and overdue, or urgent, oldest first); every figure equal to a direct count over the
tables; in the report's JSON, the written report's section (DOCX) and XLSX sheets, never with the
text of a concern."""

from __future__ import annotations

import statistics

import pytest
from exchange_helpers import PROVINCE, Factory
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import periods
from desktop_app.reports.document import compose

OCTOBER = periods.parse("2026-10")
SECRET = "Ông Bảy ở ấp 3 hỏi về sổ đỏ"  # the free text of a concern: never in the figures


def _add(s, held, themes, follow=True, **fields):
    return s.talks.add(
        held_on=held,
        questions_text=SECRET,
        question_themes=themes,
        follow_up_text="Trả lời tại buổi sau" if follow else "",
        **fields,
    )


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    base = tmp_path_factory.mktemp("opinion")
    f = Factory(base)
    a_code, b_code = f.communes(2)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    a, b = f.make("a", a_code), f.make("b", b_code)
    _add(a, "2026-09-10", ["Đất đai"], follow=False)
    _add(a, "2026-09-12", ["Giá điện"], follow=False)
    _add(a, "2026-09-20", ["Giá điện"], follow=False)
    _add(
        a,
        "2026-10-02",
        ["Đất đai"],
        questions_count=3,
        follow_up_outcome="answered",
        follow_up_resolved_on="2026-10-06",
    )
    _add(
        a,
        "2026-10-05",
        ["Đất đai", "Môi trường"],
        questions_count=2,
        follow_up_outcome="transferred",
        follow_up_resolved_on="2026-10-15",
    )
    _add(a, "2026-10-10", ["Giá điện"], follow_up_outcome="answered", follow_up_resolved_on="2026-10-11")
    overdue = _add(a, "2026-10-12", ["Môi trường"], follow_up_due="2026-10-30")
    urgent = _add(a, "2026-10-20", ["Giá điện"], follow_up_due="2026-12-15", urgent=True)
    _add(b, "2026-10-08", ["Đất đai"], follow_up_outcome="answered", follow_up_resolved_on="2026-10-20")
    for commune in (a, b):
        bundle = export_log(commune.session.exchange_context(), to=base / "up").path
        assert import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0].status == "applied"
    built = agg.reports.build(PROVINCE, OCTOBER)
    yield {"agg": agg, "built": built, "a": a_code, "b": b_code, "overdue": overdue, "urgent": urgent, "base": base}
    for s in (agg, a, b):
        s.close()


def test_the_themes_change_from_last_month(province):
    themes = {t.theme: (t.talks, t.questions, t.change) for t in province["built"].report.opinion.themes}
    assert themes == {"Đất đai": (3, 6, "+2"), "Giá điện": (2, 2, "0"), "Môi trường": (2, 3, "mới")}


def test_resolution_times_are_exact(province):
    op = province["built"].report.opinion
    r = op.resolution
    assert (r.raised, r.answered, r.transferred, r.open, r.overdue, r.urgent) == (6, 3, 1, 2, 1, 1)
    assert (r.timed, r.median_days, r.longest_days) == (4, 7, 12)  # 1, 4, 10, 12 days
    by_unit = {u.unit_code: u.resolution for u in op.units}
    assert (by_unit[province["a"]].median_days, by_unit[province["a"]].longest_days) == (4, 10)
    assert (by_unit[province["b"]].median_days, by_unit[province["b"]].longest_days) == (12, 12)


def test_the_figures_equal_a_direct_count(province):
    db = province["agg"].session.db
    rows = db.execute(
        "SELECT follow_up_status, follow_up_outcome, "
        "CAST(julianday(follow_up_resolved_on) - julianday(held_on) AS INT) FROM talks "
        "WHERE deleted = 0 AND held_on BETWEEN '2026-10-01' AND '2026-10-31' AND follow_up_status != 'none'"
    ).fetchall()
    r = province["built"].report.opinion.resolution
    assert r.raised == len(rows)
    assert r.open == sum(1 for s, _o, _d in rows if s == "open")
    assert r.transferred == sum(1 for _s, o, _d in rows if o == "transferred")
    days = [d for _s, _o, d in rows if d is not None]
    assert (r.median_days, r.longest_days) == (statistics.median(days), max(days))


def test_what_needs_attention_oldest_first(province):
    waiting = province["built"].report.opinion.waiting
    assert [(w.held_on.isoformat(), w.overdue, w.urgent) for w in waiting] == [
        ("2026-10-12", True, False),
        ("2026-10-20", False, True),
    ]
    assert all(w.unit_code == province["a"] for w in waiting)


def test_json_docx_and_xlsx_carry_the_section(province, tmp_path, qapp):
    agg, built = province["agg"], province["built"]
    data = built.as_json()["opinion"]
    assert data["resolution"]["median_days"] == 7 and data["themes"][0]["change"] == "+2"
    assert SECRET not in str(data)
    options = agg.reports.document_options(built.report, status=built.status)
    doc = compose(built.report, options, built.status)
    section = next(s for s in doc.sections if s.key == "opinion")
    texts = "\n".join(b for b in section.blocks if isinstance(b, str))
    assert (
        "Nhân dân nêu ý kiến về 3 chủ đề; nhiều nhất: Đất đai (3 buổi, 6 ý kiến, +2 buổi so với tháng trước)" in texts
    )
    assert (
        "có 6 việc cần theo dõi: 3 đã trả lời, 1 đã chuyển cơ quan có thẩm quyền, 2 đang theo dõi (1 quá hạn); "
        "thời gian trả lời trung vị 7 ngày, lâu nhất 12 ngày." in texts
    )
    assert "Có 1 ý kiến khẩn được gửi ngay lên cấp trên." in texts
    captions = [b.caption for b in section.blocks if hasattr(b, "caption")]
    assert "Việc cần theo dõi theo đơn vị và thời gian trả lời" in captions
    path = agg.reports.write(built, "docx", tmp_path / "r.docx", options)
    from docx import Document

    body = "\n".join(p.text for p in Document(str(path)).paragraphs)
    cells = [c.text for t in Document(str(path)).tables for row in t.rows for c in row.cells]
    assert "trung vị 7 ngày" in body and "Cần quan tâm" in "\n".join(cells + [body])
    assert SECRET not in body and SECRET not in "".join(cells)
    wb = load_workbook(agg.reports.write(built, "xlsx", tmp_path / "r.xlsx"))
    ws = wb["Giải quyết theo đơn vị"]
    assert [c.value for c in ws[3]][:3] == ["Đơn vị", "Việc nêu", "Đã trả lời"]
    values = [row for row in ws.iter_rows(min_row=4, values_only=True)]
    assert sorted(row[1] for row in values) == [1, 5]
    assert wb["Chủ đề ý kiến"]["D4"].value == "+2"


@given(st.lists(st.integers(0, 60), max_size=40))
def test_the_median_of_counted_days_is_the_median_of_the_days_written_out(days):
    from collections import Counter

    from desktop_app.reports.opinion import _median

    assert _median(Counter(days)) == (statistics.median(days) if days else None)
