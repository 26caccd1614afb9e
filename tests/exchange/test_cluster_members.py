"""A cluster's installation receives its members' files: membership widens only the receiver's tree.
A member's file is inside it, a non-member's is not, a hostile member still writes only its own
subtree; the cluster sends up only what it owns, and the province takes it; the cluster's status
counts exactly its members."""

from __future__ import annotations

import zipfile

import orjson
import pytest
from cluster_helpers import make_cluster
from exchange_helpers import PROVINCE, Factory, add_talks
from forge import forge, talk, unit

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.services.reports import ReportService

OCTOBER = ReportService.period("2026-10")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Five communes of Đồng Tháp, each with two talks and its log written; a cluster gathering the
    first three; the province."""
    base = tmp_path_factory.mktemp("cluster")
    f = Factory(base)
    codes = f.communes(5)
    logs = {}
    keys = {}
    for code in codes:
        commune = f.make(f"xa-{code}", code)
        add_talks(commune, 2)
        logs[code] = export_log(commune.session.exchange_context(), to=base / f"up-{code}").path
        keys[code] = commune.identity.private_key()
        commune.close()
    cluster = make_cluster(f, "cum", codes[:3])
    province = f.make("tinh", PROVINCE, Role.AGGREGATOR)
    yield {
        "f": f,
        "base": base,
        "members": codes[:3],
        "others": codes[3:],
        "logs": logs,
        "keys": keys,
        "cluster": cluster,
        "province": province,
    }
    cluster.close()
    province.close()


def _import(s, path, **options):
    return import_paths(s.session.exchange_context(), [path], trust=True, backup=False, **options).files[0]


def test_a_members_file_is_inside_the_clusters_tree_and_a_non_members_is_not(world):
    cluster = world["cluster"]
    for code in world["members"]:
        out = _import(cluster, world["logs"][code])
        assert (out.status, out.reason, out.set_aside) == ("applied", None, {}), (out.reason, out.detail)
    outsider = world["others"][0]
    out = _import(cluster, world["logs"][outsider])
    assert (out.status, out.reason) == ("refused", "outside_tree")
    owners = {r[0] for r in cluster.session.db.execute("SELECT DISTINCT owner_unit FROM talks")}
    assert owners == set(world["members"])


def test_a_hostile_member_still_writes_only_its_own_subtree(world):
    cluster, member, outsider = world["cluster"], world["members"][0], world["others"][1]
    key = world["keys"][member]
    foreign = forge(world["base"] / "h", key, member, {"talks": [talk(outsider)]})
    out = _import(cluster, foreign)
    assert (out.status, out.reason) == ("refused", "foreign_owner")
    misplaced = forge(world["base"] / "h", key, member, {"talks": [talk(member, outsider)]})
    out = _import(cluster, misplaced)
    assert out.status == "applied" and out.set_aside == {"outside_subtree": 1}
    held = cluster.session.db.execute("SELECT count(*) FROM talks WHERE unit_code = ?", [outsider]).fetchone()[0]
    assert held == 0


def test_the_cluster_sends_up_only_its_own_records_and_the_province_takes_them(world):
    cluster, province = world["cluster"], world["province"]
    for code in world["members"]:
        _import(cluster, world["logs"][code])
    own = cluster.identity.installation.unit_code
    add_talks(cluster, 2)
    sent = export_log(cluster.session.exchange_context(), to=world["base"] / "cum-up").path
    with zipfile.ZipFile(sent) as z:
        talks = [orjson.loads(line) for line in z.read("data/talks.ndjson").splitlines()]
        units = [orjson.loads(line) for line in z.read("data/units.ndjson").splitlines()]
    assert len(talks) == 2 and {t["owner_unit"] for t in talks} == {own}
    assert [(u["code"], u["parent_code"]) for u in units] == [(own, PROVINCE)]

    # the province does not know the new cluster yet: its first file is accepted on purpose, once
    first = _import(province, sent)
    assert (first.status, first.reason) == ("refused", "outside_tree")
    assert "tự xếp mình vào đây bằng tệp đầu tiên, rồi số liệu được tính vào báo cáo" in first.message
    first = _import(province, sent, accept_outside=True)
    assert (first.status, first.set_aside) == ("applied", {}), (first.reason, first.detail)
    assert province.units.get(own).parent_code == PROVINCE
    add_talks(cluster, 1, start=50)
    later = _import(province, export_log(cluster.session.exchange_context(), to=world["base"] / "cum-up2").path)
    assert (later.status, later.set_aside) == ("applied", {}), (later.reason, later.detail)
    owners = {r[0] for r in province.session.db.execute("SELECT DISTINCT owner_unit FROM talks")}
    assert owners == {own}  # the members' talks come from the members themselves, never through the cluster


def test_the_clusters_status_counts_exactly_its_members(world):
    """October seen on 20 November (due 5 November): one member on time, one late, one silent."""
    cluster = make_cluster(world["f"], "cum-status", world["members"])
    on_time, late, silent = world["members"]
    for code in (on_time, late, world["others"][0]):
        _import(cluster, world["logs"][code], accept_outside=True)
    db = cluster.session.db
    for code, day in ((on_time, "2026-11-03"), (late, "2026-11-12")):
        db.execute("UPDATE exchange_ledger SET created_at = ? WHERE sender_unit = ?", [f"{day}T03:00:00.000Z", code])
    own = cluster.identity.installation.unit_code
    status = cluster.reports.status(own, OCTOBER)
    by = {r.code: r.status for r in status.rows}
    assert set(by) == set(world["members"])
    assert (by[on_time], by[late], by[silent]) == ("on_time", "late", "missing")
    assert (status.expected, status.received, status.on_time) == (3, 2, 1)
    children = {u.code for u in cluster.reports.units()}
    assert set(world["members"]) <= children and not children & set(world["others"])
    # the report covers the members' talks (two each, held in November), never the outsider's kept on purpose
    built = cluster.reports.build(own, ReportService.period("2026-11"))
    assert built.report.totals.sessions == 4 and built.report.child_count == 3
    cluster.close()


def test_a_custom_sender_places_only_its_own_unit_and_only_inside_the_receivers_tree(world, tmp_path):
    """The one row a sender may place outside its subtree is its own unit, and only under a unit of
    the receiver's tree: another unit it places there, or itself under another province, is set aside."""
    import uuid

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    province = world["province"]
    key = Ed25519PrivateKey.generate()
    sender = str(uuid.uuid4())
    itself = unit(sender, "00082", "P01", code=sender, id=sender, kind="cluster")  # under a ward of Hà Nội
    other = unit(sender, PROVINCE, PROVINCE, kind="cluster")
    out = _import(province, forge(tmp_path, key, sender, {"units": [itself, other]}), accept_outside=True)
    assert out.status == "applied" and out.set_aside == {"outside_subtree": 2}, (out.reason, out.detail)
    assert province.session.db.execute("SELECT count(*) FROM units WHERE owner_unit = ?", [sender]).fetchone()[0] == 0


def test_a_members_late_file_for_a_period_the_cluster_locked_is_flagged(world):
    member = world["members"][0]
    commune = world["f"].make(f"xa-late-{member}", member)
    cluster = make_cluster(world["f"], "cum-lock", world["members"])
    try:
        add_talks(commune, 1)
        first = export_log(commune.session.exchange_context(), to=world["base"] / "late-1").path
        assert _import(cluster, first).status == "applied"
        november = ReportService.period("2026-11")
        own = cluster.identity.installation.unit_code
        cluster.reports.lock(own, november)
        late = commune.talks.add(held_on="2026-11-10", attendance=40, format="meeting", topics=["Chuyển đổi số"])
        assert (
            _import(cluster, export_log(commune.session.exchange_context(), to=world["base"] / "late-2").path).status
            == "applied"
        )
        assert [c["talk_id"] for c in cluster.reports.late_changes(own, november)] == [late.id]
    finally:
        commune.close()
        cluster.close()
