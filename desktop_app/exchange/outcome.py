"""What an import reports: one outcome per file, the summary of a batch, and the row counts they share."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..core.labels import quarantine_reason_text
from ..core.vntime import shown_date
from .record_list import RecordList

COUNT_KEYS = ("new", "updated", "unchanged", "conflicting", "invalid", "quarantined")


@dataclass
class FileOutcome:
    path: str
    status: str  # applied | previewed | already_imported | refused | cancelled
    bundle_id: str | None = None
    kind: str | None = None
    sender_unit: str | None = None
    sender_name: str | None = None
    fingerprint: str | None = None
    key_action: str | None = None
    created_at: str | None = None
    counts: dict[str, int] = dataclasses.field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    tables: dict[str, dict[str, int]] = dataclasses.field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    detail: str | None = None
    field_name: str | None = None
    clock_skew_ms: int | None = None
    warnings: list[str] = dataclasses.field(default_factory=list)
    set_aside: dict[str, int] = dataclasses.field(default_factory=dict)  # quarantine reason -> records
    records: RecordList = dataclasses.field(default_factory=RecordList)  # behind the counts (listing.entry)
    receipts_marked: int = 0
    urgent: int = 0  # urgent concerns the file brings (talks marked urgent, not resolved, new or changed)
    elapsed_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: list(v) if k == "records" else v for k, v in self.__dict__.items()}

    @property
    def only_set_aside(self) -> bool:
        """Rows were read but every one was set aside (quarantine): nothing of the file is in use."""
        c = self.counts
        kept = any(c.get(k, 0) for k in ("new", "updated", "unchanged", "conflicting"))
        return self.status in ("applied", "previewed") and c.get("quarantined", 0) > 0 and not kept

    def other_warnings(self) -> list[str]:
        """The warnings besides the one per quarantine reason (the window words those itself)."""
        own = {set_aside_warning(code, n) for code, n in self.set_aside.items()}
        return [w for w in self.warnings if w not in own]


def set_aside_warning(code: str, records: int) -> str:
    """A file's warning for its rows set aside for one reason, with the reason's sentence."""
    return f"{records} bản ghi bị cách ly ({code}): {quarantine_reason_text(code)}."


@dataclass
class ImportSummary:
    files: list[FileOutcome] = dataclasses.field(default_factory=list)
    dry_run: bool = False
    backup: str | None = None
    indexed: int = 0
    index_pending: int = 0  # records the search index still lacks (left to the next search)
    gaps: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(COUNT_KEYS, 0)
        for f in self.files:
            for k in COUNT_KEYS:
                out[k] += f.counts.get(k, 0)
        return out

    def by_status(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.files:
            out[f.status] = out.get(f.status, 0) + 1
        return out

    @property
    def ok(self) -> bool:
        return all(f.status in ("applied", "previewed", "already_imported") for f in self.files)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "ok": self.ok,
            "status": self.by_status(),
            "totals": self.totals,
            "backup": self.backup,
            "indexed": self.indexed,
            "index_pending": self.index_pending,
            "gaps": self.gaps,
            "elapsed_s": round(self.elapsed_s, 3),
            "files": [f.as_dict() for f in self.files],
        }


class Cancelled(Exception):
    pass


def vn_date(stamp: str | None) -> str:
    if not stamp:
        return "?"
    return shown_date(stamp)
