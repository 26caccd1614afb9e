"""The talk form's channel picker: shown for posting formats only, it names the channel the post
went out on, and an edited talk shows its channel again."""

from __future__ import annotations

import pytest

from desktop_app.core.enums import TalkFormat
from desktop_app.ui.pages.talks.form import TalkForm

pytestmark = pytest.mark.gui


@pytest.fixture
def form(services, qtbot):
    services.channels.add(name="Tuổi trẻ Thanh Bình")
    services.channels.add(platform="zalo_group", name="Nhóm Zalo ấp Tân Mỹ")
    widget = TalkForm(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _pick(form, fmt):
    form.format.setCurrentIndex(form.format.findData(fmt.value))


def test_the_picker_shows_for_posts_only_and_saves_the_channel(form, services):
    _pick(form, TalkFormat.MEETING)
    assert not form.fields["channel"].isVisible()
    _pick(form, TalkFormat.FANPAGE_POST)
    assert form.fields["channel"].isVisible()
    assert [form.channel.itemText(i).split(" · ")[0] for i in range(form.channel.count())] == [
        "(không ghi kênh)",
        "Tuổi trẻ Thanh Bình",
        "Nhóm Zalo ấp Tân Mỹ",
    ]
    page = next(line.channel for line in services.channels.list() if line.channel.name == "Tuổi trẻ Thanh Bình")
    form.channel.setCurrentIndex(form.channel.findData(page.id))
    form.views.setValue(250)
    saved = form.save()
    assert saved is not None and saved.channel_id == page.id and saved.online.views == 250
    form.load(saved)
    assert form.channel.currentData() == page.id
    _pick(form, TalkFormat.ONLINE_CONFERENCE)  # a conference is no post: its channel is not kept
    assert not form.fields["channel"].isVisible()
    assert form.talk_on_screen().channel_id is None


def test_without_a_channel_picked_the_post_names_none(form):
    _pick(form, TalkFormat.ZALO_POST)
    saved = form.save()
    assert saved is not None and saved.channel_id is None
