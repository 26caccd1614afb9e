"""Channels, their monthly counts, and the import of a fanpage's Meta exports: lifetime figures
replaced by a newer export (never added twice), a preview that writes nothing, posts linked to talks."""

from __future__ import annotations

import pytest

from desktop_app.core.channels import PostFigures
from desktop_app.core.enums import Platform
from desktop_app.core.errors import ValidationError
from tests.meta_files import page_series, post_csv, post_row, write


@pytest.fixture
def page(services):
    return services.channels.add(name="Tuổi trẻ Thanh Bình", url="https://facebook.com/tuoitrethanhbinh", official=True)


def test_a_channel_keeps_its_fields_and_lists_with_its_latest_count_and_growth(services, page):
    zalo = services.channels.add(platform="zalo_group", name="Nhóm Zalo ấp Tân Mỹ", admin_name="Lê Thị Hoa")
    assert zalo.platform is Platform.ZALO_GROUP and zalo.admin_member_id is None and zalo.unit_code == "30130"
    services.channels.snapshot(page.id, "2026-09", 1200)
    services.channels.snapshot(page.id, "2026-10", 1300)
    services.channels.snapshot(page.id, "2026-10", 1350)  # a corrected count replaces the month's
    assert [(s.month, s.followers) for s in services.channels.snapshots(page.id)] == [
        ("2026-09", 1200),
        ("2026-10", 1350),
    ]
    lines = {line.channel.name: line for line in services.channels.list()}
    assert (lines[page.name].followers, lines[page.name].growth, lines[page.name].month) == (1350, 150, "2026-10")
    assert lines[zalo.name].followers is None and lines[zalo.name].unit_name == "Xã Thanh Bình"


def test_wrong_fields_are_refused_in_vietnamese(services, page):
    with pytest.raises(ValidationError, match="Tên"):
        services.channels.add(name="  ")
    with pytest.raises(ValidationError, match="Nền tảng"):
        services.channels.add(name="X", platform="myspace")
    with pytest.raises(ValidationError, match="NĂM-THÁNG"):
        services.channels.snapshot(page.id, "10/2026", 5)


def test_a_reexport_replaces_the_figures_and_never_adds_them_twice(services, page, tmp_path):
    october = write(tmp_path / "t10.csv", post_csv([post_row(n, 100) for n in range(3)], 32, 1))
    first = services.channels.import_meta([october], as_of="2026-11-01")
    assert (first.posts, first.new, first.updated) == (3, 3, 0)
    assert first.totals == PostFigures(300, 198, 30, 6, 6)
    later = write(tmp_path / "t11.csv", post_csv([post_row(n, 400 if n == 0 else 100) for n in range(4)], 34, 8))
    second = services.channels.import_meta([later], as_of="2026-11-15")
    assert (second.posts, second.new, second.updated, second.unchanged) == (4, 1, 1, 2)
    assert second.totals.views == 700 and str(second.as_of) == "2026-11-15"
    stale = services.channels.import_meta([october], as_of="2026-11-02")  # an older export changes nothing
    assert (stale.older, stale.updated, stale.totals.views) == (3, 0, 700)


def test_the_preview_writes_nothing_and_counts_what_the_import_does(services, page, tmp_path):
    files = [
        write(tmp_path / "posts.csv", post_csv([post_row(n) for n in range(5)])),
        write(tmp_path / "daily.csv", page_series("Lượt theo dõi", [("2026-10-01", 3), ("2026-10-02", 4)])),
    ]
    preview = services.channels.import_meta(files, as_of="2026-11-01", create_talks=True, dry_run=True)
    assert (preview.new, preview.talks_created, preview.series) == (5, 5, (("Lượt theo dõi", 2),))
    assert services.channels.import_meta(files, as_of="2026-11-01", dry_run=True).new == 5
    assert services.talks.list() == [] and services.channels.list()[0].channel.hlc == page.hlc
    done = services.channels.import_meta(files, as_of="2026-11-01", create_talks=True)
    assert (done.new, done.talks_created, done.totals) == (preview.new, preview.talks_created, preview.totals)


