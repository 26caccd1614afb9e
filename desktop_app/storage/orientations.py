"""The orientations table (topics an aggregator sets for a period) and the talks' topics a
coverage count reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from ..core.orientation import OrientationTopic, Priority
from .sql_parts import chunks
from .store import Store

_COLUMNS = "id, owner_unit, hlc, deleted, period, topic, priority, due_on, document_ids, formats, extra"


def _topic(row: Sequence[Any]) -> OrientationTopic:
    return OrientationTopic(
        id=row[0],
        owner_unit=row[1],
        hlc=row[2],
        deleted=bool(row[3]),
        period=row[4],
        topic=row[5],
        priority=Priority(row[6]),
        due_on=row[7],
        document_ids=tuple(orjson.loads(row[8])),
        formats=tuple(orjson.loads(row[9])),
        extra=orjson.loads(row[10] or "{}"),
    )


def save(db: Store, topic: OrientationTopic) -> OrientationTopic:
    with db.atomic():
        db.execute(
            f"INSERT OR REPLACE INTO orientations ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                topic.id,
                topic.owner_unit,
                topic.hlc,
                int(topic.deleted),
                topic.period,
                topic.topic,
                topic.priority.value,
                topic.due_on,
                orjson.dumps(list(topic.document_ids)).decode(),
                orjson.dumps(list(topic.formats)).decode(),
                orjson.dumps(topic.extra).decode(),
            ),
        )
    return topic


def listed(db: Store, period: str | None = None) -> list[OrientationTopic]:
    """The live topics, of one period or of all, high priority first within a period."""
    where = "deleted = 0" + (" AND period = ?" if period else "")
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM orientations WHERE {where} ORDER BY period DESC, priority = 'high' DESC, topic, id",
        (period,) if period else (),
    ).fetchall()
    return [_topic(r) for r in rows]


def talk_topics(db: Store, units: Sequence[str], start: str, end: str) -> dict[str, list[list[str]]]:
    """Each unit's talks held from ``start`` to ``end`` (inclusive), as their lists of topics."""
    out: dict[str, list[list[str]]] = {}
    for part in chunks(list(units)):
        marks = ",".join("?" * len(part))
        for unit, topics in db.execute(
            f"SELECT unit_code, topics FROM talks WHERE deleted = 0 AND held_on BETWEEN ? AND ? "
            f"AND unit_code IN ({marks})",
            (start, end, *part),
        ):
            out.setdefault(unit, []).append(orjson.loads(topics))
    return out
