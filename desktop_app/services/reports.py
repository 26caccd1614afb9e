"""The report use cases the window and the command line share: which units a report can cover, a
period's report with its reporting status, the document options (the saved preferences filling what
the caller leaves out), the files written, printing, and period locks.

The plain types the front ends hold (``Report``, ``Completeness``, ``Period``, ``ChartSpec``...) and
the chart drawing (the same drawing as the PDF) are re-exported here, so the front ends never reach
into ``reports`` themselves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core import sections as section_rules
from ..core.enums import Role, UnitKind
from ..core.errors import ValidationError
from ..core.sections import SECTION_HEADINGS, SECTION_KEYS
from ..core.text import sort_key
from ..reports import fmt, periods
from ..reports.build import ALL, Cancelled, build_report, parse_breakdowns, resolve_unit
from ..reports.charts import CHART_CONTEXT, TEXT_SIZE, ChartSpec, ChartWords, chart_specs, report_font_family
from ..reports.charts import draw as draw_chart
from ..reports.completeness import (
    Completeness,
    ReportingRule,
    completeness,
    reminder_text,
    reporting_rule,
    save_reporting_rule,
)
from ..reports.document import DocOptions, compose, default_options
from ..reports.export import as_json, status_for, write
from ..reports.locks import Lock, history, late_changes, list_locks, lock_period, unlock_period
from ..reports.model import BREAKDOWNS, FIGURE_HEADERS, KEY_HEADERS, Report
from ..reports.periods import Period
from ..reports.preview import as_html
from ..reports.printable import printable
from ..reports.sections import drafts, quote
from ..storage import report_sections, reporting_status, settings, units
from ..storage.period_locks import LateChange, LockEvent
from ..storage.report_sections import SavedSection
from ..storage.store import Store
from .session import Session

__all__ = [
    "ALL",
    "BREAKDOWNS",
    "CHART_CONTEXT",
    "TEXT_SIZE",
    "FIGURE_HEADERS",
    "KEY_HEADERS",
    "BuiltReport",
    "ChartSpec",
    "ChartWords",
    "Completeness",
    "DocOptions",
    "Lock",
    "Period",
    "Report",
    "ReportService",
    "ReportUnit",
    "ReportingRule",
    "SECTION_HEADINGS",
    "SECTION_KEYS",
    "SavedSection",
    "chart_specs",
    "draw_chart",
    "fmt",
    "periods",
    "report_font_family",
]

Progress = Callable[[int, int, str], None]

# the heading and signature fields the window saves as this installation's defaults
DOCUMENT_FIELDS = ("number", "signer_name", "signer_title", "place", "issuer_parent", "issuer", "recipients")


@dataclass(frozen=True)
class BuiltReport:
    """A period's figures and, for a unit that expects reports from below, who has reported."""

    report: Report
    status: Completeness | None

    def as_json(self) -> dict[str, Any]:
        return as_json(self.report, self.status)


@dataclass(frozen=True)
class ReportUnit:
    """A unit a report can be made for: this installation's own, one under it, or the whole country."""

    code: str
    name: str
    below: bool = False  # a unit under this installation's own (indented in a list)


