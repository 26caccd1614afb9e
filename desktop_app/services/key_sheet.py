"""The fingerprint sheet to print or save as PDF, the same from the window and ``sotay keys --sheet``:
the senders a batch waits on, or every unit key this installation trusts; headed by this
installation and the day in Vietnam. The layout is ``reports.key_sheet``'s."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..core.errors import ValidationError
from ..exchange import keys as exchange_keys
from ..reports.key_sheet import KeySheet, SheetRow
from ..storage import units
from .sender_keys import WaitingSender
from .session import Session


def _name(session: Session, code: str) -> str:
    found = units.find(session.db, code)
    return found.name if found is not None else code


def key_sheet(session: Session, senders: Iterable[WaitingSender] | None = None) -> KeySheet:
    """The sheet of ``senders`` (official names, never the one a file writes), or, without them, of
    every unit key trusted here, by unit code."""
    if senders is None:
        trusted = [k for k in exchange_keys.list_keys(session.db) if k["status"] == "trusted"]
        rows = [SheetRow(_name(session, k["unit_code"]), k["unit_code"], k["fingerprint"]) for k in trusted]
    else:
        rows = [SheetRow(s.unit_name, s.unit_code, s.fingerprint) for s in senders]
    code = session.installation.unit_code
    return KeySheet(_name(session, code), code, session.today, tuple(rows))


def write_key_sheet(sheet: KeySheet, path: Path) -> Path:
    """The sheet as a PDF at ``path``; a file that cannot be written is refused, naming it."""
    from ..reports.key_sheet import write_pdf

    if path.is_dir() or not path.parent.is_dir():
        why = ("là một thư mục", "is a folder") if path.is_dir() else ("thư mục không tồn tại", "no such folder")
        raise _not_written(path, *why)
    try:
        write_pdf(sheet, path)
    except OSError as exc:
        raise _not_written(path, exc.strerror or str(exc), f"{type(exc).__name__}: {exc}") from exc
    if not path.is_file():  # Qt's PDF writer reports no error: the file itself is the proof
        raise _not_written(path, "không tạo được tệp", "no file after writing")
    return path


def print_key_sheet(sheet: KeySheet, device: object, dpi: int) -> int:
    """The sheet drawn on a printer (the PDF's layout); the number of pages."""
    from ..reports.key_sheet import paint_on

    return paint_on(sheet, device, dpi)


def _not_written(path: Path, why_vi: str, detail: str) -> ValidationError:
    return ValidationError(
        f"Không ghi được danh sách dấu vân tay vào “{path}”: {why_vi}. Hãy chọn thư mục và tên tệp khác.",
        f"fingerprint sheet not written to {path}: {detail}",
        field="sheet",
    )
