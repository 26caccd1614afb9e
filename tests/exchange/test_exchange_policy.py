"""The authorization policy and identity hardening, tried as a hostile commune would: bundles written
from the published format with a real commune key (``forge.py``), each refused or set aside with its
reason, and the receiver's domain tables unchanged."""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory, add_talks, content
from forge import document, forge, group, revocation, talk, topic, unit, version

from desktop_app.core.enums import Role
from desktop_app.core.errors import ValidationError
from desktop_app.exchange import crypto, export_log, export_pack, import_paths
from desktop_app.exchange.keys import identity, list_keys, revoke_key, rotate_own_key
from desktop_app.exchange.manifest import rotation_statement
from desktop_app.services import updates
from desktop_app.storage import settings

A = "30130"  # Xã Thanh Bình: the hostile commune


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A province with a required document, two communes whose logs it holds, and a third commune
    that, like the first, has the province's pack (so the province is their aggregator)."""
    base = tmp_path_factory.mktemp("policy")
    f = Factory(base)
    b_code, c_code = [c for c in f.communes(3) if c != A][:2]
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    doc = agg.library.add_document(
        title="Phòng chống lừa đảo qua mạng", topics=["An ninh mạng"], body="Ba điều.", required=True
    )
    pack = export_pack(agg.session.exchange_context(), document_ids=[doc.id], to=base / "down").path
    a, b, c = f.make("a", A), f.make("b", b_code), f.make("c", c_code)
    for commune in (a, b):
        add_talks(commune, 3)
        assert (
            import_paths(
                agg.session.exchange_context(),
                [export_log(commune.session.exchange_context(), to=base / "up").path],
                trust=True,
            )
            .files[0]
            .status
            == "applied"
        )
    for commune in (a, c):
        assert import_paths(commune.session.exchange_context(), [pack].copy(), trust=True).files[0].status == "applied"
    assert (
        import_paths(
            c.session.exchange_context(),
            [export_log(a.session.exchange_context(), to=base / "side").path],
            trust=True,
            accept_outside=True,  # a neighbour's file: outside c's tree, kept on purpose
        )
        .files[0]
        .status
        == "applied"
    )
    w = {
        "base": base,
        "f": f,
        "agg": agg,
        "a": a,
        "b": b,
        "c": c,
        "B": b_code,
        "C": c_code,
        "doc": doc,
        "key": a.identity.private_key(),
    }
    yield w
    for s in (agg, a, b, c):
        s.close()


def _import(s, path, trust=False):
    """The checks behind the question a file from outside the receiver's tree asks first (a
    neighbour's file): these tests are about what a file may write once the user kept it."""
    return import_paths(s.session.exchange_context(), [path], trust=trust, backup=False, accept_outside=True).files[0]


@contextmanager
def unchanged(s):
    """The receiver's domain tables (and what triggers derive from them, history included) stay as
    they were."""
    before = content(s)
    yield
    assert content(s) == before


def _refused(s, path, reason, trust=False):
    with unchanged(s):
        out = _import(s, path, trust)
    assert (out.status, out.reason) == ("refused", reason), (out.reason, out.detail)
    assert out.message and "{" not in out.message
    return out


def _set_aside(s, path, reasons, trust=False):
    with unchanged(s):
        out = _import(s, path, trust)
    assert out.status == "applied", (out.reason, out.detail)
    assert out.set_aside == reasons
    for reason in reasons:
        assert any(f"({reason})" in w for w in out.warnings), out.warnings
    return out


def test_a_commune_cannot_overwrite_or_plant_documents(world):
    agg, doc, key, base = world["agg"], world["doc"], world["key"], world["base"]
    overwrite = document(
        PROVINCE, id=doc.id, title=doc.title, body="Văn bản đã bị xã sửa", hlc=version(ms=int(time.time() * 1000))
    )
    # the province's own document, "overwritten" by a commune's pack that calls itself aggregator
    path = forge(base / "h", key, A, {"documents": [overwrite]}, kind="pack", role="aggregator")
    _refused(agg, path, "documents_not_allowed")
    # a plain log planting a required document of its own
    _refused(agg, forge(base / "h", key, A, {"documents": [document(A)]}), "documents_not_allowed")
    # down at a neighbour commune (which trusts the forger's key): still not the aggregator
    _refused(
        world["c"],
        forge(base / "h", key, A, {"documents": [overwrite]}, kind="pack", role="aggregator"),
        "documents_not_allowed",
    )
    assert world["c"].library.document(doc.id).body == "Ba điều."


