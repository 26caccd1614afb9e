"""The report's sentences say what the data supports: one test per rule, then the figures behind
them against direct SQL on the demo year and on a province fed by real bundles."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from exchange_helpers import PROVINCE, Factory

from desktop_app.core.enums import Role, TalkFormat
from desktop_app.core.labels import TALK_FORMAT_LABELS, TALK_FORMAT_UNITS, format_unit
from desktop_app.core.records import Figures
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import fmt, periods, sentences
from desktop_app.reports.build import build_report
from desktop_app.reports.document import compose
from desktop_app.reports.model import Concern, FollowUps, Report, Row
from desktop_app.services.demo import fill_demo

TODAY = dt.date(2026, 11, 20)
Q3 = periods.parse("2026-Q3")


def report(**over) -> Report:
    base = dict(
        unit_code="P82",
        unit_name="Tỉnh Đồng Tháp",
        unit_kind="province",
        province_name="",
        period=Q3,
        generated_on=TODAY,
        totals=Figures(sessions=244, attendance=17_270, questions=38),
        active_units=5,
        child_count=102,
        breakdowns={},
        reported_units=5,
    )
    return Report(**{**base, **over})


# --- totals qualified by who reported ----------------------------------------------------------------


def test_a_province_total_is_said_of_the_units_that_reported():
    text = sentences.results(report())
    assert "5/102 đơn vị đã gửi báo cáo kỳ này" in text
    assert "đã tổ chức 244 cuộc có 17.270 lượt người dự" in text
    assert "97 đơn vị chưa gửi báo cáo nên chưa có trong số liệu trên" in text
    assert "có hoạt động" not in text  # never reads as if the silent ones did nothing


def test_when_every_unit_reported_nothing_is_said_missing():
    text = sentences.results(report(reported_units=102))
    assert "102/102 đơn vị đã gửi báo cáo kỳ này" in text and "chưa gửi" not in text


def test_when_no_unit_reported_the_figures_are_not_presented_as_results():
    text = sentences.results(report(reported_units=0, totals=Figures()))
    assert text.startswith("Trong quý III năm 2026, chưa đơn vị nào gửi báo cáo")


def test_a_commune_speaks_for_itself():
    text = sentences.results(report(unit_name="Xã Thanh Bình", unit_kind="commune", child_count=4, reported_units=1))
    assert text == "Trong quý III năm 2026, toàn xã đã tổ chức 244 cuộc có 17.270 lượt người dự."
    for name, said in (("Phường Đạo Thạnh", "toàn phường"), ("Đặc khu Phú Quốc", "toàn đặc khu")):
        assert sentences.where(report(unit_name=name, unit_kind="commune")) == said


# --- no claim the data does not support ------------------------------------------------------------


def test_questions_are_said_transferred_only_when_every_one_has_a_follow_up():
    all_followed = report(follow_ups=FollowUps(questions_followed=38))
    assert sentences.follow_up(all_followed) == "Các ý kiến đã được chuyển cơ quan có thẩm quyền xem xét, trả lời."
    some = sentences.follow_up(report(follow_ups=FollowUps(questions_followed=13, open_talks=4, overdue_talks=1)))
    assert some == "13/38 ý kiến đã có hướng xử lý; còn 4 việc đang theo dõi, giải quyết, trong đó 1 việc quá hạn."
    assert "chuyển cơ quan có thẩm quyền" not in sentences.follow_up(report(follow_ups=FollowUps(37)))
    assert sentences.follow_up(report(totals=Figures(sessions=3))) == ""  # no question, no claim


def test_the_concerns_paragraph_carries_the_follow_up_sentence_and_keeps_proper_names():
    r = report(
        concerns=[Concern("Lừa đảo qua Zalo", 6, 9, 0, 0, ()), Concern("Giá lúa", 4, 5, 0, 0, ())],
        follow_ups=FollowUps(questions_followed=13),
    )
    text = sentences.concerns(r)
    assert "lừa đảo qua Zalo (6 buổi); giá lúa (4 buổi)" in text
    assert text.endswith("13/38 ý kiến đã có hướng xử lý.")


# --- names and formats as people say them ---------------------------------------------------------


def test_labels_inside_sentences_keep_proper_names():
    assert fmt.lower_first("Bài đăng nhóm Zalo") == "bài đăng nhóm Zalo"
    assert fmt.lower_first("Tháng 07/2026") == "tháng 07/2026" and fmt.lower_first("") == ""
    assert "nhóm Zalo, trang Facebook" in sentences.online(report(totals=Figures(views=10)))


def test_every_format_is_counted_in_its_own_word():
    assert set(TALK_FORMAT_UNITS) == set(TalkFormat)
    rows = [
        Row(f.value, TALK_FORMAT_LABELS[f], Figures(sessions=n, attendance=0))
        for f, n in ((TalkFormat.LOUDSPEAKER, 12), (TalkFormat.ZALO_POST, 30), (TalkFormat.ONLINE_CONFERENCE, 5))
    ]
    text = sentences.by_format(rows)
    assert text == (
        "Theo hình thức: đài truyền thanh cơ sở 12 buổi phát thanh; bài đăng nhóm Zalo 30 bài đăng; "
        "điểm cầu trực tuyến 5 hội nghị."
    )
    assert format_unit("hologram") == "cuộc"  # a format from a newer version


# --- the figures behind the sentences equal direct SQL -------------------------------------------------


def test_follow_ups_equal_sql_and_reach_the_document(demo_services):
    db = demo_services.session.db
    r = build_report(db, "30130", Q3, today=TODAY)
    followed, open_, overdue = db.execute(
        "SELECT coalesce(sum(CASE WHEN follow_up_status != 'none' THEN questions_count END), 0), "
        "coalesce(sum(follow_up_status = 'open'), 0), "
        "coalesce(sum(follow_up_status = 'open' AND follow_up_due < ?), 0) FROM talks "
        "WHERE deleted = 0 AND held_on BETWEEN '2026-07-01' AND '2026-09-30'",
        [TODAY.isoformat()],
    ).fetchone()
    assert dataclasses.astuple(r.follow_ups) == (followed, open_, overdue)
    assert r.totals.questions > 0
    text = "\n".join(b for s in compose(r).sections for b in s.blocks if isinstance(b, str))
    assert sentences.follow_up(r) in text and sentences.by_format(r.breakdowns["format"]) in text
    for row in r.breakdowns["format"]:
        assert f"{fmt.num(row.counted.sessions)} {format_unit(row.key)}" in text


@pytest.fixture
def province(tmp_path, qapp):
    f = Factory(tmp_path)
    communes = [f.make(f"c{code}", code) for code in f.communes(3)]
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    for n, s in enumerate(communes[:2]):  # the third sends nothing
        fill_demo(s, seed=500 + n, talks=12)
        export_log(s.session.exchange_context(), to=tmp_path / "inbox")
    import_paths(agg.session.exchange_context(), [tmp_path / "inbox"], trust=True)
    yield agg
    for s in [*communes, agg]:
        s.close()


def test_a_province_counts_the_units_whose_files_arrived(province):
    db = province.session.db
    r = build_report(db, PROVINCE, Q3, today=TODAY)
    (children,) = db.execute("SELECT count(*) FROM units WHERE parent_code = ?", [PROVINCE]).fetchone()
    assert (r.reported_units, r.child_count) == (2, children)
    assert f"2/{fmt.num(children)} đơn vị đã gửi báo cáo kỳ này" in sentences.results(r)
    without_units = build_report(db, PROVINCE, Q3, by=("month",), today=TODAY)
    assert without_units.reported_units == 2
