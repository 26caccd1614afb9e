"""Language and formats: Qt Linguist translators, dd/MM/yyyy dates, 1.234 numbers, enum labels.

Source strings in the code are Vietnamese (the default language); ``sotay_en.ts`` translates them to
English. ``sotay_vi.ts`` also carries Vietnamese for the few strings of Qt's own widgets.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..core.enums import FollowUpStatus, GroupKind, Role, TalkFormat, UnitKind
from ..core.labels import LABEL_CONTEXT, label
from ..services.paths import resource_path

if TYPE_CHECKING:
    from ..services.reports import Period

LANGUAGES = ("vi", "en")
CONTEXT = ""  # pyside6-lupdate files a module-level tr("...") under the empty context


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """For module-level strings; classes use ``self.tr``. ``n``: a count, whose plural form (English
    "1 file", "2 files") the translation picks; the text writes it as ``%Ln``."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation or None, n)


def translations_dirs() -> list[Path]:
    """Where .qm files may be: SOTAY_QM_DIR (tests), then resources/translations."""
    import os

    dirs = []
    if os.environ.get("SOTAY_QM_DIR"):
        dirs.append(Path(os.environ["SOTAY_QM_DIR"]))
    dirs.append(resource_path("translations"))
    return dirs


class Language:
    """Installs one translator at a time; the language in use is ``current``."""

    def __init__(self) -> None:
        self.current = "vi"
        self._translator: QTranslator | None = None

    def install(self, lang: str) -> bool:
        """Switch the language; returns False when the .qm file was not found (strings stay Vietnamese)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a language is installed into a running application")
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.current = lang if lang in LANGUAGES else "vi"
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if self.current == "vi" else QLocale.Language.English))
        translator = QTranslator(app)
        for folder in translations_dirs():
            if translator.load(f"sotay_{self.current}", str(folder)):
                app.installTranslator(translator)
                self._translator = translator
                return True
        return self.current == "vi"


_current = {"lang": "vi"}


def set_number_language(lang: str) -> None:
    _current["lang"] = lang


def number(value: int | float) -> str:
    """1.234 in Vietnamese, 1,234 in English."""
    text = f"{value:,.0f}" if isinstance(value, float) else f"{value:,}"
    return text.replace(",", ".") if _current["lang"] == "vi" else text


def date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def month_name(day: dt.date) -> str:
    return tr("tháng %1/%2").replace("%1", str(day.month)).replace("%2", str(day.year))


def month_of_year(month: int) -> str:
    """A month as a heading says it: "tháng 10", "October"."""
    names = (
        tr("tháng 1"),
        tr("tháng 2"),
        tr("tháng 3"),
        tr("tháng 4"),
        tr("tháng 5"),
        tr("tháng 6"),
        tr("tháng 7"),
        tr("tháng 8"),
        tr("tháng 9"),
        tr("tháng 10"),
        tr("tháng 11"),
        tr("tháng 12"),
    )
    return names[month - 1]


def period_label(period: Period) -> str:
    """A report's period in the window's language: "tháng 10 năm 2026" / "October 2026", "quý III
    năm 2026" / "Q3 2026" (the files keep the Vietnamese of ``Period.label``)."""
    year, month = str(period.start.year), period.start.month
    if period.kind == "month":
        return tr("%1 năm %2").replace("%1", month_of_year(month)).replace("%2", year)
    if period.kind == "quarter":
        quarter = (month - 1) // 3 + 1
        text = tr("quý %3 năm %2").replace("%1", str(quarter)).replace("%3", ("I", "II", "III", "IV")[quarter - 1])
        return text.replace("%2", year)
    if period.kind == "half":
        return (tr("6 tháng đầu năm %1") if month == 1 else tr("6 tháng cuối năm %1")).replace("%1", year)
    if period.kind == "year":
        return tr("năm %1").replace("%1", year)
    return tr("từ ngày %1 đến ngày %2").replace("%1", date(period.start)).replace("%2", date(period.end))


def label_translation(text: str) -> str:
    """A text of ``core/labels.py`` in the window's language."""
    return QCoreApplication.translate(LABEL_CONTEXT, text)


def enum_label(member: StrEnum) -> str:
    """The label of ``member`` from its enum's table in ``core/labels.py``, in the window's language."""
    return label_translation(label(member))


def format_label(value: TalkFormat | str) -> str:
    return enum_label(TalkFormat(value))


def group_kind_label(value: GroupKind | str) -> str:
    return enum_label(GroupKind(value))


def role_label(value: Role | str) -> str:
    return enum_label(Role(value))


def unit_kind_label(value: UnitKind | str) -> str:
    return enum_label(UnitKind(value))


def follow_up_label(value: FollowUpStatus | str) -> str:
    return enum_label(FollowUpStatus(value))


def table_label(table: str) -> str:
    """A bundle table's records in a word (buổi, nhóm, …), for counts and lists of records."""
    return {
        "talks": tr("buổi"),
        "groups": tr("nhóm"),
        "documents": tr("tài liệu"),
        "units": tr("đơn vị"),
        "topics": tr("chuyên đề"),
        "read_receipts": tr("xác nhận đã đọc"),
        "report_sections": tr("phần báo cáo"),
        "force_members": tr("thành viên lực lượng"),
        "force_trainings": tr("lớp bồi dưỡng"),
        "force_conferences": tr("hội nghị báo cáo viên"),
        "channels": tr("kênh"),
        "channel_snapshots": tr("số liệu kênh theo tháng"),
        "orientations": tr("chủ đề định hướng"),
        "shared_calendar": tr("mục lịch"),
    }.get(table, table)


def field_label(name: str) -> str:
    """The label of a form field, for error summaries (matches ``ValidationError.field``)."""
    labels = {
        "held_on": tr("Ngày"),
        "place": tr("Địa điểm"),
        "format": tr("Hình thức"),
        "attendance": tr("Số người dự"),
        "start_time": tr("Giờ bắt đầu"),
        "duration_min": tr("Thời lượng"),
        "presenters": tr("Người trình bày"),
        "topic": tr("Chuyên đề"),
        "questions_text": tr("Ý kiến, kiến nghị"),
        "follow_up_text": tr("Việc cần theo dõi"),
        "follow_up_due": tr("Hạn theo dõi"),
        "notes": tr("Ghi chú"),
        "name": tr("Tên"),
        "size": tr("Quy mô"),
        "contact_name": tr("Người liên hệ"),
        "contact_phone": tr("Số điện thoại"),
        "channel_url": tr("Đường dẫn kênh"),
        "consent_date": tr("Ngày đồng ý"),
        "topics": tr("Chuyên đề"),
        "theme": tr("Chủ đề ý kiến"),
        "question_themes": tr("Chủ đề ý kiến"),
        "questions_count": tr("Số ý kiến"),
        "group_ids": tr("Nhóm đối tượng"),
        "document_ids": tr("Tài liệu đã dùng"),
    }
    return labels.get(name, name)


def error_text(error: object) -> str:
    """What a refusal says to this reader: the Vietnamese message, or in English the English
    detail every refusal carries (core and exchange messages are written in Vietnamese first)."""
    message = getattr(error, "message", None) or ""
    detail = getattr(error, "detail", None) or ""
    if _current["lang"] == "vi" or not detail:
        return message or str(error)
    field = getattr(error, "field", None) or getattr(error, "field_name", None)
    return f"{field_label(field)}: {detail}" if field else detail
