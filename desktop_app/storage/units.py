"""Units: the official provinces and communes (loaded from vietnam-provinces into the database on
first use, never at start-up), custom units with a parent, and aliases from pre-2025 units."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store


from ..core.enums import UnitKind
from ..core.errors import NotFoundError, ValidationError
from ..core.records import Unit
from ..core.text import fold, sort_key
from . import settings, synced
from .rows import dumps, unit_from_row

COMMUNE_CODE_DIGITS = 5


def province_code(number: int) -> str:
    """Province codes get a prefix: province 4 (Cao Bằng) and commune 4 (Ba Đình) both exist."""
    return f"P{number:02d}"


def ensure_official(db: Store) -> None:
    """Load the national list once per package data version; cheap when already loaded."""
    import vietnam_provinces as vp

    if settings.get(db, "units_data_version") == vp.__data_version__:
        return
    from vietnam_provinces import Province, Ward

    rows: list[dict[str, Any]] = []
    for p in Province.iter_all():
        code = province_code(int(p.code))
        rows.append(_official_row(code, p.name, UnitKind.PROVINCE, None, code))
    for w in Ward.iter_all():
        parent = province_code(int(w.province_code))
        rows.append(_official_row(str(int(w.code)), w.name, UnitKind.COMMUNE, parent, parent))
    aliases = list(_legacy_aliases())
    with db.atomic():
        db["units"].insert_all(rows, pk="code", replace=True, batch_size=500)
        db.execute("DELETE FROM unit_aliases")
        db["unit_aliases"].insert_all(aliases, batch_size=500, ignore=True)
        settings.put(db, "units_data_version", vp.__data_version__)


def _official_row(code: str, name: str, kind: UnitKind, parent: str | None, province: str) -> dict[str, object]:
    return {
        "code": code,
        "id": code,
        "name": name,
        "kind": kind.value,
        "parent_code": parent,
        "province_code": province,
        "official": 1,
        "folded": fold(name),
    }


def _legacy_aliases() -> Iterator[dict[str, str]]:
    """Old communes → the new commune they joined; old districts and provinces likewise."""
    from vietnam_provinces import Province, Ward
    from vietnam_provinces.legacy import District as LegacyDistrict

    district_names = {int(d.code): d.name for d in LegacyDistrict.iter_all()}
    districts_to_wards: dict[int, set[str]] = {}
    for ward in Ward.iter_all():
        for old in ward.get_legacy_sources():
            district = int(old.district_code)
            districts_to_wards.setdefault(district, set()).add(str(int(ward.code)))
            yield {
                "legacy_code": str(int(old.code)),
                "legacy_kind": "commune",
                "legacy_name": old.name,
                "legacy_parent": district_names.get(district, ""),
                "folded": fold(old.name),
                "unit_code": str(int(ward.code)),
            }
    for district, wards in districts_to_wards.items():
        name = district_names.get(district, str(district))
        for ward_code in sorted(wards):
            yield {
                "legacy_code": str(district),
                "legacy_kind": "district",
                "legacy_name": name,
                "legacy_parent": "",
                "folded": fold(name),
                "unit_code": ward_code,
            }
    for province in Province.iter_all():
        for old_province in province.get_legacy_sources():
            yield {
                "legacy_code": str(int(old_province.code)),
                "legacy_kind": "province",
                "legacy_name": old_province.name,
                "legacy_parent": "",
                "folded": fold(old_province.name),
                "unit_code": province_code(int(province.code)),
            }


_SELECT = """
    SELECT u.*, coalesce(p.name, '') AS province_name FROM units u
    LEFT JOIN units p ON p.code = u.province_code AND p.code != u.code
