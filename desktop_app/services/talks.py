"""Talks (buổi tuyên truyền): made from loose fields, validated, versioned, tombstoned; likely
duplicates and the user's "không phải trùng" answers; the shared topic vocabulary a typed topic is
matched to; and the read views the window's lazy table and overview use."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import validation
from ..core.concern_themes import Suggestion, ThemeList
from ..core.concern_themes import theme_list as read_theme_list
from ..core.enums import FollowUpOutcome, FollowUpStatus, TalkFormat
from ..core.errors import NotFoundError, ValidationError
from ..core.filters import TalkFilter
from ..core.ids import uuid7
from ..core.records import Figures, OnlineReach, Talk
from ..core.talk_rules import is_exact_copy, is_likely_duplicate, same_place, with_derived_fields
from ..core.topic_vocabulary import VOCABULARY
from ..core.topics import matched_topics
from ..storage import overview, settings, theme_list
from ..storage import records_repo as repo
from ..storage import units as repo_units
from . import concern_themes
from .fields import check_own, cleaned, enum_value, stored_limits, unit_code
from .session import Session

if TYPE_CHECKING:
    from ..exchange.sendable import RecordProblem


# fields a form or command may leave out when it edits a talk: the stored values stay
KEPT_ON_EDIT = ("follow_up_status", "follow_up_outcome", "follow_up_resolved_on", "urgent")


class TalkService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def new(self, **fields: Any) -> Talk:
        """A talk record from loose fields (as a form or the command line gives them), validated."""
        session = self._session
        fields = cleaned(fields)
        if "held_on" in fields:
            fields["held_on"] = validation.parse_date("held_on", fields["held_on"])
        for day_field in ("follow_up_due", "follow_up_resolved_on"):
            if fields.get(day_field) is not None:
                fields[day_field] = validation.parse_date(day_field, fields[day_field])
        if isinstance(fields.get("follow_up_outcome"), str):
            fields["follow_up_outcome"] = enum_value(FollowUpOutcome, fields["follow_up_outcome"], "follow_up_outcome")
        if isinstance(fields.get("format"), str):
            fields["format"] = enum_value(TalkFormat, fields["format"], "format")
        if isinstance(fields.get("follow_up_status"), str):
            fields["follow_up_status"] = enum_value(FollowUpStatus, fields["follow_up_status"], "follow_up_status")
        if fields.get("topics"):
            fields["topics"] = matched_topics(fields["topics"], self.topic_choices())
        if isinstance(fields.get("online"), dict):
            fields["online"] = OnlineReach(**fields["online"])
        fields.setdefault("format", TalkFormat.MEETING)
        fields["unit_code"] = unit_code(session, fields.get("unit_code"))
        fields.setdefault("held_on", session.today)
        if fields.get("id"):
            fields = {**self._stored_follow_up(fields["id"]), **fields}
        talk = Talk(id=fields.pop("id", None) or uuid7(), owner_unit=session.installation.unit_code, hlc="", **fields)
        return validation.validate_talk(with_derived_fields(talk), session.today, stored_limits(session))

    def save(self, talk: Talk) -> Talk:
        session = self._session
        talk = validation.validate_talk(with_derived_fields(talk), session.today, stored_limits(session))
        check_own(session, talk.owner_unit)
        if talk.unit_code not in session.own_units():
            here = repo_units.get(session.db, session.installation.unit_code)
            raise ValidationError(
                f"Đơn vị {talk.unit_code} không thuộc {here.name}.",
                f"unit {talk.unit_code} is outside this installation",
                field="unit_code",
            )
        return repo.save_talk(session.db, dataclasses.replace(talk, hlc=session.next_version()))

    def _stored_follow_up(self, talk_id: str) -> dict[str, Any]:
        """What an edited talk keeps unless the editor gives it: its follow-up state (done stays
        done), how it ended, and its urgent mark."""
        try:
            talk = repo.get_talk(self._session.db, talk_id)
        except NotFoundError:
            return {}
        return {name: getattr(talk, name) for name in KEPT_ON_EDIT}

    def add(self, **fields: Any) -> Talk:
        return self.save(self.new(**fields))

    def delete(self, talk_id: str) -> Talk:
        """A tombstone, so the deletion travels to the aggregator; ``restore`` undoes it."""
        talk = repo.get_talk(self._session.db, talk_id)
        check_own(self._session, talk.owner_unit)
        return repo.save_talk(
            self._session.db, dataclasses.replace(talk, deleted=True, hlc=self._session.next_version())
        )

    def restore(self, talk_id: str) -> Talk:
        talk = repo.get_talk(self._session.db, talk_id)
        return repo.save_talk(
            self._session.db, dataclasses.replace(talk, deleted=False, hlc=self._session.next_version())
        )

    def problems(self, talk_id: str) -> builtins.list[RecordProblem]:
        """The fields of a stored talk that a receiver would refuse (saved by an older version,
        before the shared rules): what stops the next export, to mark in its form."""
        from ..exchange.export import record_problems

        return record_problems(self._session.db, "talks", talk_id)

    def get(self, talk_id: str) -> Talk:
        return repo.get_talk(self._session.db, talk_id)

    def list(
        self,
        flt: TalkFilter | None = None,
        limit: int = -1,
        offset: int = 0,
        sort: str = "date",
        descending: bool = True,
    ) -> builtins.list[Talk]:
        return repo.list_talks(self._session.db, flt or TalkFilter(), limit, offset, sort, descending)

    def similar(self, talk: Talk, limit: int = 3) -> builtins.list[Talk]:
        """Talks of the same day that are likely this one logged again (exact copies first, then the
        same place, then the newest), leaving out those the user said are not the same."""
        apart = self._not_duplicates()
        found = [
            other
            for other in repo.talks_on_day(self._session.db, talk.held_on, talk.unit_code)
            if is_likely_duplicate(talk, other) and _pair(talk.id, other.id) not in apart
        ]
        found.sort(key=lambda other: (not is_exact_copy(talk, other), not same_place(talk.place, other.place)))
        return found[:limit]

    def mark_not_duplicate(self, talk_id: str, other_ids: builtins.list[str]) -> None:
        """Remember the user's "không phải trùng": the pair is not offered as a duplicate again."""
        pairs = [p for p in self._not_duplicates_list() if p not in {_pair(talk_id, o) for o in other_ids}]
        pairs += [_pair(talk_id, o) for o in other_ids]
        settings.put(self._session.db, NOT_DUPLICATES_KEY, [list(p) for p in pairs[-NOT_DUPLICATES_KEPT:]])

    def _not_duplicates_list(self) -> builtins.list[tuple[str, str]]:
        return [(a, b) for a, b in settings.get(self._session.db, NOT_DUPLICATES_KEY, [])]

    def _not_duplicates(self) -> set[tuple[str, str]]:
        return set(self._not_duplicates_list())

    def topic_choices(self) -> builtins.list[str]:
        """Topics to offer, the shared vocabulary first: the shipped list, then topics sent down from
        above, then this installation's own, each by name."""
        session = self._session
        topics = repo.list_topics(session.db)
        listed = list(VOCABULARY)
        seen = {repo.topic_id(n) for n in listed}
        own = set(session.own_units()) if session.initialised else set()
        from_above = [t.name for t in topics if t.owner_unit not in own and t.id not in seen]
        seen |= {repo.topic_id(n) for n in from_above}
        return listed + from_above + [t.name for t in topics if t.id not in seen]

    def concern_themes(self) -> ThemeList:
        """The shared list of concern themes in force here (shipped, or newer from a pack)."""
        return theme_list.current(self._session.db)

    def adopt_theme_list(self, path: Path) -> ThemeList:
        """A newer list of concern themes (the shipped file's JSON shape) kept here; an aggregator's
        next packs carry it down. A list that is not newer than the one held is refused."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValidationError(
                f"Không đọc được danh sách chủ đề ý kiến “{Path(path).name}”.", f"{type(exc).__name__}: {exc}"
            ) from exc
        themes = read_theme_list(data)
        held = self.concern_themes()
        if not theme_list.remember(self._session.db, data):
            raise ValidationError(
                f"Danh sách này (phiên bản {themes.version}) không mới hơn danh sách đang dùng "
                f"(phiên bản {held.version}): hãy tăng số phiên bản.",
                f"theme list version {themes.version} <= held {held.version}",
            )
        return self.concern_themes()

    def suggest_themes(self, questions_text: str, limit: int = 3) -> builtins.list[Suggestion]:
        """The themes closest to what was typed, with the words that called each, for the user to
        confirm (nothing is set on a talk here)."""
        return concern_themes.matcher(self.concern_themes()).suggest(questions_text, limit)

    def count(self, flt: TalkFilter | None = None) -> int:
        return repo.count_talks(self._session.db, flt or TalkFilter())

    def ids(
        self, flt: TalkFilter, sort: str = "date", descending: bool = True, limit: int = -1, offset: int = 0
    ) -> builtins.list[str]:
        return repo.talk_ids(self._session.db, flt, sort, descending, limit, offset)

    def packed_ids(self, flt: TalkFilter, sort: str = "date", descending: bool = True) -> tuple[int, str] | None:
        return overview.packed_talk_ids(self._session.db, flt, sort, descending)

    def by_ids(self, ids: builtins.list[str]) -> builtins.list[Talk]:
        return repo.talks_by_ids(self._session.db, ids)

    def totals(self, flt: TalkFilter | None = None) -> Figures:
        return overview.talk_totals(self._session.db, flt)

    def follow_ups_due(self, until: dt.date, limit: int = 20, own_only: bool = False) -> builtins.list[Talk]:
        """Open follow-ups due by ``until``; ``own_only``: of talks this installation wrote (an
        aggregator's own work, not its communes')."""
        owner = self._session.installation.unit_code if own_only else None
        return overview.follow_ups_due(self._session.db, until, limit, owner)

    def resolve_follow_up(
        self, talk_id: str, outcome: FollowUpOutcome | str = FollowUpOutcome.ANSWERED, on: dt.date | str | None = None
    ) -> Talk:
        """Mark a talk's follow-up done: answered or transferred, on ``on`` (today unless given)."""
        talk = self.get(talk_id)
        if not talk.follow_up_text.strip():
            raise ValidationError(
                "Buổi này không có việc cần theo dõi để đánh dấu đã xong.", f"talk {talk_id} has no follow-up"
            )
        day = validation.parse_date("follow_up_resolved_on", on) or self._session.today
        return self.save(
            dataclasses.replace(
                talk,
                follow_up_status=FollowUpStatus.DONE,
                follow_up_outcome=enum_value(FollowUpOutcome, outcome, "follow_up_outcome"),
                follow_up_resolved_on=day,
            )
        )

    def urgent(self, limit: int = 20, others_only: bool = False) -> builtins.list[Talk]:
        """Urgent concerns not yet resolved, newest first; ``others_only``: those the units below
        sent (an aggregator's list), not this installation's own."""
        from ..storage.urgent import urgent_talks

        other = self._session.installation.unit_code if others_only else None
        return urgent_talks(self._session.db, limit=limit, other_than=other)

    def urgent_unsent(self) -> int:
        """Urgent concerns saved here since the last log was written (none sent yet)."""
        from ..storage.urgent import unsent_urgent

        return unsent_urgent(self._session.db, self._session.installation.unit_code)

    def overdue_elsewhere(self) -> builtins.list[tuple[str, int]]:
        """Overdue open follow-ups in talks the units below wrote, counted per unit, most first."""
        session = self._session
        return overview.overdue_by_owner(session.db, session.today, session.installation.unit_code)

    def recent_values(self, column: str) -> builtins.list[str]:
        """Places or presenters used lately, for completion in the talk form."""
        return overview.recent_values(self._session.db, column)


NOT_DUPLICATES_KEY = "talks.not_duplicates"
NOT_DUPLICATES_KEPT = 2000  # pairs answered "không phải trùng"; the oldest are forgotten first


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)
