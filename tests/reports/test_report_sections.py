"""The written sections in the report: drafts from the figures, where each section is placed and how
they are numbered, the preview's escaping, the sections file format, and saved texts surviving a
rebuild of the figures."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.sections import SECTION_KEYS, parse_sections_file
from desktop_app.reports import fmt, periods
from desktop_app.reports.document import compose
from desktop_app.reports.sections import presenter_names

Q3 = periods.parse("2026-Q3")


def _presenters(s):
    rows = s.session.db.execute(
        "SELECT presenters FROM talks WHERE deleted = 0 AND held_on BETWEEN '2026-07-01' AND '2026-09-30'"
    ).fetchall()
    return presenter_names(r[0] for r in rows)


def test_drafts_say_what_the_figures_show(demo_services):
    built = demo_services.reports.build("30130", Q3)
    drafts = demo_services.reports.drafts(built.report, built.status)
    assert set(drafts) == set(SECTION_KEYS)
    t = built.report.totals
    assert (
        f"{fmt.num(t.sessions)} cuộc tuyên truyền miệng với {fmt.num(t.attendance)} lượt người dự" in drafts["general"]
    )
    names = _presenters(demo_services)
    assert names and f"có {fmt.num(len(names))} báo cáo viên" in drafts["force"]
    assert all(name in drafts["force"] for name in names)
    conference = next(r for r in built.report.breakdowns["format"] if r.key == "online_conference")
    assert f"có {fmt.num(conference.figures.sessions)} buổi dự hội nghị báo cáo viên" in drafts["conferences"]
    assert drafts["assessment"] == drafts["recommendations"] == drafts["opinion"] == ""
    standard = next(s for s in compose(built.report, None, built.status).sections if s.key == "direction")
    assert drafts["direction"].splitlines() == [b for b in standard.blocks if isinstance(b, str)]


def test_presenters_are_named_once_in_vietnamese_order():
    assert presenter_names(["Trần Thị Mai, Lê Văn An", "lê văn an; Đỗ Hùng", "", "Bùi  Lan\nAn"]) == [
        "An",
        "Bùi Lan",
        "Đỗ Hùng",
        "Lê Văn An",
        "Trần Thị Mai",
    ]


def test_sections_are_placed_around_the_figures_and_numbered_with_them(demo_services):
    report = demo_services.reports.build("30130", Q3)
    texts = dict.fromkeys(SECTION_KEYS, "")
    texts |= {"general": "Tình hình ổn định.", "opinion": "Bà con phấn khởi.", "recommendations": "Một.\n\nHai."}
    options = demo_services.reports.document_options(report.report, status=report.status, sections=texts)
    written = compose(report.report, options, report.status)
    headings = [s.heading for s in written.sections]
    assert headings[0] == "I. TÌNH HÌNH CHUNG" and headings[1] == "II. KẾT QUẢ THỰC HIỆN"
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert [h.split(". ", 1)[0] for h in headings] == roman[: len(headings)]
    assert headings[-1] == f"{roman[len(headings) - 1]}. KIẾN NGHỊ, ĐỀ XUẤT"
    assert not any("PHƯƠNG HƯỚNG" in h for h in headings)  # an emptied direction is left out
    concerns = next(s for s in written.sections if s.key == "opinion")
    assert concerns.blocks[0] == "Bà con phấn khởi." and len(concerns.blocks) > 1  # the concerns follow
    assert written.sections[-1].blocks == ["Một.", "Hai."]


def test_without_written_sections_the_report_is_the_figures_alone(demo_services):
    built = demo_services.reports.build("30130", Q3)
    headings = [s.heading for s in compose(built.report, None, built.status).sections]
    assert headings[0] == "I. KẾT QUẢ THỰC HIỆN" and "PHƯƠNG HƯỚNG" in headings[-1]


def test_the_preview_escapes_what_people_wrote(demo_services):
    built = demo_services.reports.build("30130", Q3)
    options = demo_services.reports.document_options(
        built.report, status=built.status, sections={"general": "<script>x</script> & <b>đậm</b>"}
    )
    html = demo_services.reports.preview_html(built, options)
    assert "&lt;script&gt;x&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;" in html and "<script>" not in html
    assert "I. TÌNH HÌNH CHUNG" in html and options.signer_name in html


def test_saved_sections_survive_a_rebuild_of_the_figures(demo_services):
    from exchange_helpers import add_talks

    demo_services.reports.save_section("30130", Q3, "assessment", "Ưu điểm: đều đặn.")
    before = demo_services.reports.build("30130", Q3).report.totals.sessions
    add_talks(demo_services, 2)
    built = demo_services.reports.build("30130", Q3)
    assert built.report.totals.sessions >= before
    assert dict(demo_services.reports.document_options(built.report).sections)["assessment"] == "Ưu điểm: đều đặn."
    assert demo_services.reports.saved_sections("30130", Q3)["assessment"].text == "Ưu điểm: đều đặn."


def test_the_sections_file_format():
    assert parse_sections_file('{"general": " A ", "force": ""}') == {"general": "A", "force": ""}
    assert parse_sections_file("\ufeff[general]\nDòng 1\n\nDòng 2\n[ force ]\nB\n") == {
        "general": "Dòng 1\n\nDòng 2",
        "force": "B",
    }
    for bad, words in (
        ("văn bản trước\n[general]\nA", "Dòng 1"),
        ('{"general": 3}', "đối tượng JSON"),
        ("{oops", "JSON hợp lệ"),
        ("[tinh_hinh]\nA", "Không có phần báo cáo"),
        ("[general]\n" + "x" * 20_001, "dài quá 20.000 ký tự"),
    ):
        with pytest.raises(ValidationError, match=words):
            parse_sections_file(bad)
