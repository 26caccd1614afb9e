"""The guide behind F1: a short text per language shipped in ``resources/help``, read offline in a
window of its own with its parts listed, a search that ignores accents, and opened at the part
about the page in use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextBlock, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import Role
from ..core.text import fold
from ..services import Services
from ..services.paths import resource_path

# "## Title {#key}": a part of the guide and the key F1 opens it by (a page's key, or another)
_SECTION = re.compile(r"^## (?P<title>.+?) \{#(?P<key>[a-z_]+)\}[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Guide:
    markdown: str  # with the section keys taken out, ready for QTextDocument
    sections: tuple[tuple[str, str], ...]  # (key, title), in the order of the text


def guide_file(lang: str) -> Path:
    return resource_path("help", f"guide_{'en' if lang == 'en' else 'vi'}.md")


def load_guide(lang: str, values: dict[str, str]) -> Guide:
    """The guide in ``lang`` with ``{name}`` replaced by ``values`` (the folders of this machine)."""
    text = guide_file(lang).read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    sections = tuple((m["key"], m["title"]) for m in _SECTION.finditer(text))
    return Guide(_SECTION.sub(lambda m: f"## {m['title']}", text), sections)


def current_language() -> str:
    """The language the window speaks (``i18n.Language.install`` sets the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "vi"


class HelpWindow(QDialog):
    """Not modal: the guide stays open beside the page it explains."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.guide = guide

        # widgets
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Hướng dẫn"))
        self.contents = QListWidget()
        self.contents.setObjectName("help_contents")
        for key, title in guide.sections:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.contents.addItem(item)
        self.search = QLineEdit()
        self.search.setObjectName("help_search")
        self.search.setPlaceholderText(self.tr("Tìm trong hướng dẫn"))
        self.search.setToolTip(self.tr("Enter: tìm chỗ tiếp theo"))
        self.search.setClearButtonEnabled(True)
        self.not_found = QLabel(self.tr("Không thấy."))
        self.not_found.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(guide.markdown)

        # layout
        fm = self.fontMetrics()
        self.contents.setFixedWidth(max(fm.horizontalAdvance(t) for _, t in guide.sections) + fm.height() * 2)
        side = QVBoxLayout()
        side.addWidget(self.search)
        side.addWidget(self.not_found)
        side.addWidget(self.contents, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.browser, 1)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        # at 150 % text the wanted size is taller than a 768-pixel screen
        self.resize(
            min(fm.horizontalAdvance("M") * 80, screen.width() * 9 // 10),
            min(fm.height() * 32, screen.height() * 17 // 20),
        )

        # signals
        self.contents.currentRowChanged.connect(self._section_chosen)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _text: self.not_found.hide())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

    def show_section(self, key: str) -> None:
        """The part named ``key`` at the top of the text (the first part when there is none)."""
        keys = [k for k, _ in self.guide.sections]
        row = keys.index(key) if key in keys else 0
        if self.contents.currentRow() == row:
            self._section_chosen(row)
        else:
            self.contents.setCurrentRow(row)

    def _section_chosen(self, row: int) -> None:
        headings = [b for b in _blocks(self.browser) if b.blockFormat().headingLevel() == 2]
        if not 0 <= row < len(headings):
            return
        block = headings[row]
        self.browser.setTextCursor(QTextCursor(block))
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def find_next(self) -> bool:
        """Selects the next place the words typed appear, accents and case ignored; wraps round."""
        wanted = fold(self.search.text().strip())
        if not wanted:
            return False
        start = self.browser.textCursor().selectionEnd()
        found: list[tuple[int, int]] = []
        for block in _blocks(self.browser):
            text = block.text()
            folded = fold(text)
            if len(folded) != len(text):
                folded = text.lower()
            at = folded.find(wanted)
            while at >= 0:
                found.append((block.position() + at, len(wanted)))
                at = folded.find(wanted, at + 1)
        after = [hit for hit in found if hit[0] >= start] or found
        self.not_found.setVisible(not after)
        if not after:
            return False
        position, length = after[0]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        return True


def _blocks(browser: QTextBrowser) -> list[QTextBlock]:
    blocks = []
    block = browser.document().begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def open_guide(parent: QWidget, services: Services, page: str, window: HelpWindow | None) -> HelpWindow:
    """Shows the guide (made on first use, with this machine's folders in it) at the part about
    ``page`` ("setup" from the first-run wizard, before there is an installation); an aggregator's
    exchange and reports pages share the part on collecting."""
    if window is None:
        folders = {"data_dir": str(services.data_dir), "backup_dir": str(services.maintenance.backup_folder())}
        window = HelpWindow(load_guide(current_language(), folders), parent)
    collecting = page in ("exchange", "reports") and services.identity.installation.role == Role.AGGREGATOR
    window.show()  # laid out first: the scroll position is taken from the shown text
    window.show_section("aggregator" if collecting else page)
    window.raise_()
    window.activateWindow()
    return window