def test_talks_groups_and_custom_units_stay_inside_the_senders_subtree(world):
    agg, key, base, b = world["agg"], world["key"], world["base"], world["B"]
    b_before = agg.session.db.execute("SELECT count(*), sum(attendance) FROM talks WHERE unit_code = ?", [b]).fetchone()
    rows = {
        "units": [unit(A, b, PROVINCE), unit(A, PROVINCE, PROVINCE), unit(A, A, "P01")],
        "groups": [group(A, b)],
        "talks": [talk(A, b), talk(A, PROVINCE)],
    }
    out = _set_aside(agg, forge(base / "h", key, A, rows), {"outside_subtree": 6})
    assert out.counts["quarantined"] == 6 and out.counts["new"] == 0
    assert (
        agg.session.db.execute("SELECT count(*), sum(attendance) FROM talks WHERE unit_code = ?", [b]).fetchone()
        == b_before
    )
    reasons = agg.session.db.execute("SELECT DISTINCT reason FROM exchange_quarantine WHERE reason = 'outside_subtree'")
    assert reasons.fetchall() == [("outside_subtree",)]


def test_a_hamlet_placed_in_the_same_file_takes_its_talks(world):
    """The check is not a blanket refusal: a commune's new hamlet and a talk held in it apply."""
    agg, key, base = world["agg"], world["key"], world["base"]
    hamlet = unit(A, A, PROVINCE)
    inner = unit(A, hamlet["code"], PROVINCE, name="Tổ 3")
    out = _import(agg, forge(base / "g", key, A, {"units": [inner, hamlet], "talks": [talk(A, inner["code"])]}))
    assert out.status == "applied" and out.counts["new"] == 3 and out.set_aside == {}


def test_role_aggregator_grants_nothing_and_revokes_nothing(world):
    agg, c, key, base = world["agg"], world["c"], world["key"], world["base"]
    province_key = identity(agg.session.exchange_context()).key_id
    victims = [
        revocation(identity(world["b"].session.exchange_context()).key_id, world["B"]),
        revocation(province_key, PROVINCE),
    ]
    before = {k["key_id"]: k["status"] for k in list_keys(agg.session.db)}
    _refused(
        agg, forge(base / "h", key, A, {"keys": victims}, kind="keys", role="aggregator"), "revocation_not_allowed"
    )
    assert {k["key_id"]: k["status"] for k in list_keys(agg.session.db)} == before
    _refused(c, forge(base / "h", key, A, {"keys": victims}, kind="pack", role="aggregator"), "revocation_not_allowed")
    assert {k["key_id"]: k["status"] for k in list_keys(c.session.db)}[province_key] == "trusted"


def test_topics_are_a_shared_vocabulary(world):
    agg, key, base = world["agg"], world["key"], world["base"]
    assert agg.session.db.execute("SELECT name, deleted FROM topics WHERE id = 'an ninh mang'").fetchone() == (
        "An ninh mạng",
        0,
    )
    renamed = topic(A, "an ninh mang", "AN NINH MẠNG")
    tombstone = topic(A, "an ninh mang", "An ninh mạng", deleted=True)
    unknown_tombstone = topic(A, "ma tuy", "Ma túy", deleted=True)
    _set_aside(agg, forge(base / "h", key, A, {"topics": [renamed]}), {"shared_topic": 1})
    _set_aside(agg, forge(base / "h", key, A, {"topics": [tombstone, unknown_tombstone]}), {"shared_topic": 2})
    _refused(agg, forge(base / "h", key, A, {"topics": [topic(A, "an ninh mang", "Tin giả")]}), "bad_topic_id")
    assert agg.session.db.execute("SELECT name, deleted FROM topics WHERE id = 'an ninh mang'").fetchone() == (
        "An ninh mạng",
        0,
    )


def test_an_empty_file_claiming_a_late_version_does_not_drag_the_clock(world):
    agg, key, base = world["agg"], world["key"], world["base"]
    late = version(ms=int(time.time() * 1000) + 20 * 3600 * 1000)  # within a day: not "clock ahead"
    clock_before, stored_before = agg.session.clock.last, settings.get(agg.session.db, "clock")
    path = forge(base / "h", key, A, {}, hlc_min=late, hlc_max=late, sender_clock=late)
    with unchanged(agg):
        assert _import(agg, path).status == "applied"
    assert agg.session.clock.last == clock_before and settings.get(agg.session.db, "clock") == stored_before


def test_the_update_notice_comes_only_from_the_aggregator_and_names_it_from_the_unit_list(world):
    c, key, base = world["c"], world["key"], world["base"]
    lure = "99.0 tải tại http://cap-nhat.vn"
    path = forge(base / "h", key, A, {}, kind="pack", role="aggregator", app_version=lure)
    with unchanged(c):
        out = _import(c, path)
    assert out.status == "applied", out.detail
    assert updates.newer_version_notice(c.session) is None and updates.newest_version_seen(c.session) is None
    province_key = world["agg"].identity.private_key()
    path = forge(
        base / "h",
        province_key,
        PROVINCE,
        {},
        kind="pack",
        role="aggregator",
        name="Cập nhật tại http://x",
        app_version="99.1.0 http://cap-nhat.example",
    )
    assert _import(c, path).status == "applied"
    notice = updates.newer_version_notice(c.session) or ""
    listed = c.session.db.execute("SELECT name FROM units WHERE code = ?", [PROVINCE]).fetchone()[0]
    assert "99.1.0" in notice and listed in notice and "http" not in notice


