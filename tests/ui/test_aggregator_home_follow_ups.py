"""The aggregator's "Cần làm ngay": its own follow-ups listed as work to do, the communes' overdue
ones only as a count per unit, each count opening the talk log on that unit; a commune's home lists
its follow-ups as before."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory

from desktop_app.core.enums import Role
from desktop_app.storage import records_repo as repo
from desktop_app.ui.main_window import MainWindow

OVERDUE = TODAY - dt.timedelta(days=3)


def _talk(s, place: str, due: dt.date | None, follow_up: str = ""):
    return s.talks.new(
        held_on=TODAY - dt.timedelta(days=40),
        place=place,
        attendance=20,
        questions_text="Bà con hỏi về đường liên ấp" if due else "",
        question_themes=["Hạ tầng"] if due else [],
        questions_count=1 if due else 0,
        follow_up_text=follow_up,
        follow_up_due=due,
        follow_up_status="open" if due else "none",
    )


@pytest.fixture
def province(tmp_path):
    """A province with its own follow-up, and two communes' talks as an import leaves them: the
    first commune with three overdue follow-ups, the second with one and a talk without."""
    factory = Factory(tmp_path)
    agg = factory.make("agg", PROVINCE, Role.AGGREGATOR)
    agg.talks.add(
        held_on=TODAY - dt.timedelta(days=2),
        place="Hội trường Ban Tuyên giáo",
        follow_up_text="Tỉnh trả lời kiến nghị về cầu Tân Mỹ",
        follow_up_due=TODAY + dt.timedelta(days=3),
        follow_up_status="open",
    )
    codes = factory.communes(2)
    for code, overdue in zip(codes, (3, 1), strict=True):
        commune = factory.make(code, code)
        talks = [_talk(commune, f"Ấp {n}", OVERDUE, f"Xã {code} sửa đường ấp {n}") for n in range(overdue)]
        talks.append(_talk(commune, "Nhà văn hóa", None))
        for talk in talks:
            repo.save_talk(agg.session.db, dataclasses.replace(talk, hlc=commune.session.next_version()))
        commune.close()
    agg.codes = codes
    yield agg
    agg.close()


def test_the_aggregator_lists_its_own_follow_ups_and_counts_the_communes(province, qtbot):
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.open_page("home")
    home = window.pages["home"]
    home.refresh()
    text = home.attention.text()
    first, second = province.codes
    names = {code: province.units.get(code).name for code in province.codes}
    assert "Tỉnh trả lời kiến nghị về cầu Tân Mỹ" in text  # its own work
    assert "sửa đường" not in text  # the communes' follow-ups are not its work
    assert "Việc theo dõi quá hạn ở 2 đơn vị cấp dưới" in text
    assert f"{names[first]}: <a href='unit:{first}'>3 việc quá hạn</a>" in text
    assert f"{names[second]}: <a href='unit:{second}'>1 việc quá hạn</a>" in text
    assert text.index(names[first]) < text.index(names[second])  # most first

    home.attention.linkActivated.emit(f"unit:{first}")
    assert window.current_page() == "talks"
    talks = window.pages["talks"]
    assert talks.unit_filter.currentText() == names[first]
    assert talks.period.currentData() == "all"
    assert talks.follow_up_filter.currentData() == "overdue"
    assert talks.model.rowCount() == 3  # the unit's overdue follow-ups, not its other talk
    assert {talks.model.talk_at(r).unit_code for r in range(3)} == {first}
    assert {talks.model.talk_at(r).follow_up_due for r in range(3)} == {OVERDUE}
    talks.follow_up_filter.setCurrentIndex(0)  # every talk of the unit again
    assert talks.model.rowCount() == 4
    window.close()


def test_a_commune_home_still_lists_its_own_follow_ups(qtbot, tmp_path):
    commune = Factory(tmp_path).make("xa", "30130")
    try:
        commune.talks.add(
            held_on=TODAY - dt.timedelta(days=40),
            place="Ấp Tân Mỹ",
            follow_up_text="Xã sửa đường ấp Tân Mỹ",
            follow_up_due=OVERDUE,
            follow_up_status="open",
        )
        window = MainWindow(commune)
        qtbot.addWidget(window)
        window.open_page("home")
        home = window.pages["home"]
        home.refresh()
        assert "Xã sửa đường ấp Tân Mỹ" in home.attention.text()
        assert "đơn vị cấp dưới" not in home.attention.text()
        window.close()
    finally:
        commune.close()
