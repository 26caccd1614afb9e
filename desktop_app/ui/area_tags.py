"""Priority areas as boxes to tick (vùng sâu, vùng xa...) and a line for any other, used by the
groups form: a tag is a click, not a word to spell the same way every time. The boxes are labelled
in the window's language; the tag stored is always the Vietnamese name (``core.areas``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from ..core.areas import PRIORITY_AREAS, tags_of
from .forms import split_items


class AreaTagsBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = (
            self.tr("vùng sâu"),
            self.tr("vùng xa"),
            self.tr("vùng đồng bào dân tộc thiểu số"),
            self.tr("địa bàn phức tạp, nhạy cảm"),
        )
        self.boxes = {area: QCheckBox(label) for area, label in zip(PRIORITY_AREAS, labels, strict=True)}
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Vùng khác (cách nhau bằng dấu ;)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.boxes.values()):
            grid.addWidget(box, i // 2, i % 2)
        grid.addWidget(self.others, (len(self.boxes) + 1) // 2, 0, 1, 2)

    def tags(self) -> tuple[str, ...]:
        ticked = [area for area, box in self.boxes.items() if box.isChecked()]
        return tags_of([*ticked, *split_items(self.others.text())])

    def set_tags(self, tags: tuple[str, ...]) -> None:
        known = {area.casefold(): box for area, box in self.boxes.items()}
        for box in self.boxes.values():
            box.setChecked(False)
        rest = []
        for tag in tags:
            if tag.casefold() in known:
                known[tag.casefold()].setChecked(True)
            else:
                rest.append(tag)
        self.others.setText("; ".join(rest))
