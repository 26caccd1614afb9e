"""The talk form: one page, keyboard only (Enter saves); loads a talk to edit or copy, checks as one
types, warns of a likely duplicate or of nobody counted without blocking, and saves through the
services what is on screen when the user confirms, never an earlier version.

A new talk is dated today, unless the user is entering several in a row: after a save, the next
new talk of the same sitting (the same window, the same day) keeps the date just saved, with the
hint "Ngày của buổi vừa lưu — H: hôm nay"."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QWidget

from ....core import validation
from ....core.enums import TalkFormat
from ....core.errors import SotayError, ValidationError
from ....core.ids import uuid7
from ....core.records import OnlineReach, Talk
from ....core.rules import rule
from ....core.talk_rules import POSTING_FORMATS, attendance_missing, fields_shown, is_bare, is_exact_copy
from ....services import Services
from ....services.exchange import RecordProblem
from ... import i18n
from ...forms import NumberBox, split_items
from .form_layout import FIELD_WIDGETS, NUMBER_RULES, TalkFormLayout


class TalkForm(TalkFormLayout, QFrame):
    """One page, closed questions first; date, format and place sticky from the last entry."""

    sig_saved = Signal(object)  # the saved Talk
    sig_cancelled = Signal()
    sig_problem = Signal()  # an error or a warning is shown: a message about the last save is stale
    sig_opened = Signal(str)  # the id of an existing talk opened from the duplicate warning

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.editing: Talk | None = None
        self._new_id = uuid7()  # one id while a new talk is typed, so a remembered answer names it
        self._warned: Talk | None = None  # the talk as it was when the warning was shown
        self._carried_date: tuple[dt.date, dt.date] | None = None  # (date saved, on which day) this sitting
        self._groups: dict[str, str] = {}
        self._documents: dict[str, str] = {}

        self._make_widgets()
        self._lay_out()
        self._connect()
        self.reload_choices()
        self.reset()

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.topics.textChanged.connect(self._check_topics)
        self.questions.textChanged.connect(self._check_questions)
        self.questions.textChanged.connect(lambda: self.themes.suggest_for(self.questions.toPlainText()))
        self.duplicates.sig_action.connect(self._warning_answer)
        self.date.textChanged.connect(self._date_hint)
        for key in NUMBER_RULES:
            box = self.fields[key].widget
            if isinstance(box, NumberBox):
                box.lineEdit().textChanged.connect(lambda _t, k=key: self._check_number(k))

    # --- choices and defaults -------------------------------------------------------------------

    def reload_choices(self) -> None:
        self.place_completer.set_items(self.services.talks.recent_values("place"))
        self.presenter_completer.set_items(self.services.force.presenter_choices())
        self.topic_completer.set_items(self.services.talks.topic_choices())
        self._groups = {g.name: g.id for g in self.services.groups.list(include_inactive=False)}
        self.group_completer.set_items(list(self._groups))
        self._documents = {d.title: d.id for d in self.services.library.documents()}
        self.document_completer.set_items(list(self._documents))
        self.fill_channels()

    def reset(self, keep_sticky: bool = True) -> None:
        """An empty form dated today (or the date just saved, see the module); format and place
        stay as last saved (the sticky fields)."""
        sticky = self.services.identity.preference("talk_form.sticky", {}) if keep_sticky else {}
        self.editing = None
        self._new_id = uuid7()
        self._warned = None
        self.title.setText(self.tr("Ghi buổi mới"))
        self.cancel_button.hide()
        self.date.set_date(self._new_talk_date())
        self._date_hint(self.date.text())
        index = self.format.findData(sticky.get("format", TalkFormat.MEETING.value))
        self.format.setCurrentIndex(max(index, 0))
        self.place.setText(sticky.get("place", ""))
        for w in (self.topics, self.groups, self.documents, self.presenters, self.follow_up, self.notes):
            w.clear()
        self.start_time.setText("")
        for box in (
            self.attendance,
            self.duration,
            self.views,
            self.likes,
            self.shares,
            self.comments,
            self.points,
            self.questions_count,
        ):
            box.setValue(0)
        self.questions.clear()
        self.themes.clear()
        self.clear_follow_up()
        self.channel.setCurrentIndex(0)
        self.language.set_language(None)
        self.clear_errors()
        self._format_changed()

    def plan(self, day: dt.date, topic: str) -> None:
        """A talk planned from a calendar reminder: that day, that topic."""
        self.date.set_date(day)
        self._date_hint(self.date.text())
        self.topics.setText(topic)

    def _new_talk_date(self) -> dt.date:
        today = self.services.session.today
        if self._carried_date is not None and self._carried_date[1] == today:
            return min(self._carried_date[0], today)
        return today

    def _date_hint(self, text: str) -> None:
        """Say so when the date shown is carried from the talk just saved rather than today."""
        carried = (
            self.editing is None
            and self._carried_date is not None
            and text == i18n.date(self._carried_date[0])
            and self._carried_date[0] != self.services.session.today
        )
        self.fields["date"].hint.setText(self.carried_date_hint if carried else self.date_hint)

    def _format_changed(self) -> None:
        fmt = TalkFormat(self.format.currentData())
        for name, shown in fields_shown(fmt, self.editing).items():
            self.fields[name].setVisible(shown)
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

    def _check_number(self, key: str) -> None:
        """A number is held to the shared rule as it is typed: a negative count or one over the limit
        is an error at its field, never a value changed behind the user's back."""
        box = self.fields[key].widget
        assert isinstance(box, NumberBox)
        self._check_as_typed(key, lambda: validation.check_count(NUMBER_RULES[key], box.value(), box.maximum()))

    def _check_as_typed(self, key: str, check: Callable[[], object]) -> None:
        try:
            check()
        except ValidationError as exc:
            self.fields[key].set_error(i18n.error_text(exc))
            return
        self.fields[key].set_error("")
        if not any(f.error.text() for f in self.fields.values()):
            self.summary.hide()  # its "sửa chỗ được đánh dấu" no longer applies

    def clear_errors(self) -> None:
        for f in self.fields.values():
            f.set_error("")
        self.summary.hide()
        self.duplicates.hide()

    # --- loading a talk (edit, duplicate) -------------------------------------------------------

    def load(self, talk: Talk, as_copy: bool = False) -> None:
        self.reset()
        self.editing = None if as_copy else talk
        self._date_hint(self.date.text())
        self.title.setText(
            self.tr("Ghi buổi mới (chép từ buổi %1)").replace("%1", i18n.date(talk.held_on))
            if as_copy
            else self.tr("Sửa buổi ngày %1").replace("%1", i18n.date(talk.held_on))
        )
        self.cancel_button.setVisible(not as_copy)
        self.date.set_date(self.services.session.today if as_copy else talk.held_on)
        self.format.setCurrentIndex(max(self.format.findData(talk.format.value), 0))
        self.place.setText(talk.place)
        self.topics.setText("; ".join(talk.topics))
        self.attendance.setValue(talk.attendance)
        self._format_changed()  # the format's fields, now that ``editing`` is this talk
        self.start_time.setText(talk.start_time)
        self.duration.setValue(talk.duration_min)
        self.presenters.setText(talk.presenters)
        names = {v: k for k, v in self._groups.items()}
        self.groups.setText("; ".join(names.get(g, "") for g in talk.group_ids if g in names))
        titles = {v: k for k, v in self._documents.items()}
        self.documents.setText("; ".join(titles[d] for d in talk.document_ids if d in titles))
        for name in ("views", "likes", "shares", "comments", "points"):
            getattr(self, name).setValue(getattr(talk.online, name))
        self.channel.setCurrentIndex(max(self.channel.findData(talk.channel_id), 0))
        self.language.set_language(talk.language)
        if not as_copy:
            self.questions.setPlainText(talk.questions_text)
            self.themes.set_chosen(talk.question_themes)
            self.questions_count.setValue(talk.questions_count)
            self.follow_up.setText(talk.follow_up_text)
            self.load_follow_up(talk)
            self.notes.setText(talk.notes)
        self.date.setFocus()
        self.date.selectAll()

    def show_stored_problems(self) -> None:
        """A talk saved by an older version may break a rule of today: each such field is marked on
        opening (the form's limits would otherwise cut it silently), not first when saving."""
        if self.editing is None:
            return
        problems = self.services.talks.problems(self.editing.id)
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
            self.save()
            return
        if event.key() == Qt.Key.Key_Escape and self.editing is not None:
            self.cancel_edit()
            return
        super().keyPressEvent(event)

    def _collect(self) -> dict[str, Any]:
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
            attendance=0 if self.fields["attendance"].isHidden() else self.attendance.value(),
            start_time=start,
            duration_min=self.duration.value(),
            presenters=self.presenters.text(),
            group_ids=groups,
            document_ids=docs,
            questions_text=questions,
            question_themes=self.themes.chosen(),
            questions_count=self.questions_count.value(),
            follow_up_text=follow,
            **self.follow_up_fields(),
            notes=self.notes.text(),
            channel_id=self.channel.currentData() if TalkFormat(self.format.currentData()) in POSTING_FORMATS else None,
            language=self.language.language(),
        )
        if TalkFormat(self.format.currentData()).online:
            fields["online"] = OnlineReach(
                self.views.value(), self.likes.value(), self.shares.value(), self.comments.value(), self.points.value()
            )
        if not fields["held_on"]:
            raise ValidationError(self.tr("Ngày: không được để trống."), "held_on is required", field="held_on")
        return fields

    def talk_on_screen(self) -> Talk:
        """The talk as the form shows it now; raises ValidationError naming the field."""
        fields = self._collect()
        if self.editing is not None:
            fields.update(id=self.editing.id, extra=self.editing.extra)
        else:
            fields.update(id=self._new_id)
        talk = self.services.talks.new(**fields)
        if self.editing is not None:
            talk = dataclasses.replace(talk, unit_code=self.editing.unit_code)
        return talk

    def save(self, confirmed: bool = False) -> Talk | None:
        """Validate what is on screen now, warn (a likely duplicate, nobody counted at a meeting)
        without blocking, then store. Enter again on an unchanged form passes a warning, except for
        an exact copy of a talk already logged: only "Vẫn lưu" (``confirmed``) saves that."""
        self.clear_errors()
        try:
            talk = self.talk_on_screen()
        except ValidationError as exc:
            self._warned = None
            self.show_error(exc)
            return None
        similar, nobody = self._warnings(talk)
        if similar or nobody:
            exact = any(is_exact_copy(talk, other) for other in similar)
            bare = bool(similar) and is_bare(talk)
            passed = confirmed or (talk == self._warned and not exact and not bare)
            if not passed:
                self._warned = talk
                self._show_warning(talk, similar, exact or bare, nobody)
                return None
        if similar:  # the user said these are other talks: not offered again for this one
            self.services.talks.mark_not_duplicate(talk.id, [other.id for other in similar])
        return self._store(talk)

    def _warnings(self, talk: Talk) -> tuple[list[Talk], bool]:
        """Likely duplicates and a missing attendance count; an edited talk is warned only about
        what the edit changed (its likeness to others was answered when it was saved)."""
        before = self.editing
        if before is None:
            return self.services.talks.similar(talk), attendance_missing(talk)
        moved = (before.held_on, before.place, before.format, before.topics) != (
            talk.held_on,
            talk.place,
            talk.format,
            talk.topics,
        )
        nobody = attendance_missing(talk) and (before.attendance != 0 or before.format != talk.format)
        return (self.services.talks.similar(talk) if moved else []), nobody

    def _store(self, talk: Talk) -> Talk | None:
        try:
            saved = self.services.talks.save(talk)
        except SotayError as exc:
            self.show_error(exc)
            return None
        self.services.identity.set_preference("talk_form.sticky", {"format": saved.format.value, "place": saved.place})
        self._carried_date = (saved.held_on, self.services.session.today)
        self.reload_choices()
        self.reset()
        self.sig_saved.emit(saved)
        self.date.setFocus()
        self.date.selectAll()
        return saved

    def _show_warning(self, talk: Talk, similar: list[Talk], exact: bool, nobody: bool) -> None:
        self.duplicates.show_for(talk, similar, exact, nobody)
        self.sig_problem.emit()
        if nobody and not similar:
            self.attendance.setFocus()

    def _warning_answer(self, key: str) -> None:
        if key == "save":
            self.save(confirmed=True)
        elif key == "open" and self.duplicates.candidates:
            existing = self.duplicates.candidates[0]
            self.load(existing)
            self.sig_opened.emit(existing.id)

    def show_error(self, exc: SotayError | RecordProblem, summary: str | None = None) -> None:
        """``exc``: a refusal naming a field (a SotayError, or a record problem found before sending)."""
        key = FIELD_WIDGETS.get(exc.field or "", "")
        field = self.fields.get(key)
        if field is not None:
            field.set_error(i18n.error_text(exc))
            field.widget.setFocus()
        summary = summary or self.tr("Chưa lưu. Sửa chỗ được đánh dấu: %1")
        self.summary.show_message(summary.replace("%1", i18n.error_text(exc)), "error")
        self.sig_problem.emit()
