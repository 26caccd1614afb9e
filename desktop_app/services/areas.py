"""Priority areas as this installation sets them: the tag list (the four shipped, plus the user's
own, which may be renamed or hidden), the talk languages offered beside Vietnamese (the shipped
ethnic-minority languages, plus the user's own), and the tags of the units it sees (hamlets and
custom units at a commune, communes at an aggregator). All stay on this machine: settings and
``unit_tags``; the window's Settings page and ``sotay units areas``/``sotay talks languages`` use them."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.areas import AreaTag, area_tags, new_name
from ..core.enums import Role
from ..core.errors import NotFoundError
from ..core.languages import ETHNIC_LANGUAGES, VIETNAMESE
from ..core.rules import TAG_CHARS, rule
from ..core.text import sort_key
from ..storage import area_tags as repo
from ..storage import reporting_status
from ..storage import units as unit_store
from .session import Session

AREA = ("vùng ưu tiên", "priority area")
LANGUAGE = ("ngôn ngữ", "language")


@dataclass(frozen=True)
class TaggedUnit:
    code: str
    name: str
    tags: tuple[str, ...]


class AreaService:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- the tag list ------------------------------------------------------------------------------

    def tags(self) -> list[AreaTag]:
        """Every tag, hidden ones included: the shipped four, then the user's own."""
        return area_tags(repo.own_tags(self._session.db))

    def offered(self) -> tuple[str, ...]:
        """The tags a form offers to tick: every tag but the hidden ones."""
        return tuple(tag.name for tag in self.tags() if not tag.hidden)

    def add_tag(self, name: str) -> AreaTag:
        own = repo.own_tags(self._session.db)
        added = new_name(name, [tag.name for tag in self.tags()], TAG_CHARS, AREA)
        repo.set_own_tags(self._session.db, [*own, (added, False)])
        return AreaTag(added, False)

    def rename_tag(self, old: str, new: str) -> AreaTag:
        """An own tag renamed, on the units tagged here too (groups keep what they were saved with)."""
        own = repo.own_tags(self._session.db)
        index = self._own_index(own, old)
        others = [tag.name for tag in self.tags() if tag.name != own[index][0]]
        renamed = new_name(new, others, TAG_CHARS, AREA)
        own[index] = (renamed, own[index][1])
        repo.rename_tag(self._session.db, own, old, renamed)
        return AreaTag(renamed, False, own[index][1])

    def set_hidden(self, name: str, hidden: bool) -> AreaTag:
        own = repo.own_tags(self._session.db)
        index = self._own_index(own, name)
        own[index] = (own[index][0], hidden)
        repo.set_own_tags(self._session.db, own)
        return AreaTag(own[index][0], False, hidden)

    @staticmethod
    def _own_index(own: list[tuple[str, bool]], name: str) -> int:
        for i, (tag, _hidden) in enumerate(own):
            if tag == name:
                return i
        raise NotFoundError(
            f"“{name}” không phải vùng ưu tiên do bạn thêm (chỉ đổi tên, ẩn được vùng tự thêm).",
            f"“{name}” is not a priority area added here (only those can be renamed or hidden)",
        )

    # --- the talk languages ------------------------------------------------------------------------

    def languages(self) -> tuple[str, ...]:
        """The languages the talk form offers after Vietnamese: the shipped ones, then the user's own."""
        return (*ETHNIC_LANGUAGES, *repo.own_languages(self._session.db))

    def own_languages(self) -> list[str]:
        return repo.own_languages(self._session.db)

    def add_language(self, name: str) -> str:
        own = repo.own_languages(self._session.db)
        taken = [VIETNAMESE, *self.languages()]
        added = new_name(name, taken, rule("talks", "language").cap, LANGUAGE)
        repo.set_own_languages(self._session.db, [*own, added])
        return added

    def remove_language(self, name: str) -> None:
        """An own language no longer offered (talks given in it keep it)."""
        own = repo.own_languages(self._session.db)
        if name not in own:
            raise NotFoundError(
                f"“{name}” không phải ngôn ngữ do bạn thêm (chỉ bỏ được ngôn ngữ tự thêm).",
                f"“{name}” is not a language added here (only those can be removed)",
            )
        repo.set_own_languages(self._session.db, [n for n in own if n != name])

    # --- the units' tags ---------------------------------------------------------------------------

    def tagged_units(self) -> list[TaggedUnit]:
        """The units this installation tags, with their tags: at a commune, itself and the units
        under it; at an aggregator, the units directly under it (and a cluster's members)."""
        session = self._session
        root = session.installation.unit_code
        db = session.db
        if session.installation.role == Role.AGGREGATOR:
            found = [(code, name) for code, name, _kind in reporting_status.child_units(db, root)]
        else:
            from ..storage.members import receiving_tree

            found = [(code, unit_store.get(db, code).name) for code in receiving_tree(db, root)]
        tags = repo.tagged_units(db)
        ordered = sorted(found, key=lambda unit: (unit[0] != root, sort_key(unit[1]), unit[0]))
        return [TaggedUnit(code, name, tags.get(code, ())) for code, name in ordered]
