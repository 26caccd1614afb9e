"""Vietnam time: every date and time shown to a user, in the window, the CLI and the reports, is in
Vietnam's zone (UTC+7, no daylight saving) whatever zone the computer is set to; files and the
database keep UTC. A computer set to Vietnam's zone shows the same as its own clock."""

from __future__ import annotations

import datetime as dt

VN_TZ = dt.timezone(dt.timedelta(hours=7))


def parse_utc(stamp: str) -> dt.datetime | None:
    """A stored ISO time (``…Z`` or with an offset; UTC when it has none), or None if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def shown_time(stamp: str | None, missing: str = "—") -> str:
    """A stored time as dd/MM/yyyy HH:mm in Vietnam time; an unreadable one as it was written."""
    if not stamp:
        return missing
    moment = parse_utc(stamp)
    return moment.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M") if moment else stamp


def shown_date(stamp: str | None, missing: str = "—") -> str:
    """A stored time as the dd/MM/yyyy it was in Vietnam."""
    day = vn_day(stamp) if stamp else None
    return f"{day:%d/%m/%Y}" if day else (stamp[:10] if stamp else missing)


def vn_day(stamp: str) -> dt.date | None:
    """The day a stored time fell on in Vietnam."""
    moment = parse_utc(stamp)
    return moment.astimezone(VN_TZ).date() if moment else None


def vn_now() -> dt.datetime:
    return dt.datetime.now(VN_TZ)


def vn_at(ms: int) -> dt.datetime:
    """A moment given as milliseconds since the epoch (what the installation's clock reads), in
    Vietnam time."""
    return dt.datetime.fromtimestamp(ms / 1000, VN_TZ)
