"""Clock safety and the quarantine: a stored clock far ahead is detected and can be reset; rows an
import set aside can be listed, released through the normal merge, or dropped; ownership is never
bypassed. Quarantined rows are made the realistic way: a commune whose clock ran a year ahead."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.clock import AHEAD_LIMIT_MS, Clock, Hlc
from desktop_app.core.enums import Role
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.exchange import export_log, import_paths
from desktop_app.services import Services

YEAR_MS = 365 * 24 * 3600 * 1000


def real_ms() -> int:
    return time.time_ns() // 1_000_000


def reopen(s: Services, ahead_ms: int = 0) -> Services:
    """The same installation, opened with a wall clock ``ahead_ms`` from the real one."""
    folder = s.data_dir
    s.close()
    return Services.open(folder, today=fixed_today, now_ms=lambda: real_ms() + ahead_ms)


def test_clock_ahead_is_measured_against_the_wall_clock():
    now = 1_800_000_000_000
    clock = Clock("n1", str(Hlc(now + YEAR_MS, 3, "n1")), now_ms=lambda: now)
    assert clock.ahead_ms() == YEAR_MS and clock.far_ahead()
    assert not Clock("n1", str(Hlc(now + AHEAD_LIMIT_MS, 0, "n1")), now_ms=lambda: now).far_ahead()
    assert Clock("n1", str(Hlc(now - 5, 0, "n1")), now_ms=lambda: now).ahead_ms() == 0
    floor = clock.reset()
    assert floor == str(Hlc(now, 0, "n1"))
    assert clock.tick() > floor and Hlc.parse(clock.tick()).ms == now


@pytest.fixture()
def sent_from_the_future(tmp_path):
    """A commune wrote three talks and a group during a session with its clock a year ahead, then
    its clock came back; the province imported its log."""
    f = Factory(tmp_path)
    commune = reopen(f.make("c", COMMUNE), ahead_ms=YEAR_MS)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    talks = add_talks(commune, 3)
    group = commune.groups.add(name="Chi hội Phụ nữ ấp 3", kind="mass_organisation", size=40)
    export_log(commune.session.exchange_context(), to=tmp_path / "inbox")
    commune = reopen(commune)
    outcome = import_paths(province.session.exchange_context(), [tmp_path / "inbox"], trust=True).files[0]
    assert outcome.status == "applied" and outcome.counts["quarantined"] == 5  # 3 talks, a group, a topic
    yield commune, province, talks, group, tmp_path
    commune.close()
    province.close()


def test_quarantined_rows_are_listed_with_reason_sender_and_table(sent_from_the_future):
    _, province, talks, group, _ = sent_from_the_future
    rows = province.quarantine.list()
    assert {q.table for q in rows} == {"talks", "groups", "topics"}
    assert {q.reason for q in rows} == {"clock_ahead"}
    assert all(q.releasable and q.sender_unit == COMMUNE and q.sender_name == "Xã Thanh Bình" for q in rows)
    assert {q.record_id for q in rows if q.table == "talks"} == {t.id for t in talks}
    assert next(q for q in rows if q.table == "groups").summary == group.name
    assert all(q.version_date > dt.date.today() + dt.timedelta(days=300) for q in rows)
    assert len({q.id for q in rows}) == 5 and all(len(q.id) == 10 for q in rows)
    assert province.quarantine.list(sender="30130") == rows
    assert province.quarantine.list(sender="Xã Thanh Bình") == rows  # a name works as well as a code
    assert province.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == 0


def test_release_applies_through_the_merge_with_search_and_history(sent_from_the_future):
    _, province, talks, _, _ = sent_from_the_future
    talk_ids = [q.id for q in province.quarantine.list() if q.table == "talks"]
    result = province.quarantine.release(talk_ids[:2])
    assert result["released"] == 2 and result["counts"]["new"] == 2 and result["backup"]
    assert province.session.db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0] == 2
    assert len(province.quarantine.list()) == 3
    assert any(h.kind == "talk" for h in province.library.search("lừa đảo"))  # the search index followed
    assert province.session.db.execute("SELECT count(*) FROM talk_topics").fetchone()[0] == 2  # links too
    # the province's own clock did not jump a year ahead
    assert province.maintenance.clock_ahead_ms() == 0

    rest = province.quarantine.release(all_records=True, sender=COMMUNE)
    assert rest["released"] == 3 and rest["counts"]["new"] == 3
    assert province.quarantine.list() == []
    assert province.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == 3


def test_release_keeps_last_writer_wins(sent_from_the_future, tmp_path):
    commune, province, talks, _, base = sent_from_the_future
    # the commune corrects one of the future talks after its clock was reset: the new version sorts
    # above the re-versioned one, and the old future version must not win at the province
    assert commune.maintenance.clock_ahead_ms() > 360 * 24 * 3600 * 1000
    commune.maintenance.reset_clock()
    commune.talks.save(dataclasses.replace(commune.talks.get(talks[0].id), attendance=77))
    export_log(commune.session.exchange_context(), to=base / "inbox-2")
    second = import_paths(province.session.exchange_context(), [base / "inbox-2"]).files[0]
    assert second.status == "applied" and second.counts["quarantined"] == 0, second.message
    assert province.talks.get(talks[0].id).attendance == 77
    first_talk = next(q.id for q in province.quarantine.list() if q.record_id == talks[0].id)
    # releasing the stale future version: it carries a higher version, so it does win (last writer
    # by version) and the commune's newer text goes to history, as the merge always does
    result = province.quarantine.release([first_talk])
    assert result["counts"]["updated"] == 1
    kept = province.session.db.execute(
        "SELECT count(*) FROM history WHERE record_id = ? AND reason = 'release'", [talks[0].id]
    ).fetchone()[0]
    assert kept == 1


def test_unknown_ids_and_ownership_reasons_are_refused_and_nothing_changes(sent_from_the_future):
    _, province, _, _, _ = sent_from_the_future
    before = province.quarantine.list()
    with pytest.raises(NotFoundError) as err:
        province.quarantine.release(["0000000000"])
    assert "0000000000" in err.value.message
    with pytest.raises(NotFoundError):
        province.quarantine.drop(["0000000000", before[0].id])
    with pytest.raises(ValidationError):
        province.quarantine.release()
    # a row set aside because the record here belongs to another unit can only be dropped
    talk = next(q for q in before if q.table == "talks")
    province.session.db.execute(
        "UPDATE exchange_quarantine SET reason = 'owner_conflict' WHERE record_id = ?", [talk.record_id]
    )
    with pytest.raises(ValidationError) as err:
        province.quarantine.release([talk.id, before[-1].id])
    assert "chỉ bỏ được" in err.value.message
    assert len(province.quarantine.list()) == 5
    assert province.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == 0
    result = province.quarantine.release(all_records=True)  # --all leaves it aside and says so
    assert result["released"] == 4 and result["kept"] == 1
    assert province.session.db.execute("SELECT count(*) FROM talks WHERE id = ?", [talk.record_id]).fetchone()[0] == 0
    assert province.quarantine.drop([talk.id]) == 1
    assert province.quarantine.list() == []


def test_release_never_overwrites_a_record_owned_by_another_unit(sent_from_the_future):
    _, province, _, _, _ = sent_from_the_future
    talk = next(q for q in province.quarantine.list() if q.table == "talks")
    province.session.db.execute(
        "UPDATE exchange_quarantine SET row = json_set(row, '$.owner_unit', '30133') WHERE record_id = ?",
        [talk.record_id],
    )
    with pytest.raises(ValidationError) as err:
        province.quarantine.release([talk.id])
    assert "không thuộc đơn vị gửi" in err.value.message
    assert province.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == 0


def test_drop_forgets_rows(sent_from_the_future):
    _, province, _, _, _ = sent_from_the_future
    assert province.quarantine.drop(all_records=True, sender=COMMUNE) == 5
    assert province.quarantine.list() == []
    assert province.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == 0


def test_clock_reset_reversions_what_was_written_ahead_and_the_next_log_is_accepted(sent_from_the_future):
    commune, province, talks, _, base = sent_from_the_future
    with pytest.raises(ValidationError):
        province.maintenance.reset_clock()  # nothing to reset there
    ahead = commune.maintenance.clock_ahead_ms()
    assert ahead > 360 * 24 * 3600 * 1000
    assert commune.maintenance.reset_clock() == 5  # three talks, the group and the topic
    assert commune.maintenance.clock_ahead_ms() == 0
    assert commune.maintenance.backups()
    now = real_ms()
    assert all(Hlc.parse(h).ms <= now + 1000 for (h,) in commune.session.db.execute("SELECT hlc FROM talks"))
    assert commune.session.db.execute("SELECT count(*) FROM history WHERE reason = 'clock_reset'").fetchone()[0] == 5
    # the next ordinary file carries them again, and the province accepts them as they are
    second = export_log(commune.session.exchange_context(), to=base / "inbox-2")
    assert second.counts["talks"] == 3
    outcome = import_paths(province.session.exchange_context(), [base / "inbox-2"]).files[0]
    assert outcome.counts["quarantined"] == 0 and outcome.counts["new"] == 5
    assert {r[0] for r in province.session.db.execute("SELECT id FROM talks")} == {t.id for t in talks}


def test_a_computer_clock_back_in_the_past_is_not_a_time_to_reset_to(tmp_path):
    """A dead clock battery: the computer says 2001, the stored clock is right. The warning names
    both dates, and the reset is refused so the stored clock is not dragged back to 2001."""
    f = Factory(tmp_path)
    s = f.make("c", COMMUNE)
    add_talks(s, 1)
    dead_battery = dt.datetime(2001, 1, 1, tzinfo=dt.UTC).timestamp() * 1000
    folder = s.data_dir
    s.close()
    s = Services.open(folder, today=fixed_today, now_ms=lambda: int(dead_battery))
    try:
        warning = s.maintenance.clock_warning()
        assert warning and "máy tính: 01/01/2001" in warning
        before = s.session.clock.last
        with pytest.raises(ValidationError) as err:
            s.maintenance.reset_clock()
        assert "Ngày giờ của máy tính đang sai (01/01/2001)" in err.value.message
        assert s.session.clock.last == before and not s.maintenance.backups()
    finally:
        s.close()


def test_a_set_aside_document_whose_files_were_not_kept_can_only_be_dropped(tmp_path):
    from desktop_app.exchange import export_pack

    f = Factory(tmp_path)
    f.make("p", PROVINCE, Role.AGGREGATOR).close()
    province = Services.open(tmp_path / "p", today=fixed_today, now_ms=lambda: real_ms() + YEAR_MS)
    commune = f.make("c", COMMUNE)
    try:
        leaflet = tmp_path / "to-roi.txt"
        leaflet.write_text("Tờ rơi: phòng chống lừa đảo qua mạng.", encoding="utf-8")
        doc = province.library.add_document(files=[leaflet], title="Phòng chống lừa đảo", topics=["An ninh mạng"])
        export_pack(province.session.exchange_context(), document_ids=[doc.id], to=tmp_path / "down")
        outcome = import_paths(commune.session.exchange_context(), [tmp_path / "down"], trust=True).files[0]
        assert outcome.status == "applied" and outcome.counts["quarantined"] >= 1
        held = next(q for q in commune.quarantine.list() if q.table == "documents")
        assert held.releasable and held.summary == "Phòng chống lừa đảo"
        with pytest.raises(ValidationError) as err:
            commune.quarantine.release([held.id])
        assert "thiếu tệp đính kèm" in err.value.message
        assert commune.session.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert commune.quarantine.drop([held.id]) == 1
    finally:
        province.close()
        commune.close()


def test_a_damaged_stored_clock_is_rebuilt_from_the_versions_written_here(tmp_path):
    """A stored clock that is no version (a damaged value) stopped every command with a traceback,
    while ``check`` called the database good: it is rebuilt from the highest version stored here, so
    what is written next still wins over everything written before."""
    f = Factory(tmp_path)
    s = reopen(f.make("c", COMMUNE), ahead_ms=3600 * 1000)  # written an hour ahead: a fresh clock loses
    written = add_talks(s, 3)
    s.session.db.execute("UPDATE settings SET value = '\"garbage\"' WHERE key = 'clock'")
    s = reopen(s)
    try:
        assert s.maintenance.clock_warning() is None
        later = add_talks(s, 1)[0]
        assert later.hlc > max(t.hlc for t in written)
    finally:
        s.close()
