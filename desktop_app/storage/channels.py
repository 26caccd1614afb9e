"""The channels table and what is counted on a channel: monthly snapshots (synced), a fanpage's
posts with their lifetime figures and its daily series (both kept on this machine)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from ..core.channels import Channel, ChannelSnapshot, MetaPost, PostFigures
from ..core.enums import Platform
from ..core.errors import NotFoundError
from .sql_parts import chunks
from .store import Store

_CHANNEL_COLUMNS = (
    "id, owner_unit, hlc, deleted, unit_code, platform, name, url, admin_name, admin_member_id, official, notes, extra"
)
_FIGURES = "views, reach, reactions, comments, shares"


@dataclass(frozen=True)
class PostCounts:
    """What an import of per-post figures did: rows new, replaced by a newer export, unchanged,
    and rows older than the figures already held (kept as they were)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0


def _when() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _channel(row: Sequence[Any]) -> Channel:
    return Channel(
        id=row[0],
        owner_unit=row[1],
        hlc=row[2],
        deleted=bool(row[3]),
        unit_code=row[4],
        platform=Platform(row[5]),
        name=row[6],
        url=row[7],
        admin_name=row[8],
        admin_member_id=row[9],
        official=bool(row[10]),
        notes=row[11],
        extra=orjson.loads(row[12] or "{}"),
    )


def save_channel(db: Store, channel: Channel) -> Channel:
    """Write this installation's channel, keeping the version it replaces in history."""
    from .merge import keep_replaced

    values = [
        channel.id,
        channel.owner_unit,
        channel.hlc,
        int(channel.deleted),
        channel.unit_code,
        channel.platform.value,
        channel.name,
        channel.url,
        channel.admin_name,
        channel.admin_member_id,
        int(channel.official),
        channel.notes,
        orjson.dumps(channel.extra, option=orjson.OPT_SORT_KEYS).decode(),
    ]
    with db.atomic():
        keep_replaced(db, "channels", "id", [channel.id], "edit", _when())
        db.execute(
            f"INSERT OR REPLACE INTO channels({_CHANNEL_COLUMNS}) VALUES ({','.join('?' * len(values))})", values
        )
    return get_channel(db, channel.id)


def get_channel(db: Store, channel_id: str) -> Channel:
    row = db.execute(f"SELECT {_CHANNEL_COLUMNS} FROM channels WHERE id = ? AND deleted = 0", [channel_id]).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy kênh {channel_id}.", f"no channel {channel_id!r}")
    return _channel(row)


def list_channels(db: Store, unit_codes: Sequence[str]) -> list[Channel]:
    """The channels of ``unit_codes``, by unit, platform and name."""
    found: list[Channel] = []
    for chunk in chunks(list(unit_codes)):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT {_CHANNEL_COLUMNS} FROM channels WHERE deleted = 0 AND unit_code IN ({marks})", chunk
        ).fetchall()
        found += [_channel(r) for r in rows]
    return sorted(found, key=lambda c: (c.unit_code, c.platform.value, c.name.casefold()))


def save_snapshot(db: Store, snapshot: ChannelSnapshot) -> None:
    from .merge import keep_replaced

    with db.atomic():
        keep_replaced(db, "channel_snapshots", "id", [snapshot.id], "edit", _when())
        db.execute(
            "INSERT OR REPLACE INTO channel_snapshots(id, owner_unit, hlc, deleted, channel_id, month, followers, "
            "extra) VALUES (?, ?, ?, ?, ?, ?, ?, '{}')",
            [
                snapshot.id,
                snapshot.owner_unit,
                snapshot.hlc,
                int(snapshot.deleted),
                snapshot.channel_id,
                snapshot.month,
                snapshot.followers,
            ],
        )


def snapshots(db: Store, channel_id: str) -> list[ChannelSnapshot]:
    """A channel's monthly counts, oldest first."""
    rows = db.execute(
        "SELECT id, owner_unit, hlc, channel_id, month, followers FROM channel_snapshots "
        "WHERE channel_id = ? AND deleted = 0 ORDER BY month",
        [channel_id],
    ).fetchall()
    return [ChannelSnapshot(*r) for r in rows]


def upsert_posts(db: Store, channel_id: str, posts: Sequence[MetaPost], as_of: dt.date) -> PostCounts:
    """Lifetime figures replace what an older export said of the same post, never add to it; an
    export older than the figures held leaves them as they are."""
    held = {}
    ids = [p.post_id for p in posts]
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT post_id, as_of, {_FIGURES} FROM channel_posts WHERE channel_id = ? AND post_id IN ({marks})",
            [channel_id, *chunk],
        ):
            held[row[0]] = (row[1], PostFigures(*row[2:]))
    day = as_of.isoformat()
    new = updated = unchanged = older = 0
    writes = []
    for post in {p.post_id: p for p in posts}.values():
        before = held.get(post.post_id)
        if before is None:
            new += 1
        elif before[0] > day:
            older += 1
            continue
        elif before[1] == post.figures:
            unchanged += 1
        else:
            updated += 1
        f = post.figures
        writes.append(
            [
                channel_id,
                post.post_id,
                post.published_at.isoformat(timespec="minutes"),
                post.permalink,
                post.title,
                f.views,
                f.reach,
                f.reactions,
                f.comments,
                f.shares,
                day,
            ]
        )
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO channel_posts(channel_id, post_id, published_at, permalink, title, "
            f"{_FIGURES}, as_of) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(channel_id, post_id) DO UPDATE SET "
            "published_at = excluded.published_at, permalink = excluded.permalink, title = excluded.title, "
            "views = excluded.views, reach = excluded.reach, reactions = excluded.reactions, "
            "comments = excluded.comments, shares = excluded.shares, as_of = excluded.as_of",
            writes,
        )
    return PostCounts(new, updated, unchanged, older)


