"""`sotay keys --sheet FILE.pdf`: the fingerprint sheet the window prints, as a PDF: the senders a
folder's files wait on (``--senders-in``), or every unit key trusted here; a file that cannot be
written is refused in Vietnamese (exit 1); ``sotay keys`` alone is a usage error (exit 2)."""

from __future__ import annotations

import pytest
from exchange_helpers import PROVINCE, Factory, add_talks
from pdf_text import read_pdf, squeeze

from desktop_app.cli import run
from desktop_app.core.enums import Role
from desktop_app.storage import units


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The PDF needs Qt's GUI module; the one QApplication of the session (pytest-qt) serves it, so a
    later GUI test never meets a second application (which aborts)."""
    return qapp


def test_the_sheet_lists_the_waiting_senders_then_the_trusted_keys(tmp_path, capsys):
    factory = Factory(tmp_path)
    codes = factory.communes(2)
    inbox = tmp_path / "zalo"
    offered = {}
    for code in codes:
        commune = factory.make(f"xa-{code}", code)
        add_talks(commune, 1)
        commune.exchange.export_log(inbox)
        offered[code] = commune.exchange.own_key()["fingerprint"]
        commune.close()
    province = factory.make("tinh", PROVINCE, Role.AGGREGATOR)
    names = {code: units.get(province.session.db, code).name for code in codes}
    province.close()
    folder = str(tmp_path / "tinh")

    waiting = tmp_path / "cho-xac-nhan.pdf"
    assert run(["--data-dir", folder, "keys", "--sheet", str(waiting), "--senders-in", str(inbox)]) == 0
    assert "2 đơn vị" in capsys.readouterr().out
    text = read_pdf(waiting).text
    for code in codes:
        assert squeeze(f"{names[code]}{code}{offered[code]}") in text
    assert run(["--data-dir", folder, "keys", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"  # the sheet trusted nothing and wrote nothing
    assert run(["--data-dir", folder, "import", str(inbox), "--trust"]) == 0

    trusted = tmp_path / "da-xac-nhan.pdf"
    assert run(["--data-dir", folder, "keys", "--sheet", str(trusted)]) == 0
    pdf = read_pdf(trusted)
    assert len(pdf.raw_pages) == 1 and squeeze("Đã đối chiếu qua điện thoại") in pdf.text
    assert all(squeeze(offered[code]) in pdf.text for code in codes)


def test_a_sheet_that_cannot_be_written_is_refused_and_keys_alone_is_usage(tmp_path, capsys):
    folder = str(tmp_path / "tinh")
    assert run(["--data-dir", folder, "init", "--unit", PROVINCE, "--role", "aggregator"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", folder, "keys", "--sheet", str(tmp_path / "no-such-folder" / "s.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không ghi được danh sách dấu vân tay") and "Traceback" not in err
    assert run(["--data-dir", folder, "keys"]) == 2
    assert "--sheet" in capsys.readouterr().err


@pytest.mark.parametrize("action", [["list"], ["show"], ["rotate"], ["revoke", "30130"]])
def test_a_keys_action_refuses_the_sheets_options_instead_of_ignoring_them(tmp_path, capsys, action):
    folder = str(tmp_path / "tinh")
    assert run(["--data-dir", folder, "init", "--unit", PROVINCE, "--role", "aggregator"]) == 0
    capsys.readouterr()
    sheet = tmp_path / "s.pdf"
    assert run(["--data-dir", folder, "keys", "--sheet", str(sheet), *action]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Lỗi: --sheet không dùng cùng “sotay keys {action[0]}”")
    assert f"(--sheet given with 'keys {action[0]}'" in err and not sheet.exists()
    assert run(["--data-dir", folder, "keys", "--senders-in", str(tmp_path), "--sheet", str(sheet), "list"]) == 1
    assert "(--sheet, --senders-in given with 'keys list'" in capsys.readouterr().err


def test_keys_alone_says_what_is_missing_in_vietnamese_with_the_usage_as_detail(tmp_path, capsys):
    folder = str(tmp_path / "tinh")
    assert run(["--data-dir", folder, "init", "--unit", PROVINCE, "--role", "aggregator"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", folder, "keys"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Hãy ghi việc cần làm với khóa") and "(usage: sotay keys {list," in err
