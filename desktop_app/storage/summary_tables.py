"""What each report summary holds (issue 18): one aggregation per summary over a *source* of live
talks (``SOURCE_COLUMNS``, worked out once per talk by ``source_query``), and the whole country's
scope its roll-ups per province sum over. ``summaries.py`` keeps the tables in step with the talks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .area_tags import area_keys

# What every summary reads of a talk: all in the covering index ``talks_report`` (migration 0003).
SOURCE_COLUMNS = (
    "id, unit_code, held_on, format, attendance, online_views, online_likes, online_shares, online_comments, "
    "online_points, questions_count, question_themes, follow_up_status"
)
FIGURE_COLUMNS = ("sessions", "attendance", "views", "likes", "shares", "comments", "points", "questions")

# The figures of a group of talks (alias ``t``), in the order of ``FIGURE_COLUMNS``.
_FIGURE_SQL = ("count(*)",) + tuple(
    f"coalesce(sum(t.{c}), 0)"
    for c in (
        "attendance",
        "online_views",
        "online_likes",
        "online_shares",
        "online_comments",
        "online_points",
        "questions_count",
    )
)
_FIGURES = ", ".join(_FIGURE_SQL)
_MONTH = "t.m"  # a source row's month, computed once per talk (``source_query``)


# The talks of a source grouped once per unit, day, format and priority area: the summaries by
# format, area and day are groupings of these few rows (one sort of the talks instead of three).
_NAMED_FIGURES = ", ".join(f"{sql} AS {name}" for sql, name in zip(_FIGURE_SQL, FIGURE_COLUMNS, strict=True))
BASE = (
    f"SELECT t.unit_code, {_MONTH} AS m, t.held_on AS day, t.format, t.tagged, {_NAMED_FIGURES}, "
    "coalesce(sum(CASE WHEN t.follow_up_status IN ('open', 'done') THEN t.questions_count END), 0) AS asked "
    "FROM {src} t GROUP BY t.unit_code, t.held_on, t.format, t.tagged"
)


@dataclass(frozen=True)
class Summary:
    """One summary table: its key columns after (unit_code, month), its summed columns, and the
    aggregation that fills it, in that column order, from a source of live talks (``{src}``) or,
    for ``from_base``, from that source's rows grouped by ``BASE`` (``{base}``)."""

    table: str
    keys: tuple[str, ...]
    values: tuple[str, ...]
    select: str
    from_base: bool = False

    def columns(self) -> str:
        return ", ".join(("unit_code", "month", *self.keys, *self.values))

    @property
    def province_table(self) -> str:
        """The same figures summed per province (``unit_code`` holds the province's code)."""
        return f"{self.table}_province"

    def rolled_up(self, rows: str, members: str) -> str:
        """``rows`` (this summary's columns, alias ``r``) summed per province through ``members``
        (code, top: every unit under a province with that province)."""
        keys = ", ".join(f"r.{k}" for k in ("month", *self.keys))
        sums = ", ".join(f"sum(r.{v})" for v in self.values)
        return (
            f"SELECT m.top, {keys}, {sums} FROM {rows} r JOIN {members} m ON m.code = r.unit_code "
            f"GROUP BY m.top, {keys}"
        )

    def over(self, source: str, base: str | None = None) -> str:
        """The aggregation over ``source``; ``base``: its ``BASE`` grouping, already made."""
        if self.from_base:
            return self.select.format(base=base or f"({BASE.format(src=source)})")
        return self.select.format(src=source)


