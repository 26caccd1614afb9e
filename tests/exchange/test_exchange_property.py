"""Importing any set of bundles in any order, any number of times, ends in the same database."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from exchange_helpers import PROVINCE, Factory, add_talks, assert_links_follow_rows, content
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths

_counter = itertools.count()


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """Bundles from two communes whose records change between bundles: edits, deletions, a restore,
    a snapshot (which repeats older versions) and a group edited twice."""
    base = tmp_path_factory.mktemp("property")
    f = Factory(base)
    out = []
    for code in f.communes(2):
        s = f.make(f"c{code}", code)
        talks = add_talks(s, 5)
        group = s.groups.add(name="Chi hội Phụ nữ ấp 1", kind="mass_organisation", size=80)
        out.append(export_log(s.session.exchange_context(), to=base / "b").path)
        s.talks.save(dataclasses.replace(s.talks.get(talks[0].id), attendance=99))
        s.talks.delete(talks[1].id)
        s.groups.save(dataclasses.replace(s.groups.get(group.id), size=81))
        add_talks(s, 2, start=10)
        out.append(export_log(s.session.exchange_context(), to=base / "b").path)
        snap = export_log(s.session.exchange_context(), to=base / "b", snapshot=True).path
        s.talks.restore(talks[1].id)
        s.talks.save(dataclasses.replace(s.talks.get(talks[0].id), attendance=100, notes="lần sửa thứ hai"))
        s.groups.save(dataclasses.replace(s.groups.get(group.id), size=82, deleted=True))
        out.append(export_log(s.session.exchange_context(), to=base / "b").path)
        out.append(snap)
        s.close()
    reference = f.make("reference", PROVINCE, Role.AGGREGATOR)
    for path in out:
        assert import_paths(reference.session.exchange_context(), [path], trust=True).files[0].status == "applied"
    expected = content(reference)
    reference.close()
    return f, out, expected


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_any_order_any_repeats_same_database(bundles, data):
    factory, paths, expected = bundles
    order = data.draw(st.permutations(range(len(paths))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(paths))), max_size=len(paths)))
    for r in repeats:
        order.insert(data.draw(st.integers(0, len(order))), r)
    agg = factory.make(f"agg{next(_counter)}", PROVINCE, Role.AGGREGATOR)
    try:
        for i in order:
            outcome = import_paths(agg.session.exchange_context(), [paths[i]], trust=True, backup=False).files[0]
            assert outcome.status in ("applied", "already_imported"), outcome.detail
        assert content(agg) == expected
        assert_links_follow_rows(agg)
    finally:
        agg.close()


def test_whole_folder_in_one_batch_matches(bundles):
    factory, paths, expected = bundles
    agg = factory.make("agg-folder", PROVINCE, Role.AGGREGATOR)
    summary = import_paths(agg.session.exchange_context(), [paths[0].parent], trust=True)
    assert summary.by_status() == {"applied": len(paths)}, [(f.reason, f.detail) for f in summary.files]
    assert content(agg) == expected
    agg.close()
