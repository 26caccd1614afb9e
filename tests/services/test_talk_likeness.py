"""services.talks: likely duplicates by the core rule, the "không phải trùng" answer kept, and the
shared topic vocabulary a typed topic is matched to, down to the province's table by topic."""

from __future__ import annotations

import datetime as dt

from conftest import TODAY, fixed_today
from exchange_helpers import PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.core.topic_vocabulary import VOCABULARY
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import periods
from desktop_app.services import Services

DAY = TODAY - dt.timedelta(days=2)


def _add(s: Services, place: str, topics: list[str], fmt: str = "meeting", attendance: int = 30):
    return s.talks.add(held_on=DAY, format=fmt, place=place, topics=topics, attendance=attendance)


def test_only_a_real_likeness_is_offered_as_a_duplicate(services):
    same_place = _add(services, "Nhà văn hóa ấp Tân Mỹ", ["Chuyển đổi số"], fmt="loudspeaker")
    same_topic = _add(services, "Hội trường UBND xã", ["chuyen doi so"])
    _add(services, "Trường THCS Thanh Bình", ["Phòng, chống ma túy"])  # same day and format only
    _add(services, "Nhà văn hóa ấp Tân Mỹ", ["Chuyển đổi số"])  # what the talk below copies exactly
    talk = services.talks.new(held_on=DAY, format="meeting", place="nhà văn hoá ấp tân mỹ", topics=["Chuyển đổi số"])
    found = services.talks.similar(talk)
    assert len(found) == 3 and same_place in found and same_topic in found
    assert all(t.place != "Trường THCS Thanh Bình" for t in found)
    assert found[0].format.value == "meeting" and found[0].place == "Nhà văn hóa ấp Tân Mỹ"  # the exact copy first


def test_not_a_duplicate_is_remembered_for_that_pair(data_dir, services):
    existing = _add(services, "Nhà văn hóa ấp Tân Mỹ", ["Chuyển đổi số"])
    other = _add(services, "Nhà văn hóa ấp Tân Mỹ", ["Xây dựng nông thôn mới"], attendance=12)
    services.talks.mark_not_duplicate(other.id, [existing.id])
    again = Services.open(data_dir, today=fixed_today)  # stored, not kept in memory
    try:
        assert again.talks.similar(again.talks.get(other.id)) == []
        assert again.talks.similar(again.talks.get(existing.id)) == []
        third = again.talks.new(held_on=DAY, format="meeting", place="Nhà văn hóa ấp Tân Mỹ")
        assert {t.id for t in again.talks.similar(third)} == {existing.id, other.id}
    finally:
        again.close()


def test_a_free_topic_is_stored_as_the_listed_one(services):
    talk = services.talks.add(held_on=DAY, place="Hội trường UBND xã", topics=["nghi quyet dai hoi xiv"])
    assert talk.topics == ("Nghị quyết Đại hội XIV",)
    names = [t for t in services.library.topics() if "XIV" in t.upper()]
    assert names == ["Nghị quyết Đại hội XIV"]  # no second spelling


def test_the_listed_topics_are_offered_first_then_those_from_above_then_our_own(services):
    _add(services, "Hội trường UBND xã", ["Ngày hội đại đoàn kết toàn dân tộc"])
    choices = services.talks.topic_choices()
    assert tuple(choices[: len(VOCABULARY)]) == VOCABULARY
    assert choices[-1] == "Ngày hội đại đoàn kết toàn dân tộc"


def test_the_province_table_by_topic_does_not_split_two_communes_spellings(tmp_path):
    f = Factory(tmp_path)
    first, second = f.communes(2)
    inbox = tmp_path / "inbox"
    for code, spelling in ((first, "Phòng, chống lừa đảo qua mạng"), (second, "phong chong lua dao qua mang")):
        s = f.make(f"c{code}", code)
        s.talks.add(held_on=DAY, place="Hội trường UBND xã", topics=[spelling], attendance=20)
        export_log(s.session.exchange_context(), to=inbox)
        s.close()
    province = f.make("province", PROVINCE, Role.AGGREGATOR)
    try:
        assert import_paths(province.session.exchange_context(), [inbox], trust=True).by_status() == {"applied": 2}
        report = province.reports.build(PROVINCE, periods.parse(f"{DAY:%Y-%m}"), by=["topic"]).report
        rows = [(row.label, row.figures.sessions) for row in report.breakdowns["topic"] if row.figures]
        assert rows == [("Phòng, chống lừa đảo qua mạng", 2)]
    finally:
        province.close()


def test_topics_sent_down_in_a_pack_come_right_after_the_shipped_list(tmp_path):
    f = Factory(tmp_path)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    doc = province.library.add_document(title="Đề cương tháng", topics=["Ngày hội đại đoàn kết"], body="Tóm tắt.")
    pack = province.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down")
    commune = f.make("c", "30130")
    try:
        commune.talks.add(held_on=DAY, place="Hội trường UBND xã", topics=["Chủ đề riêng của xã"])
        commune.exchange.import_files(commune.exchange.plan([pack.path], trust_all=True))
        choices = commune.talks.topic_choices()
        assert choices[len(VOCABULARY) :] == ["Ngày hội đại đoàn kết", "Chủ đề riêng của xã"]
        talk = commune.talks.add(held_on=DAY, place="Nhà văn hóa ấp 2", topics=["ngay hoi dai doan ket"])
        assert talk.topics == ("Ngày hội đại đoàn kết",)
    finally:
        province.close()
        commune.close()
