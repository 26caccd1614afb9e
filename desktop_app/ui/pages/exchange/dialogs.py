"""The questions the exchange page asks about a file: is this unit's changed key its own, what is
the passphrase of this encrypted file, and keep files from units outside this installation's tree?
(New senders are confirmed in one table: ``senders``.) Each has a replaceable ``ask`` (tests replace it)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ....services.exchange import ExchangeService, FileOutcome, WaitingSender
from ...i18n import tr
from ...widgets import Ask


class ChangedKeyDialog:
    """Asks whether a unit's changed key (a reinstalled laptop, or someone else) is its own, after
    a phone check: why its files were refused, the old and the new fingerprint. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, sender: WaitingSender) -> bool:
        from PySide6.QtWidgets import QMessageBox

        text = tr(
            "<p>Tệp của <b>%1</b> (mã %2) bị từ chối vì được ký bằng một khoá khác với khoá đã xác nhận trước đây. "
            "Thường là đơn vị đã cài lại máy; cũng có thể là người khác mạo danh.</p>"
            "<p>Khoá cũ: <code>%3</code><br>Khoá mới: <code>%4</code></p>"
            "<p>Hãy gọi điện cho đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ. Chỉ nhận khoá mới khi "
            "hai dãy giống hệt nhau; khoá cũ sẽ thôi được dùng.</p>"
        )
        for mark, value in (
            ("%1", sender.unit_name),
            ("%2", sender.unit_code),
            ("%3", sender.old_fingerprint),
            ("%4", sender.fingerprint),
        ):
            text = text.replace(mark, html.escape(value))
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Khoá của đơn vị đã thay đổi"), text, parent=parent)
        box.setTextFormat(Qt.TextFormat.RichText)
        yes = box.addButton(tr("Đã gọi điện, nhận khoá mới"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(tr("Không nhận"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is yes


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


def ask_keys(
    parent: QWidget, exchange: ExchangeService, waiting: list[WaitingSender], trusted: set[str]
) -> tuple[set[str], int]:
    """New senders in one table, each changed key on its own. Returns the files whose new sender the
    user ticked (the import trusts them) and how many changed keys were accepted (trusted at once,
    as “sotay keys trust” would); a key that cannot be accepted raises its refusal."""
    from .senders import SendersDialog

    new = [w for w in waiting if not w.changed and not set(w.files) <= trusted]
    confirmed = SendersDialog.ask(parent, new) if new else []
    accepted = 0
    for sender in (w for w in waiting if w.changed):
        if ChangedKeyDialog.ask(parent, sender):
            exchange.accept_changed_key(sender)
            accepted += 1
    return {path for sender in confirmed for path in sender.files}, accepted


OUTSIDE_LISTED = 5  # files named in the question (it must fit a 1366×768 screen at 150 % text); the rest counted


class ConfirmOutsideDialog:
    """Asks whether to import files whose senders are outside this installation's tree: a new
    cluster's first file places it inside (then its figures count); any other sender's figures go
    into no report here. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, senders: list[str]) -> bool:
        listed = [f"• {sender}" for sender in senders[:OUTSIDE_LISTED]]
        if len(senders) > OUTSIDE_LISTED:  # a folder of a whole country: the question must fit the screen
            listed.append(
                tr("• … và %Ln tệp khác (bảng kết quả ghi lý do của từng tệp)", "", len(senders) - OUTSIDE_LISTED)
            )
        return Ask.confirm(
            parent,
            tr("Tệp của đơn vị ngoài phạm vi"),
            tr(
                "%Ln tệp đến từ đơn vị chưa thuộc đơn vị của máy này:\n\n%2\n\nMột cụm hay đoàn thể mới lập "
                "dưới đơn vị này tự xếp mình vào đây bằng tệp đầu tiên, rồi số liệu được tính vào báo cáo. "
                "Đơn vị khác (ví dụ xã của tỉnh khác) sẽ không có trong báo cáo nào ở đây; nếu máy này được "
                "thiết lập nhầm đơn vị, đừng nhập. Vẫn nhập các tệp này?",
                "",
                len(senders),
            ).replace("%2", "\n".join(listed)),
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
