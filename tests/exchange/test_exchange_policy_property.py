"""Any interleaving of genuine files from several communes with files a hostile commune forged with
its own real key leaves the province's data exactly as a clean import of the genuine files alone."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import time

import pytest
from exchange_helpers import PROVINCE, Factory, add_talks, content, fixed_today
from forge import document, forge, group, revocation, talk, topic, unit, version
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.enums import Role, UnitKind
from desktop_app.exchange import export_log, import_paths
from desktop_app.exchange.keys import identity
from desktop_app.services import Services

A = "30130"
_counter = itertools.count()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    base = tmp_path_factory.mktemp("policy-property")
    f = Factory(base)
    province = f.make("province", PROVINCE, Role.AGGREGATOR)
    province.library.add_document(
        title="Phòng chống lừa đảo qua mạng", topics=["An ninh mạng"], body="Ba điều cần nhớ."
    )
    province_key = identity(province.session.exchange_context()).key_id
    province.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    province.close()
    b_code, c_code = [c for c in f.communes(3) if c != A][:2]
    a, b, c = f.make("a", A), f.make("b", b_code), f.make("c", c_code)
    out = base / "genuine"
    genuine = []
    # A: a log, then edits and a deletion
    talks = add_talks(a, 3)
    genuine.append(export_log(a.session.exchange_context(), to=out).path)
    a.talks.save(dataclasses.replace(a.talks.get(talks[0].id), attendance=77))
    a.talks.delete(talks[1].id)
    genuine.append(export_log(a.session.exchange_context(), to=out).path)
    # B: a hamlet and talks, then talks held in the hamlet (a later file), a snapshot, an edit
    hamlet = b.units.add("Ấp Tân Mỹ 9", UnitKind.HAMLET, b_code)
    add_talks(b, 2)
    genuine.append(export_log(b.session.exchange_context(), to=out).path)
    in_hamlet = add_talks(b, 2, start=5, unit_code=hamlet.code)
    b_second = export_log(b.session.exchange_context(), to=out)
    genuine.append(b_second.path)
    genuine.append(export_log(b.session.exchange_context(), to=out, snapshot=True).path)
    b.talks.save(dataclasses.replace(b.talks.get(in_hamlet[0].id), attendance=55))
    genuine.append(export_log(b.session.exchange_context(), to=out).path)
    # C: one log
    add_talks(c, 2)
    genuine.append(export_log(c.session.exchange_context(), to=out).path)

    key, h = a.identity.private_key(), base / "forged"
    late = version(ms=int(time.time() * 1000) + 20 * 3600 * 1000)
    b_key = identity(b.session.exchange_context()).key_id
    forged = [
        forge(h, key, A, {"groups": [group(A, b_code)], "talks": [talk(A, b_code)]}),
        forge(h, key, A, {"units": [unit(A, hamlet.code, PROVINCE)], "talks": [talk(A, hamlet.code)]}),
        forge(h, key, A, {"units": [unit(A, PROVINCE, PROVINCE)]}),
        forge(h, key, A, {"documents": [document(A)]}, kind="pack", role="aggregator"),
        forge(
            h,
            key,
            A,
            {"keys": [revocation(b_key, b_code), revocation(province_key, PROVINCE)]},
            kind="keys",
            role="aggregator",
        ),
        forge(
            h,
            key,
            A,
            {
                "topics": [
                    topic(A, "an ninh mang", "AN NINH MẠNG"),
                    topic(A, "an ninh mang", "An ninh mạng", deleted=True),
                ]
            },
        ),
        forge(h, key, A, {}, hlc_min=late, hlc_max=late, sender_clock=late),
        forge(h, key, A, {"talks": [talk(A, b_code)]}, bundle_id=b_second.bundle_id),
        forge(h, key, A, {"talks": [talk(A)]}, receiver=f"{PROVINCE}\n"),
    ]
    for s in (a, b, c):
        s.close()
    reference = _province(base)
    for path in genuine:
        assert (
            import_paths(reference.session.exchange_context(), [path], trust=True, backup=False).files[0].status
            == "applied"
        )
    expected = content(reference)
    reference.close()
    return base, genuine, forged, expected


def _province(base):
    folder = base / f"p{next(_counter)}"
    shutil.copytree(base / "province", folder)
    return Services.open(folder, today=fixed_today)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_forged_files_in_any_order_leave_the_genuine_data_as_a_clean_import(files, data):
    base, genuine, forged, expected = files
    paths = genuine + forged
    order = data.draw(st.permutations(range(len(paths))))
    for again in data.draw(st.lists(st.sampled_from(range(len(paths))), max_size=4)):
        order.insert(data.draw(st.integers(0, len(order))), again)
    province = _province(base)
    try:
        for i in order:
            out = import_paths(province.session.exchange_context(), [paths[i]], trust=True, backup=False).files[0]
            if i < len(genuine):
                assert out.status in ("applied", "already_imported"), (out.reason, out.detail)
        assert content(province) == expected
    finally:
        province.close()
