"""The shared list of concern themes travels down in packs: an aggregator adopts a newer list, its
next pack carries it, and a commune that imports the pack suggests from it; a list that is not
newer is refused, and a preview keeps nothing."""

from __future__ import annotations

import json

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.core.errors import ValidationError
from desktop_app.storage.theme_list import as_json, shipped

BRIDGE = {"id": "cau-dan-sinh", "name": "Cầu dân sinh, cầu khỉ", "synonyms": ["cầu khỉ", "cầu tạm", "cầu dân sinh"]}
QUESTION = "Bà con xin làm lại cây cầu khỉ qua kênh, đi lại nguy hiểm"


def _newer_list(path, version: int = 2):
    data = as_json(shipped())
    data["version"] = version
    data["themes"].append(BRIDGE)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path):
    f = Factory(tmp_path)
    return f.make("p", PROVINCE, Role.AGGREGATOR), f.make("c", COMMUNE)


def test_a_pack_brings_a_newer_list_and_the_commune_suggests_from_it(pair, tmp_path):
    province, commune = pair
    assert "cau-dan-sinh" not in {s.theme.id for s in commune.talks.suggest_themes(QUESTION)}
    adopted = province.talks.adopt_theme_list(_newer_list(tmp_path / "chu-de.json"))
    assert adopted.version == 2 and province.talks.suggest_themes(QUESTION)[0].theme.id == "cau-dan-sinh"
    doc = province.library.add_document(title="Hướng dẫn", topics=["Nông thôn mới"], body="Nội dung.")
    pack = province.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down")

    preview = commune.exchange.import_files(commune.exchange.plan([pack.path], trust_all=True), dry_run=True)
    assert preview.files[0].status == "previewed"
    assert commune.talks.concern_themes().version == shipped().version  # a preview keeps nothing

    got = commune.exchange.import_files(commune.exchange.plan([pack.path], trust_all=True))
    assert got.files[0].status == "applied"
    assert commune.talks.concern_themes().version == 2
    assert commune.talks.suggest_themes(QUESTION)[0].theme.id == "cau-dan-sinh"


def test_a_list_not_newer_than_the_one_held_is_refused_and_changes_nothing(pair, tmp_path):
    province, _ = pair
    with pytest.raises(ValidationError) as refused:
        province.talks.adopt_theme_list(_newer_list(tmp_path / "cu.json", version=shipped().version))
    assert "không mới hơn" in refused.value.message
    broken = tmp_path / "hong.json"
    broken.write_text('{"version": 9, "themes": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises(ValidationError):
        province.talks.adopt_theme_list(broken)
    assert province.talks.concern_themes() == shipped()
