"""Nhật ký: the quick-entry form (keyboard only, Enter saves) beside the lazy talk table."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import validation
from ...core.enums import FollowUpStatus, TalkFormat
from ...core.errors import SotayError, ValidationError
from ...core.filters import TalkFilter
from ...core.records import OnlineReach, Talk
from ...core.rules import rule
from ...services import Services
from .. import i18n
from ..forms import DateEdit, Field, MultiCompleter, NumberBox, line_edit, split_items
from ..models import TalkTableModel
from ..widgets import Banner, button, heading

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
}


class TalkForm(QFrame):
    """One page, closed questions first; date, format and place sticky from the last entry."""

    sig_saved = Signal(object)  # the saved Talk
    sig_cancelled = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.editing: Talk | None = None
        self._pending: Talk | None = None  # waiting for the duplicate answer
        self._groups: dict[str, str] = {}
        self._documents: dict[str, str] = {}
        limits = services.limits

        # widgets
        self.title = heading(self.tr("Ghi buổi mới"), 2)
        self.summary = Banner(self)
        self.duplicates = Banner(self)
        self.date = DateEdit(lambda: services.today)
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
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.questions_count = NumberBox(rule("talks", "questions_count").cap)
        self.follow_up = line_edit("talks", "follow_up_text")
        self.follow_up_due = DateEdit(lambda: services.today)
        self.notes = line_edit("talks", "notes")
        self.save_button = button(self.tr("Lưu buổi"), "save", primary=True)
        self.save_button.setToolTip(self.tr("Enter"))
        self.cancel_button = button(self.tr("Huỷ sửa"))
        self.cancel_button.hide()

        self.fields: dict[str, Field] = {
            "date": Field(self.tr("&Ngày"), self.date, self.tr("H: hôm nay · Q: hôm qua · ↑↓: đổi ngày")),
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
            "questions": Field(self.tr("Ý kiến, kiến nghị của người dự (không ghi tên người nêu)"), self.questions),
            "questions_count": Field(self.tr("Số ý kiến"), self.questions_count),
            "follow_up": Field(self.tr("Việc cần theo dõi"), self.follow_up),
            "follow_up_due": Field(self.tr("Hạn theo dõi"), self.follow_up_due),
            "notes": Field(self.tr("Ghi chú"), self.notes),
        }
        self.online_box = QWidget()

        # layout
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
        grid.addWidget(self.online_box, 4, 0, 1, 2)
        grid.addWidget(f["groups"], 5, 0, 1, 2)
        grid.addWidget(f["documents"], 6, 0, 1, 2)
        grid.addWidget(f["duration"], 7, 0)
        grid.addWidget(f["presenters"], 7, 1)
        grid.addWidget(f["questions"], 8, 0, 1, 2)
        grid.addWidget(f["questions_count"], 9, 0)
        grid.addWidget(f["follow_up_due"], 9, 1)
        grid.addWidget(f["follow_up"], 10, 0, 1, 2)
        grid.addWidget(f["notes"], 11, 0, 1, 2)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

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
            self.groups,
            self.documents,
            self.duration,
            self.presenters,
            self.questions,
            self.questions_count,
            self.follow_up_due,
            self.follow_up,
            self.notes,
            self.save_button,
            self.cancel_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        # completion
        self.place_completer = MultiCompleter([], self, multiple=False)
        self.place.setCompleter(self.place_completer)
        self.topic_completer = MultiCompleter([], self)
        self.topics.setCompleter(self.topic_completer)
        self.group_completer = MultiCompleter([], self)
        self.groups.setCompleter(self.group_completer)
        self.document_completer = MultiCompleter([], self)
        self.documents.setCompleter(self.document_completer)
        self.presenter_completer = MultiCompleter([], self, multiple=False)
        self.presenters.setCompleter(self.presenter_completer)

        # signals
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.topics.textChanged.connect(self._check_topics)
        self.questions.textChanged.connect(self._check_questions)
        self.duplicates.sig_action.connect(self._duplicate_answer)

        self.reload_choices()
        self.reset()

    # --- choices and defaults -------------------------------------------------------------------

    def reload_choices(self) -> None:
        self.place_completer.set_items(self.services.recent_values("place"))
        self.presenter_completer.set_items(self.services.recent_values("presenters"))
        self.topic_completer.set_items(self.services.topics())
        self._groups = {g.name: g.id for g in self.services.groups(include_inactive=False)}
        self.group_completer.set_items(list(self._groups))
        self._documents = {d.title: d.id for d in self.services.documents()}
        self.document_completer.set_items(list(self._documents))

    def reset(self, keep_sticky: bool = True) -> None:
        """An empty form; date, format and place stay as last saved (the sticky fields)."""
        sticky = self.services.preference("talk_form.sticky", {}) if keep_sticky else {}
        self.editing = None
        self._pending = None
        self.title.setText(self.tr("Ghi buổi mới"))
        self.cancel_button.hide()
        self.date.set_date(self._sticky_date(sticky.get("held_on")))
        index = self.format.findData(sticky.get("format", TalkFormat.MEETING.value))
        self.format.setCurrentIndex(max(index, 0))
        self.place.setText(sticky.get("place", ""))
        for w in (self.topics, self.groups, self.documents, self.presenters, self.follow_up, self.notes):
            w.clear()
        self.start_time.setText("")
        for w in (
            self.attendance,
            self.duration,
            self.views,
            self.likes,
            self.shares,
            self.comments,
            self.points,
            self.questions_count,
        ):
            w.setValue(0)
        self.questions.clear()
        self.follow_up_due.clear()
        self.clear_errors()
        self._format_changed()

    def _sticky_date(self, iso: str | None) -> dt.date:
        today = self.services.today
        try:
            day = dt.date.fromisoformat(iso) if iso else today
        except ValueError:
            day = today
        return day if day <= today else today

    def _format_changed(self) -> None:
        fmt = TalkFormat(self.format.currentData())
        self.online_box.setVisible(fmt.online)

    def _check_topics(self, text: str) -> None:
        """The number and length of topics, checked as they are typed (the shared rule's limits)."""
        self._check_as_typed("topics", lambda: validation.check_list(rule("talks", "topics"), tuple(split_items(text))))

    def _check_questions(self) -> None:
        """A multi-line box has no maximum length of its own: its rule is checked as it is typed."""
        text = self.questions.toPlainText()
        self._check_as_typed(
            "questions", lambda: validation.check_length("questions_text", text, rule("talks", "questions_text").cap)
        )

    def _check_as_typed(self, key: str, check) -> None:
        try:
            check()
        except ValidationError as exc:
            self.fields[key].set_error(i18n.error_text(exc))
            return
        self.fields[key].set_error("")

    def clear_errors(self) -> None:
        for f in self.fields.values():
            f.set_error("")
        self.summary.hide()
        self.duplicates.hide()

    # --- loading a talk (edit, duplicate) -------------------------------------------------------

    def load(self, talk: Talk, as_copy: bool = False) -> None:
        self.reset()
        self.editing = None if as_copy else talk
        self.title.setText(
            self.tr("Ghi buổi mới (chép từ buổi %1)").replace("%1", i18n.date(talk.held_on))
            if as_copy
            else self.tr("Sửa buổi ngày %1").replace("%1", i18n.date(talk.held_on))
        )
        self.cancel_button.setVisible(not as_copy)
        self.date.set_date(self.services.today if as_copy else talk.held_on)
        self.format.setCurrentIndex(max(self.format.findData(talk.format.value), 0))
        self.place.setText(talk.place)
        self.topics.setText("; ".join(talk.topics))
        self.attendance.setValue(talk.attendance)
        self.start_time.setText(talk.start_time)
        self.duration.setValue(talk.duration_min)
        self.presenters.setText(talk.presenters)
        names = {v: k for k, v in self._groups.items()}
        self.groups.setText("; ".join(names.get(g, "") for g in talk.group_ids if g in names))
        titles = {v: k for k, v in self._documents.items()}
        self.documents.setText("; ".join(titles[d] for d in talk.document_ids if d in titles))
        for name in ("views", "likes", "shares", "comments", "points"):
            getattr(self, name).setValue(getattr(talk.online, name))
        if not as_copy:
            self.questions.setPlainText(talk.questions_text)
            self.questions_count.setValue(talk.questions_count)
            self.follow_up.setText(talk.follow_up_text)
            self.follow_up_due.set_date(talk.follow_up_due)
            self.notes.setText(talk.notes)
        self.date.setFocus()
        self.date.selectAll()

    def show_stored_problems(self) -> None:
        """A talk saved by an older version may break a rule of today: each such field is marked on
        opening (the form's limits would otherwise cut it silently), not first when saving."""
        if self.editing is None:
            return
        problems = self.services.record_problems("talks", self.editing.id)
        for problem in reversed(problems):  # the first ends with the focus
            self.show_error(
                problem, self.tr("Buổi này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1")
            )
        if len(problems) > 1:
            self.summary.show_message(
                self.tr(
                    "Buổi này vượt quy định nên chưa gửi lên được (%1 chỗ). Sửa chỗ được đánh dấu rồi lưu."
                ).replace("%1", i18n.number(len(problems))),
                "error",
            )

    def cancel_edit(self) -> None:
        self.reset()
        self.sig_cancelled.emit()

    # --- saving ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pending is not None and self.duplicates.isVisible():
                self._duplicate_answer("save")
                return
            self.save()
            return
        if event.key() == Qt.Key.Key_Escape and self.editing is not None:
            self.cancel_edit()
            return
        super().keyPressEvent(event)

    def _collect(self) -> dict:
        """The form as loose fields for ``Services.new_talk``; raises ValidationError for names that
        match no group or document."""
        groups, docs = [], []
        for name in split_items(self.groups.text()):
            if name not in self._groups:
                raise ValidationError(
                    self.tr("Không có nhóm tên “%1”; chọn trong danh sách gợi ý.").replace("%1", name),
                    "unknown group",
                    field="group_ids",
                )
            groups.append(self._groups[name])
        for title in split_items(self.documents.text()):
            if title not in self._documents:
                raise ValidationError(
                    self.tr("Không có tài liệu “%1”; chọn trong danh sách gợi ý.").replace("%1", title),
                    "unknown document",
                    field="document_ids",
                )
            docs.append(self._documents[title])
        start = self.start_time.text()
        start = "" if start.replace(":", "").strip() == "" else start
        if start and len(start) == 4 and start[1] == ":":
            start = "0" + start
        questions = self.questions.toPlainText().strip()
        follow = self.follow_up.text().strip()
        fields = dict(
            held_on=self.date.text() or None,
            format=self.format.currentData(),
            place=self.place.text(),
            topics=split_items(self.topics.text()),
            attendance=self.attendance.value(),
            start_time=start,
            duration_min=self.duration.value(),
            presenters=self.presenters.text(),
            group_ids=groups,
            document_ids=docs,
            questions_text=questions,
            questions_count=self.questions_count.value() or (1 if questions else 0),
            follow_up_text=follow,
            follow_up_due=self.follow_up_due.text() or None,
            notes=self.notes.text(),
            follow_up_status=(
                self.editing.follow_up_status.value
                if self.editing and self.editing.follow_up_status != FollowUpStatus.NONE
                else FollowUpStatus.OPEN.value
            )
            if follow
            else FollowUpStatus.NONE.value,
        )
        if TalkFormat(self.format.currentData()).online:
            fields["online"] = OnlineReach(
                self.views.value(), self.likes.value(), self.shares.value(), self.comments.value(), self.points.value()
            )
        if not fields["held_on"]:
            raise ValidationError(self.tr("Ngày: không được để trống."), "held_on is required", field="held_on")
        return fields

    def save(self) -> Talk | None:
        """Validate, warn about a likely duplicate (never blocking), then store."""
        self.clear_errors()
        try:
            fields = self._collect()
            if self.editing is not None:
                fields.update(id=self.editing.id, extra=self.editing.extra)
            talk = self.services.new_talk(**fields)
            if self.editing is not None:
                talk = dataclasses.replace(talk, unit_code=self.editing.unit_code)
        except ValidationError as exc:
            self.show_error(exc)
            return None
        if self.editing is None and self._pending is None:
            similar = self.services.similar_talks(talk)
            if similar:
                self._pending = talk
                self._show_duplicates(similar)
                return None
        return self._store(talk)

    def _store(self, talk: Talk) -> Talk | None:
        try:
            saved = self.services.save_talk(talk)
        except SotayError as exc:
            self.show_error(exc)
            return None
        self.services.set_preference(
            "talk_form.sticky",
            {"held_on": saved.held_on.isoformat(), "format": saved.format.value, "place": saved.place},
        )
        self.reload_choices()
        self.reset()
        self.sig_saved.emit(saved)
        self.date.setFocus()
        self.date.selectAll()
        return saved

    def _show_duplicates(self, similar: list[Talk]) -> None:
        lines = [self.tr("Buổi tương tự đã có:")]
        for t in similar[:3]:
            lines.append(
                f"• {i18n.date(t.held_on)} {t.start_time} · {i18n.format_label(t.format)} · "
                f"{t.place or '—'} · {', '.join(t.topics) or '—'}"
            )
        lines.append(self.tr("Nếu đây là buổi khác, bấm “Không phải trùng, lưu”. Enter cũng lưu."))
        self.duplicates.show_message(
            "\n".join(lines), "warning", (("save", self.tr("Không phải trùng, lưu")), ("edit", self.tr("Sửa lại")))
        )

    def _duplicate_answer(self, key: str) -> None:
        if key == "save" and self._pending is not None:
            self._store(self._pending)
        else:
            self._pending = None
            self.duplicates.hide()
            self.date.setFocus()

    def show_error(self, exc, summary: str | None = None) -> None:
        """``exc``: a refusal naming a field (a SotayError, or a record problem found before sending)."""
        key = FIELD_WIDGETS.get(exc.field or "", "")
        field = self.fields.get(key)
        if field is not None:
            field.set_error(i18n.error_text(exc))
            field.widget.setFocus()
        summary = summary or self.tr("Chưa lưu. Sửa chỗ được đánh dấu: %1")
        self.summary.show_message(summary.replace("%1", i18n.error_text(exc)), "error")


class TalksPage(QWidget):
    """The log: filters, the lazy table, the form; edit, duplicate, delete with undo."""

    sig_changed = Signal()

    PERIODS = ("all", "this_month", "last_month", "last_30", "this_quarter", "this_year")

    def __init__(self, services: Services, runner=None, parent=None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self._deleted: Talk | None = None

        # widgets
        self.form = TalkForm(services)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll
        self.model = TalkTableModel(services, runner, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = self.fontMetrics()
        for col, sample in enumerate(
            (
                "00/00/0000  00:00 ",
                "Hội nghị, buổi nói chuyện",
                "Nhà văn hóa ấp Bình Thạnh",
                "Chuyển đổi số, …",
                "00.000",
                "00.000",
            )
        ):
            title = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            header.resizeSection(col, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 12) + 16)
        self.period = QComboBox()
        for key, label in zip(
            self.PERIODS,
            (
                self.tr("Mọi lúc"),
                self.tr("Tháng này"),
                self.tr("Tháng trước"),
                self.tr("30 ngày qua"),
                self.tr("Quý này"),
                self.tr("Năm nay"),
            ),
            strict=True,
        ):
            self.period.addItem(label, key)
        self.format_filter = QComboBox()
        self.format_filter.addItem(self.tr("Mọi hình thức"), None)
        for fmt in TalkFormat:
            self.format_filter.addItem(i18n.format_label(fmt), fmt.value)
        self.topic_filter = QComboBox()
        self.group_filter = QComboBox()
        self.count_label = QLabel()
        self.new_button = button(self.tr("Buổi mới"), "add")
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button = button(self.tr("Sửa"))
        self.copy_button = button(self.tr("Chép thành buổi mới"), "copy")
        self.delete_button = button(self.tr("Xoá"), "delete")
        self.banner = Banner(self)

        # layout
        filters = QGridLayout()  # two rows: four filters side by side do not fit 1366 px at 150 %
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        labelled = (
            (self.tr("Thời gian"), self.period),
            (self.tr("Hình thức"), self.format_filter),
            (self.tr("Chuyên đề"), self.topic_filter),
            (self.tr("Nhóm"), self.group_filter),
        )
        for n, (label, w) in enumerate(labelled):
            # long topic or group names must not widen the window past a 1366-pixel screen
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            caption = QLabel(label)
            caption.setBuddy(w)
            filters.addWidget(caption, n // 2, (n % 2) * 2)
            filters.addWidget(w, n // 2, (n % 2) * 2 + 1)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.copy_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 8, 8, 8)
        rl.addWidget(heading(self.tr("Nhật ký các buổi tuyên truyền")))
        rl.addLayout(filters)
        rl.addWidget(self.banner)
        rl.addWidget(self.table, 1)
        rl.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        scroll.setMinimumWidth(self.form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        splitter.setSizes([max(scroll.minimumWidth(), fm.horizontalAdvance("M") * 36), 760])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # signals
        self.form.sig_saved.connect(self._saved)
        self.model.sig_count_changed.connect(self._count_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        for combo in (self.period, self.format_filter, self.topic_filter, self.group_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_talk)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.banner.sig_action.connect(self._banner_action)

        self.reload_filter_choices()
        self._count_changed(self.model.rowCount(), self.model.total)
        self._update_buttons()

    # --- filters --------------------------------------------------------------------------------

    def reload_filter_choices(self) -> None:
        for combo, items, everything in (
            (self.topic_filter, [(t, t) for t in self.services.topics()], self.tr("Mọi chuyên đề")),
            (self.group_filter, [(g.name, g.id) for g in self.services.groups()], self.tr("Mọi nhóm")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def period_range(self, key: str) -> tuple[dt.date | None, dt.date | None]:
        today = self.services.today
        first = today.replace(day=1)
        if key == "this_month":
            return first, today
        if key == "last_month":
            end = first - dt.timedelta(days=1)
            return end.replace(day=1), end
        if key == "last_30":
            return today - dt.timedelta(days=29), today
        if key == "this_quarter":
            return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
        if key == "this_year":
            return dt.date(today.year, 1, 1), today
        return None, None

    def apply_filters(self) -> None:
        start, end = self.period_range(self.period.currentData())
        self.model.set_filter(
            TalkFilter(
                date_from=start,
                date_to=end,
                format=self.format_filter.currentData(),
                topic=self.topic_filter.currentData(),
                group_id=self.group_filter.currentData(),
            )
        )

    def _count_changed(self, shown: int, total: int) -> None:
        text = self.tr("%1 buổi") if self.model.all_ids_known else self.tr("Hơn %1 buổi (đang đếm…)")
        self.count_label.setText(text.replace("%1", i18n.number(total)))

    # --- actions --------------------------------------------------------------------------------

    def selected_talk(self) -> Talk | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.talk_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        for b in (self.edit_button, self.copy_button, self.delete_button):
            b.setEnabled(has)

    def new_talk(self) -> None:
        self.form.reset()
        self.form.date.setFocus()
        self.form.date.selectAll()
        self.form_scroll.ensureVisible(0, 0)

    def edit_selected(self) -> None:
        talk = self.selected_talk()
        if talk is not None:
            self.form.load(talk)

    def copy_selected(self) -> None:
        talk = self.selected_talk()
        if talk is not None:
            self.form.load(talk, as_copy=True)

    def delete_selected(self) -> None:
        talk = self.selected_talk()
        if talk is None:
            return
        try:
            self.services.delete_talk(talk.id)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self._deleted = talk
        self.model.refresh()
        self.banner.show_message(
            self.tr("Đã xoá buổi ngày %1 (%2).")
            .replace("%1", i18n.date(talk.held_on))
            .replace("%2", talk.place or i18n.format_label(talk.format)),
            "info",
            (("undo", self.tr("Hoàn tác")),),
        )
        self.sig_changed.emit()

    def _banner_action(self, key: str) -> None:
        if key == "undo" and self._deleted is not None:
            self.services.restore_talk(self._deleted.id)
            restored, self._deleted = self._deleted, None
            self.model.refresh()
            self.select_talk(restored.id)
            self.banner.show_message(self.tr("Đã khôi phục buổi."), "success")
            self.sig_changed.emit()

    def _saved(self, talk: Talk) -> None:
        self.reload_filter_choices()
        self.model.refresh()
        self.select_talk(talk.id)
        self.banner.show_message(
            self.tr("Đã lưu buổi ngày %1 · %2.")
            .replace("%1", i18n.date(talk.held_on))
            .replace("%2", talk.place or i18n.format_label(talk.format)),
            "success",
        )
        self.sig_changed.emit()

    def select_talk(self, talk_id: str) -> None:
        row = self.model.row_of(talk_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        QTimer.singleShot(0, lambda: self.table.scrollTo(index))

    def focus_form(self) -> None:
        self.new_talk()

    def open_record(self, talk_id: str) -> None:
        """A talk named elsewhere (a refused export): shown in the table and loaded in the form,
        which marks what breaks a rule."""
        self.select_talk(talk_id)
        self.form.load(self.services.talk(talk_id))
        self.form.show_stored_problems()