def test_a_reused_bundle_id_is_refused_and_never_hides_another_senders_bundle(world):
    agg, b, key, base = world["agg"], world["b"], world["key"], world["base"]
    first = forge(base / "r", key, A, {"talks": [talk(A)]}, bundle_id="0190a000-0000-7000-8000-000000000001")
    assert _import(agg, first).status == "applied"
    second = forge(base / "r", key, A, {"talks": [talk(A)]}, bundle_id="0190a000-0000-7000-8000-000000000001")
    out = _refused(agg, second, "bundle_id_reused")
    assert out.status == "refused"
    assert _import(agg, first).status == "already_imported"
    # the forger takes the bundle id of the neighbour's next file: that file still applies
    add_talks(b, 1, start=40)
    genuine = export_log(b.session.exchange_context(), to=base / "b-next")
    stolen = forge(base / "r", key, A, {}, bundle_id=genuine.bundle_id)
    assert _import(agg, stolen).status == "applied"
    out = _import(agg, genuine.path)
    assert out.status == "applied" and out.counts["new"] == 1


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("manifest", {"receiver": f"{PROVINCE}\n"}),
        ("manifest", {"bundle_id": "0190a000-0000-7000-8000-00000000000\n"}),
        ("talk", {"id": "0190a000-0000-7000-8000-000000000002\n"}),
        ("talk", {"owner_unit": f"{A}\n"}),
        ("talk", {"unit_code": f"{A}\n"}),
        ("talk", {"hlc": version() + "\n"}),
    ],
)
def test_trailing_newlines_are_not_ids(world, where, change):
    agg, key, base = world["agg"], world["key"], world["base"]
    rows = {"talks": [talk(A, **(change if where == "talk" else {}))]}
    clean = version()  # the manifest's own versions stay well-formed: the row is what is tried
    manifest = change if where == "manifest" else {"hlc_min": clean, "hlc_max": clean, "sender_clock": clean}
    path = forge(base / "n", key, A, rows, **manifest)
    _refused(agg, path, "bad_manifest" if where == "manifest" else "invalid_record")


def test_a_look_alike_unit_with_a_trailing_newline_gets_no_key(world):
    agg, base = world["agg"], world["base"]
    impostor = crypto.new_signing_key()
    _refused(agg, forge(base / "n", impostor, f"{A}\n", {"talks": [talk(A)]}), "bad_manifest", trust=True)
    assert [k for k in list_keys(agg.session.db) if k["unit_code"].startswith(A)] == [
        k for k in list_keys(agg.session.db) if k["unit_code"] == A
    ]


def test_the_aggregator_never_revokes_this_installations_key_or_its_own(world):
    c, base = world["c"], world["base"]
    province_key = world["agg"].identity.private_key()
    own, province = (
        identity(c.session.exchange_context()).key_id,
        identity(world["agg"].session.exchange_context()).key_id,
    )
    third = crypto.key_id(crypto.public_raw(crypto.new_signing_key()))
    rows = {"keys": [revocation(own, world["C"]), revocation(province, PROVINCE), revocation(third, "28249")]}
    with unchanged(c):
        out = _import(c, forge(base / "k", province_key, PROVINCE, rows, kind="keys", role="aggregator"))
    assert out.status == "applied" and out.set_aside == {"protected_key": 2}
    statuses = {k["key_id"]: k["status"] for k in list_keys(c.session.db)}
    assert statuses[province] == "trusted" and statuses[third] == "revoked" and own not in statuses