"""


def get(db: Store, code: str) -> Unit:
    row = db.execute(_SELECT + " WHERE u.code = ?", [code]).fetchone()
    if row is None:
        ensure_official(db)
        row = db.execute(_SELECT + " WHERE u.code = ?", [code]).fetchone()
    if row is None:
        raise NotFoundError(f"Không có đơn vị mã {code}.", f"unknown unit code {code!r}", field="unit")
    return unit_from_row(_dict(db, row))


def find(db: Store, code: str) -> Unit | None:
    try:
        return get(db, code)
    except NotFoundError:
        return None


def resolve_code(db: Store, text: str, within: str | None = None, prefer: Iterable[str] = ()) -> str:
    """Turn what a person or an old file wrote into a current unit code.

    Accepts a code (30130), a province number or code (82, P82), or a name, current or from
    before 2025: "Xã Tân Mỹ" resolves to Xã Thanh Bình, which it joined. ``within`` (a province
    code) and ``prefer`` (e.g. this installation's units) settle a name that several units share;
    "Xã Tân Mỹ, Huyện Thanh Bình" names the old district too.
    """
    text = text.strip()
    if text.isdigit():
        return _code_from_number(db, text)
    if find(db, text):
        return text
    folded = fold(text)
    if folded:
        scope = "AND u.province_code = ?" if within else ""
        extra = [within] if within else []
        rows = db.execute(
            f"SELECT code FROM units u WHERE folded = ? AND deleted = 0 {scope}", [folded, *extra]
        ).fetchall()
        if not rows:
            name, _, parent = (part.strip() for part in folded.partition(","))
            parent_clause = "AND sotay_fold(a.legacy_parent) = ?" if parent else ""
            rows = db.execute(
                f"SELECT DISTINCT a.unit_code FROM unit_aliases a JOIN units u ON u.code = a.unit_code "
                f"WHERE a.folded = ? AND a.legacy_kind = 'commune' {parent_clause} {scope}",
                [name, *([parent] if parent else []), *extra],
            ).fetchall()
        preferred = [r for r in rows if r[0] in set(prefer)]
        if len(rows) > 1 and len(preferred) == 1:
            rows = preferred
        if len(rows) == 1:
            return str(rows[0][0])
        if len(rows) > 1:
            raise NotFoundError(
                f"Có {len(rows)} đơn vị tên “{text}”; hãy ghi mã đơn vị (sotay units search).",
                f"{text!r} is ambiguous: {', '.join(r[0] for r in rows[:5])}",
                field="unit",
            )
    raise NotFoundError(
        f"Không có đơn vị mã “{text}”. Dùng “sotay units search TÊN” để tìm mã.",
        f"unknown unit code {text!r}",
        field="unit",
    )


def unambiguous_code(code: str) -> str:
    """The spelling of a unit's code that no province number shares: communes in five digits
    (00082), the way the national list writes them."""
    return code.zfill(COMMUNE_CODE_DIGITS) if code.isdigit() else code


def units_for_number(db: Store, text: str) -> list[Unit]:
    """The units a code typed as digits may mean: the commune, and the province with that number
    when fewer than five digits were typed (82 is Đồng Tháp and Phường Cửa Nam; 00082 only the
    latter)."""
    if not text.isdigit():
        return []
    province = find(db, province_code(int(text))) if len(text) < COMMUNE_CODE_DIGITS else None
    return [unit for unit in (province, find(db, str(int(text)))) if unit is not None]


def _code_from_number(db: Store, text: str) -> str:
    """A code typed as digits; refused, naming both, when it is a province's and a commune's."""
    found = units_for_number(db, text)
    if len(found) > 1:
        province, commune = found
        both = f"{province.name} ({province.code}) và của {commune.full_name} ({unambiguous_code(commune.code)})"
        raise ValidationError(
            f"{text} là mã của {both}: ghi rõ {province.code} hoặc {unambiguous_code(commune.code)}.",
            f"the bare code {text} is both province {province.code} and commune {commune.code}",
            field="unit",
        )
    if not found:
        raise NotFoundError(
            f"Không có đơn vị mã “{text}”. Dùng “sotay units search TÊN” để tìm mã.",
            f"unknown unit code {text!r}",
            field="unit",
        )
    return found[0].code


def _dict(db: Store, row: Sequence[Any]) -> dict[str, Any]:
    cols = [
        "code",
        "name",
        "kind",
        "parent_code",
        "province_code",
        "official",
        "folded",
        "id",
        "owner_unit",
        "hlc",
        "deleted",
        "extra",
        "province_name",
    ]
    return dict(zip(cols, row, strict=True))


def search(db: Store, query: str, limit: int = 50, kinds: tuple[UnitKind, ...] = ()) -> list[Unit]:
    """Find units by part of their name, with or without diacritics, old names included.

    Every word must appear; a unit whose name starts with the words ranks first.
    """
    ensure_official(db)
    needle = fold(query).split()
    if not needle:
        return []
    where = " AND ".join(["(u.folded || ' ' || coalesce(p.folded, '')) LIKE ?"] * len(needle))
    params: list[Any] = [f"%{w}%" for w in needle]
    if kinds:
        where += f" AND u.kind IN ({','.join('?' * len(kinds))})"
        params += [k.value for k in kinds]
    sql = f"""
        SELECT u.*, coalesce(p.name, '') FROM units u
        LEFT JOIN units p ON p.code = u.province_code AND p.code != u.code
        WHERE u.deleted = 0 AND {where} LIMIT 500
    """
    found = {r[0]: _dict(db, r) for r in db.execute(sql, params).fetchall()}
    alias_codes: set[str] = set()
    alias_where = " AND ".join(["(a.folded || ' ' || sotay_fold(a.legacy_parent)) LIKE ?"] * len(needle))
    for r in db.execute(
        f"SELECT DISTINCT unit_code FROM unit_aliases a WHERE {alias_where} LIMIT 200",
        [f"%{w}%" for w in needle],
    ).fetchall():
        if r[0] not in found:
            unit = find(db, r[0])
            if unit and (not kinds or unit.kind in kinds):
                alias_codes.add(unit.code)
                found[unit.code] = {
                    **unit.__dict__,
                    "kind": unit.kind.value,
                    "official": unit.official,
                    "extra": dumps(unit.extra),
                }
    phrase = " ".join(needle)
    direct = {code for code in found if code not in alias_codes}

    def rank(row: dict[str, Any]) -> tuple[int, int, bool, bool, bool, tuple[tuple[int, ...], ...]]:
        name = fold(row["name"])
        own_words = set(name.split())
        bare = name.split(" ", 1)[-1] if row["kind"] == UnitKind.COMMUNE.value else name
        run = max(
            (
                k
                for i in range(len(needle))
                for k in range(1, len(needle) - i + 1)
                if " ".join(needle[i : i + k]) in name
            ),
            default=0,
        )
        return (
            -run,
            -sum(w in own_words for w in needle),
            not bare.startswith(phrase),
            row["code"] not in direct,
            row["kind"] != UnitKind.COMMUNE.value,
            sort_key(row["name"]),
        )

    ordered = sorted(found.values(), key=rank)[:limit]
    return [unit_from_row(r) for r in ordered]


def children(db: Store, parent_code: str, include_deleted: bool = False) -> list[Unit]:
    ensure_official(db)
    rows = db.execute(
        _SELECT + " WHERE u.parent_code = ?" + ("" if include_deleted else " AND u.deleted = 0"),
        [parent_code],
    ).fetchall()
    return sorted((unit_from_row(_dict(db, r)) for r in rows), key=lambda u: sort_key(u.name))


def unit_names(db: Store, codes: Iterable[str]) -> dict[str, str]:
    """Code → name of these units, those that are here (a plain look-up: the official list is not loaded)."""
    codes = list(codes)
    if not codes:
        return {}
    out: dict[str, str] = {}
    for i in range(0, len(codes), 500):
        part = codes[i : i + 500]
        out.update(
            db.execute(f"SELECT code, name FROM units WHERE code IN ({','.join('?' * len(part))})", part).fetchall()
        )
    return out


def subtree_codes(db: Store, root: str) -> list[str]:
    """The unit and everything under it, for roll-ups (the national list loaded first)."""
    ensure_official(db)
    return list(synced.unit_subtree(db, root))


def all_codes(db: Store) -> list[str]:
    """The code of every unit here, deleted ones included."""
    return [r[0] for r in db.execute("SELECT code FROM units")]


def list_units(
    db: Store, kind: UnitKind | None = None, parent: str | None = None, custom_only: bool = False
) -> list[Unit]:
    ensure_official(db)
    clauses, params = ["u.deleted = 0"], []
    if kind:
        clauses.append("u.kind = ?")
        params.append(kind.value)
    if parent:
        clauses.append("u.parent_code = ?")
        params.append(parent)
    if custom_only:
        clauses.append("u.official = 0")
    rows = db.execute(_SELECT + " WHERE " + " AND ".join(clauses), params).fetchall()
    return sorted((unit_from_row(_dict(db, r)) for r in rows), key=lambda u: (u.province_code or "", sort_key(u.name)))


def save_custom(db: Store, unit: Unit) -> Unit:
    if unit.kind.official:
        raise ValidationError(
            "Không thể thêm tỉnh hoặc xã chính thức; chúng có sẵn trong danh mục.",
            f"{unit.kind.value} units come from the national list",
            field="kind",
        )
    db.execute(
        """
        INSERT INTO units(code, name, kind, parent_code, province_code, official, folded, id,
                          owner_unit, hlc, deleted, extra)
        VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
            parent_code = excluded.parent_code, province_code = excluded.province_code,
            folded = excluded.folded, hlc = excluded.hlc, deleted = excluded.deleted,
            extra = excluded.extra
        WHERE excluded.hlc > units.hlc
        """,
        [
            unit.code,
            unit.name,
            unit.kind.value,
            unit.parent_code,
            unit.province_code,
            fold(unit.name),
            unit.id,
            unit.owner_unit,
            unit.hlc,
            int(unit.deleted),
            dumps(unit.extra),
        ],
    )
    return get(db, unit.code)
