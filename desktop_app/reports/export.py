"""One entry for every output: build the report (and the reporting status for an aggregating
unit), then write JSON, XLSX, DOCX or PDF. The command line and the window both call this."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import ValidationError
from .completeness import Completeness, completeness
from .document import DocOptions, compose, default_options
from .model import Report

if TYPE_CHECKING:
    from ..storage.store import Store

FORMATS = ("json", "xlsx", "docx", "pdf")


def status_for(db: Store, report: Report, today: dt.date) -> Completeness | None:
    """The reporting status belongs in the report of a unit that expects reports from below."""
    if report.unit_kind == "commune":
        return None
    return completeness(db, report.unit_code, report.period, today=today)


def as_json(report: Report, status: Completeness | None) -> dict[str, Any]:
    data = report.as_dict()
    if status is not None:
        data["completeness"] = status.as_dict()
    return data


def write(
    report: Report, fmt: str, out: Path | str, status: Completeness | None = None, options: DocOptions | None = None
) -> Path:
    """Write one output file; a file that cannot be written is a :class:`ValidationError` naming it."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValidationError(
            f"Định dạng “{fmt}” không hỗ trợ; chọn {', '.join(FORMATS)}.", f"bad format {fmt}", field="format"
        )
    if out.is_dir() or not out.parent.is_dir():
        raise _not_written(
            out,
            "là một thư mục" if out.is_dir() else "thư mục chứa tệp không tồn tại",
            "is a folder" if out.is_dir() else f"folder {out.parent} does not exist",
        )
    try:
        _write(report, fmt, out, status, options)
    except OSError as exc:
        raise _not_written(out, exc.strerror or str(exc), f"{type(exc).__name__}: {exc}") from exc
    if not out.is_file():  # Qt's PDF writer reports no error: the file itself is the proof
        raise _not_written(out, "không tạo được tệp", "no file after writing")
    return out


def _not_written(out: Path, why_vi: str, detail: str) -> ValidationError:
    return ValidationError(
        f"Không ghi được báo cáo vào “{out}”: {why_vi}. Hãy chọn thư mục và tên tệp khác.",
        f"report not written to {out}: {detail}",
        field="out",
    )


def _write(report: Report, fmt: str, out: Path, status: Completeness | None, options: DocOptions | None) -> None:
    from ..core.jsonout import dumps

    if fmt == "json":
        out.write_text(dumps(as_json(report, status)) + "\n", encoding="utf-8")
        return
    from .printable import printable

    report, status, options = printable(report), printable(status), printable(options)
    if fmt == "xlsx":
        from .xlsx_writer import write_xlsx

        write_xlsx(report, out, status)
    else:
        written = compose(report, options or default_options(report), status)
        if fmt == "docx":
            from .docx_writer import write_docx

            pngs = None
            if written.options.charts:
                from . import charts, regularity_pages

                pngs = {spec.title: charts.render_png(spec) for spec in charts.chart_specs(report)}
                pngs.update(regularity_pages.render_pngs(regularity_pages.figures(report)))
            write_docx(written, out, pngs)
        else:
            from .pdf_writer import write_pdf

            write_pdf(written, out)
