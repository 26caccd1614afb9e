"""The written sections in the report: a draft of each from the figures, where each is placed among
the figures' sections, and how a passage of a unit below is quoted.

A draft says only what the figures show (the officer writes the rest); a section whose text is empty
is left out of the document, and the figures' own sections stay where they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..core.enums import TalkFormat
from ..core.force import role_counts
from ..core.sections import SECTION_HEADINGS, SECTION_KEYS
from ..core.text import sort_key
from . import fmt, sentences

if TYPE_CHECKING:
    from .completeness import Completeness
    from .document import Section
    from .model import Report

NAMES_SHOWN = 40  # presenters named in the force section's draft; the rest are counted


def _where(report: Report) -> str:
    """The whole unit in a draft's opening words ("toàn phường" for a ward, as the figures say it)."""
    return {"province": "toàn tỉnh", "country": "cả nước"}.get(report.unit_kind) or sentences.where(report)


def presenter_names(typed: Iterable[str]) -> list[str]:
    """Each person once, in Vietnamese order, from the presenters typed on talks ("A, B; C")."""
    seen: dict[str, str] = {}
    for text in typed:
        for name in re.split(r"[,;\n]", text):
            name = " ".join(name.split())
            if name:
                seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=sort_key)


def drafts(report: Report, status: Completeness | None, presenters: Iterable[str]) -> dict[str, str]:
    """A draft of every section, from the figures only (an empty draft: nothing the figures can say)."""
    from .document import compose, default_options

    p, t = report.period, report.totals
    general = (
        f"Trong {p.label}, {_where(report)} tổ chức {fmt.num(t.sessions)} cuộc tuyên truyền miệng "
        f"với {fmt.num(t.attendance)} lượt người dự"
    )
    if status is not None and status.expected > 1:
        general += f" (số liệu của {fmt.num(status.received)}/{fmt.num(status.expected)} đơn vị đã gửi báo cáo)"
    out = dict.fromkeys(SECTION_KEYS, "")
    out["general"] = general + "."
    used = [c for c in report.coverage if c.sessions]
    if used:
        out["leadership"] = (
            f"Triển khai {fmt.num(len(used))} tài liệu, định hướng tuyên truyền trong các buổi tuyên truyền: "
            + "; ".join((c.number + " – " if c.number else "") + c.title for c in used[:8])
            + ("; …" if len(used) > 8 else "")
            + "."
        )
    conference = next(
        (r for r in report.breakdowns.get("format", []) if r.key == TalkFormat.ONLINE_CONFERENCE and r.figures), None
    )
    if conference is not None and conference.figures is not None and conference.figures.sessions:
        f = conference.figures
        out["conferences"] = (
            f"Trong kỳ, {_where(report)} có {fmt.num(f.sessions)} buổi dự hội nghị báo cáo viên, hội nghị trực tuyến "
            f"tại điểm cầu, với {fmt.num(f.attendance)} lượt người dự."
        )
    else:
        out["conferences"] = "Trong kỳ chưa ghi nhận buổi dự hội nghị báo cáo viên tại điểm cầu trực tuyến."
    names = presenter_names(presenters)
    force = [_roster_sentence(report)] if report.force else []
    if names:
        shown = ", ".join(names[:NAMES_SHOWN])
        more = f" và {fmt.num(len(names) - NAMES_SHOWN)} người khác" if len(names) > NAMES_SHOWN else ""
        force.append(
            f"Trong kỳ có {fmt.num(len(names))} báo cáo viên, tuyên truyền viên trực tiếp nói chuyện, "
            f"tuyên truyền: {shown}{more}."
        )
    out["force"] = " ".join(x for x in (*force, channels_sentence(report)) if x)
    # "opinion" has no draft: the themes people raised follow it in the same section, counted
    composed = compose(report, default_options(report), status)
    direction = next(s for s in composed.sections if s.key == "direction")
    out["direction"] = "\n".join(b for b in direction.blocks if isinstance(b, str))
    return out