def test_one_bad_file_refuses_the_batch_and_writes_nothing(services, page, tmp_path):
    good = write(tmp_path / "good.csv", post_csv([post_row(1)]))
    bad = write(tmp_path / "bad.csv", post_csv([post_row(2)], drop=("Permalink",)))
    with pytest.raises(ValidationError, match="thiếu cột Permalink"):
        services.channels.import_meta([good, bad])
    assert services.channels.import_meta([good], dry_run=True).new == 1


def test_posts_match_the_units_talks_by_day_and_link_or_are_created_when_asked(services, page, tmp_path):
    talk = services.talks.add(
        format="fanpage_post", held_on="2026-10-02", notes="Đăng bài https://www.facebook.com/1234567890/posts/1"
    )
    other = services.talks.add(format="fanpage_post", held_on="2026-10-02", notes="bài khác")
    rows = [post_row(1, 500, day=2), post_row(2, 80, day=2), post_row(3, 90, day=5)]
    result = services.channels.import_meta([write(tmp_path / "p.csv", post_csv(rows))], as_of="2026-11-01")
    assert (result.talks_matched, result.talks_created, result.posts_without_talk) == (1, 0, 2)
    linked = services.talks.get(talk.id)
    assert (linked.channel_id, linked.online.views, linked.online.likes) == (page.id, 500, 50)
    assert services.talks.get(other.id).channel_id is None  # two posts that day: no guess
    again = services.channels.import_meta([tmp_path / "p.csv"], as_of="2026-11-01", create_talks=True)
    assert (again.talks_matched, again.talks_created, again.posts_without_talk) == (0, 2, 0)
    made = [t for t in services.talks.list() if t.channel_id == page.id and t.id != talk.id]
    assert sorted(t.online.views for t in made) == [80, 90] and all(t.format.value == "fanpage_post" for t in made)


def test_the_fanpage_is_asked_for_when_there_is_none_or_several(services, tmp_path):
    posts = write(tmp_path / "p.csv", post_csv([post_row(1)]))
    with pytest.raises(ValidationError, match="Chưa có fanpage"):
        services.channels.import_meta([posts])
    services.channels.add(name="Trang 1")
    services.channels.add(name="Trang 2")
    with pytest.raises(ValidationError, match="có 2 fanpage"):
        services.channels.import_meta([posts])
    zalo = services.channels.add(platform="zalo_group", name="Nhóm Zalo")
    with pytest.raises(ValidationError, match="không phải fanpage"):
        services.channels.import_meta([posts], channel_id=zalo.id)


def test_the_demo_has_channels_with_a_year_of_counts_and_posts_that_name_them(demo_services):
    lines = demo_services.channels.list()
    assert len(lines) == 8 and {line.channel.platform for line in lines} == set(Platform)
    for line in lines:
        counts = demo_services.channels.snapshots(line.channel.id)
        assert len(counts) == 12 and counts[-1].month == "2026-11" and line.growth is not None and line.growth >= 0
    posts = [t for t in demo_services.talks.list() if t.format.value in ("fanpage_post", "zalo_post")]
    assert posts and all(t.channel_id in {line.channel.id for line in lines} for t in posts)


def test_an_administrator_on_the_roster_is_linked_to_the_member(services):
    member = services.force.add(name="Lê Văn Tám", role="tuyên truyền viên")
    run_by_member = services.channels.add(name="Nhóm Zalo ấp 3", platform="zalo_group", admin_name="le van tam")
    assert run_by_member.admin_member_id == member.id  # accents and case aside
    run_by_stranger = services.channels.add(name="Trang xã", admin_name="Người ngoài")
    assert run_by_stranger.admin_member_id is None
    renamed = services.channels.save(
        services.channels.new(id=run_by_member.id, name="Nhóm Zalo ấp 3", platform="zalo_group", admin_name="")
    )
    assert renamed.admin_member_id is None  # no administrator named: no link
