"""Giới thiệu (About): name, version, licence, where the data lives and this machine's key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .. import __version__
from ..services import Services
from .widgets import Ask


def about_text(services: Services) -> str:
    tr = lambda text: QCoreApplication.translate("About", text)  # noqa: E731
    inst = services.installation
    unit = services.unit(inst.unit_code)
    rows = [
        f"<h3>{tr('Sổ tay Tuyên truyền')} {__version__}</h3>",
        f"<p>{tr('Sổ tay tuyên truyền miệng cho xã, phường và đơn vị tổng hợp: thư viện tài liệu, '
                 'nhật ký các buổi tuyên truyền, nhóm đối tượng, trao đổi bằng tệp và báo cáo.')}</p>",
        f"<p><b>{tr('Đơn vị')}:</b> {unit.full_name}<br>",
        f"<b>{tr('Thư mục dữ liệu')}:</b> {services.data_dir}<br>",
        f"<b>{tr('Dấu vân tay khoá')}:</b> <code>{inst.fingerprint}</code></p>",
        f"<p>{tr('Giấy phép GNU GPL phiên bản 3 hoặc mới hơn (GPL-3.0-or-later).')}</p>",
    ]
    return "".join(rows)


def show_about(parent: QWidget, services: Services) -> None:
    Ask.inform(parent, QCoreApplication.translate("About", "Giới thiệu"), about_text(services),
               QCoreApplication.translate("About", "Đóng"))