def test_a_retired_key_is_not_kept_and_a_revocation_reaches_the_whole_rotation_chain(tmp_path):
    f = Factory(tmp_path)
    agg, a, c = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("a", A), f.make("c", f.communes(1)[0])
    add_talks(a, 2)
    assert (
        _import(agg, export_log(a.session.exchange_context(), to=tmp_path / "1").path, trust=True).status == "applied"
    )
    assert (
        _import(
            c,
            export_pack(
                agg.session.exchange_context(),
                document_ids=[agg.library.add_document(title="Tin").id],
                to=tmp_path / "p",
            ).path,
            trust=True,
        ).status
        == "applied"
    )
    old_key, old_pem = a.identity.private_key(), settings.get(a.session.db, "private_key")
    old_id = identity(a.session.exchange_context()).key_id
    new_id = rotate_own_key(a.session.exchange_context())["key_id"]
    a.session.forget_identity()
    a.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert old_pem not in "\n".join(a.session.db.conn.iterdump())
    assert old_pem.encode() not in (tmp_path / "a" / "sotay.db").read_bytes()
    add_talks(a, 1, start=7)
    assert _import(agg, export_log(a.session.exchange_context(), to=tmp_path / "2").path).key_action == "rotate"
    # the province revokes the old key: the key it rotated to goes with it
    revoke_key(agg.session.db, old_id)
    assert {k["key_id"]: k["status"] for k in list_keys(agg.session.db)} == {old_id: "revoked", new_id: "revoked"}
    with unchanged(agg):
        assert _import(agg, forge(tmp_path / "h", old_key, A, {"talks": [talk(A)]})).reason == "revoked_key"
        add_talks(a, 1, start=9)
        assert _import(agg, export_log(a.session.exchange_context(), to=tmp_path / "3").path).reason == "revoked_key"
    # and so do communes that get the province's next pack
    pack = export_pack(
        agg.session.exchange_context(), document_ids=[agg.library.add_document(title="Tin 2").id], to=tmp_path / "p2"
    )
    assert _import(c, pack.path).status == "applied"
    statuses = {k["key_id"]: k["status"] for k in list_keys(c.session.db)}
    assert statuses[old_id] == statuses[new_id] == "revoked"
    for s in (agg, a, c):
        s.close()


def test_migration_keeps_the_rotation_statement_and_drops_the_retired_private_key(services):
    """An installation that rotated before 0005 kept the old private key in clear; after it, only the
    statement that key signed remains, and it still verifies."""
    from sqlite_utils import Database

    from desktop_app.storage.migrations import m0005_exchange_identity as migrations

    old = crypto.new_signing_key()
    old_public = crypto.public_raw(old).hex()
    services.session.db.execute(
        "INSERT INTO exchange_own_keys(key_id, kind, private_key, public_key, created_at) "
        "VALUES (?, 'ed25519-retired', ?, ?, '2026-11-01T00:00:00.000Z')",
        [crypto.key_id(bytes.fromhex(old_public)), crypto.private_pem(old), old_public],
    )
    migrations._keep_rotation_statement_only(Database(services.session.db.conn))
    assert services.session.db.execute(
        "SELECT count(*) FROM exchange_own_keys WHERE kind = 'ed25519-retired'"
    ).fetchone() == (0,)
    ident = identity(services.session.exchange_context())
    assert ident.rotation["old_public_key"] == old_public
    statement = rotation_statement(ident.unit_code, ident.key_id, ident.public_key)
    assert crypto.verify(old_public, bytes.fromhex(ident.rotation["signature"]), statement)


def test_a_talk_that_arrives_before_its_hamlet_is_applied_when_the_hamlet_arrives(world):
    """Files of one sender arrive in any order: a talk set aside because its hamlet was not known yet
    is applied once the hamlet arrives, and a neighbour's hamlet never takes the forger's talk."""
    agg, key, base = world["agg"], world["key"], world["base"]
    hamlet = unit(A, A, PROVINCE, name="Ấp Mới")
    held_there = talk(A, hamlet["code"])
    early = _set_aside(agg, forge(base / "o", key, A, {"talks": [held_there]}), {"outside_subtree": 1})
    assert early.counts["new"] == 0
    late = _import(agg, forge(base / "o", key, A, {"units": [hamlet]}))
    assert late.status == "applied" and late.counts["new"] == 2
    assert agg.session.db.execute("SELECT unit_code FROM talks WHERE id = ?", [held_there["id"]]).fetchone() == (
        hamlet["code"],
    )
    assert not agg.session.db.execute(
        "SELECT 1 FROM exchange_quarantine WHERE record_id = ?", [held_there["id"]]
    ).fetchall()
    # the forger's talk under a hamlet it guessed the neighbour would create stays set aside
    neighbours = unit(world["B"], world["B"], PROVINCE, name="Ấp bên cạnh")
    _set_aside(agg, forge(base / "o", key, A, {"talks": [talk(A, neighbours["code"])]}), {"outside_subtree": 1})
    b_key = world["b"].identity.private_key()
    out = _import(agg, forge(base / "o", b_key, world["B"], {"units": [neighbours]}))
    assert out.status == "applied" and out.counts["new"] == 1
    assert agg.session.db.execute(
        "SELECT count(*) FROM talks WHERE unit_code = ?", [neighbours["code"]]
    ).fetchone() == (0,)


def test_the_policy_table_is_the_one_the_format_documents():
    from pathlib import Path

    from desktop_app.exchange.policy_table import policy_table

    docs = Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md"
    assert policy_table() in docs.read_text(encoding="utf-8")


