"""Nhật ký: the log of talks (filters, the lazy table; edit, duplicate, delete with undo) beside the
quick-entry form (keyboard only, Enter saves). In the table Enter opens a talk, Delete deletes it
(a tombstone, undone by "Hoàn tác" for a while) and Ctrl+D copies it as a new talk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import TalkFormat
from ....core.errors import SotayError
from ....core.filters import TalkFilter, quick_period
from ....core.records import Talk
from ....services import Services
from ... import i18n
from ...card_dialog import TalkCardDialog
from ...models import TalkTableModel
from ...unit_filter import UnitFilterBox
from ...widgets import Banner, button, heading
from ...workers import Runner
from .follow_up_filter import FollowUpFilter
from .form import TalkForm


class TalksPage(QWidget):
    """The log: filters, the lazy table, the form; edit, duplicate, delete with undo."""

    sig_changed = Signal()

    PERIODS = ("all", "this_month", "last_month", "last_30", "this_quarter", "this_year")
    UNDO_SECONDS = 15  # how long "Hoàn tác" stays offered after a deletion

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self._deleted: Talk | None = None
        self.has_units_below = False  # an aggregator, or a commune with hamlets

        self._make_widgets(runner)
        self._lay_out()
        self._connect()
        self.reload_filter_choices()
        self._count_changed(self.model.rowCount(), self.model.total)
        self._update_buttons()

    def _make_widgets(self, runner: Runner | None) -> None:
        self.form = TalkForm(self.services)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll
        self.form_pane = QWidget()  # the form scrolls; its Lưu button under it stays in view
        self.model = TalkTableModel(self.services, runner, self)
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
        header.resizeSection(self.model.UNIT_COLUMN, fm.horizontalAdvance("Phường Thường Thạnh Đông") + 16)
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
        self.topic_filter, self.group_filter = QComboBox(), QComboBox()
        self.follow_up_filter = FollowUpFilter()
        self.unit_filter = UnitFilterBox()
        self.count_label = QLabel()
        self.new_button = button(self.tr("Buổi mới"), "add", keys="Ctrl+N")
        self.edit_button = button(self.tr("Sửa"), keys=self.tr("Enter trên một dòng"))
        self.copy_button = button(self.tr("Chép thành buổi mới"), "copy", keys="Ctrl+D")
        self.delete_button = button(self.tr("Xoá"), "delete", keys=self.tr("Delete, có Hoàn tác"))
        self.card_button = button(self.tr("Chuẩn bị buổi nói chuyện…"))
        self.copy_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.copy_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.banner = Banner(self)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(self.UNDO_SECONDS * 1000)

    def _lay_out(self) -> None:
        fm = self.fontMetrics()
        filters = QGridLayout()  # two rows: four filters side by side do not fit 1366 px at 150 %
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        labelled = (
            (self.tr("Thời gian"), self.period),
            (self.tr("Hình thức"), self.format_filter),
            (self.tr("Chuyên đề"), self.topic_filter),
            (self.tr("Nhóm"), self.group_filter),
            (self.tr("Theo dõi"), self.follow_up_filter),
            (self.tr("Đơn vị"), self.unit_filter),
        )
        self.captions: dict[QComboBox, QLabel] = {}
        for n, (label, w) in enumerate(labelled):
            # long topic or group names must not widen the window past a 1366-pixel screen
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            caption = QLabel(label)
            caption.setBuddy(w)
            self.captions[w] = caption
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
        top = QHBoxLayout()  # the card's button by the title: the action row is full at 150 % text
        top.addWidget(heading(self.tr("Nhật ký các buổi tuyên truyền")), 1)
        top.addWidget(self.card_button)
        rl.addLayout(top)
        rl.addLayout(filters)
        rl.addWidget(self.banner)
        rl.addWidget(self.table, 1)
        rl.addLayout(actions)
        pane = QVBoxLayout(self.form_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.setSpacing(0)
        pane.addWidget(self.form_scroll, 1)
        pane.addWidget(self.form.button_bar)
        self.form.button_tab_order()
        splitter = QSplitter()
        splitter.addWidget(self.form_pane)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.form_scroll.setMinimumWidth(
            self.form.minimumSizeHint().width() + self.form_scroll.verticalScrollBar().sizeHint().width() + 4
        )
        splitter.setSizes([max(self.form_scroll.minimumWidth(), fm.horizontalAdvance("M") * 36), 760])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.form.sig_saved.connect(self._saved)
        self.form.sig_problem.connect(self._clear_stale_banner)
        self.form.sig_opened.connect(self.select_talk)
        self.table.installEventFilter(self)
        self.copy_shortcut.activated.connect(self.copy_selected)
        self.undo_timer.timeout.connect(self._undo_expired)
        self.model.sig_count_changed.connect(self._count_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        for combo in self.captions:  # every filter, each with its caption
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_talk)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.card_button.clicked.connect(self.prepare_card)
        self.banner.sig_action.connect(self._banner_action)

    # --- filters --------------------------------------------------------------------------------

    def reload_filter_choices(self) -> None:
        self._reload_units()
        names = self.model.unit_names
        groups = [
            (g.name + (f" · {names.get(g.unit_code, g.unit_code)}" if self.has_units_below else ""), g.id)
            for g in self.services.groups.list()
        ]
        for combo, items, everything in (
            (self.topic_filter, [(t, t) for t in self.services.library.topics()], self.tr("Mọi chuyên đề")),
            (self.group_filter, groups, self.tr("Mọi nhóm")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _reload_units(self) -> None:
        """An installation with units below it (an aggregator, a commune with hamlets) gets the unit
        filter and the unit column, shown second; a lone commune gets neither."""
        units = self.services.units.own()
        self.has_units_below = len(units) > 1
        self.unit_filter.set_units(units if self.has_units_below else [])
        self.model.unit_names = self.unit_filter.labels
        self.unit_filter.setVisible(self.has_units_below)
        self.captions[self.unit_filter].setVisible(self.has_units_below)
        column = self.model.UNIT_COLUMN
        self.table.setColumnHidden(column, not self.has_units_below)
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(column), 1)

    def show_unit(self, code: str, overdue: bool = False) -> None:
        """The talks of ``code`` and its units at any date, format, topic, group; ``overdue``: past due."""
        self.reload_filter_choices()
        for combo in (self.period, self.format_filter, self.topic_filter, self.group_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.follow_up_filter.choose("overdue" if overdue else None)
        self.unit_filter.choose(code)
        self.apply_filters()

    def apply_filters(self) -> None:
        start, end = quick_period(self.period.currentData(), self.services.session.today)
        self.model.set_filter(
            TalkFilter(
                date_from=start,
                date_to=end,
                format=self.format_filter.currentData(),
                topic=self.topic_filter.currentData(),
                group_id=self.group_filter.currentData(),
                unit_codes=self.unit_filter.selected_codes(),
                **self.follow_up_filter.scope(self.services.session.today),
            )
        )

    def _count_changed(self, shown: int, total: int) -> None:
        counted = self.tr("%Ln buổi", "", total) if self.model.all_ids_known else None
        self.count_label.setText(counted or self.tr("Hơn %Ln buổi (đang đếm…)", "", total))

    # --- actions --------------------------------------------------------------------------------

    def prepare_card(self) -> None:
        """The talk card for the selected talk's first group and topic, or for the first ones."""
        talk = self.selected_talk()
        group = talk.group_ids[0] if talk and talk.group_ids else None
        topic = talk.topics[0] if talk and talk.topics else None
        TalkCardDialog.show_for(self, self.services, self.runner, group, topic)

    def selected_talk(self) -> Talk | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.talk_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        for b in (self.edit_button, self.copy_button, self.delete_button):
            b.setEnabled(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row opens it in the form; Delete deletes it."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_talk() is not None:
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete and self.selected_talk() is not None:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _clear_stale_banner(self) -> None:
        """A "Đã lưu" message no longer applies once the form shows a problem or another talk."""
        if self.banner.property("kind") == "success":
            self.banner.hide()

    def _undo_expired(self) -> None:
        if self._deleted is not None:
            self._deleted = None
            self.banner.hide()

    def new_talk(self) -> None:
        self._clear_stale_banner()
        self.form.reset()
        self.form.date.setFocus()
        self.form.date.selectAll()
        self.form_scroll.ensureVisible(0, 0)

    def edit_selected(self) -> None:
        talk = self.selected_talk()
        if talk is not None:
            self._clear_stale_banner()
            self.form.load(talk)

    def copy_selected(self) -> None:
        talk = self.selected_talk()
        if talk is not None:
            self._clear_stale_banner()
            self.form.load(talk, as_copy=True)

    def delete_selected(self) -> None:
        talk = self.selected_talk()
        if talk is None:
            return
        try:
            self.services.talks.delete(talk.id)
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
        self.undo_timer.start()
        self.sig_changed.emit()

    def _banner_action(self, key: str) -> None:
        if key == "undo" and self._deleted is not None:
            self.services.talks.restore(self._deleted.id)
            restored, self._deleted = self._deleted, None
            self.undo_timer.stop()
            self.model.refresh()
            self.select_talk(restored.id)
            self.banner.show_message(self.tr("Đã khôi phục buổi."), "success")
            self.sig_changed.emit()

    def _saved(self, talk: Talk) -> None:
        self._deleted = None  # the "Hoàn tác" banner is replaced
        self.undo_timer.stop()
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
        self.form.load(self.services.talks.get(talk_id))
        self.form.show_stored_problems()