class ReportService:
    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _db(self) -> Store:
        return self._session.db

    def _preference(self, key: str) -> Any:
        return settings.get(self._db, f"pref.reports.{key}")

    # --- what and when -------------------------------------------------------------------------

    def units(self) -> list[ReportUnit]:
        """This unit, the units under it by Vietnamese name, and the whole country for a province's
        aggregator (``ALL``; its label is the caller's)."""
        installation = self._session.installation
        own = units.get(self._db, installation.unit_code)
        children = sorted(reporting_status.child_units(self._db, own.code), key=lambda c: sort_key(c[1]))
        found = [ReportUnit(own.code, own.name)] + [ReportUnit(code, name, True) for code, name, _ in children]
        if own.kind == UnitKind.PROVINCE and installation.role == Role.AGGREGATOR:
            found.append(ReportUnit(ALL, ""))
        return found

    def unit_code(self, text: str | None) -> str:
        """A unit named on the command line (code, name or ``VN``), else this installation's own."""
        return resolve_unit(self._db, text) if text else self._session.installation.unit_code

    @staticmethod
    def period(text: str) -> Period:
        return periods.parse(text)

    @staticmethod
    def breakdowns(text: str | Iterable[str] | None) -> tuple[str, ...]:
        return parse_breakdowns(text)

    # --- building ------------------------------------------------------------------------------

    def build(
        self,
        root: str,
        period: Period,
        by: Iterable[str] = BREAKDOWNS,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> BuiltReport:
        """The report of ``root`` for ``period``; ``progress(percent, 100, step)`` while it is built."""
        today = self._session.today
        report = build_report(
            self._db,
            root,
            period,
            by,
            today=today,
            cancel=cancel,
            progress=(lambda pct, text: progress(pct, 100, text)) if progress else None,
        )
        if cancel is not None and cancel():
            raise Cancelled()
        from .regularity import RegularityService

        report = dataclasses.replace(report, regularity=RegularityService(self._session).measure(root, period))
        return BuiltReport(report, status_for(self._db, report, today))

    def status(self, root: str, period: Period, grace: int | None = None) -> Completeness:
        """Who under ``root`` has reported for ``period`` (``grace`` days after it count as on time;
        by default the days of the reporting rule)."""
        return completeness(self._db, root, period, today=self._session.today, grace=grace)

    def rule(self) -> ReportingRule:
        """When reports are due (the setting every front end and the exchange status read)."""
        return reporting_rule(self._db)

    def set_rule(self, due_days: int, cycle_start: int = 1) -> ReportingRule:
        """Saves when reports are due; out-of-range days are refused (``ValidationError``)."""
        rule = ReportingRule(due_days, cycle_start)
        save_reporting_rule(self._db, rule)
        return rule

    def current_period(self) -> Period:
        """The reporting period whose reports are being collected now."""
        return self.rule().current_period(self._session.today)

    def reminder(self, status: Completeness) -> str:
        """The ready-to-paste reminder for the units of ``status`` that have not reported."""
        return reminder_text(status, self._session.today)

    # --- documents -----------------------------------------------------------------------------

    def document_options(
        self,
        report: Report,
        motto: str | None = None,
        number: str | None = None,
        signer_name: str | None = None,
        signer_title: str | None = None,
        place: str | None = None,
        day: dt.date | None = None,
        charts: bool = True,
        *,
        recipients: Iterable[str] | None = None,
        issuer_parent: str | None = None,
        issuer: str | None = None,
        status: Completeness | None = None,
        sections: Mapping[str, str] | None = None,
    ) -> DocOptions:
        """The heading, signature and written sections of the report; what the caller leaves out
        comes from the saved preferences, then from the unit itself. ``sections`` replaces the saved
        texts of the sections it names; the others are the saved text, else the draft."""
        listed = [r.strip() for r in (recipients or self._preference("recipients") or []) if r.strip()]
        given = dict(sections or {})
        texts = given if set(given) >= set(SECTION_KEYS) else {**self.section_texts(report, status), **given}
        return default_options(
            report,
            motto or self._preference("motto") or "party",
            number=number or self._preference("number"),
            signer_name=signer_name or self._preference("signer_name") or self._session.installation.display_name,
            signer_title=signer_title or self._preference("signer_title"),
            place=place or self._preference("place"),
            issuer_parent=issuer_parent or self._preference("issuer_parent"),
            issuer=issuer or self._preference("issuer"),
            recipients=tuple(listed) or None,
            day=day or self._session.today,
            charts=charts,
            sections=tuple((key, texts[key]) for key in SECTION_KEYS),
        )

    def document_defaults(self) -> dict[str, Any]:
        """The heading and signature fields saved as this installation's defaults (blank: the unit's)."""
        return {key: self._preference(key) or ([] if key == "recipients" else "") for key in DOCUMENT_FIELDS}

    def save_document_defaults(self, **values: Any) -> None:
        """Remember the fields the officer set in the window as this installation's defaults."""
        unknown = set(values) - set(DOCUMENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown document fields {sorted(unknown)}")
        settings.put_many(self._db, {f"pref.reports.{key}": value for key, value in values.items()})

    def preview_html(self, built: BuiltReport, options: DocOptions) -> str:
        """The written report as rich text: the same words and tables as the DOCX and PDF."""
        return as_html(compose(printable(built.report), printable(options), printable(built.status)))

    # --- written sections ----------------------------------------------------------------------

    def saved_sections(self, unit_code: str, period: Period) -> dict[str, SavedSection]:
        """The sections ``unit_code`` wrote for ``period`` (here, or received in its bundles)."""
        return report_sections.saved(self._db, unit_code, period.code)

    def drafts(self, report: Report, status: Completeness | None = None) -> dict[str, str]:
        """A draft of every section from the figures (presenters named, conferences counted...)."""
        start, end = report.period.start.isoformat(), report.period.end.isoformat()
        return drafts(report, status, report_sections.presenters(self._db, report.unit_code, start, end))

    def section_texts(self, report: Report, status: Completeness | None = None) -> dict[str, str]:
        """What the document carries: each section's saved text, else its draft."""
        saved = self.saved_sections(report.unit_code, report.period)
        return {key: saved[key].text if key in saved else draft for key, draft in self.drafts(report, status).items()}

    def can_write_sections(self, unit_code: str) -> bool:
        """A unit writes only its own report; the sections of the units below arrive in their bundles."""
        return unit_code == self._session.installation.unit_code

    def save_section(self, unit_code: str, period: Period, key: str, text: str) -> None:
        """Saves this unit's text of one section for ``period`` (it travels in the next log bundle)."""
        self._check_own(unit_code)
        section_rules.check_text(section_rules.check_key(key), text)
        report_sections.put(self._db, unit_code, period.code, key, text.strip(), self._session.next_version())

    def clear_section(self, unit_code: str, period: Period, key: str) -> None:
        """Back to the draft: the saved text is withdrawn (here and, by the next bundle, above)."""
        self._check_own(unit_code)
        section_rules.check_key(key)
        if key in self.saved_sections(unit_code, period):
            report_sections.put(self._db, unit_code, period.code, key, "", self._session.next_version(), deleted=True)

    def _check_own(self, unit_code: str) -> None:
        if not self.can_write_sections(unit_code):
            raise ValidationError(
                "Chỉ soạn được báo cáo của đơn vị mình; báo cáo của đơn vị cấp dưới đến trong tệp họ gửi lên.",
                f"sections of {unit_code} are written by that unit, not by {self._session.installation.unit_code}",
                field="section",
            )

    def sections_below(self, root: str, period: Period, key: str) -> list[SavedSection]:
        """What each unit under ``root`` wrote in section ``key`` for ``period``, side by side."""
        return report_sections.below(self._db, root, period.code, section_rules.check_key(key))

    @staticmethod
    def quote(passage: SavedSection) -> str:
        """A unit's passage as it is pulled into this unit's section: "Xã Thanh Bình: …"."""
        return quote(passage.unit_name, passage.text)

    @staticmethod
    def write(built: BuiltReport, kind: str, path: Path, options: DocOptions | None = None) -> Path:
        """The report as an XLSX, DOCX, PDF or JSON file at ``path``."""
        return write(built.report, kind, path, built.status, options)

    @staticmethod
    def print_to(built: BuiltReport, options: DocOptions, device: object, dpi: int) -> int:
        """The report drawn on a printer (the same layout as the PDF); the number of pages."""
        from ..reports.pdf_writer import paint_on

        written = compose(printable(built.report), printable(options), printable(built.status))
        return paint_on(written, device, dpi)

    # --- locks ---------------------------------------------------------------------------------

    def _who(self) -> str:
        installation = self._session.installation
        return installation.display_name or installation.unit_code

    def can_lock(self, report: Report) -> bool:
        """An aggregator locks any unit's period; a commune only its own."""
        installation = self._session.installation
        return installation.role == Role.AGGREGATOR or report.unit_code == installation.unit_code

    def lock(self, root: str, period: Period, note: str = "") -> Lock:
        return lock_period(self._db, root, period, by=self._who(), note=note, today=self._session.today)

    def unlock(self, root: str, period: Period, reason: str) -> Lock:
        return unlock_period(self._db, root, period, by=self._who(), note=reason)

    def locks(self, root: str | None = None) -> list[Lock]:
        return list_locks(self._db, root)

    def lock_history(self, root: str | None = None) -> list[LockEvent]:
        return history(self._db, root)

    def late_changes(self, root: str, period: Period) -> list[LateChange]:
        return late_changes(self._db, root, period)
