"""The senders' table at 150 % text: the fingerprint (monospaced) grows with the rest of the text,
and its column holds it whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from test_pages_fit import rebuilt

from desktop_app.services.sender_keys import WaitingSender
from desktop_app.ui.pages.exchange import SendersDialog

FINGERPRINT = "3F2A 9C41 77B0 E5D2 0A19 64CE"


def test_the_fingerprint_column_grows_with_the_text_size(app_controller, qtbot, qapp):
    window = rebuilt(app_controller, qtbot, qapp, "vi", 150)
    sender = WaitingSender("30130", "Xã Thanh Bình", "", FINGERPRINT, ("a.sotay",))
    dialog = SendersDialog([sender], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    font = table.item(0, 2).data(Qt.ItemDataRole.FontRole)
    assert abs(font.pointSizeF() - table.font().pointSizeF()) < 0.01
    assert font.pointSizeF() >= 1.4 * app_controller.base_pt
    assert table.columnWidth(2) >= QFontMetrics(font).horizontalAdvance(FINGERPRINT)
