"""Priority areas as boxes to tick (vùng sâu, vùng xa... and the installation's own, from Settings)
and a line for any other, used by the groups form: a tag is a click, not a word to spell the same
way every time. The shipped boxes are labelled in the window's language, the user's own in their
words; the tag stored is always the name in the list (``core.areas``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from ..core.areas import tags_of
from .forms import split_items


def area_label(tag: str) -> str:
    """A shipped tag in the window's language; the user's own as written."""
    labels = {
        "vùng sâu": QCoreApplication.translate("AreaTagsBox", "vùng sâu"),
        "vùng xa": QCoreApplication.translate("AreaTagsBox", "vùng xa"),
        "vùng đồng bào dân tộc thiểu số": QCoreApplication.translate("AreaTagsBox", "vùng đồng bào dân tộc thiểu số"),
        "địa bàn phức tạp, nhạy cảm": QCoreApplication.translate("AreaTagsBox", "địa bàn phức tạp, nhạy cảm"),
    }
    return labels.get(tag, tag)


class AreaTagsBox(QWidget):
    def __init__(self, offered: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Vùng khác (cách nhau bằng dấu ;)"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.set_offered(offered)

    def set_offered(self, offered: tuple[str, ...]) -> None:
        """One box per tag offered, two a row; the tags shown are kept (ticked, or in the line)."""
        if tuple(self.boxes) == offered:
            return
        shown = self.tags()
        self.grid.removeWidget(self.others)
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.deleteLater()
        self.boxes = {area: QCheckBox(area_label(area)) for area in offered}
        for i, box in enumerate(self.boxes.values()):
            self.grid.addWidget(box, i // 2, i % 2)
        self.grid.addWidget(self.others, (len(self.boxes) + 1) // 2, 0, 1, 2)
        self.set_tags(shown)

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
