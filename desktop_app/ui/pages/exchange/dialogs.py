"""The questions the exchange page asks about a file: is this new sender's key genuine, what is the
passphrase of this encrypted file, and keep files from units outside this installation's tree? Each
has a replaceable ``ask`` (tests replace it)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ....services.exchange import FileOutcome
from ...i18n import tr
from ...widgets import Ask


class ConfirmTrustDialog:
    """Asks whether a new sender's key is genuine. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, sender: str, fingerprint: str) -> bool:
        return Ask.confirm(
            parent,
            tr("Xác nhận khoá của đơn vị gửi"),
            tr(
                "Đây là tệp đầu tiên từ %1.\n\nDấu vân tay khoá của tệp:\n\n    %2\n\n"
                "Hãy gọi điện cho người gửi và nhờ họ đọc dấu vân tay trong trang Cài đặt của họ. "
                "Chỉ xác nhận khi hai dãy giống hệt nhau."
            )
            .replace("%1", sender)
            .replace("%2", fingerprint),
            tr("Giống hệt, xác nhận"),
            tr("Không giống, bỏ qua"),
        )


PASSPHRASE_REASONS = ("need_passphrase", "wrong_passphrase")


class PassphraseDialog:
    """Asks for the passphrase of an encrypted file; None when the user gives up. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, file_name: str, wrong: bool) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(parent)
        dialog.setWindowTitle(tr("Tệp có mật khẩu"))
        dialog.setLabelText(
            (
                tr("Mật khẩu vừa nhập không mở được tệp “%1”. Hãy hỏi lại người gửi rồi nhập lại:")
                if wrong
                else tr("Tệp “%1” được khoá bằng mật khẩu. Nhập mật khẩu người gửi đã báo cho bạn:")
            ).replace("%1", file_name)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(tr("Mở tệp"))
        dialog.setCancelButtonText(tr("Bỏ qua tệp này"))
        if dialog.exec() and dialog.textValue():
            return dialog.textValue()
        return None


def ask_passphrases(parent: QWidget, outcomes: Iterable[FileOutcome], declined: set[str]) -> dict[str, str]:
    """The passphrases typed for encrypted files refused for want of the right one (by path); a file
    the user gives up on joins ``declined`` and is not asked about again."""
    given: dict[str, str] = {}
    for o in outcomes:
        if o.status == "refused" and o.reason in PASSPHRASE_REASONS and o.path not in declined:
            answer = PassphraseDialog.ask(parent, Path(o.path).name, o.reason == "wrong_passphrase")
            if answer:
                given[o.path] = answer
            else:
                declined.add(o.path)
    return given


def confirm_keys(parent: QWidget, outcomes: Iterable[FileOutcome], trusted: set[str]) -> set[str]:
    """The files, among those refused for an unknown sender key, whose fingerprint the user confirmed."""
    return {
        o.path
        for o in outcomes
        if o.status == "refused"
        and o.reason == "unknown_key"
        and o.path not in trusted
        and ConfirmTrustDialog.ask(parent, o.sender_name or o.sender_unit or Path(o.path).name, o.fingerprint or "")
    }


class ConfirmOutsideDialog:
    """Asks whether to import files whose senders are outside this installation's tree (their
    figures go into no report here). Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, senders: list[str]) -> bool:
        return Ask.confirm(
            parent,
            tr("Tệp của đơn vị ngoài phạm vi"),
            tr(
                "%1 tệp đến từ đơn vị không thuộc đơn vị của máy này, nên số liệu của chúng sẽ không có "
                "trong báo cáo nào ở đây:\n\n%2\n\nNếu máy này được thiết lập nhầm đơn vị, đừng nhập. "
                "Vẫn nhập các tệp này?"
            )
            .replace("%1", str(len(senders)))
            .replace("%2", "\n".join(f"• {sender}" for sender in senders)),
            tr("Vẫn nhập"),
            tr("Không nhập"),
            default_no=True,
        )


def confirm_outside(parent: QWidget, outcomes: Iterable[FileOutcome], answers: dict[str, bool]) -> bool:
    """Asks once about the files refused as coming from outside this installation's tree and not
    asked about yet; records the answer per file in ``answers``. True when the user kept them."""
    waiting = [o for o in outcomes if o.status == "refused" and o.reason == "outside_tree" and o.path not in answers]
    if not waiting:
        return False
    keep = ConfirmOutsideDialog.ask(parent, [f"{Path(o.path).name}: {o.sender_name or o.sender_unit}" for o in waiting])
    answers.update((o.path, keep) for o in waiting)
    return keep
