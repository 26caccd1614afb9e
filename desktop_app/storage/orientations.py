"""The orientations table (topics an aggregator sets for a period) and the talks' topics a
coverage count reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from ..core.orientation import KeyDate, OrientationTopic, Priority, key_date_from_wire
from .sql_parts import chunks
from .store import Store
from .synced import unit_subtree

_COLUMNS = "id, owner_unit, hlc, deleted, period, topic, priority, due_on, document_ids, formats, key_dates, extra"


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
        key_dates=_key_dates(row[10]),
        extra=orjson.loads(row[11] or "{}"),
    )


def _key_dates(stored: str | None) -> tuple[KeyDate, ...]:
    """NULL (a row from before key dates) is none; the importer let through only valid ones."""
    found = (key_date_from_wire(text) for text in orjson.loads(stored or "[]"))
    return tuple(k for k in found if k is not None)


def save(db: Store, topic: OrientationTopic) -> OrientationTopic:
    with db.atomic():
        db.execute(
            f"INSERT OR REPLACE INTO orientations ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
                orjson.dumps([k.wire for k in topic.key_dates]).decode(),
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


def talk_topics(db: Store, root: str, start: str, end: str) -> list[list[str]]:
    """The topics of each talk held from ``start`` to ``end`` (inclusive) at ``root`` or under it.
    Reads only units and talks (the national list is loaded at set-up): a commune's home shows this
    before the start-up health check, which must be the one to report a damaged settings table."""
    out: list[list[str]] = []
    for part in chunks(list(unit_subtree(db, root))):
        marks = ",".join("?" * len(part))
        for (topics,) in db.execute(
            f"SELECT topics FROM talks WHERE deleted = 0 AND held_on BETWEEN ? AND ? AND unit_code IN ({marks})",
            (start, end, *part),
        ):
            out.append(orjson.loads(topics))
    return out


def document_titles(db: Store, ids: Sequence[str]) -> dict[str, str]:
    """The titles of those of ``ids`` that are in the library here (a pack may not have carried them)."""
    titles: dict[str, str] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(part))
        rows = db.execute(f"SELECT id, title FROM documents WHERE deleted = 0 AND id IN ({marks})", tuple(part))
        titles.update({doc_id: title for doc_id, title in rows})
    return titles
