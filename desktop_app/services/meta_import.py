"""Importing a fanpage's Meta Business Suite exports: per-post lifetime figures upserted by post
id with the day they were exported, the page's daily series, and the posts linked to the unit's
"fanpage post" talks (matched, or created when the user says so).

The preview is the import itself inside a transaction that is rolled back, so its counts are the
import's (the same rule as the bundle importer's)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.channels import Channel, MetaPost, PostFigures
from ..core.enums import Platform, TalkFormat
from ..core.errors import ValidationError
from ..core.meta_export import PageSeries, read_export, refused
from ..core.records import OnlineReach
from ..core.text import fold
from ..core.vntime import vn_at
from ..storage import channels as repo
from ..storage.merge import rolled_back
from .session import Session

MAX_FILE_BYTES = 64 * 1024 * 1024  # a year of a busy page's posts is a few MB


@dataclass(frozen=True)
class MetaImport:
    """What an import did (or, on a dry run, would do); ``totals`` are the channel's figures after it."""

    channel_id: str
    channel_name: str
    posts: int
    new: int
    updated: int
    unchanged: int
    older: int
    as_of: dt.date
    totals: PostFigures
    series: tuple[tuple[str, int], ...]  # (metric, days) of each daily series read
    talks_matched: int
    talks_created: int
    posts_without_talk: int
    dry_run: bool


def import_meta(
    session: Session,
    paths: Sequence[Path],
    channel_id: str | None,
    as_of: dt.date | None,
    create_talks: bool,
    dry_run: bool,
) -> MetaImport:
    """Every file is read and checked before anything is written; one bad file refuses the batch."""
    posts: list[MetaPost] = []
    series: list[PageSeries] = []
    newest_file = dt.date.min
    for path in paths:
        data, modified = _read(path)
        newest_file = max(newest_file, modified)
        export = read_export(path.name, data)
        if isinstance(export, PageSeries):
            series.append(export)
        else:
            posts += export.posts
    channel = _channel(session, channel_id)
    if as_of is None:  # the day the administrator downloaded the files (never before the newest post)
        as_of = max([newest_file, *(p.published_at.date() for p in posts)])
    with rolled_back(session.db) if dry_run else session.db.atomic():
        counts = repo.upsert_posts(session.db, channel.id, posts, as_of)
        for one in series:
            repo.save_days(session.db, channel.id, one.metric, one.days)
        matched, created, unlinked = _link_talks(session, channel, posts, create_talks)
        count, totals, _newest = repo.post_totals(session.db, channel.id)
    return MetaImport(
        channel.id,
        channel.name,
        len({p.post_id for p in posts}),
        counts.new,
        counts.updated,
        counts.unchanged,
        counts.older,
        as_of,
        totals,
        tuple((s.metric, len(s.days)) for s in series),
        matched,
        created,
        unlinked,
        dry_run,
    )


def _read(path: Path) -> tuple[bytes, dt.date]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refused(path.name, "tệp quá lớn để là tệp Meta xuất ra.", f"{size} bytes")
        return path.read_bytes(), vn_at(int(path.stat().st_mtime * 1000)).date()
    except OSError as exc:
        raise refused(path.name, "không mở được tệp.", str(exc)) from None


def _channel(session: Session, channel_id: str | None) -> Channel:
    here = session.installation.unit_code
    if channel_id:
        channel = repo.get_channel(session.db, channel_id)
        if channel.owner_unit != here or channel.platform is not Platform.FANPAGE:
            raise ValidationError(
                f"Kênh “{channel.name}” không phải fanpage của đơn vị này: chỉ nhập được số liệu Meta vào fanpage "
                "do máy này quản lý.",
                f"channel {channel.id} is {channel.platform.value} owned by {channel.owner_unit}",
                field="channel_id",
            )
        return channel
    pages = [
        c
        for c in repo.list_channels(session.db, session.own_units())
        if c.platform is Platform.FANPAGE and c.owner_unit == here
    ]
    if len(pages) != 1:
        raise ValidationError(
            "Chưa có fanpage nào: hãy thêm fanpage trước (Kênh mới; trên dòng lệnh: sotay channels add)."
            if not pages
            else f"Đơn vị có {len(pages)} fanpage: hãy chọn fanpage nhận số liệu (chọn trong danh sách kênh; "
            "trên dòng lệnh: --channel MÃ).",
            f"{len(pages)} fanpage channels, --channel needed",
            field="channel_id",
        )
    return pages[0]


def _link_talks(session: Session, channel: Channel, posts: Sequence[MetaPost], create: bool) -> tuple[int, int, int]:
    """Each post's talk: one of the unit's "fanpage post" talks of the same day naming its link or
    its opening words (or the only one that day, for the only post that day), else a new talk when
    ``create``. A linked talk takes the post's figures and the channel."""
    from .talks import TalkService

    talks = TalkService(session)
    unique = list({p.post_id: p for p in posts}.values())
    linked = {row[0]: row[4] for row in repo.posts(session.db, channel.id) if row[4]}
    candidates: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for found, day, notes, talk_channel in repo.posted_talks(
        session.db,
        channel.unit_code,
        session.installation.unit_code,
        [p.published_at.date().isoformat() for p in unique],
    ):
        if talk_channel in (None, channel.id) and found not in linked.values():
            candidates[day].append((found, fold(notes)))
    per_day: defaultdict[dt.date, int] = defaultdict(int)
    for post in unique:
        per_day[post.published_at.date()] += 1
    matched = created = unlinked = 0
    for post in unique:
        talk_id = linked.get(post.post_id) or _match(post, candidates[post.published_at.date().isoformat()], per_day)
        reach = OnlineReach(post.figures.views, post.figures.reactions, post.figures.shares, post.figures.comments)
        if talk_id:
            talk = talks.get(talk_id)
            if talk.deleted:  # the talk was deleted since: the post stays counted, the talk stays gone
                unlinked += 1
                continue
            online = dataclasses.replace(reach, points=talk.online.points)
            if talk.online != online or talk.channel_id != channel.id:
                talks.save(dataclasses.replace(talk, online=online, channel_id=channel.id))
            matched += post.post_id not in linked
        elif create:
            talk_id = talks.add(
                format=TalkFormat.FANPAGE_POST,
                held_on=post.published_at.date(),
                start_time=post.published_at.strftime("%H:%M"),
                unit_code=channel.unit_code,
                online=reach,
                notes="\n".join(x for x in (post.title[:2000], post.permalink) if x),
                channel_id=channel.id,
            ).id
            created += 1
        else:
            unlinked += 1
            continue
        repo.link_post(session.db, channel.id, post.post_id, talk_id)
    return matched, created, unlinked


def _match(post: MetaPost, candidates: list[tuple[str, str]], per_day: dict[dt.date, int]) -> str | None:
    opening = fold(post.title)[:40].strip()
    for i, (talk_id, notes) in enumerate(candidates):
        if (post.permalink and fold(post.permalink) in notes) or (len(opening) >= 10 and opening in notes):
            del candidates[i]
            return talk_id
    if len(candidates) == 1 and per_day[post.published_at.date()] == 1:
        return candidates.pop()[0]
    return None
