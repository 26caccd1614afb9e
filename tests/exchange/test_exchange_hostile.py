"""The hostile corpus: every damaged or forged bundle is refused with its reason, nothing raises,
and the aggregator's database holds exactly what it held before (compared as a full SQL dump)."""

from __future__ import annotations

import io
import random
import zipfile
import zlib

import orjson
import pytest
from exchange_helpers import PROVINCE, Factory, add_talks, dump, synthetic_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import crypto, export_log, import_paths
from desktop_app.exchange.container import open_bundle, write_bundle
from desktop_app.exchange.keys import identity, trust_key


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    f = Factory(base)
    commune = f.make("commune", "30130")
    add_talks(commune, 12)
    commune.groups.add(
        name="Nhóm Zalo ấp Tân Mỹ",
        kind="zalo_group",
        size=300,
        contact_name="Trần Thị Mai",
        contact_phone="0912 345 678",
        contact_consent=True,
    )
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    good = export_log(commune.session.exchange_context(), to=base / "good.sotay", snapshot=True)
    ident = identity(commune.session.exchange_context())
    trust_key(agg.session.db, "30130", ident.key_id, ident.public_key)
    other = f.make("other", "28249")
    yield {"base": base, "commune": commune, "agg": agg, "good": good.path.read_bytes(), "ident": ident, "other": other}
    for s in (commune, agg, other):
        s.close()


def _resign(world, mutate_manifest=None, members=None, signer=None) -> bytes:
    """A correctly signed bundle built from the good one, with changes."""
    opened = open_bundle(world["good"])
    raw = {k: v for k, v in opened.manifest.raw.items() if k not in ("members", "format")}
    from desktop_app.core.ids import uuid7

    raw["bundle_id"] = uuid7()
    if mutate_manifest:
        mutate_manifest(raw)
    content = {name: (data, _records(data)) for name, data in opened.members.items()}
    if members:
        members(content)
    sign = signer or world["ident"].sign
    return write_bundle(raw, content, sign)


def _records(data: bytes) -> int:
    return sum(1 for line in data.split(b"\n") if line.strip())


def _talk_lines(world) -> list[dict]:
    opened = open_bundle(world["good"])
    return [orjson.loads(x) for x in opened.members["data/talks.ndjson"].splitlines() if x.strip()]


def _with_talks(lines: list[bytes]):
    def change(content):
        data = b"\n".join(lines) + b"\n"
        content["data/talks.ndjson"] = (data, _records(data))

    return change


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return out.getvalue()