_BASE_SUMS = ", ".join(f"sum(b.{c})" for c in FIGURE_COLUMNS)
FORMAT = Summary(
    "summary_format",
    ("format",),
    (*FIGURE_COLUMNS, "follow_up_questions"),
    f"SELECT b.unit_code, b.m, b.format, {_BASE_SUMS}, sum(b.asked) FROM {{base}} b "
    "GROUP BY b.unit_code, b.m, b.format",
    from_base=True,
)
# a talk on two topics counts under each; '' = no topic
TOPIC = Summary(
    "summary_topic",
    ("topic_id",),
    FIGURE_COLUMNS,
    f"SELECT t.unit_code, {_MONTH} AS m, coalesce(tt.topic_id, '') AS k, {_FIGURES} FROM {{src}} t "
    "LEFT JOIN talk_topics tt ON tt.talk_id = t.id GROUP BY t.unit_code, m, k",
)
# a talk reaching several groups of one kind counts once; '' = no group (or groups not here yet)
GROUP_KIND = Summary(
    "summary_group_kind",
    ("kind",),
    FIGURE_COLUMNS,
    f"SELECT t.unit_code, {_MONTH} AS m, coalesce(k.kind, '') AS kk, {_FIGURES} FROM {{src}} t "
    "LEFT JOIN (SELECT DISTINCT tg.talk_id, g.kind FROM {src} x CROSS JOIN talk_groups tg ON tg.talk_id = x.id "
    "JOIN groups g ON g.id = tg.group_id) k ON k.talk_id = t.id GROUP BY t.unit_code, m, kk",
)
THEME = Summary(
    "summary_theme",
    ("theme",),
    ("talks", "questions"),
    f"SELECT t.unit_code, {_MONTH} AS m, j.value AS theme, count(*), coalesce(sum(t.questions_count), 0) "
    "FROM {src} t, json_each(t.question_themes) j WHERE t.question_themes != '[]' "
    "GROUP BY t.unit_code, m, theme",
)
# the opinion section's themes: a talk listing a theme twice counts once under it
OPINION = Summary(
    "summary_opinion",
    ("theme",),
    ("talks", "questions"),
    f"SELECT t.unit_code, {_MONTH} AS m, j.value AS theme, count(*), coalesce(sum(t.questions_count), 0) "
    "FROM {src} t, json_each(t.question_themes) j WHERE t.question_themes != '[]' AND NOT EXISTS "
    "(SELECT 1 FROM json_each(t.question_themes) d WHERE d.value = j.value AND d.key < j.key) "
    "GROUP BY t.unit_code, m, theme",
)
DOCUMENT = Summary(
    "summary_document",
    ("document_id",),
    ("sessions", "attendance"),
    f"SELECT t.unit_code, {_MONTH} AS m, td.document_id, count(*), coalesce(sum(t.attendance), 0) "
    "FROM {src} t JOIN talk_documents td ON td.talk_id = t.id GROUP BY t.unit_code, m, td.document_id",
)
# group tags and unit tags can change after the talk: their triggers mark the talks' cells
AREA = Summary(
    "summary_area",
    ("tagged", "online"),
    ("talks", "attendance"),
    f"SELECT b.unit_code, b.m, b.tagged, {area_keys('b')[1]} AS ol, sum(b.sessions), sum(b.attendance) "
    "FROM {base} b GROUP BY b.unit_code, b.m, b.tagged, ol",
    from_base=True,
)
# what regularity needs: sessions per unit and day
DAY = Summary(
    "summary_day",
    ("day",),
    ("sessions",),
    "SELECT b.unit_code, b.m, b.day, sum(b.sessions) FROM {base} b GROUP BY b.unit_code, b.day",
    from_base=True,
)

# where each matter raised stands, for the opinion section: a talk with a follow-up by state (open,
# answered, transferred) and days from the talk to its answer (-1: not answered on a known day), and
# the talks marked urgent (state 'none' when they have no follow-up). The source has the state; the
# outcome, answer day and mark are read from the talk, for those talks only.
FOLLOW_UP = Summary(
    "summary_follow_up",
    ("state", "days", "urgent"),
    ("talks",),
    "SELECT t.unit_code, t.m, CASE WHEN t.follow_up_status = 'none' THEN 'none' "
    "WHEN t.follow_up_status != 'done' THEN 'open' WHEN r.follow_up_outcome = 'transferred' THEN 'transferred' "
    "ELSE 'answered' END AS st, CASE WHEN t.follow_up_status = 'done' AND r.follow_up_resolved_on IS NOT NULL "
    "THEN CAST(julianday(r.follow_up_resolved_on) - julianday(t.held_on) AS INTEGER) ELSE -1 END AS d, "
    "r.urgent AS u, count(*) FROM {src} t CROSS JOIN main.talks r ON r.id = t.id WHERE t.follow_up_status != 'none' "
    "OR t.id IN (SELECT id FROM main.talks INDEXED BY talks_urgent WHERE urgent = 1) "
    "GROUP BY t.unit_code, t.m, st, d, u",
)

SUMMARIES = (FORMAT, TOPIC, GROUP_KIND, THEME, OPINION, DOCUMENT, AREA, DAY, FOLLOW_UP)

# Every unit under a province with that province: the whole country's report scope, whose children
# are the provinces (``report_figures.scope_cte``), and what the roll-ups sum over.
COUNTRY_SCOPE = (
    "scope(code, top) AS (SELECT code, code FROM units WHERE kind = 'province' "
    "UNION SELECT u.code, s.top FROM units u JOIN scope s ON u.parent_code = s.code)"
)


def source_query(talks: str) -> str:
    """A source of talks: ``SOURCE_COLUMNS`` of the talks ``talks`` names (a FROM clause with the
    talks aliased ``t``, and its conditions), with what is worked out once per talk: its month
    ``m`` and whether it is in a priority area ``tagged`` (``CROSS JOIN`` keeps the source first)."""
    tagged, _online = area_keys("t")
    columns = ", ".join(f"t.{c}" for c in SOURCE_COLUMNS.split(", "))
    return f"SELECT {columns}, substr(t.held_on, 1, 7) AS m, {tagged} AS tagged FROM {talks}"


def live_talks() -> str:
    """Every live talk as a source (a rebuild, or a check against a fresh aggregation)."""
    return f"({source_query('main.talks t WHERE t.deleted = 0')})"
