"""Build a ``Report`` from the database: one function the CLI, the window and the tests share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import orjson

from ..core.enums import GroupKind, TalkFormat
from ..core.errors import ValidationError
from ..core.force import UnitForce
from ..core.labels import label_of
from ..core.records import Figures
from ..core.text import sort_key
from ..storage import channels as channels_repo
from ..storage import force as force_store
from ..storage import period_locks, reporting_status, settings
from ..storage import report_figures as q
from ..storage import units as units_repo
from . import orientation
from .model import BREAKDOWNS, AreaRow, ChannelRow, Concern, Coverage, FollowUps, LockState, Report, Row
from .opinion import build_opinion
from .periods import Period
from .regularity import TopicMonths

if TYPE_CHECKING:
    from ..storage.store import Store

ALL = q.ALL
COUNTRY_NAME = "Toàn quốc"
NO_TOPIC = "Không ghi chuyên đề"
NO_GROUP = "Không ghi nhóm đối tượng"

Progress = Callable[[int, str], None]


class Cancelled(Exception):
    """The caller asked to stop; nothing was changed."""


def unit_info(db: Store, code: str) -> tuple[str, str, str]:
    """(name, kind, province name) of a unit or of the whole country."""
    if code == ALL:
        return COUNTRY_NAME, "country", ""
    unit = units_repo.get(db, code)
    return unit.name, unit.kind.value, unit.province_name


def resolve_unit(db: Store, text: str) -> str:
    text = (text or "").strip()
    if text.upper() in (ALL, "TOAN-QUOC", "ALL"):
        return ALL
    return units_repo.resolve_code(db, text)


def parse_breakdowns(text: str | Iterable[str] | None) -> tuple[str, ...]:
    if text is None:
        return BREAKDOWNS
    items = [p.strip() for p in (text.split(",") if isinstance(text, str) else text) if p.strip()]
    aliases = {
        "group": "group_kind",
        "groups": "group_kind",
        "audience": "group_kind",
        "topics": "topic",
        "units": "unit",
        "months": "month",
        "formats": "format",
    }
    items = [aliases.get(i, i) for i in items]
    bad = [i for i in items if i not in BREAKDOWNS]
    if bad:
        raise ValidationError(
            f"Không có cách chia “{', '.join(bad)}”. Chọn trong: {', '.join(BREAKDOWNS)}.",
            f"unknown breakdown {bad}",
            field="by",
        )
    return tuple(dict.fromkeys(items))


def _reported_children(db: Store, root: str, children: list[tuple[str, str, str]]) -> set[str]:
    """Children of ``root`` whose data is here even if they held no talk: this installation's own
    units (hamlets, organisations), and units from which at least one bundle arrived."""
    local_root = settings.get(db, "unit_code")
    local = set(units_repo.subtree_codes(db, local_root)) if local_root else set()
    out = {c for c, _n, k in children if c in local and (k not in ("commune", "province") or c == local_root)}
    if reporting_status.ledger_ready(db):
        senders = reporting_status.ledger_senders(db)
        if senders:
            for code, _name, top in reporting_status.expected_reporters(db, root):
                if code in senders:
                    out.add(top)
    return out


def build_report(
    db: Store,
    root: str,
    period: Period,
    by: Iterable[str] = BREAKDOWNS,
    today: dt.date | None = None,
    extras: bool = True,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    through_summaries: bool = True,
) -> Report:
    """Figures of ``root`` (a unit code or ``VN``) and everything under it for ``period``; read
    from the summaries, or from every talk (``through_summaries=False``: what they are checked against)."""
    today = today or dt.date.today()
    by = tuple(by)
    name, kind, province = unit_info(db, root)
    start, end = period.start.isoformat(), period.end.isoformat()
    steps = 3 + len(by) + (2 if extras else 0)
    done = 0

    def step(label: str) -> None:
        nonlocal done
        if cancel is not None and cancel():
            raise Cancelled()
        done += 1
        if progress is not None:
            progress(int(100 * done / steps), label)

    with q.Selection(db, root, start, end, through_summaries=through_summaries) as sel:
        t = sel.totals()
        totals, active = Figures.of(t), int(t[8])
        step("Tổng hợp")
        children = reporting_status.child_units(db, root)
        child_names = {c: n for c, n, _k in children}
        reported = _reported_children(db, root, children)
        breakdowns: dict[str, list[Row]] = {}
        by_unit_month: dict[str, dict[str, tuple[int, int]]] = {}
        for key in by:
            if key == "unit":
                breakdowns[key] = _unit_rows(db, root, name, children, reported, sel.by_key("unit"))
                for top, month, n, att in sel.by_unit_month():
                    by_unit_month.setdefault(top, {})[month] = (n, att)
            elif key == "month":
                found = {r[0]: Figures.of(r[1:]) for r in sel.by_key("month")}
                breakdowns[key] = [Row(m, f"Tháng {m[5:7]}/{m[:4]}", found.get(m, Figures())) for m in period.months()]
            elif key == "format":
                found = {r[0]: Figures.of(r[1:]) for r in sel.by_key("format")}
                order = [f.value for f in TalkFormat] + sorted(set(found) - {f.value for f in TalkFormat})
                breakdowns[key] = [Row(f, label_of(TalkFormat, f), found[f]) for f in order if f in found]
            elif key == "topic":
                breakdowns[key] = sorted(
                    (
                        Row(r[0], r[1] or (NO_TOPIC if not r[0] else r[0]), Figures.of(r[2:10]), units=int(r[10]))
                        for r in sel.by_topic()
                    ),
                    key=lambda row: (row.key == "", -row.counted.sessions, sort_key(row.label)),
                )
            elif key == "group_kind":
                breakdowns[key] = sorted(
                    (
                        Row(r[0], label_of(GroupKind, r[0]) if r[0] else NO_GROUP, Figures.of(r[1:]))
                        for r in sel.by_group_kind()
                    ),
                    key=lambda row: (row.key == "", -row.counted.sessions),
                )
            step(key)
        opinion = (
            build_opinion(db, root, name, period, child_names, today, through_summaries=through_summaries)
            if extras
            else None
        )
        if "unit" in breakdowns:
            have_data = {r.key for r in breakdowns["unit"] if r.figures is not None}
        else:
            have_data = reported | {r[0] for r in sel.by_key("unit")}
        concerns: list[Concern] = []
        coverage: list[Coverage] = []
        force: list[UnitForce] = []
        areas: list[AreaRow] = []
        topic_months: TopicMonths | None = None
        follow_ups = FollowUps()
        if extras:
            concerns = _concerns(sel, root, name, child_names, today)
            follow_ups = FollowUps(*sel.follow_ups(today.isoformat()))
            in_areas = sel.by_priority_area()
            areas = [AreaRow.of(True, in_areas), AreaRow.of(False, in_areas)]
            topic_months = TopicMonths.of(sel.topic_months(), period.months())
            step("Ý kiến")
            coverage = _coverage(db, sel, root, name, children, start, end)
            force = force_store.unit_forces(db, units_repo.subtree_codes(db, root), period.end.year, start, end)
            step("Tài liệu")
    lock = lock_state(db, root, period, totals)
    step("Khóa kỳ")
    return Report(
        unit_code=root,
        unit_name=name,
        unit_kind=kind,
        province_name=province,
        period=period,
        generated_on=today,
        totals=totals,
        active_units=active,
        child_count=len(children),
        breakdowns=breakdowns,
        concerns=concerns,
        coverage=coverage,
        lock=lock,
        by_unit_month=by_unit_month,
        reported_units=len(have_data & set(child_names)),
        follow_ups=follow_ups,
        opinion=opinion,
        force=force,
        areas=areas,
        topic_months=topic_months,
        channels=[ChannelRow(*r) for r in channels_repo.figures_by_unit(db, root, start[:7], end[:7])]
        if extras
        else [],
        orientation=orientation.for_report(db, root, kind, period) if extras else None,
    )


def direct_label(root_name: str) -> str:
    return f"{root_name} (trực tiếp)"


def _unit_rows(
    db: Store, root: str, root_name: str, children: list[tuple[str, str, str]], reported: set[str], rows: list[q.Row]
) -> list[Row]:
    found = {r[0]: Figures.of(r[1:]) for r in rows}
    out = []
    for code, name, _kind in sorted(children, key=lambda c: sort_key(c[1])):
        figures = found.get(code)
        if figures is None and code in reported:
            figures = Figures()
        out.append(Row(code, name, figures))
    if root in found:
        out.append(Row(root, direct_label(root_name), found[root]))
    extra = set(found) - {c for c, _n, _k in children} - {root}
    names = units_repo.unit_names(db, extra)
    out += [Row(c, names.get(c, c), found[c]) for c in sorted(extra)]
    return out


def _concerns(
    sel: q.Selection, root: str, root_name: str, child_names: dict[str, str], today: dt.date
) -> list[Concern]:
    counts: dict[str, list[int]] = {}  # theme -> talks, questions, open follow-ups, overdue
    places: dict[str, set[str]] = {}  # theme -> names of the units where it came up
    for theme, top, talks, questions, open_, overdue in sel.concerns(today.isoformat()):
        agg = counts.setdefault(theme, [0, 0, 0, 0])
        agg[0] += talks
        agg[1] += questions
        agg[2] += open_ or 0
        agg[3] += overdue or 0
        places.setdefault(theme, set()).add(child_names.get(top, root_name if top == root else top))
    return sorted(
        (Concern(t, a[0], a[1], a[2], a[3], tuple(sorted(places[t], key=sort_key))) for t, a in counts.items()),
        key=lambda c: (-c.talks, sort_key(c.theme)),
    )


def _coverage(
    db: Store, sel: q.Selection, root: str, root_name: str, children: list[tuple[str, str, str]], start: str, end: str
) -> list[Coverage]:
    docs = q.documents_in_force(db, start, end)
    if not docs:
        return []
    child_names = {c: n for c, n, _k in children}
    use: dict[str, dict[str, tuple[int, int]]] = {}
    for doc, top, n, att in sel.document_use():
        use.setdefault(doc, {})[top] = (n, att)
    ids = [d[0] for d in docs]
    read = q.readers(db, root, ids)
    local = q.locally_read(db, ids)
    out = []
    for doc_id, title, number, issuer, _issued, required in docs:
        tops = use.get(doc_id, {})
        with_names = sorted((child_names.get(t, root_name) for t in tops), key=sort_key)
        without = sorted((n for c, n in child_names.items() if c not in tops), key=sort_key) if children else []
        readers = sorted((child_names.get(t, root_name) for t in read.get(doc_id, ())), key=sort_key)
        if doc_id in local and root_name not in readers:
            readers.insert(0, root_name)
        out.append(
            Coverage(
                doc_id,
                title,
                number,
                issuer,
                bool(required),
                sum(v[0] for v in tops.values()),
                sum(v[1] for v in tops.values()),
                tuple(with_names),
                tuple(without),
                tuple(readers),
            )
        )
    return out


def lock_state(db: Store, root: str, period: Period, current: Figures) -> LockState | None:
    lock = period_locks.find_lock(db, root, period.code)
    if lock is None:
        return None
    snapshot = orjson.loads(lock["snapshot"] or "{}")
    approved = Figures(**snapshot.get("totals", {}))
    changes = period_locks.late_changes(db, lock["id"])
    per_unit: dict[str, int] = {}
    for c in changes:
        per_unit[c["owner_unit"]] = per_unit.get(c["owner_unit"], 0) + 1
    return LockState(
        lock["id"], lock["locked_at"], lock["locked_by"], approved, current - approved, len(changes), per_unit
    )
