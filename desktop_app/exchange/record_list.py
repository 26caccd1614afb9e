"""The records behind a file's counts, kept compact: a national import lists a million of them.

Each record reads as the plain dict ``listing.entry`` describes (count, table, id, day, name, unit,
reason and, for an updated or older record, the fields that differ), which is what the window and
``--json`` show. Stored as dicts they took about 600 bytes each, most of the import's peak memory.
Here consecutive records of one count, table and reason share a run: one list per field, the
repeating texts (days, places, units) kept once, so a record costs its id and four references.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload


class _Run:
    """Records of one (count, table, reason), in the order they were added."""

    __slots__ = ("changes", "count", "days", "ids", "names", "reason", "table", "units")

    def __init__(self, count: str, table: str, reason: str) -> None:
        self.count, self.table, self.reason = count, table, reason
        self.ids: list[Any] = []
        self.days: list[str] = []
        self.names: list[str] = []
        self.units: list[str] = []
        self.changes: list[list[dict[str, str]]] | None = None

    def record(self, at: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "count": self.count,
            "table": self.table,
            "id": self.ids[at],
            "day": self.days[at],
            "name": self.names[at],
            "unit": self.units[at],
            "reason": self.reason,
        }
        if self.changes is not None:
            out["changes"] = self.changes[at]
        return out


class RecordList(Sequence[dict[str, Any]]):
    """A list of record dicts (``FileOutcome.records``) that stores them by field."""

    def __init__(self, records: Sequence[dict[str, Any]] = ()) -> None:
        self._runs: list[_Run] = []
        self._size = 0
        self._shared: dict[str, str] = {}
        for record in records:
            self.append(record)

    def add(
        self,
        count: str,
        table: str,
        reason: str,
        rid: Any,
        day: str,
        name: str,
        unit: str,
        changes: list[dict[str, str]] | None = None,
    ) -> None:
        """One record (``changes`` only for an updated or older one: the differing fields)."""
        runs = self._runs
        run = runs[-1] if runs else None
        if (
            run is None
            or run.count != count
            or run.table != table
            or run.reason != reason
            or ((run.changes is None) != (changes is None))
        ):
            run = _Run(count, table, reason)
            if changes is not None:
                run.changes = []
            runs.append(run)
        shared = self._shared
        run.ids.append(rid)
        run.days.append(shared.setdefault(day, day))
        run.names.append(shared.setdefault(name, name))
        run.units.append(shared.setdefault(unit, unit))
        if run.changes is not None:
            run.changes.append(changes or [])
        self._size += 1

    def add_many(
        self, count: str, table: str, reason: str, ids: list[Any], days: list[str], names: list[str], units: list[str]
    ) -> None:
        """Records without changes (new ones), field by field: what ``add`` does for each."""
        runs = self._runs
        run = runs[-1] if runs else None
        if run is None or run.count != count or run.table != table or run.reason != reason or run.changes is not None:
            run = _Run(count, table, reason)
            runs.append(run)
        keep = self._shared.setdefault
        run.ids.extend(ids)
        run.days.extend([keep(day, day) for day in days])
        run.names.extend([keep(name, name) for name in names])
        run.units.extend([keep(unit, unit) for unit in units])
        self._size += len(ids)

    def append(self, record: dict[str, Any]) -> None:
        self.add(
            record["count"],
            record["table"],
            record["reason"],
            record["id"],
            record["day"],
            record["name"],
            record["unit"],
            record.get("changes"),
        )

    def clear(self) -> None:
        self._runs, self._size, self._shared = [], 0, {}

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for run in self._runs:
            for at in range(len(run.ids)):
                yield run.record(at)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._size))]
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError(index)
        for run in self._runs:
            if index < len(run.ids):
                return run.record(index)
            index -= len(run.ids)
        raise IndexError(index)  # pragma: no cover - the size says otherwise

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RecordList, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RecordList({list(self)!r})"
