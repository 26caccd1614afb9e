"""A unit filter for an installation with units below it: type part of a unit's name, with or
without diacritics, and pick it from the list; choosing a unit keeps it and the units under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from ..core.filters import unit_labels, units_within
from ..core.records import Unit
from ..core.text import fold

EVERY_UNIT = ""  # the data of the first item


class UnitFilterBox(QComboBox):
    """ "Mọi đơn vị", this installation's unit, then the units under it; typing opens the matches.

    Qt's own completion compares accented text as typed; ours compares folded names and never
    writes the folded text back into the box."""

    FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._units: list[Unit] = []
        self.labels: dict[str, str] = {}  # code → the name shown (in the box and in table columns)

        # widgets
        self.edit = QLineEdit()
        self.setEditable(True)
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # type: ignore[arg-type]  # Qt takes None: no completion of its own
        self.matches = QCompleter(self.model(), self)
        self.matches.setCompletionRole(self.FOLDED_ROLE)
        self.matches.setFilterMode(Qt.MatchFlag.MatchContains)
        self.matches.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.matches.setWidget(self.edit)
        self.edit.setPlaceholderText(self.tr("Gõ tên đơn vị"))
        self.set_units([])

        # signals
        self.edit.textEdited.connect(self._typed)
        self.matches.activated[QModelIndex].connect(self._picked)  # type: ignore[index]  # the stubs lack overloads
        self.edit.editingFinished.connect(self._settle)
        self.edit.installEventFilter(self)

    def set_units(self, units: list[Unit]) -> None:
        """The choices, in the order given; the chosen unit stays chosen when it is still there."""
        current = self.currentData() or EVERY_UNIT
        self._units = list(units)
        self.labels = unit_labels(units)
        self.blockSignals(True)
        self.clear()
        for code, label in [(EVERY_UNIT, self.tr("Mọi đơn vị")), *self.labels.items()]:
            self.addItem(label, code)
            self.setItemData(self.count() - 1, fold(label), self.FOLDED_ROLE)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def choose(self, code: str) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))

    def selected_codes(self) -> tuple[str, ...]:
        """The chosen unit and every unit under it; nothing when every unit is wanted."""
        code = self.currentData() or EVERY_UNIT
        return units_within(self._units, code) if code != EVERY_UNIT else ()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Entering the box selects its text, so typing replaces the unit shown."""
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.edit.selectAll)
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        self.matches.setCompletionPrefix(" ".join(fold(text).split()))
        self.matches.complete()

    def _picked(self, index: QModelIndex) -> None:
        self.choose(index.data(Qt.ItemDataRole.UserRole) or EVERY_UNIT)

    def _settle(self) -> None:
        """Leaving the box: a text that names one unit chooses it; any other shows the choice again."""
        if self.edit.text() == self.currentText():
            return
        typed = " ".join(fold(self.edit.text()).split())
        found = [n for n in range(self.count()) if typed and typed in (self.itemData(n, self.FOLDED_ROLE) or "")]
        if len(found) == 1:
            self.setCurrentIndex(found[0])
        self.edit.setText(self.currentText())
