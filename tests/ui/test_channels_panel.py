"""The channels panel driven through its widgets: a channel added and counted, a refusal shown at
its field, the Meta import previewed before anything is written and imported after "Nhập", a bad
file refused in the banner; at a province, the unit column and filter."""

from __future__ import annotations

import pytest
from meta_files import post_csv, post_row, write
from PySide6.QtCore import Qt

from desktop_app.core.enums import Platform, Role
from desktop_app.ui.pages.channels import ChannelsPanel
from desktop_app.ui.pages.channels.meta_dialog import MetaPreviewDialog
from desktop_app.ui.pages.channels.model import ChannelTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(services, qtbot):
    widget = ChannelsPanel(services)
    qtbot.addWidget(widget)
    return widget


def _rows(panel):
    return [panel.model.cell(panel.model.record(r), 0) for r in range(panel.model.rowCount())]


def test_a_channel_is_added_and_its_monthly_count_recorded(panel, services, qtbot):
    assert panel.model.rowCount() == 0 and panel.title.text() == "Kênh mới"
    panel.name.setText("Tuổi trẻ Thanh Bình")  # typed text must be ASCII for QTest; the field is set
    panel.official.setChecked(True)
    panel.url.setText("https://facebook.com/tuoitrethanhbinh")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert _rows(panel) == ["Tuổi trẻ Thanh Bình  ✓"] and "Đã lưu kênh" in panel.banner.text()
    panel.month.setText("2026-10")
    panel.followers.setValue(1794)
    qtbot.mouseClick(panel.snapshot_button, Qt.MouseButton.LeftButton)
    assert panel.counts.rowCount() == 1 and panel.counts.item(0, 1).text() == "1.794"
    assert panel.model.cell(panel.model.record(0), 3) == "1.794"
    (line,) = services.channels.list()
    assert line.channel.platform is Platform.FANPAGE and line.followers == 1794
    panel.new_channel()
    panel.platform.setCurrentIndex(panel.platform.findData("zalo_group"))
    panel.name.setText("Nhóm Zalo ấp Tân Mỹ")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert len(services.channels.list()) == 2 and panel.count.text() == "2 kênh"


def test_refusals_are_shown_at_their_field(panel, qtbot):
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Tên" in panel.fields["name"].error.text() and "Chưa lưu" in panel.banner.text()
    panel.name.setText("Trang xã")
    panel.save()
    panel.month.setText("10/2026")
    panel.save_snapshot()
    assert "NĂM-THÁNG" in panel.snapshot_fields["month"].error.text()


def test_the_meta_import_is_previewed_then_written_only_after_nhap(panel, services, tmp_path, monkeypatch):
    page = services.channels.add(name="Trang xã")
    panel.refresh()
    posts = write(tmp_path / "posts.csv", post_csv([post_row(n, 100) for n in range(4)], 33, 2))
    asked = []

    def no(parent, preview):
        asked.append(preview)
        return False, False

    monkeypatch.setattr(MetaPreviewDialog, "ask", staticmethod(no))
    panel.preview_meta([posts])
    (preview,) = asked
    assert (preview.dry_run, preview.new, preview.talks_created) == (True, 4, 4)
    assert services.channels.import_meta([posts], channel_id=page.id, dry_run=True).new == 4  # nothing written
    dialog = MetaPreviewDialog(preview, panel)
    assert "4 bài đăng: 4 mới" in dialog.summary.text() and not dialog.create_talks.isHidden()
    assert "4 bài chưa có" in dialog.create_talks.text()
    monkeypatch.setattr(MetaPreviewDialog, "ask", staticmethod(lambda parent, p: (True, True)))
    panel.preview_meta([posts])
    assert "4 bài đăng" in panel.banner.text() and "4 mới" in panel.banner.text()
    assert services.channels.import_meta([posts], channel_id=page.id, dry_run=True).new == 0
    assert sum(t.channel_id == page.id for t in services.talks.list()) == 4


def test_a_bad_file_is_refused_in_the_banner_and_nothing_is_asked(panel, services, tmp_path, monkeypatch):
    services.channels.add(name="Trang xã")
    panel.refresh()
    monkeypatch.setattr(MetaPreviewDialog, "ask", staticmethod(lambda *_: pytest.fail("no preview for a bad file")))
    panel.preview_meta([write(tmp_path / "thieu.csv", post_csv([post_row(1)], drop=("Reach",)))])
    assert "Chưa nhập được" in panel.banner.text() and "thiếu cột Reach" in panel.banner.text()


def test_at_a_province_the_unit_column_and_filter_show_each_communes_channels(qtbot, tmp_path):
    from exchange_helpers import PROVINCE, Factory

    from desktop_app.exchange import export_log, import_paths

    f = Factory(tmp_path)
    codes = f.communes(2)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    for i, code in enumerate(codes):
        commune = f.make(f"c{i}", code)
        commune.channels.add(name=f"Fanpage {i}")
        bundle = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
        assert import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0].status == "applied"
        commune.close()
    widget = ChannelsPanel(agg)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 2 and not widget.table.isColumnHidden(ChannelTableModel.UNIT_COLUMN)
    widget.unit_filter.setCurrentIndex(widget.unit_filter.findData(codes[1]))
    assert _rows(widget) == ["Fanpage 1"]
    assert not widget.save_button.isEnabled()  # a commune's channel is the commune's to edit
    agg.close()


def test_the_model_passes_the_model_tester(panel, services, qtmodeltester):
    services.channels.add(name="Trang xã")
    services.channels.add(platform="tiktok", name="TikTok xã")
    panel.refresh()
    qtmodeltester.check(panel.model)
