"""Thirty communes send their logs up; the aggregator's totals equal theirs; a second import of the
folder changes nothing; later edits, deletions and additions arrive with the next incremental
bundles; a missing bundle is reported as a gap and a snapshot heals it."""

from __future__ import annotations

import dataclasses

import pytest
from exchange_helpers import PROVINCE, Factory, add_talks, assert_links_follow_rows, dump

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.exchange.container import open_bundle
from desktop_app.services.demo import fill_demo

N_COMMUNES = 30


def totals(s, owner: str | None = None) -> tuple[int, int]:
    sql = "SELECT count(*), coalesce(sum(attendance), 0) FROM talks WHERE deleted = 0"
    params = []
    if owner:
        sql += " AND owner_unit = ?"
        params.append(owner)
    return tuple(s.session.db.execute(sql, params).fetchone())


@pytest.fixture(scope="module")
def country(tmp_path_factory):
    base = tmp_path_factory.mktemp("roundtrip")
    f = Factory(base)
    codes = f.communes(N_COMMUNES)
    communes = {}
    for n, code in enumerate(codes):
        s = f.make(f"c{code}", code)
        fill_demo(s, seed=n, talks=12)
        communes[code] = s
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    yield base, communes, agg
    for s in [*communes.values(), agg]:
        s.close()


def test_thirty_communes_round_trip(country):
    base, communes, agg = country
    inbox = base / "inbox-1"
    for s in communes.values():
        export_log(s.session.exchange_context(), to=inbox)
    first = import_paths(agg.session.exchange_context(), [inbox], trust=True)
    assert first.by_status() == {"applied": N_COMMUNES}, [f.detail for f in first.files if f.detail]
    assert first.backup
    for code, s in communes.items():
        assert totals(agg, code) == totals(s), code
        assert (
            agg.session.db.execute("SELECT count(*) FROM groups WHERE owner_unit = ?", [code]).fetchone()[0]
            == s.session.db.execute("SELECT count(*) FROM groups").fetchone()[0]
        )
    # privacy: contact names and phones stayed at home
    assert (
        agg.session.db.execute(
            "SELECT count(*) FROM groups WHERE contact_name != '' OR contact_phone != ''"
        ).fetchone()[0]
        == 0
    )
    assert (
        sum(
            s.session.db.execute("SELECT count(*) FROM groups WHERE contact_name != ''").fetchone()[0]
            for s in communes.values()
        )
        == N_COMMUNES
    )
    # search covers what was imported (the deferred index was drained)
    assert agg.session.db.execute("SELECT count(*) FROM search_backlog").fetchone()[0] == 0
    assert (
        agg.session.db.execute("SELECT count(*) FROM search_docs WHERE kind = 'talk'").fetchone()[0] == totals(agg)[0]
    )

    before = dump(agg)
    again = import_paths(agg.session.exchange_context(), [inbox], trust=True)
    assert again.by_status() == {"already_imported": N_COMMUNES}
    assert again.backup is None
    assert dump(agg) == before

    # edits, deletions and additions travel with the next incremental bundles
    inbox2 = base / "inbox-2"
    changed = list(communes.items())[:6]
    for _code, s in changed:
        talks = s.talks.list()
        s.talks.save(dataclasses.replace(talks[0], attendance=talks[0].attendance + 7, notes="Đã sửa số người dự"))
        s.talks.delete(talks[1].id)
        add_talks(s, 2)
        result = export_log(s.session.exchange_context(), to=inbox2)
        assert result.kind == "log" and result.counts["talks"] == 4, result.counts
        assert result.previous_bundle_id is not None
    second = import_paths(agg.session.exchange_context(), [inbox2])
    assert second.by_status() == {"applied": len(changed)}
    for f in second.files:
        assert f.counts["new"] == 2 + f.tables.get("topics", {}).get("new", 0)
        assert f.tables["talks"]["updated"] == 2
    for code, s in communes.items():
        assert totals(agg, code) == totals(s), code
    deleted = changed[0][1].session.db.execute("SELECT id FROM talks WHERE deleted = 1").fetchone()[0]
    assert agg.session.db.execute("SELECT deleted FROM talks WHERE id = ?", [deleted]).fetchone()[0] == 1
    # the replaced versions are kept in history
    assert agg.session.db.execute("SELECT count(*) FROM history WHERE table_name = 'talks'").fetchone()[0] == 2 * len(
        changed
    )
    assert import_paths(agg.session.exchange_context(), [inbox2]).by_status() == {"already_imported": len(changed)}
    assert_links_follow_rows(agg)
    assert agg.session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_gap_reported_then_healed_by_snapshot(country):
    base, communes, agg = country
    code, s = list(communes.items())[-1]
    add_talks(s, 1, start=500)
    lost = export_log(s.session.exchange_context(), to=base / "lost")
    add_talks(s, 1, start=600)
    later = export_log(s.session.exchange_context(), to=base / "inbox-3")
    assert open_bundle(later.path.read_bytes()).manifest["previous_bundle_id"] == lost.bundle_id
    out = import_paths(agg.session.exchange_context(), [later.path])
    assert out.files[0].status == "applied"
    gaps = [g for g in out.gaps if g["sender_unit"] == code]
    assert len(gaps) == 1 and "không nhận được tệp nào từ" in gaps[0]["message"]
    assert totals(agg, code) != totals(s)
    snap = export_log(s.session.exchange_context(), to=base / "inbox-4", snapshot=True)
    healed = import_paths(agg.session.exchange_context(), [snap.path])
    assert healed.files[0].status == "applied"
    assert not [g for g in healed.gaps if g["sender_unit"] == code]
    assert totals(agg, code) == totals(s)
