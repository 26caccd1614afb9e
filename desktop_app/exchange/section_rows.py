"""The rights check of the ``report_sections`` rows of a bundle (``policy_table.POLICY`` lists the rule): a
unit writes only its own report's sections, each under the id of its unit, period and section."""

from __future__ import annotations

from typing import Any

from ..core.sections import PERIOD_CODE, section_id
from .errors import BundleRefused


def check_section(row: tuple[Any, ...], line: int, name: str, sender: str) -> None:
    """A unit sends only its own report's sections, under the section's own id: another unit's
    section (or one placed under another unit's name) is a forged row and refuses the file."""
    rid, owner, unit, period, key = row[0], row[1], row[4], row[5], row[6]
    for claimed in (owner, unit):
        if claimed != sender:
            raise BundleRefused(
                "foreign_owner",
                f"{name} line {line}: report section of {claimed} sent by {sender}",
                field="unit_code" if claimed == unit else "owner_unit",
                line=line,
                name=name,
                owner=claimed,
                unit=sender,
            )
    problem = ""
    if not PERIOD_CODE.fullmatch(period):
        problem, detail = "kỳ báo cáo không hợp lệ.", f"period {period[:40]!r} is not a period code"
    elif rid != section_id(unit, period, key):
        problem, detail = "mã phần báo cáo không khớp với đơn vị, kỳ và phần.", f"id {rid!r} is not the section id"
    if problem:
        raise BundleRefused(
            "invalid_record", f"{name} line {line}: {detail}", field="id", line=line, name=name, problem=problem
        )
