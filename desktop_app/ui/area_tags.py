"""Priority areas as boxes to tick (vùng sâu, vùng xa...) and a line for any other, used by the
groups form: a tag is a click, not a word to spell the same way every time."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from ..core.areas import PRIORITY_AREAS, tags_of
from .forms import split_items


class AreaTagsBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = [QCheckBox(area) for area in PRIORITY_AREAS]
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Vùng khác (cách nhau bằng dấu ;)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.boxes):
            grid.addWidget(box, i // 2, i % 2)
        grid.addWidget(self.others, (len(self.boxes) + 1) // 2, 0, 1, 2)

    def tags(self) -> tuple[str, ...]:
        ticked = [box.text() for box in self.boxes if box.isChecked()]
        return tags_of([*ticked, *split_items(self.others.text())])

    def set_tags(self, tags: tuple[str, ...]) -> None:
        known = {box.text().casefold(): box for box in self.boxes}
        for box in self.boxes:
            box.setChecked(False)
        rest = []
        for tag in tags:
            if tag.casefold() in known:
                known[tag.casefold()].setChecked(True)
            else:
                rest.append(tag)
        self.others.setText("; ".join(rest))
