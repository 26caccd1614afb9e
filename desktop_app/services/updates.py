"""“A newer version exists at the aggregator”: how offline users learn of updates.

Nobody's laptop checks the internet for updates. Every bundle's manifest carries the
``app_version`` of the program that wrote it; the importer keeps the highest one seen in bundles
from this installation's aggregator (``storage/versions_seen.py``; ``exchange.policy`` decides who
that is from the trusted keys and the unit tree, never from the manifest). When that program is
newer than this one, the window says so and the user asks the aggregator for the new installer (it
upgrades in place and keeps the data and keys).

No Qt here: the window calls ``newest_version_seen(services)`` for the parts of a translated
message; ``newer_version_notice`` is the Vietnamese sentence. The unit is named from this
installation's unit list, never by the name the sender wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypedDict

from .. import __version__
from ..core.versions import is_newer, parse_version, version_number
from ..storage import units as units_repo
from ..storage.versions_seen import SETTING, remember_bundle_version, versions_seen

if TYPE_CHECKING:
    from ..storage.store import Store

__all__ = [
    "SETTING",
    "NewerVersion",
    "is_newer",
    "newer_version_notice",
    "newest_version_seen",
    "parse_version",
    "remember_bundle_version",
]


class NewerVersion(TypedDict):
    """A newer program seen: its version, the unit that sent it (code, and name from this
    installation's unit list or empty) and when that bundle was written."""

    version: str
    sender_unit: str
    sender_name: str
    created_at: str


class HasStore(Protocol):
    """What these use cases read: the session (or the facade, until the session lands)."""

    @property
    def db(self) -> Store: ...


def newest_version_seen(services: HasStore) -> NewerVersion | None:
    """The highest program version seen in bundles from above, newer than this one, or None."""
    newer = [seen for seen in versions_seen(services.db) if is_newer(seen["version"])]
    if not newer:
        return None
    best = max(newer, key=lambda seen: parse_version(seen["version"]) or ())
    name = units_repo.unit_names(services.db, [best["sender_unit"]]).get(best["sender_unit"], "")
    return {
        "version": version_number(best["version"]) or "",
        "sender_unit": best["sender_unit"],
        "sender_name": name,
        "created_at": best["created_at"],
    }


def newer_version_notice(services: HasStore) -> str | None:
    """The Vietnamese sentence for the window's banner, or None when this program is up to date."""
    seen = newest_version_seen(services)
    if seen is None:
        return None
    where = seen["sender_name"] or "đơn vị cấp trên"
    return (
        f"Đã có phiên bản mới hơn: Sổ tay Tuyên truyền {seen['version']} (đang dùng {__version__}), "
        f"theo tệp nhận từ {where}. Hãy xin bộ cài mới để cập nhật; dữ liệu và khoá được giữ nguyên."
    )
