"""The report summaries, their roll-ups per province and the talks per sender stay equal to a fresh
aggregation of the talks after any sequence of local saves, edits (another month, another unit,
other topics and groups), deletions, undos, group kind and tag changes, unit tags, a hamlet moved to
another province and back, and bundle imports (previewed first, then applied), on the commune that
writes and on the province that imports; and a report read through them equals one read from every
talk, the whole country's included."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from summary_checks import assert_summaries_fresh

from desktop_app.core.enums import GroupKind, Role, UnitKind
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import periods
from desktop_app.reports.build import build_report

TODAY = dt.date(2026, 11, 20)
DAYS = [dt.date(2026, 8, 30), dt.date(2026, 9, 1), dt.date(2026, 10, 15), dt.date(2026, 10, 31), dt.date(2026, 11, 3)]
FORMATS = ["meeting", "loudspeaker", "zalo_post", "home_visit"]
TOPICS = ["Chuyển đổi số", "An toàn giao thông", "Xây dựng nông thôn mới"]
THEMES = ["Đất đai", "Lừa đảo qua mạng"]
PERIODS = ["2026-Q4", "2026", "15/08/2026..10/11/2026"]  # whole months, and partial months at both ends

talk_fields = st.fixed_dictionaries(
    {
        "held_on": st.sampled_from(DAYS),
        "unit": st.integers(0, 1),  # the commune, or its hamlet
        "format": st.sampled_from(FORMATS),
        "topics": st.lists(st.sampled_from(TOPICS), unique=True, max_size=2),
        "groups": st.lists(st.integers(0, 2), unique=True, max_size=3),
        "attendance": st.integers(0, 50),
        "themes": st.lists(st.sampled_from(THEMES), unique=True, max_size=2),
        "follow_up": st.booleans(),
        "resolved": st.sampled_from([None, ("answered", 0), ("answered", 9), ("transferred", 4)]),
        "urgent": st.booleans(),
    }
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), talk_fields),
        st.tuples(st.just("edit"), st.tuples(st.integers(0, 20), talk_fields)),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.just("undo"), st.integers(0, 20)),
        st.tuples(st.just("group_kind"), st.tuples(st.integers(0, 2), st.sampled_from(list(GroupKind)))),
        st.tuples(st.just("group_tags"), st.tuples(st.integers(0, 2), st.booleans())),
        st.tuples(st.just("unit_tags"), st.tuples(st.integers(0, 1), st.booleans())),
        st.tuples(st.just("import"), st.booleans()),
        st.tuples(st.just("province_talk"), talk_fields),
        st.tuples(st.just("hamlet_moves"), st.booleans()),  # True: the country's report checked too
    ),
    min_size=1,
    max_size=12,
)


@pytest.fixture(scope="module")
def factory():
    base = Path(tempfile.mkdtemp(prefix="sotay-summaries-"))
    yield Factory(base)
    shutil.rmtree(base, ignore_errors=True)


def _fields(s, units, groups, f):
    return dict(
        held_on=f["held_on"],
        unit_code=units[f["unit"]],
        format=f["format"],
        topics=f["topics"],
        group_ids=[groups[i] for i in f["groups"]],
        attendance=f["attendance"],
        question_themes=f["themes"],
        questions_text="Bà con hỏi" if f["themes"] else "",
        follow_up_text="Trả lời bà con" if f["follow_up"] and f["themes"] else "",
        follow_up_due=dt.date(2026, 11, 1) if f["follow_up"] and f["themes"] else None,
        **_resolution(f),
        urgent=f["urgent"] and bool(f["themes"]),
    )


def _resolution(f) -> dict[str, object]:
    """How the follow-up ended: answered or transferred some days after the talk (never after today)."""
    if not (f["follow_up"] and f["themes"] and f["resolved"]):
        return {}
    outcome, days = f["resolved"]
    return {
        "follow_up_outcome": outcome,
        "follow_up_resolved_on": min(f["held_on"] + dt.timedelta(days=days), TODAY),
    }


def assert_reports_agree(s, roots) -> None:
    for root in roots:
        for code in PERIODS:
            period = periods.parse(code)
            through = build_report(s.session.db, root, period, today=TODAY)
            direct = build_report(s.session.db, root, period, today=TODAY, through_summaries=False)
            assert through == direct, (root, code)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
@example(  # a talk at the hamlet, which then moves to another province and back
    steps=[
        (
            "add",
            {
                "held_on": DAYS[2],
                "unit": 1,
                "format": "meeting",
                "topics": [],
                "groups": [],
                "attendance": 30,
                "themes": [],
                "follow_up": False,
                "resolved": None,
                "urgent": False,
            },
        ),
        ("hamlet_moves", True),
    ]
)
def test_summaries_equal_a_fresh_aggregation_after_any_writes(factory, steps):
    run = next(tempfile._get_candidate_names())
    commune = factory.make(f"c-{run}", COMMUNE)
    province = factory.make(f"p-{run}", PROVINCE, Role.AGGREGATOR)
    try:
        hamlet = commune.units.add("Ấp Tân Mỹ", UnitKind.HAMLET, COMMUNE).code
        units = [COMMUNE, hamlet]
        groups = [
            commune.groups.add(name=f"Nhóm {i}", kind=kind, unit_code=COMMUNE).id
            for i, kind in enumerate((GroupKind.HAMLET, GroupKind.ZALO_GROUP, GroupKind.HAMLET))
        ]
        talks: list[str] = []
        bundles = factory.base / f"b-{run}"
        for op, arg in steps:
            if op == "add":
                talks.append(commune.talks.add(**_fields(commune, units, groups, arg)).id)
            elif op == "edit" and talks:
                index, f = arg
                talk_id = talks[index % len(talks)]
                if not commune.talks.get(talk_id).deleted:
                    commune.talks.save(commune.talks.new(id=talk_id, **_fields(commune, units, groups, f)))
            elif op == "delete" and talks:
                commune.talks.delete(talks[arg % len(talks)])
            elif op == "undo" and talks:
                commune.talks.restore(talks[arg % len(talks)])
            elif op == "group_kind":
                group = commune.groups.get(groups[arg[0]])
                commune.groups.save(dataclasses.replace(group, kind=arg[1]))
            elif op == "group_tags":
                commune.groups.set_tags(groups[arg[0]], ["Vùng sâu"] if arg[1] else [])
            elif op == "unit_tags":
                commune.units.set_tags(units[arg[0]], ["Vùng xa"] if arg[1] else [])
                province.units.set_tags(COMMUNE, ["Vùng xa"] if arg[1] else [])
            elif op == "import":
                path = export_log(commune.session.exchange_context(), to=bundles, snapshot=arg).path
                context = province.session.exchange_context()
                preview = import_paths(context, [path], trust=True, backup=False, dry_run=True)
                assert_summaries_fresh(province.session.db)
                outcome = import_paths(context, [path], trust=True, backup=False)
                assert outcome.files[0].status == "applied", (preview.files[0].status, outcome.files[0].detail)
            elif op == "hamlet_moves":  # away (the whole country checked there), then back under the commune
                db = commune.session.db
                elsewhere = db.execute(
                    "SELECT code FROM units WHERE kind = 'commune' AND province_code != "
                    "(SELECT province_code FROM units WHERE code = ?) ORDER BY code LIMIT 1",
                    [COMMUNE],
                ).fetchone()[0]
                for parent in (elsewhere, COMMUNE):
                    with db.atomic():
                        db.execute("UPDATE units SET parent_code = ? WHERE code = ?", [parent, hamlet])
                    assert_summaries_fresh(db)
                    if arg:
                        assert_reports_agree(commune, ["VN"])
            elif op == "province_talk":
                fields = _fields(province, [PROVINCE, PROVINCE], [], dict(arg, groups=[]))
                province.talks.add(**fields)
        for s in (commune, province):
            assert_summaries_fresh(s.session.db)
        assert_reports_agree(commune, [COMMUNE, "VN"])
        assert_reports_agree(province, [PROVINCE, COMMUNE, "VN"])
    finally:
        commune.close()
        province.close()
