"""Meta Business Suite exports written from the description of their shape (issue 15): the
per-post CSV in UTF-8 with a BOM, whose 32 to 34 columns change order from month to month, and
the page's daily series in UTF-16 LE behind a ``sep=,`` line and a metric line."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

REQUIRED = ["Post ID", "Publish time", "Permalink", "Views", "Reach", "Reactions", "Comments", "Shares"]
OTHERS = [
    "Page ID",
    "Page name",
    "Title",
    "Description",
    "Duration (sec)",
    "Caption type",
    "Post type",
    "Languages",
    "Custom labels",
    "Funded content status",
    "Data comment",
    "Date",
    "Total clicks",
    "Link clicks",
    "Other clicks",
    "Matched audience targeting consumption (Photo click)",
    "Seconds viewed",
    "Average seconds viewed",
    "Estimated earnings (USD)",
    "Ad impressions",
    "Ad CPM (USD)",
    "3-second video views",
    "1-minute video views",
    "Photo views",
]
NEGATIVE = ["Negative feedback from users: Hide all", "Negative feedback from users: Hide", "Negative feedback"]


def post_row(n: int, views: int = 100, day: int = 1) -> dict[str, str]:
    """Post number ``n``: published on ``day`` October 2026, its figures from ``views``."""
    return {
        "Post ID": f"1234567890_{n}",
        "Page ID": "1234567890",
        "Page name": "Tuổi trẻ Thanh Bình",
        "Title": f"Bài số {n}: tuyên truyền Nghị quyết, phòng chống lừa đảo qua mạng",
        "Publish time": f"10/{day:02d}/2026 {8 + n % 10:02d}:30",
        "Permalink": f"https://www.facebook.com/1234567890/posts/{n}",
        "Views": str(views),
        "Reach": str(views * 2 // 3),
        "Reactions": str(views // 10),
        "Comments": str(views // 50),
        "Shares": str(views // 40),
    }


def columns(count: int, seed: int) -> list[str]:
    """``count`` column names (32 to 34), the required ones among them, in an order set by ``seed``."""
    names = REQUIRED + OTHERS + NEGATIVE[: count - len(REQUIRED) - len(OTHERS)]
    names = names[:count]
    random.Random(seed).shuffle(names)
    return names


def post_csv(rows: list[dict[str, str]], count: int = 33, seed: int = 1, drop: tuple[str, ...] = ()) -> bytes:
    """A per-post export as Meta writes it: UTF-8 with a BOM, columns found by name."""
    names = [c for c in columns(count, seed) if c not in drop]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([row.get(c, "") for c in names])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def page_series(metric: str, values: list[tuple[str, int]]) -> bytes:
    """A page-level daily series: UTF-16 LE, ``sep=,``, the metric, then ``"Date","Primary"``."""
    lines = ["sep=,", f'"{metric}"', '"Date","Primary"'] + [f'"{day}T00:00:00","{value}"' for day, value in values]
    return b"\xff\xfe" + "\r\n".join(lines).encode("utf-16-le")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
