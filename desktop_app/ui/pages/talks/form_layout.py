"""How the talk form is built: its widgets, each with its label and error line, the two-column
grid (closed questions first), the order Tab follows, and the suggestions as one types."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import TalkFormat
from ....core.records import Talk
from ....core.rules import rule
from ....services import Services
from ... import i18n
from ...forms import DateEdit, Field, MultiCompleter, NumberBox, line_edit
from ...widgets import Banner, button, heading
from .follow_up_box import FollowUpBox
from .language_box import LanguageBox
from .theme_suggest import ThemeSuggestions
from .warning import SaveWarning

# Where a ValidationError.field lands in the form.
FIELD_WIDGETS = {
    "held_on": "date",
    "format": "format",
    "place": "place",
    "topic": "topics",
    "topics": "topics",
    "attendance": "attendance",
    "start_time": "start_time",
    "duration_min": "duration",
    "presenters": "presenters",
    "questions_text": "questions",
    "questions_count": "questions_count",
    "theme": "questions",
    "question_themes": "questions",
    "follow_up_text": "follow_up",
    "follow_up_due": "follow_up_due",
    "notes": "notes",
    "unit_code": "place",
    "group_ids": "groups",
    "document_ids": "documents",
    "online_views": "views",
    "online_likes": "likes",
    "online_shares": "shares",
    "online_comments": "comments",
    "online_points": "points",
    "channel_id": "channel",
    "language": "language",
    "follow_up_outcome": "resolution",
    "follow_up_resolved_on": "resolution",
}

# Number boxes and the rule each is held to as it is typed.
NUMBER_RULES = {
    "attendance": "attendance",
    "duration": "duration_min",
    "views": "online_views",
    "likes": "online_likes",
    "shares": "online_shares",
    "comments": "online_comments",
    "points": "online_points",
    "questions_count": "questions_count",
}


if TYPE_CHECKING:  # what the mixin builds on: the page's own Qt class
    _Widget = QFrame
else:
    _Widget = object


class TalkFormLayout(_Widget):
    """The widgets of ``TalkForm`` (a mixin: it builds them on the form itself)."""

    services: Services

    def _make_widgets(self) -> None:
        limits = self.services.identity.limits
        self.title = heading(self.tr("Ghi buổi mới"), 2)
        self.summary = Banner(self)
        self.duplicates = SaveWarning(self)
        self.date = DateEdit(lambda: self.services.session.today)
        self.format = QComboBox()
        for fmt in TalkFormat:
            self.format.addItem(i18n.format_label(fmt), fmt.value)
        self.place = line_edit("talks", "place")
        self.topics = QLineEdit()
        self.attendance = NumberBox(limits.max_attendance)
        self.groups = QLineEdit()
        self.documents = QLineEdit()
        self.start_time = QLineEdit()
        self.start_time.setInputMask("99:99;_")
        self.duration = NumberBox(limits.max_duration_min)
        self.presenters = line_edit("talks", "presenters")
        self.views = NumberBox(limits.max_online)
        self.likes = NumberBox(limits.max_online)
        self.shares = NumberBox(limits.max_online)
        self.comments = NumberBox(limits.max_online)
        self.points = NumberBox(limits.max_online)
        self.channel = QComboBox()  # the channel a post went out on (posting formats only)
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(12)  # a long channel name must not widen the form
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.questions_count = NumberBox(rule("talks", "questions_count").cap)
        self.themes = ThemeSuggestions(self.services)
        self.follow_up = line_edit("talks", "follow_up_text")
        self.follow_up_due = DateEdit(lambda: self.services.session.today)
        self.notes = line_edit("talks", "notes")
        self.language = LanguageBox(self.services.areas.languages)
        self.resolution = FollowUpBox(lambda: self.services.session.today)
        self.save_button = button(self.tr("Lưu buổi"), "save", primary=True, keys="Enter")
        self.cancel_button = button(self.tr("Huỷ sửa"))
        self.cancel_button.hide()
        self.button_bar = QWidget()  # placed by the page under the scrolling form: always in view
        self.date_hint = self.tr("H: hôm nay · Q: hôm qua · ↑↓: đổi ngày")
        self.carried_date_hint = self.tr("Ngày của buổi vừa lưu — H: hôm nay")

        self.fields: dict[str, Field] = {
            "date": Field(self.tr("&Ngày"), self.date, self.date_hint),
            "format": Field(self.tr("&Hình thức"), self.format),
            "place": Field(self.tr("Địa đ&iểm"), self.place),
            "topics": Field(self.tr("Chuyên đề"), self.topics, self.tr("Nhiều chuyên đề: cách nhau bằng dấu ;")),
            "attendance": Field(self.tr("Số người dự"), self.attendance),
            "groups": Field(self.tr("Nhóm đối tượng"), self.groups),
            "documents": Field(self.tr("Tài liệu đã dùng"), self.documents),
            "start_time": Field(self.tr("Giờ bắt đầu"), self.start_time),
            "duration": Field(self.tr("Thời lượng (phút)"), self.duration),
            "presenters": Field(self.tr("Người trình bày"), self.presenters),
            "views": Field(self.tr("Lượt xem"), self.views),
            "likes": Field(self.tr("Lượt thích"), self.likes),
            "shares": Field(self.tr("Lượt chia sẻ"), self.shares),
            "comments": Field(self.tr("Bình luận"), self.comments),
            "points": Field(self.tr("Số điểm cầu"), self.points),
            "channel": Field(self.tr("Đăng trên kênh"), self.channel),
            "questions": Field(self.tr("Ý kiến, kiến nghị nhận được (không ghi tên người nêu)"), self.questions),
            "questions_count": Field(self.tr("Số ý kiến"), self.questions_count),
            "follow_up": Field(self.tr("Việc cần theo dõi"), self.follow_up),
            "follow_up_due": Field(self.tr("Hạn theo dõi"), self.follow_up_due),
            "notes": Field(self.tr("Ghi chú"), self.notes),
            "language": Field(self.tr("Ngôn ngữ buổi nói"), self.language),
            "resolution": Field(self.tr("Kết quả giải quyết việc theo dõi"), self.resolution),
        }
        self.online_box = QWidget()
        self.place_completer = MultiCompleter([], self, multiple=False)
        self.place.setCompleter(self.place_completer)
        self.topic_completer = MultiCompleter([], self)
        self.topics.setCompleter(self.topic_completer)
        self.group_completer = MultiCompleter([], self)
        self.groups.setCompleter(self.group_completer)
        self.document_completer = MultiCompleter([], self)
        self.documents.setCompleter(self.document_completer)
        self.presenter_completer = MultiCompleter([], self)  # several presenters, '; ' between
        self.presenters.setCompleter(self.presenter_completer)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.duplicates)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)  # two equal columns: short fields side by side stay readable
        grid.setColumnStretch(1, 1)
        f = self.fields
        grid.addWidget(f["date"], 0, 0)
        grid.addWidget(f["format"], 0, 1)
        grid.addWidget(f["place"], 1, 0, 1, 2)
        grid.addWidget(f["topics"], 2, 0, 1, 2)
        grid.addWidget(f["attendance"], 3, 0)
        grid.addWidget(f["start_time"], 3, 1)
        online = QGridLayout(self.online_box)
        online.setContentsMargins(0, 0, 0, 0)
        online.addWidget(f["views"], 0, 0)
        online.addWidget(f["likes"], 0, 1)
        online.addWidget(f["shares"], 1, 0)
        online.addWidget(f["comments"], 1, 1)
        online.addWidget(f["points"], 2, 0)
        online.addWidget(f["channel"], 2, 1)
        grid.addWidget(self.online_box, 4, 0, 1, 2)
        grid.addWidget(f["groups"], 5, 0, 1, 2)
        grid.addWidget(f["documents"], 6, 0, 1, 2)
        grid.addWidget(f["duration"], 7, 0)
        grid.addWidget(f["presenters"], 7, 1)
        concerns = QVBoxLayout()
        concerns.setContentsMargins(0, 0, 0, 0)
        concerns.addWidget(f["questions"])
        concerns.addWidget(self.themes)
        concerns.addWidget(self.resolution.urgent)
        grid.addLayout(concerns, 8, 0, 1, 2)
        grid.addWidget(f["questions_count"], 9, 0)
        grid.addWidget(f["follow_up_due"], 9, 1)
        grid.addWidget(f["follow_up"], 10, 0, 1, 2)
        grid.addWidget(f["resolution"], 11, 0, 1, 2)
        grid.addWidget(f["notes"], 12, 0)
        grid.addWidget(f["language"], 12, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(12, 6, 12, 8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        order = [
            self.date,
            self.format,
            self.place,
            self.topics,
            self.attendance,
            self.start_time,
            self.views,
            self.likes,
            self.shares,
            self.comments,
            self.points,
            self.channel,
            self.groups,
            self.documents,
            self.duration,
            self.presenters,
            self.questions,
            self.questions_count,
            self.follow_up_due,
            self.follow_up,
            self.notes,
            self.language,
            self.resolution.outcome,
            self.resolution.resolved_on,
            self.resolution.urgent,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.themes.tab_between(self.questions, self.questions_count)

    def fill_channels(self) -> None:
        """The unit's channels to pick from, after "no channel named"."""
        self.channel.clear()
        self.channel.addItem(self.tr("(không ghi kênh)"), None)
        for line in self.services.channels.list((self.services.identity.installation.unit_code,)):
            self.channel.addItem(f"{line.channel.name} · {i18n.enum_label(line.channel.platform)}", line.channel.id)

    def button_tab_order(self) -> None:
        """Notes, language and how the follow-up ended, then the buttons: called once the page has
        placed the button bar in its window."""
        QWidget.setTabOrder(self.resolution.urgent, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

    def clear_follow_up(self) -> None:
        self.follow_up_due.clear()
        self.resolution.clear()

    def load_follow_up(self, talk: Talk) -> None:
        self.follow_up_due.set_date(talk.follow_up_due)
        self.resolution.load(talk)

    def follow_up_fields(self) -> dict[str, Any]:
        """Due day, state, outcome, resolved day and the urgent mark, as the form shows them."""
        return {"follow_up_due": self.follow_up_due.text() or None, **self.resolution.fields()}