def test_sotay_import_names_the_reasons_in_json_and_in_text(tmp_path, capsys):
    """The preview (--dry-run), the import and --json name each refusal and set-aside reason."""
    import json

    from desktop_app.cli import run

    f = Factory(tmp_path)
    province, commune = f.make("p", PROVINCE, Role.AGGREGATOR), f.make("a", A)
    add_talks(commune, 1)
    assert (
        _import(province, export_log(commune.session.exchange_context(), to=tmp_path / "up").path, trust=True).status
        == "applied"
    )
    key = commune.identity.private_key()
    province.close()
    commune.close()
    folder = tmp_path / "inbox"
    forge(folder, key, A, {"talks": [talk(A, "28249")]})
    forge(folder, key, A, {"documents": [document(A)]})
    args = ["--data-dir", str(tmp_path / "p"), "import", str(folder)]
    assert run(args + ["--dry-run"]) == 1
    text = capsys.readouterr().out
    assert "(outside_subtree)" in text and "chỉ đơn vị tổng hợp cấp trên" in text
    for extra in (["--dry-run", "--json"], ["--json"]):
        assert run(args + extra) == 1
        files = {f["reason"] or f["status"]: f for f in json.loads(capsys.readouterr().out)["files"]}
        assert set(files) == {"documents_not_allowed", "previewed" if "--dry-run" in extra else "applied"}
        placed = files["previewed" if "--dry-run" in extra else "applied"]
        assert placed["set_aside"] == {"outside_subtree": 1} and "(outside_subtree)" in placed["warnings"][0]


def test_not_even_the_aggregator_writes_this_installations_own_records(world):
    c, base = world["c"], world["base"]
    mine = c.talks.add(held_on=TODAY, format="meeting", place="Hội trường xã", attendance=30)
    province_key = world["agg"].identity.private_key()
    overwrite = talk(world["C"], id=mine.id, attendance=3000, hlc=version(ms=int(time.time() * 1000) + 60_000))
    _set_aside(c, forge(base / "own", province_key, PROVINCE, {"talks": [overwrite]}), {"own_record": 1})
    assert c.talks.get(mine.id).attendance == 30


def test_a_stolen_key_revoked_before_it_rotates_cannot_vouch_for_a_new_key(tmp_path):
    """Whoever stole a key the province revoked signs a rotation to a key of their own: refused, even
    when the user is ready to confirm a new fingerprint."""
    from desktop_app.exchange.manifest import rotation_statement as statement

    f = Factory(tmp_path)
    agg, a = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("a", A)
    add_talks(a, 1)
    assert (
        _import(agg, export_log(a.session.exchange_context(), to=tmp_path / "1").path, trust=True).status == "applied"
    )
    stolen, stolen_id = a.identity.private_key(), identity(a.session.exchange_context()).key_id
    revoke_key(agg.session.db, stolen_id)
    thief = crypto.new_signing_key()
    thief_public = crypto.public_raw(thief).hex()
    thief_id = crypto.key_id(crypto.public_raw(thief))
    rotation = {
        "old_key_id": stolen_id,
        "old_public_key": identity(a.session.exchange_context()).public_key,
        "signature": stolen.sign(statement(A, thief_id, thief_public)).hex(),
    }
    with unchanged(agg):
        out = _import(agg, forge(tmp_path / "h", thief, A, {"talks": [talk(A)]}, key_rotation=rotation), trust=True)
    assert out.reason == "revoked_key"
    assert thief_id not in {k["key_id"] for k in list_keys(agg.session.db)}
    for s in (agg, a):
        s.close()


def test_a_malformed_revocation_refuses_the_aggregators_file(world):
    c, base = world["c"], world["base"]
    bad = revocation(identity(world["b"].session.exchange_context()).key_id + "\n", world["B"])
    path = forge(base / "k", world["agg"].identity.private_key(), PROVINCE, {"keys": [bad]}, kind="keys")
    out = _refused(c, path, "invalid_record")
    assert out.field_name == "key_id" and "data/keys.ndjson" in out.message


def test_another_senders_bundle_id_does_not_close_a_gap(world):
    """The chain of a sender is followed within that sender: a forger's file carrying the id of a
    bundle that never arrived from the neighbour does not hide the gap."""
    from desktop_app.exchange.importer import chain_gaps

    agg, key, base, b = world["agg"], world["key"], world["base"], world["B"]
    lost = "0190a000-0000-7000-8000-0000000000aa"
    assert _import(agg, forge(base / "gap", key, A, {}, bundle_id=lost)).status == "applied"
    later = forge(
        base / "gap",
        world["b"].identity.private_key(),
        b,
        {"talks": [talk(b)]},
        previous_bundle_id=lost,
        previous_created_at="2026-11-10T08:00:00.000Z",
        seq=2,
    )
    assert _import(agg, later).status == "applied"
    assert [g["sender_unit"] for g in chain_gaps(agg.session.db) if g["previous_bundle_id"] == lost] == [b]


