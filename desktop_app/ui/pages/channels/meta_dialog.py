"""The preview of a Meta import: what the files hold and what importing them would change (the
import itself, rolled back), before anything is written; the user then imports or cancels."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ....services.meta_import import MetaImport
from ... import i18n
from ...widgets import heading


class MetaPreviewDialog(QDialog):
    def __init__(self, preview: MetaImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.preview = preview

        # widgets
        self.setWindowTitle(self.tr("Nhập số liệu từ Meta"))
        self.title = heading(self.tr("Fanpage “%1”").replace("%1", preview.channel_name), 2)
        self.summary = QLabel(self.summary_text(preview))
        self.summary.setWordWrap(True)
        self.create_talks = QCheckBox(
            self.tr(
                "Ghi vào nhật ký một buổi “Bài đăng fanpage” cho mỗi bài trong %Ln bài chưa có",
                "",
                preview.posts_without_talk + preview.talks_created,
            )
        )
        self.create_talks.setVisible(bool(preview.posts_without_talk or preview.talks_created))
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Huỷ"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setDefault(True)

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.create_talks)
        layout.addWidget(self.buttons)

        # signals
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def summary_text(self, p: MetaImport) -> str:
        n = i18n.number
        lines = [
            self.tr("%1 bài đăng: %2 mới, %3 cập nhật số liệu, %4 không đổi.")
            .replace("%1", n(p.posts))
            .replace("%2", n(p.new))
            .replace("%3", n(p.updated))
            .replace("%4", n(p.unchanged)),
            self.tr("Số liệu tính đến ngày %1 (số cộng dồn từ khi đăng; tệp mới thay số cũ, không cộng thêm).").replace(
                "%1", i18n.date(p.as_of)
            ),
        ]
        if p.older:
            lines.append(self.tr("%Ln bài đã có số liệu mới hơn tệp này: giữ nguyên.", "", p.older))
        for metric, days in p.series:
            lines.append(self.tr("Chỉ số theo ngày “%1”: %2 ngày.").replace("%1", metric).replace("%2", n(days)))
        t = p.totals
        lines.append(
            self.tr(
                "Sau khi nhập, fanpage có: %1 lượt xem, %2 lượt tiếp cận, %3 lượt cảm xúc, %4 bình luận, %5 chia sẻ."
            )
            .replace("%1", n(t.views))
            .replace("%2", n(t.reach))
            .replace("%3", n(t.reactions))
            .replace("%4", n(t.comments))
            .replace("%5", n(t.shares))
        )
        if p.talks_matched:
            lines.append(self.tr("%Ln bài khớp với buổi đã ghi trong nhật ký.", "", p.talks_matched))
        return "\n".join(lines)

    @staticmethod
    def ask(parent: QWidget | None, preview: MetaImport) -> tuple[bool, bool]:
        """(import?, create the missing talks?): the one modal entry, which tests replace."""
        dialog = MetaPreviewDialog(preview, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted, dialog.create_talks.isChecked()
