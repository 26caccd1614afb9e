"""The written sections of a periodic report on oral outreach: their keys (stored, sent in bundles,
named on the command line), their headings, the cap on their text, the id a section travels under,
and the small text format ``sotay report --sections FILE`` reads.

A unit writes its own sections for a period; the keys are a closed list shared by the database,
the exchange's row checker, the documents and both front ends.
"""

from __future__ import annotations

import re
import uuid

import orjson

from .errors import ValidationError

# In the order the report places them (the figures' tables stand between "leadership" and "conferences").
SECTION_KEYS = (
    "general",
    "leadership",
    "conferences",
    "force",
    "opinion",
    "assessment",
    "direction",
    "recommendations",
)

# The heading each section has in the report (upper case, without its Roman number).
SECTION_HEADINGS = {
    "general": "TÌNH HÌNH CHUNG",
    "leadership": "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
    "conferences": "HỘI NGHỊ BÁO CÁO VIÊN HẰNG THÁNG",
    "force": "ĐỘI NGŨ BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN",
    "opinion": "TÌNH HÌNH DƯ LUẬN XÃ HỘI, TÂM TRẠNG NHÂN DÂN",
    "assessment": "ĐÁNH GIÁ CHUNG: ƯU ĐIỂM, HẠN CHẾ, NGUYÊN NHÂN",
    "direction": "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "recommendations": "KIẾN NGHỊ, ĐỀ XUẤT",
}

TEXT_CAP = 20_000  # characters of one section: about five printed pages
PERIOD_CAP = 40

# A period's code as ``reports.periods`` writes it: 2026-10, 2026-Q3, 2026-H1, 2026, or a range.
PERIOD_CODE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})\Z")

_NAMESPACE = uuid.UUID("8c3f6a52-2e1d-4f7b-9a5e-61b0d4c7e9a3")


def section_id(unit_code: str, period: str, key: str) -> str:
    """One section of one unit's report for one period has one id wherever it is stored, so a
    newer version replaces the older one everywhere and no other unit can take its place."""
    return str(uuid.uuid5(_NAMESPACE, f"{unit_code}:{period}:{key}"))


def check_key(key: str) -> str:
    if key not in SECTION_KEYS:
        raise ValidationError(
            f"Không có phần báo cáo “{key}”. Các phần: {', '.join(SECTION_KEYS)}.",
            f"unknown section {key!r}",
            field="section",
        )
    return key


def check_text(key: str, text: str) -> str:
    if len(text) > TEXT_CAP:
        raise ValidationError(
            f"Phần “{SECTION_HEADINGS[key].capitalize()}” dài quá {TEXT_CAP:,} ký tự.".replace(",", "."),
            f"section {key} has {len(text)} characters, limit {TEXT_CAP}",
            field="section",
        )
    return text


def parse_sections_file(content: str) -> dict[str, str]:
    """Section texts from a file: a JSON object ``{"key": "text", ...}``, or plain text where a line
    ``[key]`` starts each section and the lines after it are its text."""
    stripped = content.lstrip("\ufeff").strip()
    found: dict[str, str] = {}
    if stripped.startswith("{"):
        try:
            data = orjson.loads(stripped)
        except orjson.JSONDecodeError as exc:
            raise ValidationError(
                "Tệp các phần báo cáo không phải JSON hợp lệ.", f"sections file: {exc}", field="sections"
            ) from exc
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ValidationError(
                "Tệp các phần báo cáo phải là một đối tượng JSON: mỗi khóa là tên phần, giá trị là văn bản.",
                "sections file: expected an object of texts",
                field="sections",
            )
        found = {str(k): v.strip() for k, v in data.items()}
    else:
        key: str | None = None
        lines: dict[str, list[str]] = {}
        for n, line in enumerate(stripped.splitlines(), 1):
            heading = re.fullmatch(r"\[\s*([A-Za-z_]+)\s*\]\s*", line)
            if heading:
                key = heading[1]
                lines.setdefault(key, [])
            elif key is None:
                if line.strip():
                    raise ValidationError(
                        f"Dòng {n} của tệp các phần báo cáo đứng trước tên phần đầu tiên (ví dụ [general]).",
                        f"sections file line {n}: text before the first [section] line",
                        field="sections",
                    )
            else:
                lines[key].append(line)
        found = {k: "\n".join(v).strip() for k, v in lines.items()}
    return {check_key(k): check_text(k, v) for k, v in found.items()}