def test_every_pattern_of_the_exchange_ends_at_the_end_of_the_text():
    """``$`` lets "30130\\n" pass as 30130: every id, code, key and version pattern ends with ``\\Z``."""
    import re

    from desktop_app.exchange import container, manifest, policy, rows

    patterns = [
        (module.__name__, name, value)
        for module in (container, manifest, policy, rows)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    ]
    assert len(patterns) >= 15
    for module, name, pattern in patterns:
        assert pattern.pattern.endswith("\\Z"), f"{module}.{name}"


def test_a_forged_row_dated_ahead_is_set_aside_for_what_it_writes_not_for_its_time(world):
    """A row outside the policy that also claims a future version must never land among the rows
    an officer may release (time reasons): its authorization reason comes first."""
    agg, key, base, b = world["agg"], world["key"], world["base"], world["B"]
    ahead = int(time.time() * 1000) + 30 * 24 * 3600 * 1000
    rows = {
        "units": [unit(A, PROVINCE, PROVINCE, hlc=version(ms=ahead))],
        "talks": [talk(A, b, hlc=version(ms=ahead))],
        "groups": [group(A, b, hlc=version(ms=ahead))],
        "topics": [topic(A, "an ninh mang", "AN NINH MẠNG") | {"hlc": version(ms=ahead)}],
    }
    _set_aside(agg, forge(base / "t", key, A, rows), {"outside_subtree": 3, "shared_topic": 1})
    releasable = [q for q in agg.quarantine.list() if q.releasable and q.sender_unit == A]
    assert not [q for q in releasable if q.reason not in ("clock_ahead", "future_date")]
    assert all(
        q.reason in ("outside_subtree", "shared_topic")
        for q in agg.quarantine.list()
        if q.row.get("hlc", "").startswith(f"{ahead:015d}")
    )


def test_release_holds_a_time_set_aside_row_to_the_policy_again(world):
    """Rows stored under a time reason (by an older version of the importer, say) are released only
    if their sender may write them: a talk under a neighbour's unit, a renamed topic stay set aside."""
    agg, key, base, b = world["agg"], world["key"], world["base"], world["B"]
    ahead = int(time.time() * 1000) + 30 * 24 * 3600 * 1000
    path = forge(
        base / "r",
        key,
        A,
        {
            "talks": [talk(A, A, hlc=version(ms=ahead))],
            "topics": [topic(A, "ma tuy", "Ma túy") | {"hlc": version(ms=ahead)}],
        },
    )
    out = _import(agg, path)
    assert out.set_aside == {"clock_ahead": 2}
    held = {
        q.table: q
        for q in agg.quarantine.list()
        if q.reason == "clock_ahead" and q.sender_unit == A and q.row.get("hlc", "").startswith(f"{ahead:015d}")
    }
    # what an older importer would have stored: the same rows, moved to a neighbour and renamed
    agg.session.db.execute(
        "UPDATE exchange_quarantine SET row = json_set(row, '$.unit_code', ?) WHERE record_id = ?",
        [b, held["talks"].record_id],
    )
    agg.session.db.execute(
        "UPDATE exchange_quarantine SET row = json_set(row, '$.name', 'AN NINH MẠNG', '$.id', "
        "'an ninh mang') WHERE record_id = ?",
        [held["topics"].record_id],
    )
    for q in agg.quarantine.list():
        if q.record_id in (held["talks"].record_id, held["topics"].record_id):
            with unchanged(agg), pytest.raises(ValidationError):
                agg.quarantine.release([q.id])
    agg.quarantine.drop([q.id for q in agg.quarantine.list() if q.sender_unit == A and q.reason == "clock_ahead"])


def test_a_read_receipt_under_a_neighbours_receipt_id_is_refused(world):
    """A receipt's id is its reader's and document's (UUIDv5): a commune writing its receipt under the
    neighbour's id would own that id here, and the neighbour's genuine receipt would be set aside."""
    from desktop_app.exchange.export import receipt_id

    agg, doc, key, base = world["agg"], world["doc"], world["key"], world["base"]

    def receipt(rid):
        return {
            "id": rid,
            "owner_unit": A,
            "hlc": version(),
            "deleted": False,
            "document_id": doc.id,
            "document_hlc": doc.hlc,
            "read_at": "2026-11-20T10:00:00.000Z",
        }

    neighbours = receipt(receipt_id(world["B"], doc.id))
    out = _refused(agg, forge(base / "rr", key, A, {"read_receipts": [neighbours]}), "invalid_record")
    assert out.field_name == "id" and "data/read_receipts.ndjson" in out.message
    genuine = _import(agg, forge(base / "rr", key, A, {"read_receipts": [receipt(receipt_id(A, doc.id))]}))
    assert genuine.status == "applied" and genuine.counts["new"] == 1


