"""The roster: members with configured roles and levels, a phone kept only with consent, a member
who leaves erased everywhere while their talks keep their count; courses and conferences, and the
list of those not trained this year."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.force import MemberStatus

NAME, PHONE = "Trần Thị Mai", "0912345678"


def copies_of(s, member_id: str, text: str) -> int:
    """Places where ``text`` is still stored for this member (record, history, talks)."""
    db = s.session.db
    rows = db.execute("SELECT name || ' ' || phone FROM force_members WHERE id = ?", [member_id]).fetchall()
    rows += db.execute("SELECT row FROM history WHERE record_id = ?", [member_id]).fetchall()
    rows += db.execute("SELECT presenters FROM talks").fetchall()
    rows += db.execute("SELECT row FROM history WHERE table_name = 'talks'").fetchall()
    return sum(1 for (value,) in rows if text in (value or ""))


def test_a_member_takes_a_configured_role_and_level(services):
    m = services.force.add(name=NAME, role="Báo cáo viên", level="xã", decision_number="12-QĐ/ĐU")
    assert (m.role, m.level, m.unit_code, m.status) == ("báo cáo viên", "Xã", "30130", MemberStatus.ACTIVE)
    with pytest.raises(ValidationError) as err:
        services.force.add(name="Lê Văn B", role="giảng viên")
    assert err.value.field == "role" and "không có trong danh sách" in err.value.message
    services.force.set_lists(roles=("báo cáo viên", "giảng viên"), levels=("Tỉnh", "Xã"))
    assert services.force.add(name="Lê Văn B", role="Giảng viên").role == "giảng viên"
    with pytest.raises(ValidationError):
        services.force.add(name="Lê Văn C", role="báo cáo viên", level="Huyện")


def test_a_phone_needs_consent_and_withdrawing_it_leaves_no_copy(services):
    with pytest.raises(ValidationError) as err:
        services.force.add(name=NAME, role="tuyên truyền viên", phone=PHONE)
    assert err.value.field == "phone"
    m = services.force.add(name=NAME, role="tuyên truyền viên", phone=PHONE, phone_consent=True)
    services.force.edit(m.id, expertise="Pháp luật")
    assert copies_of(services, m.id, PHONE) >= 2  # the record and the version kept in history
    edited = services.force.edit(m.id, phone_consent=False)
    assert edited.phone == "" and copies_of(services, m.id, PHONE) == 0


def test_leaving_keeps_the_member_and_erasing_keeps_the_talk_count_not_the_name(services):
    m = services.force.add(name=NAME, role="báo cáo viên", phone=PHONE, phone_consent=True)
    for day in (3, 4):
        services.talks.add(
            held_on=dt.date(2026, 11, day),
            place="Nhà văn hoá ấp 1",
            format="meeting",
            topics=["Chuyển đổi số"],
            attendance=30,
            presenters=f"{NAME}, Lê Văn Tám",
        )
    assert services.force.list()[0].talks == 2
    left = services.force.edit(m.id, status="left")
    assert left.status is MemberStatus.LEFT and left.status_since == dt.date(2026, 11, 20)
    assert services.force.remove(m.id) == 2
    assert copies_of(services, m.id, NAME) == 0 and copies_of(services, m.id, PHONE) == 0
    talks = services.talks.list()
    assert len(talks) == 2 and all("(thành viên đã xoá), Lê Văn Tám" == t.presenters for t in talks)
    assert services.force.list() == []
    with pytest.raises(NotFoundError):
        services.force.get(m.id)


def test_trainings_conferences_and_the_untrained_this_year(services):
    a = services.force.add(name="Nguyễn Văn An", role="báo cáo viên")
    b = services.force.add(name="Bùi Thị Bình", role="tuyên truyền viên")
    services.force.add(name="Cao Văn Cường", role="tuyên truyền viên", status="paused")
    services.force.add_training(
        a.id,
        name="Bồi dưỡng báo cáo viên",
        organiser="Trung tâm chính trị",
        start="10/03/2026",
        end="12/03/2026",
        result="Giỏi",
        certificate="CC-01",
    )
    services.force.add_training(b.id, name="Tập huấn 2025", start="01/06/2025")
    untrained = services.force.list(untrained_this_year=True)
    assert [r.member.name for r in untrained] == ["Bùi Thị Bình"]  # the paused one is not called down
    assert services.force.list()[2].last_trained == dt.date(2026, 3, 12)
    with pytest.raises(ValidationError) as err:
        services.force.add_training(a.id, name="Lớp", start="12/03/2026", end="10/03/2026")
    assert err.value.field == "end"
    c = services.force.add_conference(
        held_on="15/10/2026",
        topic="Hội nghị báo cáo viên tháng 10",
        connection_point="Hội trường UBND xã",
        attendee_ids=[a.id, b.id],
    )
    assert services.force.conferences() == [c] and c.attendee_ids == (a.id, b.id)
    with pytest.raises(NotFoundError):
        services.force.add_conference(held_on="15/10/2026", topic="X", attendee_ids=["nobody"])


def test_presenters_offered_to_the_talk_form_are_the_active_members(services):
    services.force.add(name="Nguyễn Văn An", role="báo cáo viên")
    services.force.add(name="Cao Văn Cường", role="tuyên truyền viên", status="paused")
    assert services.force.presenter_names() == ["Nguyễn Văn An"]