def _roster_sentence(report: Report) -> str:
    """The roster in the source's words: "Toàn xã có 12 báo cáo viên, 35 tuyên truyền viên; 30/47 đã
    được bồi dưỡng trong năm"."""
    where = _where(report)
    members = sum(u.members for u in report.force)
    trained = sum(u.trained_this_year for u in report.force)
    active = sum(u.active_in_period for u in report.force)
    roles = ", ".join(f"{fmt.num(n)} {role}" for role, n in role_counts(report.force))
    return (
        f"{where[:1].upper()}{where[1:]} có {roles}; {fmt.num(trained)}/{fmt.num(members)} đã được bồi dưỡng "
        f"trong năm {report.period.end.year}; {fmt.num(active)} người trực tiếp tuyên truyền trong kỳ."
    )


# how the source documents count channels ("28 fanpage, 1.794 tài khoản, 82 nhóm Zalo"), by platform
CHANNEL_WORDS = {
    "fanpage": "fanpage",
    "facebook_account": "tài khoản Facebook",
    "zalo_group": "nhóm Zalo",
    "zalo_oa": "tài khoản Zalo OA",
    "youtube": "kênh YouTube",
    "tiktok": "kênh TikTok",
}


def channels_sentence(report: Report) -> str:
    """The channels in the words of the source ("xây dựng được 28 fanpage, 1.794 tài khoản Facebook,
    82 nhóm Zalo"), with their followers and the growth over the period; empty without channels."""
    per_platform: dict[str, list[int]] = {}
    growth: int | None = None
    for row in report.channels:
        counted = per_platform.setdefault(row.platform, [0, 0])
        counted[0] += row.channels
        counted[1] += row.followers
        if row.growth is not None:
            growth = (growth or 0) + row.growth
    if not per_platform:
        return ""
    order = [p for p in CHANNEL_WORDS if p in per_platform] + sorted(set(per_platform) - set(CHANNEL_WORDS))
    parts = ", ".join(f"{fmt.num(per_platform[p][0])} {CHANNEL_WORDS.get(p, p)}" for p in order)
    followers = sum(c[1] for c in per_platform.values())
    where = _where(report)
    text = f"{where[:1].upper()}{where[1:]} xây dựng được {parts}, với {fmt.num(followers)} lượt theo dõi, thành viên"
    if growth is not None:
        change = "tăng" if growth >= 0 else "giảm"
        text += f" ({change} {fmt.num(abs(growth))} trong kỳ)"
    return text + "."


def quote(unit_name: str, text: str) -> str:
    """A passage of a unit below, pulled into this unit's section with the unit named."""
    return f"{unit_name}: {' '.join(text.split())}"


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def arrange(sections: list[Section], texts: Mapping[str, str]) -> list[Section]:
    """The figures' sections with the written ones placed among them and everything numbered again:
    general, leadership, results, conferences, force, opinion (before the concerns' table), briefing
    documents and reporting, assessment, direction (the text replaces the standard sentences),
    recommendations."""
    from .document import Section

    def written(key: str) -> list[Section]:
        blocks = _paragraphs(texts.get(key, ""))
        return [Section(SECTION_HEADINGS[key], list(blocks), key=key)] if blocks else []

    keyed = {s.key: s for s in sections if s.key}
    others = [s for s in sections if not s.key]
    out = written("general") + written("leadership")
    out += [keyed["figures"]] if "figures" in keyed else []
    out += written("conferences") + written("force")
    if "opinion" in keyed:
        concerns = keyed["opinion"]
        out.append(type(concerns)(concerns.heading, _paragraphs(texts.get("opinion", "")) + concerns.blocks, "opinion"))
    else:
        out += written("opinion")
    out += others + written("assessment")
    if "direction" in texts:
        out += written("direction")
    elif "direction" in keyed:
        out.append(keyed["direction"])
    out += written("recommendations")
    for n, section in enumerate(out, 1):
        section.heading = f"{_roman(n)}. {re.sub(r'^[IVXL]+\. ', '', section.heading)}"
    return out