def test_a_receipt_marks_only_bundles_meant_for_its_sender(world):
    """A pack the province wrote for one commune is marked received by that commune only: another
    commune's receipt naming it marks nothing (and does not keep the genuine receipt out)."""
    agg, base, b = world["agg"], world["base"], world["B"]
    pack = export_pack(agg.session.exchange_context(), document_ids=[world["doc"].id], to=base / "for-b", receiver=b)

    def receipt(key, sender):
        line = {
            "bundle_id": pack.bundle_id,
            "sender_unit": PROVINCE,
            "file_sha256": "0" * 64,
            "applied_at": "2026-11-20T10:00:00.000Z",
            "outcome": "applied",
            "records": 1,
        }
        return forge(base / "rcpt", key, sender, {"bundle_receipts": [line]}, kind="receipt")

    assert _import(agg, receipt(world["key"], A)).receipts_marked == 0
    sent = agg.session.db.execute(
        "SELECT receipt_at FROM exchange_exports WHERE bundle_id = ?", [pack.bundle_id]
    ).fetchone()
    assert sent == (None,)
    assert _import(agg, receipt(world["b"].identity.private_key(), b)).receipts_marked == 1
    sent = agg.session.db.execute(
        "SELECT receipt_by FROM exchange_exports WHERE bundle_id = ?", [pack.bundle_id]
    ).fetchone()
    assert sent == (b,)


def test_the_key_question_names_the_sender_from_the_unit_list_not_from_the_file(world):
    """A new key of a neighbour that calls itself "Xã Thanh Bình": the question the cadre answers (and
    the file's line in the preview) names the unit its code is here, never the name the file wrote."""
    agg, base = world["agg"], world["base"]
    code = world["f"].communes(6)[-1]
    assert code not in (A, world["B"], world["C"])
    official = agg.session.db.execute("SELECT name FROM units WHERE code = ?", [code]).fetchone()[0]
    lookalike = forge(base / "la", crypto.new_signing_key(), code, {"talks": [talk(code)]}, name="Xã Thanh Bình")
    out = _refused(agg, lookalike, "unknown_key")
    assert out.sender_name == official and official in out.message and "Thanh Bình" not in out.message
    unknown = forge(base / "la", crypto.new_signing_key(), "99999", {"talks": [talk("99999")]}, name="Xã Thanh Bình")
    out = _refused(agg, unknown, "unknown_key")
    assert "99999" in out.sender_name and "99999" in out.message


def test_a_talk_waiting_for_its_hamlet_is_still_held_to_its_time_when_the_hamlet_arrives(world):
    """A row set aside for its place first is checked for its time when its hamlet arrives: a talk a
    year ahead (version or date) must not win forever by arriving before its hamlet."""
    agg, key, base = world["agg"], world["key"], world["base"]
    hamlet = unit(A, A, PROVINCE, name="Ấp Tương Lai")
    ahead = talk(A, hamlet["code"], hlc=version(ms=int(time.time() * 1000) + 365 * 24 * 3600 * 1000))
    dated = talk(A, hamlet["code"], held_on="2027-11-10")
    _set_aside(agg, forge(base / "t", key, A, {"talks": [ahead, dated]}), {"outside_subtree": 2})
    late = _import(agg, forge(base / "t", key, A, {"units": [hamlet]}))
    assert late.status == "applied" and late.counts["new"] == 1
    assert agg.session.db.execute("SELECT count(*) FROM talks WHERE unit_code = ?", [hamlet["code"]]).fetchone() == (0,)
    held = dict(
        agg.session.db.execute(
            "SELECT record_id, reason FROM exchange_quarantine WHERE record_id IN (?, ?)", [ahead["id"], dated["id"]]
        ).fetchall()
    )
    assert held == {ahead["id"]: "clock_ahead", dated["id"]: "future_date"}
    assert {q.record_id: q.releasable for q in agg.quarantine.list() if q.record_id in held} == dict.fromkeys(
        held, True
    )


def test_a_receipt_line_that_is_not_a_receipt_marks_nothing(world):
    """ "Received on" is shown as a date: a line whose time is not a stamp (here with a direction
    override and a control character) marks nothing; the outcome word loses its control characters."""
    agg, base = world["agg"], world["base"]
    pack = export_pack(agg.session.exchange_context(), document_ids=[world["doc"].id], to=base / "for-all")

    def receipt(applied_at, outcome="applied"):
        line = {"bundle_id": pack.bundle_id, "sender_unit": PROVINCE, "applied_at": applied_at, "outcome": outcome}
        return forge(base / "rcpt2", world["key"], A, {"bundle_receipts": [line]}, kind="receipt")

    assert _import(agg, receipt("\u202e\x01không phải ngày")).receipts_marked == 0
    assert _import(agg, receipt("2026-11-20T10:00:00.000Z", "\x07ok\u202e")).receipts_marked == 1
    marked = agg.session.db.execute(
        "SELECT receipt_at, receipt_outcome FROM exchange_exports WHERE bundle_id = ?", [pack.bundle_id]
    ).fetchone()
    assert marked == ("2026-11-20T10:00:00.000Z", "ok")


