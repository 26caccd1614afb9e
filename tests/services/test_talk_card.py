"""The talk preparation card for a known demo topic and group: its figures equal direct SQL, its
key points come from the topic's documents (the issuer's first, else accepted, else a marked draft),
concerns are themes and counts only; refusals are worded."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.reports.card_model import DRAFT_MARK, sections
from tests.conftest import TODAY

TOPIC = "Phòng, chống lừa đảo qua mạng"


def group_id(services, name: str) -> str:
    return next(g.id for g in services.groups.list() if g.name == name)


def sql(services, query: str, *params: object) -> list[tuple]:
    return services.session.db.execute(query, list(params)).fetchall()


def test_the_cards_figures_equal_direct_sql(demo_services):
    gid = group_id(demo_services, "Ấp Tân Mỹ")
    card = demo_services.assistant.talk_card("phong chong lua dao qua mang", gid)
    assert card.topic == TOPIC and card.group_name == "Ấp Tân Mỹ" and card.made_on == TODAY
    in_group = "deleted = 0 AND id IN (SELECT talk_id FROM talk_groups WHERE group_id = ?)"
    [(sessions, attendance)] = sql(
        demo_services,
        f"SELECT count(*), coalesce(sum(attendance), 0) FROM talks WHERE {in_group} AND held_on >= '2026-01-01' "
        "AND held_on <= ?",
        gid,
        TODAY.isoformat(),
    )
    assert (card.year_sessions, card.year_attendance) == (sessions, attendance) and sessions > 0
    last = sql(
        demo_services,
        f"SELECT held_on, format, attendance FROM talks WHERE {in_group} AND held_on <= ? AND id IN "
        "(SELECT talk_id FROM talk_topics WHERE topic_id = 'phong, chong lua dao qua mang') "
        "ORDER BY held_on DESC LIMIT 1",
        gid,
        TODAY.isoformat(),
    )
    if last:
        assert card.last_talk is not None
        assert (card.last_talk.held_on.isoformat(), card.last_talk.format.value, card.last_talk.attendance) == last[0]
    else:
        assert card.last_talk is None
    since = (TODAY - dt.timedelta(days=365)).isoformat()
    rows = sql(
        demo_services,
        f"SELECT question_themes, follow_up_status FROM talks WHERE {in_group} AND held_on BETWEEN ? AND ?",
        gid,
        since,
        TODAY.isoformat(),
    )
    expected: dict[str, list[int]] = {}
    for themes, status in rows:
        for theme in set(orjson.loads(themes)):
            c = expected.setdefault(theme, [0, 0, 0])
            c[0] += 1
            c[1] += status == "open"
            c[2] += status == "done"
    assert {c.theme: [c.talks, c.open, c.done] for c in card.concerns} == expected and expected


def test_key_points_come_from_the_topics_documents_issuers_first(demo_services):
    card = demo_services.assistant.talk_card(TOPIC, group_id(demo_services, "Ấp Tân Mỹ"))
    [doc] = card.documents
    assert doc.source == "document"
    assert doc.points == (
        "Giả danh công an, tòa án gọi điện",
        "Đường link lạ, ứng dụng giả mạo",
        "Không chuyển tiền cho người lạ",
    )


def test_a_document_without_key_points_is_drafted_and_marked(demo_services):
    doc = demo_services.library.add_document(
        title="Cảnh báo lừa đảo đầu tư tiền ảo",
        topics=[TOPIC],
        body="Người dân tuyệt đối không tham gia các sàn đầu tư tiền ảo hứa lãi cao. "
        "Mọi nghi vấn báo ngay cho công an xã.",
    )
    card = demo_services.assistant.talk_card(TOPIC, group_id(demo_services, "Hội Nông dân xã"))
    drafted = next(d for d in card.documents if d.title == doc.title)
    assert drafted.source == "draft" and drafted.points
    lines = [text for section in sections(card) for _kind, text in section.lines]
    assert f"{doc.title} ({DRAFT_MARK})" in lines
    demo_services.assistant.accept_key_points(doc.id, ["Không tham gia sàn tiền ảo"])
    card = demo_services.assistant.talk_card(TOPIC, group_id(demo_services, "Hội Nông dân xã"))
    accepted = next(d for d in card.documents if d.title == doc.title)
    assert accepted.source == "accepted" and accepted.points == ("Không tham gia sàn tiền ảo",)


def test_concerns_carry_no_person_and_no_free_text(demo_services):
    card = demo_services.assistant.talk_card(TOPIC, group_id(demo_services, "Ấp Tân Mỹ"))
    text = " ".join(text for section in sections(card) for _kind, text in section.lines)
    free_texts = [r[0] for r in sql(demo_services, "SELECT questions_text FROM talks WHERE questions_text != ''")]
    presenters = {r[0] for r in sql(demo_services, "SELECT presenters FROM talks WHERE presenters != ''")}
    assert not any(q in text for q in free_texts) and not any(p in text for p in presenters)


def test_refusals(demo_services, tmp_path):
    gid = group_id(demo_services, "Ấp Tân Mỹ")
    with pytest.raises(ValidationError, match="Chưa có chuyên đề"):
        demo_services.assistant.talk_card("Không có chuyên đề này", gid)
    with pytest.raises(NotFoundError, match="Không tìm thấy nhóm"):
        demo_services.assistant.talk_card(TOPIC, "no-such-group")
    card = demo_services.assistant.talk_card(TOPIC, gid)
    with pytest.raises(ValidationError, match="Khổ giấy"):
        demo_services.assistant.save_card(card, tmp_path / "x.pdf", "pdf", "a3")
    with pytest.raises(ValidationError, match="Định dạng"):
        demo_services.assistant.save_card(card, tmp_path / "x.odt", "odt")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.odt").exists()
