"""Migration ``0010_force``: the outreach force (issue 15): its members, their training courses and
the periodic báo cáo viên conferences, versioned like every synced record so a unit's roster can
travel up in its log bundles. A member's phone is personal data, kept only with consent.

Frozen once released: the SQL here is the text this migration ran. Never edit it then; change the
schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0010_force"

SQL = """
        CREATE TABLE force_members (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            unit_code TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT '',
            decision_number TEXT NOT NULL DEFAULT '',
            decision_date TEXT,
            decision_body TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            status_since TEXT,
            expertise TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '[]',
            phone TEXT NOT NULL DEFAULT '',
            phone_consent INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX force_members_unit ON force_members(unit_code, deleted);
        CREATE INDEX force_members_hlc ON force_members(owner_unit, hlc);
        CREATE TABLE force_trainings (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            member_id TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            organiser TEXT NOT NULL DEFAULT '',
            start TEXT,
            end TEXT,
            result TEXT NOT NULL DEFAULT '',
            certificate TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX force_trainings_member ON force_trainings(member_id);
        CREATE INDEX force_trainings_hlc ON force_trainings(owner_unit, hlc);
        CREATE TABLE force_conferences (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            unit_code TEXT NOT NULL,
            held_on TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            connection_point TEXT NOT NULL DEFAULT '',
            attendee_ids TEXT NOT NULL DEFAULT '[]',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX force_conferences_unit ON force_conferences(unit_code, held_on);
        CREATE INDEX force_conferences_hlc ON force_conferences(owner_unit, hlc);
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