def post_totals(db: Store, channel_id: str) -> tuple[int, PostFigures, str | None]:
    """How many posts are held for the channel, their figures summed, and the newest as-of date."""
    row = db.execute(
        f"SELECT count(*), {', '.join(f'coalesce(sum({c}), 0)' for c in _FIGURES.split(', '))}, max(as_of) "
        "FROM channel_posts WHERE channel_id = ?",
        [channel_id],
    ).fetchone()
    return row[0], PostFigures(*row[1:6]), row[6]


def posts(db: Store, channel_id: str) -> list[tuple[str, str, str, str, str | None]]:
    """(post id, published at, permalink, title, linked talk) of every post held, newest first."""
    rows = db.execute(
        "SELECT post_id, published_at, permalink, title, talk_id FROM channel_posts WHERE channel_id = ? "
        "ORDER BY published_at DESC",
        [channel_id],
    ).fetchall()
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def link_post(db: Store, channel_id: str, post_id: str, talk_id: str) -> None:
    db.execute(
        "UPDATE channel_posts SET talk_id = ? WHERE channel_id = ? AND post_id = ?", [talk_id, channel_id, post_id]
    )


def save_days(db: Store, channel_id: str, metric: str, days: Sequence[tuple[dt.date, int]]) -> int:
    """A page's daily series: a day exported again takes the newer file's value."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO channel_days(channel_id, metric, day, value) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(channel_id, metric, day) DO UPDATE SET value = excluded.value",
            [(channel_id, metric, day.isoformat(), value) for day, value in days],
        )
    return len(days)


def posted_talks(db: Store, unit_code: str, owner: str, days: Sequence[str]) -> list[tuple[str, str, str, str | None]]:
    """(id, day, notes, channel) of the unit's fanpage-post talks written by ``owner`` and held on
    ``days`` (ISO dates), oldest written first."""
    found: list[tuple[str, str, str, str | None]] = []
    for chunk in chunks(sorted(set(days))):
        marks = ",".join("?" * len(chunk))
        found += db.execute(
            "SELECT id, held_on, notes, channel_id FROM talks WHERE deleted = 0 AND unit_code = ? "
            f"AND owner_unit = ? AND format = 'fanpage_post' AND held_on IN ({marks}) ORDER BY id",
            [unit_code, owner, *chunk],
        ).fetchall()
    return found


def figures_by_unit(
    db: Store, root: str, first_month: str, last_month: str
) -> list[tuple[str, str, str, int, int, int | None]]:
    """Per unit under ``root`` (``VN``: every unit) and platform: (unit, its name, platform, channels,
    followers at ``last_month``, growth since the month before ``first_month``). A channel counts its
    latest count up to ``last_month``; the growth adds up the channels counted on both sides (None
    when none was)."""
    tree = (
        "WITH RECURSIVE tree(code) AS (SELECT ? UNION "
        "SELECT u.code FROM units u JOIN tree ON u.parent_code = tree.code) "
        if root != "VN"
        else ""
    )
    rows = db.execute(
        f"{tree}SELECT c.id, c.unit_code, coalesce(u.name, c.unit_code), c.platform, s.month, s.followers "
        f"FROM channels c {'JOIN tree t ON t.code = c.unit_code ' if tree else ''}"
        "LEFT JOIN units u ON u.code = c.unit_code "
        "LEFT JOIN channel_snapshots s ON s.channel_id = c.id AND s.deleted = 0 AND s.month <= ? "
        "WHERE c.deleted = 0 ORDER BY c.id, s.month",
        ([root] if tree else []) + [last_month],
    ).fetchall()
    latest: dict[str, tuple[str, str, str, int, int | None]] = {}
    for cid, unit, name, platform, month, followers in rows:
        end = followers if month is not None else latest.get(cid, (unit, name, platform, 0, None))[3]
        before = latest.get(cid, (unit, name, platform, 0, None))[4]
        if month is not None and month < first_month:
            before = followers
        latest[cid] = (unit, name, platform, end or 0, before)
    out: dict[tuple[str, str], list[Any]] = {}
    for unit, name, platform, end, before in latest.values():
        row = out.setdefault((unit, platform), [unit, name, platform, 0, 0, None])
        row[3] += 1
        row[4] += end
        if before is not None:
            row[5] = (row[5] or 0) + end - before
    return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in out.values()]
