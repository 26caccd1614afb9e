"""Priority areas in reports (issue 16, item 4): at the province, talks in tagged areas (a group
tagged at the commune, which travels up; a commune tagged by the province itself, which stays
there) against the rest, direct and online, each figure equal to a direct count over the tables."""

from __future__ import annotations

import pytest
from exchange_helpers import PROVINCE, Factory
from openpyxl import load_workbook

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports.document import compose
from desktop_app.reports.sentences import priority_areas

ONLINE = ("online_conference", "zalo_post", "fanpage_post")


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    base = tmp_path_factory.mktemp("areas")
    f = Factory(base)
    codes = f.communes(3)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    communes = [f.make(f"c{i}", code) for i, code in enumerate(codes)]
    remote, plain, tagged_here = communes
    hamlet = remote.groups.add(
        name="Ấp Tân Lợi", kind="hamlet", tags=["vùng sâu", "Vùng sâu", "vùng đồng bào dân tộc thiểu số"]
    )
    other = remote.groups.add(name="Hội phụ nữ ấp 1", kind="mass_organisation")
    remote.talks.add(held_on="2026-10-03", group_ids=[hamlet.id], attendance=40, language="Tiếng Khmer")
    remote.talks.add(held_on="2026-10-04", group_ids=[hamlet.id, other.id], attendance=25)
    remote.talks.add(held_on="2026-10-05", format="zalo_post", group_ids=[hamlet.id])
    remote.talks.add(held_on="2026-10-06", group_ids=[other.id], attendance=30)
    remote.talks.add(held_on="2026-09-30", group_ids=[hamlet.id], attendance=99)  # another month
    plain.talks.add(held_on="2026-10-07", attendance=50)
    plain.talks.add(held_on="2026-10-08", format="online_conference", attendance=70)
    tagged_here.talks.add(held_on="2026-10-09", format="home_visit", attendance=4)
    tagged_here.talks.add(held_on="2026-10-10", format="fanpage_post")
    for commune in communes:
        bundle = export_log(commune.session.exchange_context(), to=base / "up").path
        assert import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0].status == "applied"
    agg.units.set_tags(codes[2], ["địa bàn phức tạp, nhạy cảm"])
    yield {"agg": agg, "codes": codes, "hamlet": hamlet}
    for s in (agg, *communes):
        s.close()


def _direct_sql(db, codes, tagged: bool, online: bool) -> tuple[int, int]:
    """The same figure counted another way: each talk looked at one by one."""
    total = [0, 0]
    tagged_groups = {r[0] for r in db.execute("SELECT id FROM groups WHERE tags IS NOT NULL AND tags != '[]'")}
    tagged_units = {r[0] for r in db.execute("SELECT unit_code FROM unit_tags")}
    rows = db.execute(
        "SELECT id, unit_code, format, attendance FROM talks WHERE deleted = 0 AND held_on LIKE '2026-10-%'"
    ).fetchall()
    for talk_id, unit, fmt, attendance in rows:
        if unit not in codes:
            continue
        groups = {r[0] for r in db.execute("SELECT group_id FROM talk_groups WHERE talk_id = ?", [talk_id])}
        in_area = unit in tagged_units or bool(groups & tagged_groups)
        if in_area == tagged and (fmt in ONLINE) == online:
            total[0] += 1
            total[1] += attendance
    return tuple(total)


def test_the_comparison_equals_a_direct_count(province):
    agg, codes = province["agg"], province["codes"]
    report = agg.reports.build(PROVINCE, agg.reports.period("2026-10")).report
    tagged, rest = report.areas
    db = agg.session.db
    for row in (tagged, rest):
        assert (row.direct_talks, row.direct_attendance) == _direct_sql(db, codes, row.tagged, False)
        assert (row.online_talks, row.online_attendance) == _direct_sql(db, codes, row.tagged, True)
    assert (tagged.direct_talks, tagged.direct_attendance, tagged.online_talks) == (3, 69, 2)
    assert (rest.direct_talks, rest.direct_attendance, rest.online_talks, rest.online_attendance) == (2, 80, 1, 70)
    assert report.as_dict()["priority_areas"][0]["direct_attendance"] == 69


def test_group_tags_travel_up_and_unit_tags_stay_where_they_were_set(province):
    agg, codes = province["agg"], province["codes"]
    assert agg.groups.get(province["hamlet"].id).tags == ("vùng sâu", "vùng đồng bào dân tộc thiểu số")
    assert agg.units.tags(codes[2]) == ("địa bàn phức tạp, nhạy cảm",)
    khmer = [t for t in agg.talks.list() if t.language]
    assert [(t.unit_code, t.language) for t in khmer] == [(codes[0], "Tiếng Khmer")]


def test_the_written_report_and_the_xlsx_say_it(province, tmp_path, qapp):
    agg = province["agg"]
    built = agg.reports.build(PROVINCE, agg.reports.period("2026-10"))
    sentence = priority_areas(built.report)
    assert sentence == (
        "Tại các địa bàn ưu tiên (vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, địa bàn phức tạp, nhạy cảm): "
        "3 cuộc có 69 lượt người dự trực tiếp, 2 hoạt động trên mạng; "
        "các địa bàn còn lại: 2 cuộc có 80 lượt người dự trực tiếp, 1 hoạt động trên mạng."
    )
    written = compose(built.report)
    assert any(sentence in str(block) for section in written.sections for block in section.blocks)
    path = agg.reports.write(built, "xlsx", tmp_path / "t10.xlsx")
    rows = list(load_workbook(path)["Vùng ưu tiên"].iter_rows(min_row=4, values_only=True))
    assert rows == [("Vùng ưu tiên", 3, 69, 2, 0), ("Còn lại", 2, 80, 1, 70)]


def test_without_tagged_areas_the_report_says_nothing_of_them(province):
    agg = province["agg"]
    report = agg.reports.build(PROVINCE, agg.reports.period("2026-08")).report
    assert priority_areas(report) == ""
