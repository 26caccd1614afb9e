"""Search as you type: a last word of one or two letters still being typed finds exactly the records
with a word that starts so (the index keeps those prefixes, migration 0015), and finishing the word
gives the whole-word results."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.text import fold

TALKS = {
    "quyet": "Quán triệt nghị quyết của Đảng ủy",
    "quan": "Nghị luận về quản lý đất đai",
    "nghia": "Nghĩa vụ quân sự, thanh niên nhập ngũ",
    "tan": "Tổ tự quản ấp Tân Mỹ",
    "dao": "Phòng, chống lừa đảo qua mạng",
    "other": "Bảo hiểm y tế cho hộ nghèo",
}


@pytest.fixture
def log(services):
    return services, {key: services.talks.add(place="Nhà văn hóa", notes=text).id for key, text in TALKS.items()}


def expected(ids: dict[str, str], query: str) -> set[str]:
    """The talks whose text has every whole word of the query and a word starting with its last."""
    *whole, last = fold(query).split()
    found = set()
    for key, text in TALKS.items():
        words = re.findall(r"\w+", fold(f"Nhà văn hóa {text}"))
        if all(w in words for w in whole) and any(w.startswith(last) for w in words):
            found.add(ids[key])
    return found


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("t", {"quyet", "nghia", "tan", "other"}),
        ("ng", {"quyet", "quan", "nghia", "other"}),
        ("nghi qu", {"quyet", "quan"}),
        ("nghị qu", {"quyet", "quan"}),
        ("NGHI Q", {"quyet", "quan"}),
        ("đ", {"quyet", "quan", "dao"}),
        ("d", {"quyet", "quan", "dao"}),
        ("lừa đ", {"dao"}),
        ("nghi quyet", {"quyet"}),
    ],
)
def test_a_word_being_typed_finds_every_record_with_a_word_that_starts_so(log, query, keys):
    services, ids = log
    found = {h.ref_id for h in services.library.search(query, ("talk",), limit=50)}
    assert found == {ids[k] for k in keys} == expected(ids, query)


def test_every_keystroke_of_a_query_finds_what_the_words_typed_so_far_allow(log):
    services, ids = log
    for n in range(1, len("nghị quyết") + 1):
        typed = "nghị quyết"[:n]
        if not typed.strip() or typed.endswith(" "):
            continue
        assert {h.ref_id for h in services.library.search(typed, ("talk",), limit=50)} == expected(ids, typed), typed


def test_whole_words_still_come_before_words_that_only_start_so(services):
    """The prefix fills the page after the whole-word matches, even where bm25 alone would rank a
    record that only has a longer word first: finishing the word never reorders what it found."""
    whole = services.talks.add(place="Hội trường", notes="Tuyên truyền pháp luật cho bà con các ấp, tổ tự quản Tân")
    longer = services.talks.add(place="Tánh", notes="Tuyên truyền Tánh Tánh")
    assert [h.ref_id for h in services.library.search("tuyen tan", ("talk",))] == [whole.id, longer.id]
    assert [h.ref_id for h in services.library.search("tuyen tanh", ("talk",))] == [longer.id]


def test_each_kind_has_its_index_with_one_and_two_letter_prefixes(services):
    for kind in ("document", "talk", "group"):
        sql = services.session.db.execute("SELECT sql FROM search.sqlite_master WHERE name = ?", [f"search_fts_{kind}"])
        assert "prefix='1 2'" in sql.fetchone()[0]


def test_the_kind_of_a_record_is_not_a_word_of_it(services):
    """Typing "ta" or "gr" finds no talk or group by the name of its kind."""
    services.talks.add(place="Nhà văn hóa", notes="Hội nghị")
    services.groups.add(name="Hội Nông dân", kind="zalo_group")
    assert services.library.search("ta") == [] and services.library.search("gro") == []
    assert services.library.search("doc") == []


def test_one_kind_is_found_among_many_newer_matches_of_another(services, monkeypatch):
    """A search of the library's documents on an aggregator whose talks far outnumber them: each
    kind has its own index, so the newest matches ranked are documents, however many talks match."""
    from desktop_app.storage import search as search_repo

    monkeypatch.setattr(search_repo, "RANK_ALL_BELOW", 5)
    monkeypatch.setattr(search_repo, "NEWEST_RANKED", 3)
    docs = [services.library.add_document(title=f"Nghị quyết số {n}", body="Tuyên truyền nghị quyết") for n in (1, 2)]
    for n in range(30):
        services.talks.add(place="Nhà văn hóa", notes=f"Quán triệt nghị quyết, lần {n}")
    hits = services.library.search("nghi quyet", ("document",), limit=10)
    assert {h.ref_id for h in hits} == {d.id for d in docs}
    assert len(services.library.search("nghi qu", ("talk",), limit=50)) == 30
    assert search_repo.count(services.session.db, "nghi qu", ("document",)) == 2


def test_a_word_being_typed_with_many_matches_shows_title_matches_then_the_newest(services, monkeypatch):
    """Scoring every match of a one-letter prefix over a million talks costs more than a keystroke:
    with many matches the prefix's page is its title matches, then its newest matches."""
    from desktop_app.storage import search as search_repo

    monkeypatch.setattr(search_repo, "RANK_ALL_BELOW", 4)  # five matches are many
    in_title = services.library.add_document(title="Tân Mỹ", body="Nội dung.")
    in_body = [services.library.add_document(title=f"Văn bản {n}", body="Tuyên truyền ở ấp Tân") for n in range(4)]
    hits = [h.ref_id for h in services.library.search("ta", ("document",), limit=3)]
    assert hits == [in_title.id, in_body[3].id, in_body[2].id]
