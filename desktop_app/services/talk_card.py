"""The talk preparation card's contents (``services.assistant.talk_card``): gathered from the
library, the talk log and the group, for one topic and one audience group."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from ..core.filters import DocumentFilter
from ..core.topics import matched_topics
from ..reports.card_model import CardConcern, CardDocument, LastTalk, TalkCard
from ..storage import card_figures
from ..storage import records_repo as repo

if TYPE_CHECKING:
    from .assistant import AssistantService
    from .session import Session

CARD_DOCUMENTS = 3  # the topic's documents a card draws key points from: required first, then newest
CARD_POINTS = 4  # key points taken from each
RECENT_DAYS = 365  # concerns raised within this many days count as recent


def known_topic(session: Session, typed: str) -> str:
    """The library's spelling of a typed topic; refused when no talk or document uses it."""
    names = [t.name for t in repo.list_topics(session.db)]
    topic = matched_topics([typed], names)[0] if typed.strip() else ""
    if topic not in names:
        raise ValidationError(
            f"Chưa có chuyên đề “{typed}” trong thư viện hay nhật ký. Chọn một chuyên đề đã có.",
            f"unknown topic {typed!r}",
            field="topics",
        )
    return topic


def build_card(assistant: AssistantService, session: Session, typed_topic: str, group_id: str) -> TalkCard:
    topic = known_topic(session, typed_topic)
    group = repo.get_group(session.db, group_id)
    if group.deleted:
        raise ValidationError("Nhóm này đã bị xoá.", f"group {group_id} is deleted", field="group_ids")
    today = session.today
    docs = repo.list_documents(session.db, DocumentFilter(topic=topic, valid_on=today), limit=CARD_DOCUMENTS)
    card_docs = []
    for doc in docs:
        shown = assistant.key_points(doc, CARD_POINTS)
        card_docs.append(CardDocument(doc.title, shown.source, shown.points[:CARD_POINTS]))
    since = today - dt.timedelta(days=RECENT_DAYS)
    concerns = tuple(CardConcern(*row) for row in card_figures.concern_themes(session.db, group.id, since, today))
    last = card_figures.last_talk_on(session.db, group.id, repo.topic_id(topic), today)
    sessions, attendance = card_figures.group_figures(session.db, group.id, dt.date(today.year, 1, 1), today)
    return TalkCard(
        topic=topic,
        group_name=group.name,
        group_kind=group.kind,
        group_size=group.size,
        made_on=today,
        documents=tuple(card_docs),
        concerns=concerns,
        concerns_since=since,
        last_talk=LastTalk(*last) if last else None,
        year_sessions=sessions,
        year_attendance=attendance,
    )
