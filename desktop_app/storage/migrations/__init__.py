"""Schema migrations, applied in order by sqlite-utils ``Migrations`` (each in its own transaction).

One module per released migration, holding the SQL text it ran when released (never edited
afterwards, never built from a live module); a schema change is a new module added to ``RELEASED``.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

from . import (
    m0001_initial,
    m0002_exchange,
    m0003_reports,
    m0004_talk_indexes,
    m0005_exchange_identity,
    m0006_unit_members,
    m0007_report_sections,
    m0008_document_topic_search,
    m0009_accepted_key_points,
    m0010_force,
    m0011_channels,
    m0012_priority_areas,
    m0013_calendar,
    m0014_orientations,
    m0015_search_prefixes,
    m0016_summaries,
    m0017_follow_up_resolution,
    m0018_orientation_key_dates,
    m0019_shared_calendar,
    m0020_opinion_summary,
    m0021_summary_rollups,
    m0022_flat_history,
    m0023_search_file,
)

RELEASED = (
    m0001_initial,
    m0002_exchange,
    m0003_reports,
    m0004_talk_indexes,
    m0005_exchange_identity,
    m0006_unit_members,
    m0007_report_sections,
    m0008_document_topic_search,
    m0009_accepted_key_points,
    m0010_force,
    m0011_channels,
    m0012_priority_areas,
    m0013_calendar,
    m0014_orientations,
    m0015_search_prefixes,
    m0016_summaries,
    m0017_follow_up_resolution,
    m0018_orientation_key_dates,
    m0019_shared_calendar,
    m0020_opinion_summary,
    m0021_summary_rollups,
    m0022_flat_history,
    m0023_search_file,
)

migrations = Migrations("sotay")
for _released in RELEASED:
    migrations(name=_released.NAME)(_released.apply)

KNOWN = {released.NAME for released in RELEASED}
