"""Channels and their monthly counts travel up in log bundles: the province sees each commune's
channels by platform with their followers' growth; a posted talk keeps its channel; a forged count
is refused; the per-post figures stay at the commune."""

from __future__ import annotations

import json

import pytest
from exchange_helpers import PROVINCE, Factory
from forge import forge, version

from desktop_app.core.enums import Platform, Role
from desktop_app.exchange import export_log, import_paths


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    base = tmp_path_factory.mktemp("channels")
    f = Factory(base)
    codes = f.communes(3)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    communes = [f.make(f"c{i}", code) for i, code in enumerate(codes)]
    talk_ids = {}
    for i, commune in enumerate(communes):
        page = commune.channels.add(name=f"Fanpage xã {i}", official=True)
        commune.channels.snapshot(page.id, "2026-09", 1000 * (i + 1))
        commune.channels.snapshot(page.id, "2026-10", 1000 * (i + 1) + 50)
        for n in range(i + 1):
            commune.channels.add(platform="zalo_group", name=f"Nhóm Zalo {n}")
        talk_ids[codes[i]] = commune.talks.add(format="fanpage_post", held_on="2026-10-05", channel_id=page.id).id
        bundle = export_log(commune.session.exchange_context(), to=base / "up").path
        out = import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0]
        assert out.status == "applied", (out.reason, out.warnings)
        assert out.tables["channels"]["new"] == i + 2 and out.tables["channel_snapshots"]["new"] == 2
    yield {"base": base, "agg": agg, "communes": communes, "codes": codes, "talks": talk_ids}
    for s in (agg, *communes):
        s.close()


def test_the_province_sees_each_communes_channels_by_platform_with_growth(province):
    agg, codes = province["agg"], province["codes"]
    lines = agg.channels.list()
    per_unit = {}
    for line in lines:
        per_unit.setdefault(line.channel.unit_code, []).append(line)
    assert set(per_unit) == set(codes)
    for i, code in enumerate(codes):
        pages = [x for x in per_unit[code] if x.channel.platform is Platform.FANPAGE]
        assert [(p.followers, p.growth, p.month) for p in pages] == [(1000 * (i + 1) + 50, 50, "2026-10")]
        assert sum(x.channel.platform is Platform.ZALO_GROUP for x in per_unit[code]) == i + 1
    assert [x.channel.unit_code for x in agg.channels.list(unit_codes=(codes[1],))] == [codes[1]] * 3


def test_a_posted_talk_arrives_with_its_channel(province):
    agg = province["agg"]
    for code, talk_id in province["talks"].items():
        talk = agg.talks.get(talk_id)
        assert talk.channel_id in {line.channel.id for line in agg.channels.list(unit_codes=(code,))}


def test_the_province_cannot_edit_a_communes_channel(province):
    from desktop_app.core.errors import ValidationError

    agg = province["agg"]
    line = agg.channels.list()[0]
    with pytest.raises(ValidationError, match="đơn vị khác"):
        agg.channels.snapshot(line.channel.id, "2026-11", 5)


def test_a_count_under_a_forged_id_refuses_the_file(province):
    agg, commune, code = province["agg"], province["communes"][0], province["codes"][0]
    channel = commune.channels.list()[0].channel
    row = {
        "id": "01a229b6-8ede-70f5-9361-1857f40c0e54",
        "owner_unit": code,
        "hlc": version(commune.session.installation.key_id[:8]),
        "deleted": False,
        "channel_id": channel.id,
        "month": "2026-11",
        "followers": 10**6,
    }
    path = forge(province["base"] / "hostile", commune.identity.private_key(), code, {"channel_snapshots": [row]})
    out = import_paths(agg.session.exchange_context(), [path], backup=False).files[0]
    assert (out.status, out.reason, out.field_name) == ("refused", "invalid_record", "id"), out.detail
    assert "data/channel_snapshots.ndjson" in out.message
    assert max(s.followers for s in agg.channels.snapshots(channel.id)) < 10**6


def test_the_provinces_report_counts_every_communes_channels(province):
    from desktop_app.reports.sections import channels_sentence

    agg, codes = province["agg"], province["codes"]
    report = agg.reports.build(PROVINCE, agg.reports.period("2026-10")).report
    pages = {r.unit_code: (r.channels, r.followers, r.growth) for r in report.channels if r.platform == "fanpage"}
    assert pages == {code: (1, 1000 * (i + 1) + 50, 50) for i, code in enumerate(codes)}
    assert channels_sentence(report).startswith("Toàn tỉnh xây dựng được 3 fanpage, 6 nhóm Zalo, với 6.150 lượt")


def test_channels_list_json_gives_the_figures_of_each_unit_at_the_province(province, capsys):
    from desktop_app.cli import run

    assert run(["--data-dir", str(province["base"] / "agg"), "channels", "list", "--json"]) == 0
    units = {u["unit_code"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    for i, code in enumerate(province["codes"]):
        assert units[code]["platforms"]["fanpage"] == {"channels": 1, "followers": 1000 * (i + 1) + 50, "growth": 50}
        assert units[code]["platforms"]["zalo_group"] == {"channels": i + 1, "followers": 0, "growth": 0}


def test_post_figures_stay_at_the_commune_and_travel_as_their_talks_figures(tmp_path):
    from meta_files import post_csv, post_row, write

    f = Factory(tmp_path)
    (code,) = f.communes(1)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", code)
    commune.channels.add(name="Fanpage xã")
    posts = write(tmp_path / "posts.csv", post_csv([post_row(1, 900), post_row(2, 300, day=2)]))
    commune.channels.import_meta([posts], as_of="2026-11-01", create_talks=True)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
    assert import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0].status == "applied"
    assert agg.session.db.execute("SELECT count(*) FROM channel_posts").fetchone()[0] == 0
    assert sorted(t.online.views for t in agg.talks.list() if t.channel_id) == [300, 900]
    agg.close()
    commune.close()
