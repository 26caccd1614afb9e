"""Reports at the aggregating unit over real bundles: thirty communes send their logs up; the
province's totals equal the sum of each commune's own report; who has reported (on time, late,
partial, missing, gaps); a period lock with a late bundle that is imported but flagged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from exchange_helpers import PROVINCE, Factory
from pdf_text import read_pdf

from desktop_app import cli
from desktop_app.core.enums import Role
from desktop_app.core.errors import ValidationError
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import export, fmt, periods
from desktop_app.reports.build import build_report
from desktop_app.reports.completeness import completeness
from desktop_app.reports.document import compose, default_options
from desktop_app.reports.locks import history, late_changes, list_locks, lock_period, locked_period_for, unlock_period
from desktop_app.reports.model import Figures
from desktop_app.services.demo import fill_demo

N = 30
TODAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """PDF, charts and fonts need Qt's GUI module; the one QApplication of the session (pytest-qt)
    serves them, so a later GUI test never meets a second application (which aborts)."""
    return qapp


@pytest.fixture(scope="module")
def country(tmp_path_factory):
    base = tmp_path_factory.mktemp("reports-exchange")
    f = Factory(base)
    communes = {}
    for n, code in enumerate(f.communes(N)):
        s = f.make(f"c{code}", code)
        fill_demo(s, seed=100 + n, talks=15)
        communes[code] = s
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    inbox = base / "inbox"
    for s in communes.values():
        export_log(s.session.exchange_context(), to=inbox)
    summary = import_paths(agg.session.exchange_context(), [inbox], trust=True)
    assert summary.by_status() == {"applied": N}
    yield base, communes, agg
    for s in [*communes.values(), agg]:
        s.close()


@pytest.mark.parametrize("code", ["2026", "2026-H2", "2026-Q3", "2026-10", "01/12/2025..15/02/2026"])
def test_province_equals_sum_of_communes(country, code):
    _base, communes, agg = country
    period = periods.parse(code)
    province = build_report(agg.session.db, PROVINCE, period, today=TODAY)
    own = {c: build_report(s.session.db, c, period, today=TODAY) for c, s in communes.items()}
    total = sum((r.totals for r in own.values()), Figures())
    assert province.totals == total
    assert province.totals.sessions > 0 or code == "01/12/2025..15/02/2026"
    rows = {r.key: r for r in province.breakdowns["unit"]}
    for c, r in own.items():
        assert rows[c].figures == r.totals, c
    # the province's other communes sent nothing: "—" (None), never 0
    silent = [r for k, r in rows.items() if k not in communes]
    assert silent and all(r.figures is None for r in silent)
    months = {r.key: r.figures for r in province.breakdowns["month"]}
    for m in months:
        assert months[m] == sum(
            (next(x.figures for x in r.breakdowns["month"] if x.key == m) for r in own.values()), Figures()
        )
    assert province.active_units == sum(1 for r in own.values() if r.totals.sessions)


def test_province_outputs_equal_sql(country, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    _base, communes, agg = country
    q3 = periods.parse("2026-Q3")
    n, att = agg.session.db.execute(
        "SELECT count(*), sum(attendance) FROM talks WHERE deleted = 0 AND held_on BETWEEN "
        "'2026-07-01' AND '2026-09-30'"
    ).fetchone()
    report = build_report(agg.session.db, PROVINCE, q3, today=TODAY)
    status = completeness(agg.session.db, PROVINCE, q3, today=TODAY)
    options = default_options(report, "party", day=TODAY)
    for f in export.FORMATS:
        export.write(report, f, tmp_path / f"p.{f}", status, options)
    sentence = f"đã tổ chức {fmt.num(n)} cuộc có {fmt.num(att)} lượt người dự"
    pdf = read_pdf(tmp_path / "p.pdf")
    assert pdf.has(sentence) and pdf.has("TỈNH ỦY ĐỒNG THÁP") and pdf.has("TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ")
    doc = Document(str(tmp_path / "p.docx"))
    assert sentence in "\n".join(p.text for p in doc.paragraphs)
    wb = load_workbook(tmp_path / "p.xlsx")
    ws = wb["Theo đơn vị"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert rows[-1][1] == "Tổng cộng" and rows[-1][3:5] == (n, att)
    body = rows[:-1]
    assert sum(r[3] for r in body if isinstance(r[3], int)) == n
    assert sum(1 for r in body if r[3] is None) == len(body) - N  # not reported: an empty cell
    assert "Tình hình báo cáo" in wb.sheetnames
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert data["totals"]["sessions"] == n and data["completeness"]["expected"] == len(body)


def _stamp(text: str) -> str:
    return text + "T03:00:00.000Z"


def test_completeness(country):
    _base, communes, agg = country
    db = agg.session.db
    codes = sorted(communes)
    on_time, late, partial, gap = codes[:4]
    db.execute("UPDATE exchange_ledger SET created_at = ?", [_stamp("2026-11-03")])
    db.execute("UPDATE exchange_ledger SET created_at = ? WHERE sender_unit = ?", [_stamp("2026-11-12"), late])
    db.execute("UPDATE exchange_ledger SET created_at = ? WHERE sender_unit = ?", [_stamp("2026-10-20"), partial])
    bundle = db.execute("SELECT * FROM exchange_ledger WHERE sender_unit = ?", [gap]).fetchone()
    cols = [r[1] for r in db.execute("PRAGMA table_info(exchange_ledger)")]
    row = dict(zip(cols, bundle, strict=True))
    row.update(
        bundle_id="later-bundle",
        file_sha256="x",
        seq=3,
        previous_bundle_id="never-arrived",
        previous_created_at=_stamp("2026-11-01"),
        created_at=_stamp("2026-11-04"),
    )
    db.execute(
        f"INSERT INTO exchange_ledger({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols]
    )
    oct_ = periods.parse("2026-10")
    status = completeness(db, PROVINCE, oct_, today=TODAY)
    by = {r.code: r for r in status.rows}
    province_communes = db.execute(
        "SELECT count(*) FROM units WHERE kind = 'commune' AND parent_code = ?", [PROVINCE]
    ).fetchone()[0]
    assert status.expected == province_communes
    assert by[on_time].status == "on_time" and by[late].status == "late" and by[partial].status == "partial"
    assert by[gap].gaps == ("never-arrived",) and by[gap].status == "on_time"
    assert status.received == N - 1 and status.count("missing") == province_communes - N
    missing = [r for r in status.rows if r.status == "missing"]
    assert all(r.sessions is None and r.attendance is None for r in missing)  # "—", never 0
    # worst first: missing, then partial, then late, then on time (gaps first within a status)
    ranks = [r.rank for r in status.rows]
    assert ranks == sorted(ranks)
    assert status.rows[len(missing)].code == partial
    # figures per commune are what its bundles brought
    own = build_report(communes[late].session.db, late, oct_, today=TODAY).totals
    assert (by[late].sessions, by[late].attendance) == (own.sessions, own.attendance)
    # before the deadline, silence is "not yet due"
    early = completeness(db, PROVINCE, oct_, today=dt.date(2026, 11, 2))
    assert {r.status for r in early.rows if r.code not in communes} == {"pending"}
    # the whole country: the same rows, grouped by province
    country_status = completeness(db, "VN", oct_, today=TODAY)
    assert country_status.expected == 3321
    assert {r.parent_name for r in country_status.rows if r.code in communes} == {"Tỉnh Đồng Tháp"}


def test_status_command(country, capsys):
    base, _communes, agg = country
    assert cli.run(["--data-dir", str(agg.data_dir), "status", "--period", "2026-10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows"][0]["status"] == "missing" and data["rows"][0]["sessions"] is None
    assert cli.run(["--data-dir", str(agg.data_dir), "status", "--period", "2026-10"]) == 0
    text = capsys.readouterr().out
    assert "✗ Chưa báo cáo" in text and " — cuộc" in text


def test_late_bundle_for_a_locked_period(country, tmp_path):
    base, communes, agg = country
    db = agg.session.db
    q3 = periods.parse("2026-Q3")
    before = build_report(db, PROVINCE, q3, today=TODAY)
    lock = lock_period(db, PROVINCE, q3, by="Trần Văn Bình", note="Số liệu quý III đã duyệt", today=TODAY)
    assert lock.approved["totals"]["sessions"] == before.totals.sessions
    with pytest.raises(ValidationError):
        lock_period(db, PROVINCE, q3)
    code = sorted(communes)[5]
    commune = communes[code]
    assert locked_period_for(db, code, "2026-08-15").id == lock.id
    assert locked_period_for(db, code, "2026-10-15") is None
    late_talk = commune.talks.add(held_on="2026-08-15", attendance=77, format="meeting", topics=["Chuyển đổi số"])
    later = commune.talks.add(held_on="2026-10-02", attendance=5)  # outside the locked period
    gone = commune.session.db.execute(
        "SELECT id FROM talks WHERE held_on BETWEEN '2026-07-01' AND '2026-09-30' AND deleted = 0 AND id != ? LIMIT 1",
        [late_talk.id],
    ).fetchone()[0]
    gone_att = commune.talks.get(gone).attendance
    commune.talks.delete(gone)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "late")
    out = import_paths(agg.session.exchange_context(), [bundle.path]).files[0]
    assert out.status == "applied"  # imported, not refused
    changes = late_changes(db, PROVINCE, q3)
    assert {(c["talk_id"], c["change"]) for c in changes} == {(late_talk.id, "insert"), (gone, "delete")}
    assert {c["bundle_id"] for c in changes} == {bundle.bundle_id}
    assert later.id not in {c["talk_id"] for c in changes}
    after = build_report(db, PROVINCE, q3, today=TODAY)
    assert after.lock is not None and after.lock.approved == before.totals  # approved figures kept
    assert after.lock.difference.sessions == 0 and after.lock.difference.attendance == 77 - gone_att
    assert after.lock.late_changes == 2 and after.lock.late_by_unit == {code: 2}
    written = compose(after, default_options(after, day=TODAY))
    text = " ".join(b for s in written.sections for b in s.blocks if isinstance(b, str))
    assert "sau khi chốt có 2 buổi được gửi bổ sung hoặc sửa đổi" in text
    # unlocking needs a reason and is recorded; afterwards nothing more is flagged
    with pytest.raises(ValidationError):
        unlock_period(db, PROVINCE, q3, by="Trần Văn Bình", note=" ")
    unlock_period(db, PROVINCE, q3, by="Trần Văn Bình", note="Xã gửi bổ sung, duyệt lại")
    assert [e["action"] for e in history(db, PROVINCE)] == ["lock", "unlock"]
    assert [lk.status for lk in list_locks(db, PROVINCE)] == ["unlocked"]
    commune.talks.add(held_on="2026-08-20", attendance=3)
    import_paths(
        agg.session.exchange_context(), [export_log(commune.session.exchange_context(), to=tmp_path / "late2").path]
    )
    assert db.execute("SELECT count(*) FROM period_late_changes").fetchone()[0] == 2
    assert build_report(db, PROVINCE, q3, today=TODAY).lock is None


def test_period_commands(country, capsys):
    _base, _communes, agg = country
    d = str(agg.data_dir)
    assert cli.run(["--data-dir", d, "period", "lock", "2026-10", "--note", "duyệt"]) == 0
    assert cli.run(["--data-dir", d, "period", "lock", "2026-10"]) == 1  # already locked
    assert cli.run(["--data-dir", d, "period", "unlock", "2026-10", "--reason", "sửa số liệu"]) == 0
    capsys.readouterr()
    assert cli.run(["--data-dir", d, "period", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in data["events"] if e["period"] == "2026-10"] == ["lock", "unlock"]
    assert cli.run(["--data-dir", d, "period", "changes", "2026-Q3", "--json"]) == 0


def test_snapshot_is_not_rewritten_by_later_data(country):
    _base, communes, agg = country
    db = agg.session.db
    q4 = periods.parse("2026-Q4")
    lock_period(db, PROVINCE, q4, by="x", today=TODAY)
    stored = db.execute("SELECT snapshot FROM period_locks WHERE period = '2026-Q4' AND status = 'locked'").fetchone()[
        0
    ]
    code = sorted(communes)[7]
    communes[code].talks.add(held_on="2026-11-10", attendance=12)
    import_paths(
        agg.session.exchange_context(),
        [export_log(communes[code].session.exchange_context(), to=agg.data_dir / "q4").path],
    )
    assert (
        db.execute("SELECT snapshot FROM period_locks WHERE period = '2026-Q4' AND status = 'locked'").fetchone()[0]
        == stored
    )
    report = build_report(db, PROVINCE, q4, today=TODAY)
    assert dataclasses.astuple(report.lock.difference)[:2] == (1, 12)
