"""Reading the files Meta Business Suite exports for a fanpage, from their bytes.

Two kinds exist. The per-post export is a CSV in UTF-8 with a byte-order mark whose 32 to 34
columns change from month to month: columns are found by their names, never by count or position.
The page-level daily series is UTF-16 LE, starts with a ``sep=,`` line and a line naming the
metric, then ``"Date","Primary"`` and one row a day. Anything else is refused with the reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from .channels import MetaPost, PostFigures
from .errors import ValidationError

# the columns a per-post export must have, by the name Meta gives them
POST_ID, PUBLISHED, PERMALINK = "Post ID", "Publish time", "Permalink"
FIGURE_COLUMNS = {
    "views": "Views",
    "reach": "Reach",
    "reactions": "Reactions",
    "comments": "Comments",
    "shares": "Shares",
}
REQUIRED_COLUMNS = (POST_ID, PUBLISHED, PERMALINK, *FIGURE_COLUMNS.values())
TITLE_COLUMNS = ("Title", "Description")
_BOM_UTF8 = b"\xef\xbb\xbf"
_BOM_UTF16LE = b"\xff\xfe"


@dataclass(frozen=True)
class PostExport:
    posts: tuple[MetaPost, ...]


@dataclass(frozen=True)
class PageSeries:
    """One metric of the page, one value a day."""

    metric: str
    days: tuple[tuple[dt.date, int], ...]


def refused(name: str, message: str, detail: str) -> ValidationError:
    return ValidationError(f"Tệp “{name}” không nhập được: {message}", detail, field="file")


def read_export(name: str, data: bytes) -> PostExport | PageSeries:
    """The file's rows, whichever of the two kinds it is; ``name`` is only for the messages."""
    if data.startswith(_BOM_UTF16LE):
        return _page_series(name, _decoded(name, data[2:], "utf-16-le"))
    if data.startswith(_BOM_UTF8):
        return _post_export(name, _decoded(name, data[3:], "utf-8"))
    raise refused(
        name,
        "đây không phải tệp Meta Business Suite xuất ra (tệp theo bài đăng là CSV UTF-8 có BOM, tệp theo ngày "
        "là UTF-16). Hãy tải lại tệp từ Meta Business Suite, đừng mở rồi lưu lại bằng Excel.",
        "neither a UTF-8 BOM nor a UTF-16 LE BOM at the start",
    )


def _decoded(name: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise refused(name, f"tệp bị hỏng, không đọc được theo mã {encoding.upper()}.", str(exc)) from None


def _post_export(name: str, text: str) -> PostExport:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [column.strip() for column in next(reader, [])]
    if header[:2] == ["sep=", ""] or [c.strip('"') for c in header[:2]] == ["Date", "Primary"]:
        raise refused(
            name,
            "đây là tệp số liệu theo ngày của trang nhưng lại ở mã UTF-8; tệp theo ngày Meta xuất ra ở mã UTF-16.",
            "a daily page series in UTF-8",
        )
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise refused(
            name, f"thiếu cột {', '.join(missing)} (tệp theo bài đăng cần các cột này).", f"missing columns: {missing}"
        )
    at = {column: header.index(column) for column in header if column}
    title_at = next((at[c] for c in TITLE_COLUMNS if c in at), None)
    posts = []
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        posts.append(
            MetaPost(
                post_id=_post_id(name, line, row[at[POST_ID]]),
                published_at=_publish_time(name, line, row[at[PUBLISHED]]),
                permalink=row[at[PERMALINK]].strip(),
                title=row[title_at].strip() if title_at is not None else "",
                figures=PostFigures(
                    **{key: _count(name, line, column, row[at[column]]) for key, column in FIGURE_COLUMNS.items()}
                ),
            )
        )
    return PostExport(tuple(posts))


def _post_id(name: str, line: int, text: str) -> str:
    text = text.strip()
    if not text:
        raise refused(name, f"dòng {line} không có mã bài đăng (Post ID).", f"line {line}: empty Post ID")
    return text


def _publish_time(name: str, line: int, text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%m/%d/%Y %H:%M")
    except ValueError:
        raise refused(
            name,
            f"dòng {line}: thời gian đăng “{text}” không đúng dạng tháng/ngày/năm giờ:phút (MM/DD/YYYY HH:MM).",
            f"line {line}: Publish time {text!r} is not MM/DD/YYYY HH:MM",
        ) from None


def _count(name: str, line: int, column: str, text: str) -> int:
    text = text.strip().replace(",", "")
    if not text:
        return 0  # Meta leaves a figure empty when it has none
    if not text.isdigit():
        raise refused(
            name, f"dòng {line}, cột {column}: “{text}” không phải một số.", f"line {line}: {column} {text!r}"
        )
    return int(text)


def _page_series(name: str, text: str) -> PageSeries:
    first, _, rest = text.partition("\n")
    if first.strip().strip('"') != "sep=,":
        raise refused(
            name,
            "tệp UTF-16 nhưng không bắt đầu bằng dòng “sep=,” như tệp số liệu theo ngày của Meta.",
            "UTF-16 file without the sep=, line",
        )
    rows = [row for row in csv.reader(io.StringIO(rest, newline="")) if any(cell.strip() for cell in row)]
    start = next((i for i, row in enumerate(rows) if [c.strip() for c in row[:2]] == ["Date", "Primary"]), None)
    if start is None or start < 1:
        raise refused(
            name,
            "thiếu dòng tên chỉ số hoặc dòng tiêu đề “Date”, “Primary”.",
            "no metric line or no Date,Primary header",
        )
    metric = ", ".join(cell.strip() for cell in rows[start - 1] if cell.strip())
    days = []
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        value = row[1] if len(row) > 1 else ""
        days.append((_day(name, offset, row[0]), _count(name, offset, "Primary", value)))
    return PageSeries(metric, tuple(days))


def _day(name: str, line: int, text: str) -> dt.date:
    text = text.strip()
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise refused(name, f"dòng {line}: ngày “{text}” không đọc được.", f"line {line}: date {text!r}")
