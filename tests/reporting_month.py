"""October 2026 at the province, seen on 20 November (the deadline was 5 November): one commune
reported on time, one late, one sent a file only during the month (partial), and every other commune
of the province sent nothing. Files are dated by the wall clock when written, so the ledger's dates
are set afterwards, as the test of who-has-reported does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.services import Services


@dataclass(frozen=True)
class ReportingMonth:
    aggregator: Path  # the aggregator's data folder, closed
    on_time: str
    late: str
    partial: str

    def open(self) -> Services:
        return Services.open(self.aggregator, today=fixed_today)


def _created(day: str) -> str:
    return f"{day}T03:00:00.000Z"  # 10:00 in Vietnam


def reporting_month(base: Path) -> ReportingMonth:
    factory = Factory(base)
    on_time, late, partial = factory.communes(3)
    folder = base / "zalo"
    for code in (on_time, late, partial):
        commune = factory.make(f"xa-{code}", code)
        add_talks(commune, 2)
        commune.exchange.export_log(folder)
        commune.close()
    agg = factory.make("tinh", PROVINCE, Role.AGGREGATOR)
    agg.exchange.import_files(agg.exchange.plan([folder], trust_all=True))
    db = agg.session.db
    for code, day in ((on_time, "2026-11-03"), (late, "2026-11-12"), (partial, "2026-10-20")):
        db.execute("UPDATE exchange_ledger SET created_at = ? WHERE sender_unit = ?", [_created(day), code])
    agg.close()
    return ReportingMonth(base / "tinh", on_time, late, partial)
