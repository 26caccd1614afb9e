"""Sizes and styles of the written report's parts, one set for a Party body (Hướng dẫn 36-HD/VPTW,
2018) and one for a State body (Nghị định 30/2020/NĐ-CP). The DOCX and the PDF read the same set, so
both follow the same rules; ``docs/report-layout.md`` gives each value with its source."""

from __future__ import annotations

from dataclasses import dataclass

PAGE_CM = (21.0, 29.7)  # A4
MARGINS_CM = (3.0, 2.0, 1.5, 2.0)  # left, top, right, bottom: inside both rules' ranges
TEXT_CM = PAGE_CM[0] - MARGINS_CM[0] - MARGINS_CM[2]


@dataclass(frozen=True)
class LayoutRules:
    header_cm: tuple[float, float]  # the issuer column and the motto column
    issuer_pt: float  # the body above (regular) and the issuing body (bold)
    number_pt: float
    motto_pt: float  # "ĐẢNG CỘNG SẢN VIỆT NAM" or the Quốc hiệu, bold
    motto_underlined: bool  # the Party title is underlined; the Quốc hiệu is not, its tiêu ngữ is
    slogan_pt: float  # the tiêu ngữ under the Quốc hiệu, bold and underlined (State only)
    place_pt: float  # place and date, italic
    title_pt: float  # "BÁO CÁO", bold
    subtitle_pt: float  # what the report is about, bold
    body_pt: float
    recipients_label_pt: float  # "Nơi nhận:"
    recipients_label_underlined: bool
    recipients_label_italic: bool
    recipients_pt: float  # each recipient
    signer_pt: float  # role, title and name, bold
    page_number_pt: float


PARTY = LayoutRules(
    header_cm=(8.0, TEXT_CM - 8.0),
    issuer_pt=14,
    number_pt=14,
    motto_pt=15,
    motto_underlined=True,
    slogan_pt=0,
    place_pt=14,
    title_pt=15,
    subtitle_pt=14,
    body_pt=14,
    recipients_label_pt=14,
    recipients_label_underlined=True,
    recipients_label_italic=False,
    recipients_pt=12,
    signer_pt=14,
    page_number_pt=14,
)

STATE = LayoutRules(
    header_cm=(6.8, TEXT_CM - 6.8),
    issuer_pt=13,
    number_pt=13,
    motto_pt=12,
    motto_underlined=False,
    slogan_pt=13,
    place_pt=14,
    title_pt=14,
    subtitle_pt=14,
    body_pt=14,
    recipients_label_pt=12,
    recipients_label_underlined=False,
    recipients_label_italic=True,
    recipients_pt=11,
    signer_pt=14,
    page_number_pt=13,
)


def rules_for(motto: str) -> LayoutRules:
    return PARTY if motto == "party" else STATE
