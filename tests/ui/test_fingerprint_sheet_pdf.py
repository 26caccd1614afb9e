"""The fingerprint sheet from the senders table: "Lưu PDF…" and "In…" lay out the same one-page
sheet (this installation, the day in Vietnam, each sender's official name, code and fingerprint);
a PDF that cannot be written is said in the banner."""

from __future__ import annotations

import pytest
from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today
from pdf_text import read_pdf, squeeze
from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.storage import units
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog


@pytest.fixture
def dialog(tmp_path, qtbot):
    factory = Factory(tmp_path)
    offered = {}
    for code in factory.communes(2):
        commune = factory.make(f"xa-{code}", code)
        add_talks(commune, 1)
        commune.exchange.export_log(tmp_path / "zalo")
        offered[code] = commune.exchange.own_key()["fingerprint"]
        commune.close()
    factory.make("tinh", PROVINCE, Role.AGGREGATOR).close()
    s = Services.open(tmp_path / "tinh", today=fixed_today)
    page = ExchangePage(s, None)
    qtbot.addWidget(page)
    preview = s.exchange.import_files(s.exchange.plan([tmp_path / "zalo"]), dry_run=True)
    d = SendersDialog(s.exchange.waiting_senders(preview.files), page)  # the page owns it, as in ``ask``
    qtbot.addWidget(d)
    d.show()
    d.offered = {code: (units.get(s.session.db, code).name, fp) for code, fp in offered.items()}
    yield d
    s.close()


def _has_every_sender(path, offered) -> bool:
    text = read_pdf(path).text
    return all(squeeze(f"{name}{code}{fp}") in text for code, (name, fp) in offered.items())


def test_save_pdf_writes_the_sheet_of_the_senders_in_the_table(dialog, tmp_path, monkeypatch):
    assert dialog.pdf_button.isVisible() and dialog.print_button.isVisible()
    path = tmp_path / "dau-van-tay.pdf"
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: path)
    dialog.pdf_button.click()
    assert "Đã lưu danh sách vào" in dialog.banner.text()
    pdf = read_pdf(path)
    assert len(pdf.raw_pages) == 1 and _has_every_sender(path, dialog.offered)
    assert squeeze("Đơn vị xác nhận: Tỉnh Đồng Tháp (mã P82)") in pdf.text and "20/11/2026" in pdf.text

    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: tmp_path / "no-such-folder" / "s.pdf")
    dialog.pdf_button.click()
    assert "Không ghi được danh sách dấu vân tay" in dialog.banner.text()
    assert dialog.banner.property("kind") == "error"


def test_print_lays_out_the_same_sheet(dialog, tmp_path, monkeypatch):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialog, "ask_printer", lambda: printer)
    dialog.print_button.click()
    assert dialog.banner.text() == "Đã gửi 1 trang tới máy in."
    assert _has_every_sender(tmp_path / "printed.pdf", dialog.offered)
