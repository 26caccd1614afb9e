"""Key points drafted for the library's documents, accepted, edited or discarded by the reader."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.text import words

# A demo key point counts as found when one drafted sentence holds at least this share of its words.
FOUND_AT = 0.8
# Measured: the drafts agree on 23 of the 23 demo key points (100 %) when three of each document's
# five sentences are drafted, against 16 of 23 (70 %) when boilerplate is not recognised; the floor
# leaves room for ranking changes but fails if the shared preamble wins again.
AGREEMENT_FLOOR = 0.9


def _found(point: str, drafted: list[str]) -> bool:
    want = set(words(point))
    return max((len(want & set(words(d))) / len(want) for d in drafted), default=0) >= FOUND_AT


def agreement(services, count: int) -> tuple[int, int]:
    found = total = 0
    for doc in services.library.documents():
        drafted = [p.text for p in services.assistant.draft_key_points(doc.id, count)]
        for point in doc.key_points:
            total += 1
            found += _found(point, drafted)
    return found, total


def test_the_drafts_agree_with_the_demo_documents_own_key_points(demo_services):
    found, total = agreement(demo_services, count=3)
    assert total == 23
    assert found / total >= AGREEMENT_FLOOR, (found, total)


def test_a_preamble_every_document_repeats_ranks_last(demo_services):
    doc = demo_services.library.documents()[0]
    first = demo_services.assistant.draft_key_points(doc.id, 1)[0]
    assert first.text.startswith("Nội dung trọng tâm:")
    others = demo_services.assistant.draft_key_points(doc.id, 5)
    assert any("câu lặp lại ở nhiều tài liệu khác" in p.explained() for p in others)


def test_attachments_text_is_drafted_from_too(services, tmp_path):
    attached = tmp_path / "chi-thi.txt"
    attached.write_text(
        "Người dân tuyệt đối không chuyển tiền cho người lạ gọi điện xưng là công an.\n"
        "Hội nghị diễn ra vào buổi sáng tại hội trường ấp.",
        encoding="utf-8",
    )
    doc = services.library.add_document([attached], title="Cảnh báo lừa đảo", body="Xã thông báo đến bà con.")
    drafted = [p.text for p in services.assistant.draft_key_points(doc.id, 5)]
    assert any("không chuyển tiền" in t for t in drafted)


def test_accepting_keeps_the_points_apart_from_the_documents_own_and_discarding_forgets_them(services):
    doc = services.library.add_document(
        title="Phân loại rác", body="Mỗi hộ gia đình phải phân loại rác thành ba nhóm trước khi thu gom."
    )
    shown = services.assistant.key_points(doc)
    assert shown.source == "draft" and shown.drafted
    services.assistant.accept_key_points(doc.id, ["  Phân loại rác thành ba nhóm ", ""], edited=True)
    choice = services.assistant.accepted(doc.id)
    assert choice is not None and choice.points == ("Phân loại rác thành ba nhóm",) and choice.edited
    assert services.library.document(doc.id).key_points == ()  # the document itself is unchanged
    assert services.assistant.key_points(doc).source == "accepted"
    services.assistant.discard_key_points(doc.id)
    assert services.assistant.accepted(doc.id) is None
    assert services.assistant.key_points(doc).source == "draft"


def test_the_documents_own_key_points_come_first(demo_services):
    doc = demo_services.library.documents()[0]
    demo_services.assistant.accept_key_points(doc.id, ["Một ý khác"])
    assert demo_services.assistant.key_points(doc).points == doc.key_points


def test_refusals_are_worded_and_change_nothing(services):
    doc = services.library.add_document(title="Tài liệu", body="Một câu đủ dài để làm ý chính của tài liệu.")
    with pytest.raises(ValidationError, match="ít nhất một ý"):
        services.assistant.accept_key_points(doc.id, ["   "])
    with pytest.raises(ValidationError, match="từ 1 đến 30"):
        services.assistant.draft_key_points(doc.id, 0)
    with pytest.raises(ValidationError):
        services.assistant.accept_key_points(doc.id, ["x" * 1001])
    with pytest.raises(NotFoundError):
        services.assistant.accept_key_points("no-such-document", ["Ý"])
    assert services.assistant.accepted(doc.id) is None
