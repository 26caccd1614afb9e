"""The language a talk was given in travels up with the talk (issue 16, item 4): the province sees
the commune's Khmer talk in Khmer and its Vietnamese one as Vietnamese (no value)."""

from __future__ import annotations

from exchange_helpers import PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths


def test_a_talks_language_arrives_at_the_province(tmp_path):
    f = Factory(tmp_path)
    (code,) = f.communes(1)
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    commune = f.make("c", code)
    try:
        khmer = commune.talks.add(held_on="2026-10-05", place="Chùa Phước Hưng", language=" Tiếng Khmer ")
        plain = commune.talks.add(held_on="2026-10-06", place="Nhà văn hóa", language="tiếng việt")
        bundle = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
        result = import_paths(agg.session.exchange_context(), [bundle], trust=True).files[0]
        assert result.status == "applied", (result.reason, result.warnings)
        assert agg.talks.get(khmer.id).language == "Tiếng Khmer"
        assert agg.talks.get(plain.id).language is None
        assert agg.talks.get(khmer.id).extra == {}  # a known field, not kept aside as unknown
    finally:
        agg.close()
        commune.close()
