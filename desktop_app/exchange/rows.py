"""The tables that travel, field by field: how a bundle row is checked and turned into a table row.

A bundle row is a JSON object whose keys are the table's columns; list columns travel as JSON
arrays and booleans as true/false. Keys this version does not know are kept in ``extra`` and sent
again on export (docs/architecture.md, Invariants 1). Each table's checker is generated once as straight-line
Python (one function per table) because it runs for every row of every import: a million rows
must validate in seconds, and a generic loop over field objects is several times slower.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import orjson

from ..core.force import LIST_CAP, NAME_CAP, MemberStatus
from ..core.force import TEXT_CAP as FORCE_TEXT_CAP
from ..core.rules import RULES, TOPIC_CHARS
from ..core.rules import FieldRule as Field
from ..core.sections import PERIOD_CAP, SECTION_KEYS, TEXT_CAP
from ..core.text import without_controls
from ..core.validation import label

# Anchored with ``\Z`` and applied with ``fullmatch``: ``$`` accepts a trailing newline ("30130\n").
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
UNIT_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}\Z")
HLC_RE = re.compile(r"^\d{15}-\d{5}-[A-Za-z0-9._-]{1,40}\Z")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d\Z")
PHONE_RE = re.compile(r"^\+?[0-9 .\-]{8,20}\Z")
STAMP_MAX = 40
MAX_LINE = 256 * 1024  # one record of any table but documents
MAX_DOCUMENT_LINE = 8 * 1024 * 1024  # a document body may hold 2,000,000 characters


class RowError(Exception):
    """One field of one record is wrong; ``reason_vi`` completes “Bản ghi số N ... không hợp lệ: ”."""

    def __init__(self, field: str, reason_vi: str, detail: str) -> None:
        super().__init__(detail)
        self.field = field
        self.reason_vi = reason_vi
        self.detail = detail


IDENTITY = (Field("id", "uuid"), Field("owner_unit", "unit"), Field("hlc", "hlc"), Field("deleted", "bool"))


@dataclass(frozen=True)
class TableSpec:
    table: str
    key: str  # primary key column
    fields: tuple[Field, ...]
    max_line: int = MAX_LINE

    @property
    def columns(self) -> list[str]:
        """Table columns in the order rows are written (``extra`` last)."""
        return [f.name for f in self.fields] + ["extra"]

    @property
    def list_columns(self) -> set[str]:
        return {f.name for f in self.fields if f.kind in ("list", "attachments")}

    @property
    def bool_columns(self) -> set[str]:
        return {f.name for f in self.fields if f.kind == "bool"}


# Every field a person enters follows the shared rules of ``core.rules``; only the identity columns
# (and a unit's code, a topic's id, a read receipt) are the exchange's own.
SPECS: dict[str, TableSpec] = {
    "units": TableSpec(
        "units",
        "code",
        (Field("code", "uuid"), *IDENTITY[1:], Field("id", "uuid"), *RULES["units"]),
    ),
    "topics": TableSpec(
        "topics",
        "id",
        (Field("id", "topic_id", TOPIC_CHARS), *IDENTITY[1:], *RULES["topics"]),
    ),
    "documents": TableSpec("documents", "id", IDENTITY + RULES["documents"], MAX_DOCUMENT_LINE),
    "groups": TableSpec("groups", "id", IDENTITY + RULES["groups"]),
    "talks": TableSpec("talks", "id", IDENTITY + RULES["talks"]),
    "read_receipts": TableSpec(
        "read_receipts",
        "id",
        IDENTITY
        + (
            Field("document_id", "uuid"),
            Field("document_hlc", "hlc", nullable=True),
            Field("read_at", "stamp", STAMP_MAX),
        ),
    ),
    "report_sections": TableSpec(
        "report_sections",
        "id",
        IDENTITY
        + (
            Field("unit_code", "unit"),
            Field("period", "stamp", PERIOD_CAP),
            Field("section", "enum", values=SECTION_KEYS),
            Field("text", "text", TEXT_CAP, multiline=True),
        ),
    ),
    # the outreach force (core/force.py): names and roles travel, a phone only in an encrypted full copy
    "force_members": TableSpec(
        "force_members",
        "id",
        IDENTITY
        + (
            Field("unit_code", "unit"),
            Field("name", "text", NAME_CAP),  # blank on the tombstone of an erased member
            Field("role", "text", NAME_CAP),
            Field("level", "text", NAME_CAP),
            Field("decision_number", "text", NAME_CAP),
            Field("decision_date", "date", nullable=True),
            Field("decision_body", "text", FORCE_TEXT_CAP),
            Field("status", "enum", values=tuple(s.value for s in MemberStatus)),
            Field("status_since", "date", nullable=True),
            Field("expertise", "text", FORCE_TEXT_CAP),
            Field("languages", "list", LIST_CAP, item_cap=NAME_CAP, item="languages"),
            Field("phone", "phone", 21),
            Field("phone_consent", "bool"),
        ),
    ),
    "force_trainings": TableSpec(
        "force_trainings",
        "id",
        IDENTITY
        + (
            Field("member_id", "uuid"),
            Field("unit_code", "unit"),
            Field("name", "text", FORCE_TEXT_CAP, required=True),
            Field("organiser", "text", FORCE_TEXT_CAP),
            Field("start", "date", nullable=True),
            Field("end", "date", nullable=True),
            Field("result", "text", NAME_CAP),
            Field("certificate", "text", NAME_CAP),
        ),
    ),
    "force_conferences": TableSpec(
        "force_conferences",
        "id",
        IDENTITY
        + (
            Field("unit_code", "unit"),
            Field("held_on", "date"),
            Field("topic", "text", FORCE_TEXT_CAP, required=True),
            Field("connection_point", "text", FORCE_TEXT_CAP),
            Field("attendee_ids", "list", 500, item_cap=36, item="attendee_ids"),
        ),
    ),
    "channels": TableSpec("channels", "id", IDENTITY + RULES["channels"]),
    "channel_snapshots": TableSpec("channel_snapshots", "id", IDENTITY + RULES["channel_snapshots"]),
    "orientations": TableSpec("orientations", "id", IDENTITY + RULES["orientations"]),
    "shared_calendar": TableSpec("shared_calendar", "id", IDENTITY + RULES["shared_calendar"]),
}
# Order of application inside one bundle: blobs before documents (search reads attachment text),
# units and topics before what refers to them.
APPLY_ORDER = (
    "units",
    "topics",
    "documents",
    "orientations",
    "shared_calendar",
    "groups",
    "talks",
    "read_receipts",
    "report_sections",
    "force_members",
    "force_trainings",
    "force_conferences",
    "channels",
    "channel_snapshots",
)
FORCE_TABLES = ("force_members", "force_trainings", "force_conferences")


# --- the generated checkers ----------------------------------------------------------------------


def _bad(field: str, reason_vi: str, detail: str) -> RowError:
    return RowError(field, f"{label(field)}: {reason_vi}", detail)


def _fail_text(name: str, value: Any, cap: int, required: bool) -> RowError:
    if not isinstance(value, str):
        return _bad(name, "phải là chữ.", f"{name} is {type(value).__name__}, expected text")
    if required and not value.strip():
        return _bad(name, "không được để trống.", f"{name} is blank")
    return _bad(name, f"dài quá {cap:,} ký tự.".replace(",", "."), f"{name} has {len(value)} characters, limit {cap}")


def _fail_int(name: str, value: Any, cap: int) -> RowError:
    if not isinstance(value, int) or isinstance(value, bool):
        return _bad(name, "phải là số nguyên.", f"{name} is {type(value).__name__}, expected an integer")
    return _bad(name, f"{value} nằm ngoài khoảng 0–{cap:,}.".replace(",", "."), f"{name} {value} outside 0..{cap}")


def _fail(name: str, kind: str, value: Any) -> RowError:
    shown = repr(value)[:40]
    return _bad(name, f"giá trị {shown} không hợp lệ.", f"{name} ({kind}) {shown} is not valid")


def _date(value: Any) -> bool:
    """YYYY-MM-DD and nothing else (``fromisoformat`` alone also takes week dates like 2026-W05-1)."""
    if type(value) is not str or len(value) != 10:
        return False
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _clean_items(items: list[str], multiline: bool) -> list[str]:
    """List items with control characters stripped; items left empty are dropped (as a local save
    drops them)."""
    return [c for c in (without_controls(x, multiline) for x in items) if c]


_ATTACHMENT_KEYS = ("sha256", "filename", "media_type", "size")
_SHA = re.compile(r"^[0-9a-f]{64}\Z")


def _attachments(value: Any, cap: int) -> str | None:
    if type(value) is not list or len(value) > cap:
        return None
    out = []
    for item in value:
        if type(item) is not dict or set(item) != set(_ATTACHMENT_KEYS):
            return None
        sha, name, media, size = (item[k] for k in _ATTACHMENT_KEYS)
        if not (
            type(sha) is str
            and _SHA.fullmatch(sha)
            and type(name) is str
            and 0 < len(name) <= 255
            and type(media) is str
            and 0 < len(media) <= 100
            and type(size) is int
            and 0 <= size < 2**40
        ):
            return None
        out.append({k: item[k] for k in _ATTACHMENT_KEYS})
    return orjson.dumps(out).decode()


# Values that repeat from row to row (units, dates, times) are checked once and then remembered,
# up to this many per field, so a million-row import does not run a regular expression per field.
_REMEMBER = 4096


def _compile(spec: TableSpec) -> Any:
    """Generate ``check(obj) -> tuple`` for one table: values in ``spec.columns`` order."""
    lines = ["def check(o):", "    g = o.get"]
    out = []
    env: dict[str, Any] = {
        "_fail_text": _fail_text,
        "_fail_int": _fail_int,
        "_fail": _fail,
        "_date": _date,
        "_attachments": _attachments,
        "orjson": orjson,
        "dumps": orjson.dumps,
        "RowError": RowError,
        "_bad": _bad,
        "_clean": without_controls,
        "_clean_items": _clean_items,
    }
    for i, f in enumerate(spec.fields):
        v = f"v{i}"
        n = repr(f.name)
        lines.append(f"    {v} = g({n})")
        if f.nullable:
            lines.append(f"    if {v} is not None:")
            pad = "        "
        else:
            pad = "    "
        k = f.kind
        remembered = k in ("unit", "time", "date")
        if remembered:
            env[f"ok_{i}"] = set()
            lines.append(f"{pad}if type({v}) is not str or {v} not in ok_{i}:")
            pad += "    "
        if k == "text":
            lines.append(f"{pad}if type({v}) is str and not {v}.isprintable(): {v} = _clean({v}, {f.multiline})")
            cond = f"type({v}) is not str or len({v}) > {f.cap}"
            if f.required:
                cond += f" or not {v}.strip()"
            lines.append(f"{pad}if {cond}: raise _fail_text({n}, {v}, {f.cap}, {f.required})")
        elif k == "int":
            lines.append(f"{pad}if type({v}) is not int or not 0 <= {v} <= {f.cap}: raise _fail_int({n}, {v}, {f.cap})")
        elif k == "bool":
            lines.append(f"{pad}if {v} is True: {v} = 1")
            lines.append(f"{pad}elif {v} is False or {v} is None: {v} = 0")
            lines.append(f"{pad}elif {v} != 0 and {v} != 1 or type({v}) is not int: raise _fail({n}, 'bool', {v})")
        elif k in ("uuid", "unit", "hlc", "time", "phone", "topic_id", "stamp"):
            regex = {"uuid": UUID_RE, "unit": UNIT_RE, "hlc": HLC_RE, "time": TIME_RE, "phone": PHONE_RE}.get(k)
            if regex is not None:
                env[f"re_{k}"] = regex.fullmatch
            if k == "time":
                cond = f"type({v}) is not str or ({v} != '' and not re_time({v}))"
            elif k == "phone":
                cond = f"type({v}) is not str or ({v} != '' and not re_phone({v}))"
            elif k in ("topic_id", "stamp"):
                if k == "topic_id":  # stripped as the topic's name is, so the id still folds from it
                    lines.append(f"{pad}if type({v}) is str and not {v}.isprintable(): {v} = _clean({v}, False)")
                cond = f"type({v}) is not str or not 0 < len({v}) <= {f.cap}"
            elif k == "hlc" and f.nullable:
                cond = f"type({v}) is not str or ({v} != '' and not re_hlc({v}))"
            else:
                cond = f"type({v}) is not str or not re_{k}({v})"
            lines.append(f"{pad}if {cond}: raise _fail({n}, {k!r}, {v})")
        elif k == "date":
            lines.append(f"{pad}if not _date({v}): raise _fail({n}, 'date', {v})")
        elif k == "enum":
            env[f"values_{i}"] = frozenset(f.values)
            lines.append(f"{pad}if type({v}) is not str or {v} not in values_{i}: raise _fail({n}, 'enum', {v})")
        elif k == "list":  # a JSON array of short texts, stored as compact JSON text
            lines.append(f"{pad}if type({v}) is not list or len({v}) > {f.cap}: raise _fail({n}, 'list', {v})")
            lines.append(f"{pad}if {v}:")
            lines.append(f"{pad}    dirty = False")
            lines.append(f"{pad}    for x in {v}:")
            too_long = f"len(x) > {f.item_cap} and len(_clean(x, {f.multiline})) > {f.item_cap}"
            lines.append(f"{pad}        if type(x) is not str or {too_long}: raise _fail({n}, 'list', {v})")
            lines.append(f"{pad}        if not x.isprintable(): dirty = True")
            lines.append(f"{pad}    if dirty: {v} = _clean_items({v}, {f.multiline})")
            lines.append(f"{pad}    {v} = dumps({v}).decode()")
            lines.append(f"{pad}else: {v} = '[]'")
        elif k == "attachments":
            lines.append(f"{pad}{v} = _attachments({v}, {f.cap})")
            lines.append(f"{pad}if {v} is None: raise _fail({n}, 'attachments', g({n}))")
        else:  # pragma: no cover - a spec bug
            raise ValueError(k)
        if remembered:
            lines.append(f"{pad}if len(ok_{i}) < {_REMEMBER}: ok_{i}.add({v})")
        if f.nullable and k == "hlc":
            lines.append(f"    else: {v} = ''")
        out.append(v)
    env["KNOWN"] = frozenset(f.name for f in spec.fields)
    lines.append(f"    if len(o) > {len(spec.fields)} or not KNOWN.issuperset(o):")
    lines.append("        extra = {x: o[x] for x in o if x not in KNOWN}")
    lines.append("        inner = extra.pop('extra', None)")
    lines.append("        if isinstance(inner, dict): extra = {**inner, **extra}")
    lines.append("        ex = orjson.dumps(extra, option=orjson.OPT_SORT_KEYS).decode() if extra else '{}'")
    lines.append("    else: ex = '{}'")
    lines.append(f"    return ({', '.join(out)}, ex)")
    exec(compile("\n".join(lines), f"<check {spec.table}>", "exec"), env)  # noqa: S102 - our own source
    return env["check"]


CHECKERS = {name: _compile(spec) for name, spec in SPECS.items()}


def check_row(table: str, obj: Any) -> tuple[Any, ...]:
    """Validate one decoded bundle row; returns the table row (``SPECS[table].columns`` order)."""
    if type(obj) is not dict:
        raise RowError("", "không phải một bản ghi (đối tượng JSON).", f"line is {type(obj).__name__}, not an object")
    row: tuple[Any, ...] = CHECKERS[table](obj)
    if table == "talks" and row[_RESOLVED_AT] is not None and row[_RESOLVED_AT] < row[_HELD_AT]:
        raise _bad(
            "follow_up_resolved_on",
            f"{_dmy(row[_RESOLVED_AT])} trước ngày của buổi ({_dmy(row[_HELD_AT])}).",
            f"follow_up_resolved_on {row[_RESOLVED_AT]} is before held_on {row[_HELD_AT]}",
        )
    return row


def _dmy(iso_day: str) -> str:
    return f"{iso_day[8:10]}/{iso_day[5:7]}/{iso_day[:4]}"


# a follow-up is not answered before its talk (``core.follow_up``; a day still to come is the
# importer's check, which knows today): ISO days compare as text
_HELD_AT, _RESOLVED_AT = (SPECS["talks"].columns.index(c) for c in ("held_on", "follow_up_resolved_on"))


def to_bundle_row(spec: TableSpec, row: dict[str, Any]) -> dict[str, Any]:
    """A table row (as read from the database) as it travels: lists decoded, booleans, extra spread."""
    out: dict[str, Any] = {}
    extra = row.get("extra") or "{}"
    if extra != "{}":
        out.update(orjson.loads(extra))
    lists, bools = _LISTS[spec.table], _BOOLS[spec.table]
    for f in spec.fields:
        value = row[f.name]
        if f.name in lists:
            value = orjson.loads(value) if value else []
        elif f.name in bools:
            value = bool(value)
        out[f.name] = value
    return out


_LISTS = {name: spec.list_columns for name, spec in SPECS.items()}
_BOOLS = {name: spec.bool_columns for name, spec in SPECS.items()}
