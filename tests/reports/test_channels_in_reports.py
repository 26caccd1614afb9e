"""Channels in the report: a sentence in the style of the source in the force section's draft
("xây dựng được 2 fanpage, 1 nhóm Zalo…", with followers and the growth over the period), and a
channels sheet in the XLSX; at a province, each commune's channels are counted."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop_app.reports.sections import channels_sentence


def _channels(services):
    page = services.channels.add(name="Xã Thanh Bình", official=True)
    youth = services.channels.add(name="Tuổi trẻ Thanh Bình")
    zalo = services.channels.add(platform="zalo_group", name="Người Dân Tân Mỹ")
    for channel, june, september, november in (
        (page, 4000, 4500, 9000),
        (youth, 1000, 1200, 9000),
        (zalo, 700, 794, 9000),
    ):
        services.channels.snapshot(channel.id, "2026-06", june)
        services.channels.snapshot(channel.id, "2026-09", september)
        services.channels.snapshot(channel.id, "2026-11", november)  # after the period: not counted


def test_the_force_draft_counts_the_channels_in_the_words_of_the_source(services):
    _channels(services)
    built = services.reports.build("30130", services.reports.period("2026-Q3"))
    sentence = channels_sentence(built.report)
    assert sentence == (
        "Toàn xã xây dựng được 2 fanpage, 1 nhóm Zalo, với 6.494 lượt theo dõi, thành viên (tăng 794 trong kỳ)."
    )
    assert sentence in services.reports.drafts(built.report, built.status)["force"]


def test_without_channels_the_draft_says_nothing_of_them(services):
    built = services.reports.build("30130", services.reports.period("2026-Q3"))
    assert channels_sentence(built.report) == "" and "fanpage" not in services.reports.drafts(built.report)["force"]


def test_the_xlsx_has_a_channels_sheet(services, tmp_path, qapp):
    _channels(services)
    built = services.reports.build("30130", services.reports.period("2026-Q3"))
    path = services.reports.write(built, "xlsx", tmp_path / "q3.xlsx")
    rows = list(load_workbook(path)["Kênh"].iter_rows(min_row=4, values_only=True))
    assert rows == [
        ("Xã Thanh Bình", "30130", "Fanpage", 2, 5700, 700),
        ("Xã Thanh Bình", "30130", "Nhóm Zalo", 1, 794, 94),
        (None, None, "Tổng cộng", 3, 6494, 794),
    ]