def _good_entries(world) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(world["good"])) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _cases(world) -> list[tuple[str, bytes, set[str]]]:
    good = world["good"]
    rng = random.Random(20261120)
    cases: list[tuple[str, bytes, set[str]]] = [
        ("empty", b"", {"empty"}),
        ("random bytes", rng.randbytes(5000), {"not_bundle"}),
        ("random bytes with a ZIP magic", b"PK\x03\x04" + rng.randbytes(3000), {"damaged"}),
        ("text file", "Báo cáo tháng 11".encode(), {"not_bundle"}),
    ]
    damaged = {
        "damaged",
        "not_bundle",
        "hash_mismatch",
        "bad_signature",
        "bomb",
        "missing_member",
        "unsafe_member",
        "bad_manifest",
        "duplicate_member",
        "unlisted_member",
    }
    for offset in sorted(set(rng.randrange(1, len(good)) for _ in range(40)) | {1, 4, 30, len(good) - 1}):
        cases.append((f"truncated at {offset}", good[:offset], damaged))
    flip_ok = damaged | {"already_imported"}
    for _ in range(40):
        pos = rng.randrange(len(good))
        flipped = bytearray(good)
        flipped[pos] ^= 1 << rng.randrange(8)
        cases.append((f"bit flip at {pos}", bytes(flipped), flip_ok))
    # a ZIP bomb: 64 MB of zeros in ~64 KB
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in _good_entries(world):
            zf.writestr(name, data)
        zf.writestr("data/topics2.ndjson", b"\0" * (64 * 1024 * 1024))
    cases.append(("zip bomb", bomb.getvalue(), {"bomb"}))
    entries = _good_entries(world)
    with pytest.warns(UserWarning):
        dup = _zip(entries + [("data/talks.ndjson", b"{}\n")])
    cases.append(("duplicate member names", dup, {"duplicate_member"}))
    cases.append(("../ member", _zip(entries + [("../evil.ndjson", b"x")]), {"unsafe_member"}))
    cases.append(("backslash member", _zip(entries + [("..\\..\\evil", b"x")]), {"unsafe_member"}))
    cases.append(("absolute member", _zip(entries + [("/etc/passwd", b"x")]), {"unsafe_member"}))
    cases.append(
        ("member not in the manifest", _zip(entries + [("data/talks_extra.ndjson", b"{}\n")]), {"unlisted_member"})
    )
    cases.append(("no manifest", _zip([e for e in entries if e[0] != "manifest.json"]), {"not_bundle"}))
    tampered = []
    for name, data in entries:
        if name == "data/talks.ndjson":
            data = data.replace(b'"attendance":1', b'"attendance":9', 1)
        tampered.append((name, data))
    cases.append(("tampered row, old hash", _zip(tampered), {"hash_mismatch"}))
    manifest = dict(orjson.loads(dict(entries)["manifest.json"]))
    manifest["receiver"] = "30130"
    forged = [(n, orjson.dumps(manifest) if n == "manifest.json" else d) for n, d in entries]
    cases.append(("manifest edited after signing", _zip(forged), {"bad_signature"}))

    attacker = crypto.new_signing_key()
    attacker_pub = crypto.public_raw(attacker)

    def as_attacker(raw):
        raw["sender"] = dict(raw["sender"], key_id=crypto.key_id(attacker_pub), public_key=attacker_pub.hex())

    cases.append(("re-signed by another key", _resign(world, as_attacker, signer=attacker.sign), {"wrong_key"}))
    cases.append(("signed by another key, old key id", _resign(world, signer=attacker.sign), {"bad_signature"}))
    cases.append(("for another unit", _resign(world, lambda r: r.update(receiver="28249")), {"wrong_receiver"}))
    cases.append(
        (
            "newer min_reader_version",
            _resign(world, lambda r: r.update(min_reader_version=7, app_version="9.0.0")),
            {"newer_version"},
        )
    )
    cases.append(("unknown kind", _resign(world, lambda r: r.update(kind="virus")), {"bad_manifest"}))
    talks = _talk_lines(world)
    big = dict(talks[0], notes=rng.randbytes(5 * 1024 * 1024).hex())
    cases.append(
        (
            "a field of 10 MB",
            _resign(world, members=_with_talks([orjson.dumps(big)] + [orjson.dumps(t) for t in talks[1:]])),
            {"record_too_large"},
        )
    )
    repetitive = dict(talks[0], notes="x" * (10 * 1024 * 1024))
    cases.append(
        (
            "a field of 10 MB that compresses 900:1",
            _resign(world, members=_with_talks([orjson.dumps(repetitive)])),
            {"bomb", "record_too_large"},
        )
    )
    long_text = dict(talks[0], notes="x" * 20_000)
    cases.append(
        ("text over its cap", _resign(world, members=_with_talks([orjson.dumps(long_text)])), {"invalid_record"})
    )
    cases.append(
        (
            "invalid UTF-8",
            _resign(world, members=_with_talks([orjson.dumps(talks[0]).replace(b"Nh", b"\xff\xfe")])),
            {"bad_json"},
        )
    )
    cases.append(
        (
            "a number where text belongs",
            _resign(world, members=_with_talks([orjson.dumps(dict(talks[0], place=12345))])),
            {"invalid_record"},
        )
    )
    cases.append(
        (
            "a list where a number belongs",
            _resign(world, members=_with_talks([orjson.dumps(dict(talks[0], attendance=[1]))])),
            {"invalid_record"},
        )
    )
    cases.append(
        (
            "negative attendance",
            _resign(world, members=_with_talks([orjson.dumps(dict(talks[0], attendance=-5))])),
            {"invalid_record"},
        )
    )
    cases.append(
        (
            "bad date",
            _resign(world, members=_with_talks([orjson.dumps(dict(talks[0], held_on="31/02/2026"))])),
            {"invalid_record"},
        )
    )
    cases.append(
        (
            "an ISO week date",
            _resign(world, members=_with_talks([orjson.dumps(dict(talks[0], held_on="2026-W05-1"))])),
            {"invalid_record"},
        )
    )
    cases.append(("not an object", _resign(world, members=_with_talks([b"[1, 2, 3]"])), {"invalid_record"}))
    cases.append(
        (
            "row owned by another unit",
            _resign(world, members=_with_talks([orjson.dumps(dict(talks[0], owner_unit="28249"))])),
            {"foreign_owner"},
        )
    )
    cases.append(
        (
            "record count differs from manifest",
            _resign(world, members=lambda c: c.update({"data/talks.ndjson": (c["data/talks.ndjson"][0], 999)})),
            {"hash_mismatch"},
        )
    )
    cases.append(("encrypted, no passphrase", crypto.encrypt_passphrase(good, "đúng"), {"need_passphrase"}))
    wrapped = bytearray(crypto.encrypt_passphrase(good, "đúng"))
    wrapped[-5] ^= 0x10
    cases.append(("encrypted, damaged", bytes(wrapped), {"need_passphrase"}))
    cases.append(
        (
            "encrypted to another unit",
            crypto.encrypt_to(
                good,
                crypto.public_raw(
                    __import__(
                        "cryptography.hazmat.primitives.asymmetric.x25519", fromlist=["X"]
                    ).X25519PrivateKey.generate()
                ).hex(),
            ),
            {"not_for_this_key"},
        )
    )
    cases.append(("encrypted, absurd scrypt cost", _absurd_scrypt(good), {"damaged"}))
    return cases