def test_a_neighbour_cannot_mark_a_log_sent_to_every_unit_as_received(world):
    """A commune's log goes up with receiver "*": a receipt for it from a neighbour (a key this
    commune trusts) marks nothing, so "received" keeps meaning the aggregator applied it."""
    c, base = world["c"], world["base"]
    add_talks(c, 1)
    log = export_log(c.session.exchange_context(), to=base / "c-up")

    def receipt(key, sender):
        line = {"bundle_id": log.bundle_id, "sender_unit": world["C"], "applied_at": "2026-11-20T10:00:00.000Z"}
        return forge(base / "rcpt3", key, sender, {"bundle_receipts": [line]}, kind="receipt")

    assert _import(c, receipt(world["key"], A)).receipts_marked == 0
    assert _import(c, receipt(world["agg"].identity.private_key(), PROVINCE)).receipts_marked == 1
    marked = c.session.db.execute(
        "SELECT receipt_by FROM exchange_exports WHERE bundle_id = ?", [log.bundle_id]
    ).fetchone()
    assert marked == (PROVINCE,)


def test_trust_never_picks_between_two_keys_offered_for_one_unit_in_one_import(tmp_path):
    """A new commune imports its province's pack with --trust from a folder where a forger put a pack
    "from the province" signed by another key: whichever came first used to be trusted (and its
    documents applied as the aggregator's). Two keys for one unit in one import: neither is trusted."""
    f = Factory(tmp_path)
    agg, newcomer = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("new", A)
    doc = agg.library.add_document(title="Chỉ thị thật", body="Thật.")
    folder = tmp_path / "down"
    genuine = export_pack(agg.session.exchange_context(), document_ids=[doc.id], to=folder).path
    forged = forge(folder, crypto.new_signing_key(), PROVINCE, {"documents": [document(PROVINCE)]}, kind="pack")
    forged.rename(folder / "0-forged.sotay")
    with unchanged(newcomer):
        summary = import_paths(newcomer.session.exchange_context(), [folder], trust=True, backup=False)
    assert {(Path(o.path).name, o.reason) for o in summary.files} == {
        ("0-forged.sotay", "unknown_key"),
        (genuine.name, "unknown_key"),
    }
    assert all("2 keys" in o.detail for o in summary.files)
    assert not list_keys(newcomer.session.db)
    # the genuine pack alone (the cadre picked the fingerprint read over the phone) is trusted
    assert _import(newcomer, genuine, trust=True).status == "applied"
    for s in (agg, newcomer):
        s.close()


def test_a_table_outside_the_policy_writes_nothing_and_is_named(world):
    """``data/settings.ndjson`` or ``data/exchange_keys.ndjson`` (tables no bundle may write) change
    nothing here; the file's warnings name what was left out instead of passing over it in silence."""
    agg, base = world["agg"], world["base"]
    rows = {
        "talks": [talk(A)],
        "settings": [{"key": "unit_code", "value": "30130"}],
        "exchange_keys": [{"key_id": "0" * 16, "unit_code": A, "status": "trusted"}],
    }
    identity_rows = "SELECT key, value FROM settings WHERE key IN ('unit_code', 'role', 'key_id', 'public_key')"
    before = agg.session.db.execute(identity_rows).fetchall()
    keys = list_keys(agg.session.db)
    out = _import(agg, forge(base / "tables", world["key"], A, rows))
    assert out.status == "applied" and out.counts["new"] == 1
    assert agg.session.db.execute(identity_rows).fetchall() == before
    assert list_keys(agg.session.db) == keys
    assert any("data/settings.ndjson" in w and "data/exchange_keys.ndjson" in w for w in out.warnings), out.warnings


def test_not_even_the_aggregator_writes_records_of_a_unit_under_this_installation(world):
    """A hamlet of this commune is this installation's: a talk "owned" by it, sent from above, is set
    aside like one owned by the commune itself (the commune's next log would otherwise sign it)."""
    from desktop_app.core.enums import UnitKind

    c, base = world["c"], world["base"]
    hamlet = c.units.add("Ấp Của Xã", UnitKind.HAMLET, world["C"])
    planted = talk(hamlet.code, hamlet.code, attendance=5000)
    _set_aside(
        c, forge(base / "own2", world["agg"].identity.private_key(), PROVINCE, {"talks": [planted]}), {"own_record": 1}
    )
