"""Migration ``0011_channels``: the channels a unit runs online and what is counted on them (issue 15).

``channels`` and ``channel_snapshots`` (followers or members per month) are synced records: they
travel up in log bundles. ``channel_posts`` (a fanpage post's lifetime figures as of the day Meta
exported them) and ``channel_days`` (a page's daily series) stay on the machine that imported them.
``talks.channel_id`` names the channel a posted talk went out on.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0011_channels"

SQL = """
        CREATE TABLE channels (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            unit_code TEXT NOT NULL,
            platform TEXT NOT NULL,
            name TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            admin_name TEXT NOT NULL DEFAULT '',
            admin_member_id TEXT,
            official INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX channels_unit ON channels(unit_code, platform);
        CREATE INDEX channels_hlc ON channels(owner_unit, hlc);
        CREATE TABLE channel_snapshots (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            channel_id TEXT NOT NULL,
            month TEXT NOT NULL,
            followers INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX channel_snapshots_channel ON channel_snapshots(channel_id, month);
        CREATE INDEX channel_snapshots_hlc ON channel_snapshots(owner_unit, hlc);
        CREATE TABLE channel_posts (
            channel_id TEXT NOT NULL,
            post_id TEXT NOT NULL,
            published_at TEXT NOT NULL,
            permalink TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            views INTEGER NOT NULL DEFAULT 0,
            reach INTEGER NOT NULL DEFAULT 0,
            reactions INTEGER NOT NULL DEFAULT 0,
            comments INTEGER NOT NULL DEFAULT 0,
            shares INTEGER NOT NULL DEFAULT 0,
            as_of TEXT NOT NULL,
            talk_id TEXT,
            PRIMARY KEY (channel_id, post_id)
        );
        CREATE TABLE channel_days (
            channel_id TEXT NOT NULL,
            metric TEXT NOT NULL,
            day TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (channel_id, metric, day)
        );
        ALTER TABLE talks ADD COLUMN channel_id TEXT;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
