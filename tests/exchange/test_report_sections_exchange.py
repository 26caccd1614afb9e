"""The communes' own words travel up: a commune's written report sections ride in its log bundle, the
province sees what each commune wrote side by side and quotes it with the commune named, and no
commune writes another's section."""

from __future__ import annotations

import pytest
from docx import Document
from exchange_helpers import PROVINCE, Factory, add_talks
from forge import forge, version

from desktop_app.core.enums import Role
from desktop_app.core.sections import section_id
from desktop_app.exchange import export_log, import_paths

PERIOD = "2026-10"


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The DOCX's charts need Qt's GUI module: the session's one QApplication serves them."""
    return qapp


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    base = tmp_path_factory.mktemp("sections")
    f = Factory(base)
    a_code, b_code, c_code = f.communes(3)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    a, b = f.make("a", a_code), f.make("b", b_code)
    period = a.reports.period(PERIOD)
    a.reports.save_section(a_code, period, "recommendations", "Đề nghị tỉnh cấp thêm loa truyền thanh.")
    a.reports.save_section(a_code, period, "opinion", "Bà con phấn khởi.")
    b.reports.save_section(b_code, period, "recommendations", "Đề nghị mở lớp tập huấn báo cáo viên.")
    for commune in (a, b):
        add_talks(commune, 2)
        bundle = export_log(commune.session.exchange_context(), to=base / "up").path
        out = import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0]
        assert out.status == "applied" and out.tables["report_sections"]["new"] >= 1, (out.reason, out.warnings)
    yield {"base": base, "agg": agg, "a": a, "b": b, "A": a_code, "B": b_code, "C": c_code}
    for s in (agg, a, b):
        s.close()


def _names(s, code):
    return next(u.name for u in s.reports.units() if u.code == code)


def test_the_province_sees_each_communes_section_side_by_side_and_quotes_both(province, tmp_path):
    agg, a_code, b_code = province["agg"], province["A"], province["B"]
    period = agg.reports.period(PERIOD)
    passages = agg.reports.sections_below(PROVINCE, period, "recommendations")
    assert {(p.unit_code, p.text) for p in passages} == {
        (a_code, "Đề nghị tỉnh cấp thêm loa truyền thanh."),
        (b_code, "Đề nghị mở lớp tập huấn báo cáo viên."),
    }
    assert [p.unit_code for p in agg.reports.sections_below(PROVINCE, period, "opinion")] == [a_code]
    quoted = "\n".join(agg.reports.quote(p) for p in passages)
    agg.reports.save_section(PROVINCE, period, "recommendations", "Đề nghị Trung ương:\n" + quoted)

    built = agg.reports.build(PROVINCE, period)
    path = agg.reports.write(
        built, "docx", tmp_path / "tinh.docx", agg.reports.document_options(built.report, status=built.status)
    )
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    a_name, b_name = _names(agg, a_code), _names(agg, b_code)
    assert f"{a_name}: Đề nghị tỉnh cấp thêm loa truyền thanh." in text
    assert f"{b_name}: Đề nghị mở lớp tập huấn báo cáo viên." in text
    assert "KIẾN NGHỊ, ĐỀ XUẤT" in text


def test_a_commune_report_at_the_province_carries_that_communes_own_sections(province):
    agg, a_code = province["agg"], province["A"]
    period = agg.reports.period(PERIOD)
    built = agg.reports.build(a_code, period)
    texts = dict(agg.reports.document_options(built.report, status=built.status).sections)
    assert texts["recommendations"] == "Đề nghị tỉnh cấp thêm loa truyền thanh."
    assert not agg.reports.can_write_sections(a_code)


def test_a_section_withdrawn_at_the_commune_is_withdrawn_at_the_province(province):
    agg, b, b_code, base = province["agg"], province["b"], province["B"], province["base"]
    period = b.reports.period(PERIOD)
    b.reports.save_section(b_code, period, "assessment", "Còn hạn chế về kinh phí.")
    bundle = export_log(b.session.exchange_context(), to=base / "up2").path
    assert import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0].status == "applied"
    assert [p.text for p in agg.reports.sections_below(PROVINCE, period, "assessment")] == ["Còn hạn chế về kinh phí."]
    b.reports.clear_section(b_code, period, "assessment")
    assert "assessment" not in b.reports.saved_sections(b_code, period)
    bundle = export_log(b.session.exchange_context(), to=base / "up3").path
    out = import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0]
    assert out.status == "applied" and out.tables["report_sections"]["updated"] == 1
    assert agg.reports.sections_below(PROVINCE, period, "assessment") == []


def _section(owner, unit, key="recommendations", period=PERIOD, rid=None):
    return {
        "id": rid or section_id(unit, period, key),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "unit_code": unit,
        "period": period,
        "section": key,
        "text": "Xã bên cạnh không làm gì cả.",
    }


@pytest.mark.parametrize(
    ("row", "reason", "field"),
    [
        (lambda a, b: _section(a, b), "foreign_owner", "unit_code"),  # its own row, in the neighbour's name
        (lambda a, b: _section(b, b), "foreign_owner", "owner_unit"),  # the neighbour's row outright
        (lambda a, b: _section(a, a, rid=section_id(b, PERIOD, "recommendations")), "invalid_record", "id"),
        (lambda a, b: _section(a, a, period="tháng 10"), "invalid_record", "id"),
    ],
)
def test_a_commune_cannot_write_another_communes_section(province, row, reason, field):
    agg, a, a_code, b_code, base = province["agg"], province["a"], province["A"], province["B"], province["base"]
    period = agg.reports.period(PERIOD)
    before = [(p.unit_code, p.text) for p in agg.reports.sections_below(PROVINCE, period, "recommendations")]
    path = forge(base / "hostile", a.identity.private_key(), a_code, {"report_sections": [row(a_code, b_code)]})
    out = import_paths(agg.session.exchange_context(), [path], backup=False).files[0]
    assert (out.status, out.reason, out.field_name) == ("refused", reason, field), out.detail
    assert "data/report_sections.ndjson" in out.message and "{" not in out.message
    assert [(p.unit_code, p.text) for p in agg.reports.sections_below(PROVINCE, period, "recommendations")] == before


def test_the_province_cannot_write_a_communes_section(province):
    from desktop_app.core.errors import ValidationError

    agg = province["agg"]
    with pytest.raises(ValidationError, match="đơn vị mình"):
        agg.reports.save_section(province["A"], agg.reports.period(PERIOD), "general", "Viết thay xã.")
