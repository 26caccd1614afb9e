"""Vietnamese sentence boundaries and the key points drafted from a long directive."""

from __future__ import annotations

from desktop_app.core.keypoints import draft
from desktop_app.core.text import words
from desktop_app.core.vn_sentences import Kind, segments, split_sentences
from tests.directive_text import DIRECTIVE, READER_PICKS, TITLE


def test_abbreviations_numbers_dates_and_article_numbers_hold_no_break():
    text = (
        "Hội nghị tại TP. Cao Lãnh ngày 15/5/2026 có 1.794 người dự. Tp. Hồ Chí Minh cũng tham dự. "
        "Theo Điều 3. Quy định này, ông Nguyễn V. A. phát biểu. Căn cứ Nghị định 30/2020/NĐ-CP. "
        "Các xã tham gia, v.v. Kết thúc hội nghị!"
    )
    assert split_sentences(text) == [
        "Hội nghị tại TP. Cao Lãnh ngày 15/5/2026 có 1.794 người dự.",
        "Tp. Hồ Chí Minh cũng tham dự.",
        "Theo Điều 3. Quy định này, ông Nguyễn V. A. phát biểu.",
        "Căn cứ Nghị định 30/2020/NĐ-CP.",
        "Các xã tham gia, v.v.",
        "Kết thúc hội nghị!",
    ]


def test_a_lower_case_word_after_a_period_continues_the_sentence():
    assert split_sentences("Số 12. tháng này") == ["Số 12. tháng này"]


def test_headings_items_and_sections():
    found = segments(DIRECTIVE)
    headings = [s.text for s in found if s.kind is Kind.HEADING]
    assert headings == [
        "CHỈ THỊ",
        "Về tăng cường công tác tuyên truyền miệng trong tình hình mới",
        "I. TÌNH HÌNH",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "III. TỔ CHỨC THỰC HIỆN",
    ]
    items = [s for s in found if s.kind is Kind.ITEM]
    assert [i.text[:2] for i in items] == ["1.", "2.", "3.", "a)", "b)", "- ", "- "]
    assert all(i.section in ("II. NHIỆM VỤ TRỌNG TÂM", "III. TỔ CHỨC THỰC HIỆN") for i in items)
    article = next(s for s in found if s.text.startswith("Điều 3."))
    assert article.kind is Kind.SENTENCE and article.text.endswith("Nghị định 30/2020/NĐ-CP.")


def _covered(point: str, drafted: list[str]) -> float:
    want = set(words(point))
    return max(len(want & set(words(d))) / len(want) for d in drafted)


def test_the_draft_of_a_long_directive_holds_what_a_reader_would_pick():
    drafted = draft(DIRECTIVE, TITLE, count=5)
    texts = [p.text for p in drafted]
    assert all(_covered(pick, texts) >= 0.9 for pick in READER_PICKS), texts
    assert not any(t.isupper() or t.startswith(("I.", "II.", "III.")) for t in texts)  # no heading
    assert [p.index for p in drafted] == sorted(p.index for p in drafted)  # reading order
    assert all(p.reasons for p in drafted)


def test_the_draft_is_deterministic_and_bounded():
    assert draft(DIRECTIVE, TITLE, 3) == draft(DIRECTIVE, TITLE, 3)
    assert len(draft(DIRECTIVE, TITLE, 3)) == 3
    assert len(draft(DIRECTIVE, TITLE, 1000)) <= 30
    assert draft("", "x") == [] and draft("Ngắn quá.", "x") == []


def test_a_sentence_repeated_is_picked_once():
    text = "Người dân cần cảnh giác với lừa đảo qua mạng xã hội. " * 3 + "Xã tổ chức hội nghị tuyên truyền pháp luật."
    texts = [p.text for p in draft(text, "Lừa đảo", 3)]
    assert texts.count("Người dân cần cảnh giác với lừa đảo qua mạng xã hội.") == 1