def _absurd_scrypt(good: bytes) -> bytes:
    data = crypto.encrypt_passphrase(good, "x")
    header, offset = crypto.read_header(data)
    header["n"] = 2**30
    head = orjson.dumps(header)
    return crypto.MAGIC + bytes([1]) + len(head).to_bytes(4, "big") + head + data[offset:]


def test_hostile_corpus_is_refused_and_changes_nothing(world):
    agg, base = world["agg"], world["base"]
    # the good bundle is applied first, so a bit flip that leaves a valid bundle is "already imported"
    first = import_paths(agg.session.exchange_context(), [base / "good.sotay"])
    assert first.files[0].status == "applied"
    before = dump(agg)
    folder = base / "corpus"
    folder.mkdir()
    cases = _cases(world)
    for n, (name, data, expected) in enumerate(cases):
        path = folder / f"case-{n:03d}.sotay"
        path.write_bytes(data)
        changes = agg.session.db.conn.total_changes
        outcome = import_paths(agg.session.exchange_context(), [path], index=False).files[0]
        got = outcome.reason or outcome.status
        assert got in expected, f"{name}: {got} ({outcome.detail}) not in {expected}"
        if outcome.status == "refused":
            assert outcome.message and outcome.detail, name
        if outcome.status != "already_imported":
            assert agg.session.db.conn.total_changes == changes, f"{name} wrote to the database"
    # every file of the folder at once: each gets its outcome, none stops the others
    summary = import_paths(agg.session.exchange_context(), [folder], index=False)
    assert len(summary.files) == len(cases)
    assert {f.status for f in summary.files} <= {"refused", "already_imported"}
    after = [line for line in dump(agg) if "exchange_seen_files" not in line]
    assert after == [line for line in before if "exchange_seen_files" not in line]


def test_wrong_passphrase_is_named(world):
    path = world["base"] / "wrong-pass.sotay"
    path.write_bytes(crypto.encrypt_passphrase(world["good"], "mật khẩu đúng"))
    out = import_paths(world["agg"].session.exchange_context(), [path], passphrase="sai", dry_run=True).files[0]
    assert out.reason == "wrong_passphrase"
    assert "Mật khẩu không đúng" in out.message


def test_newer_version_names_the_version(world):
    path = world["base"] / "newer.sotay"
    path.write_bytes(_resign(world, lambda r: r.update(min_reader_version=3, app_version="2.4.0")))
    out = import_paths(world["agg"].session.exchange_context(), [path], dry_run=True).files[0]
    assert out.reason == "newer_version" and "2.4.0" in out.message


def test_invalid_record_names_line_and_field(world):
    talks = _talk_lines(world)
    path = world["base"] / "bad-row.sotay"
    lines = [orjson.dumps(t) for t in talks[:3]] + [orjson.dumps(dict(talks[3], place=5))]
    path.write_bytes(_resign(world, members=_with_talks(lines)))
    out = import_paths(world["agg"].session.exchange_context(), [path], dry_run=True).files[0]
    assert out.reason == "invalid_record"
    assert "Bản ghi số 4" in out.message and "Địa điểm" in out.message
    assert out.field_name == "place"


def test_lying_zip_header_is_stopped_at_its_declared_size(world):
    """A member whose header declares a small size but inflates to much more."""
    entries = _good_entries(world)
    payload = b"{}\n" * 2_000_000
    blob = _zip(entries + [("data/zz.ndjson", payload)])
    # patch the central directory's uncompressed size of the last member to 100 bytes
    cd = blob.rfind(b"PK\x01\x02")
    patched = bytearray(blob)
    patched[cd + 24 : cd + 28] = (100).to_bytes(4, "little")
    lh = blob.rfind(b"PK\x03\x04")
    patched[lh + 22 : lh + 26] = (100).to_bytes(4, "little")
    path = world["base"] / "liar.sotay"
    path.write_bytes(bytes(patched))
    out = import_paths(world["agg"].session.exchange_context(), [path], dry_run=True).files[0]
    assert out.status == "refused"
    assert zlib  # the payload was deflated by zipfile itself


def test_checker_remembers_valid_values_only():
    """Units, dates and times are checked once and remembered: a bad value stays bad however often
    it comes, a good one stays good, and a value of another type never reaches the memory."""
    from desktop_app.core.clock import Clock
    from desktop_app.exchange.rows import RowError, check_row

    talk = synthetic_talks("30130", 1, Clock("n1", now_ms=lambda: 1_763_000_000_000), seed=3)[0]
    for _ in range(3):
        assert check_row("talks", talk)[4] == talk["held_on"]
        for field, bad in (
            ("held_on", "2026-02-30"),
            ("held_on", ["2026-02-02"]),
            ("unit_code", "30 130"),
            ("start_time", "24:00"),
            ("follow_up_due", "2026-13-01"),
        ):
            with pytest.raises(RowError) as caught:
                check_row("talks", dict(talk, **{field: bad}))
            assert caught.value.field == field
