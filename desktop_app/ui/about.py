"""Giới thiệu (About): name, version, licence, where the data lives and this machine's key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .. import __version__
from ..services import Services
from .widgets import Ask


def about_text(services: Services) -> str:
    # written out as QCoreApplication.translate("About", ...): pyside6-lupdate finds no alias of it
    inst = services.identity.installation
    unit = services.units.get(inst.unit_code)
    name = QCoreApplication.translate("About", "Sổ tay Tuyên truyền")
    summary = QCoreApplication.translate(
        "About",
        "Sổ tay tuyên truyền miệng cho xã, phường và đơn vị tổng hợp: thư viện tài liệu, nhật ký các buổi tuyên truyền, nhóm đối tượng, trao đổi bằng tệp và báo cáo.",  # noqa: E501
    )
    unit_label = QCoreApplication.translate("About", "Đơn vị")
    folder_label = QCoreApplication.translate("About", "Thư mục dữ liệu")
    key_label = QCoreApplication.translate("About", "Dấu vân tay khoá")
    licence = QCoreApplication.translate("About", "Giấy phép GNU GPL phiên bản 3 hoặc mới hơn (GPL-3.0-or-later).")
    return (
        f"<h3>{name} {__version__}</h3><p>{summary}</p>"
        f"<p><b>{unit_label}:</b> {unit.full_name}<br>"
        f"<b>{folder_label}:</b> {services.data_dir}<br>"
        f"<b>{key_label}:</b> <code>{inst.fingerprint}</code></p>"
        f"<p>{licence}</p>"
    )


def show_about(parent: QWidget, services: Services) -> None:
    Ask.inform(
        parent,
        QCoreApplication.translate("About", "Giới thiệu"),
        about_text(services),
        QCoreApplication.translate("About", "Đóng"),
    )
