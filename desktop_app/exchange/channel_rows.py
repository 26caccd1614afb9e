"""The check of the ``channel_snapshots`` rows of a bundle (``policy_table.POLICY`` lists the rule):
a month's count travels under the id of its channel and month, so two counts of one month are two
versions of one record, never two records summed."""

from __future__ import annotations

from typing import Any

from ..core.channels import is_month, snapshot_id
from .errors import BundleRefused


def check_snapshot(row: tuple[Any, ...], line: int, name: str) -> None:
    rid, channel_id, month = row[0], row[4], row[5]
    problem = ""
    if not is_month(month):
        problem, detail = "tháng không hợp lệ (NĂM-THÁNG).", f"month {month[:40]!r} is not YYYY-MM"
    elif rid != snapshot_id(channel_id, month):
        problem, detail = "mã số liệu tháng không khớp với kênh và tháng.", f"id {rid!r} is not the snapshot id"
    if problem:
        raise BundleRefused(
            "invalid_record", f"{name} line {line}: {detail}", field="id", line=line, name=name, problem=problem
        )
