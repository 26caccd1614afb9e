"""Vietnamese folding and collation: the rules search and sorting rely on."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.text import fold, fold_chars, nfc, sort_key


def test_fold_removes_tones_and_folds_d():
    assert fold("Đảng ủy") == "dang uy"
    assert fold("nghị quyết") == "nghi quyet"
    assert fold("ĐỒNG THUẬN") == "dong thuan"
    assert fold("ướ ẫ ệ") == "uo a e"


def test_both_tone_placements_fold_alike():
    assert fold("hoà") == fold("hòa") == "hoa"
    assert fold("uỷ") == fold("ủy") == "uy"
    assert fold("thuỷ") == fold("thủy")


def test_decomposed_input_folds_like_composed():
    decomposed = unicodedata.normalize("NFD", "Nghị quyết Đảng ủy")
    assert fold(decomposed) == fold("Nghị quyết Đảng ủy")


@given(st.text())
def test_fold_keeps_one_character_per_nfc_character(text):
    assert len(fold(text)) == len(nfc(text))


_PIECES = ["Đảng", "ủy", " ", "  ", "HOÀ", "thuỷ", "x\u0301", "\u0301", "ß", "ĐỒNG", "a.b", "\t"]


@given(st.lists(st.sampled_from(_PIECES)) | st.lists(st.text(max_size=8)))
def test_word_cached_fold_equals_the_character_fold(parts):
    text = " ".join(parts)
    assert fold(text) == fold_chars(text)
    assert fold(text) == fold_chars(text)  # second time from the word cache


def test_vietnamese_collation_orders_letters_then_tones():
    names = ["Đức", "Dũng", "Ấn", "An", "Ăn", "bá", "ba", "bà", "Bình"]
    assert sorted(names, key=sort_key) == ["An", "Ăn", "Ấn", "ba", "bà", "bá", "Bình", "Dũng", "Đức"]


def test_without_controls_keeps_lines_where_a_text_has_them():
    from desktop_app.core.text import without_controls

    hostile = "Đảng\x01 ủy\x7f xã\x85\r\ndòng\t2\rdòng 3\x1b\x00"
    assert without_controls(hostile) == "Đảng ủy xã\ndòng\t2\ndòng 3"
    assert without_controls(hostile, multiline=False) == "Đảng ủy xã dòng 2 dòng 3"
    clean = "Nghị quyết của Đảng ủy"
    assert without_controls(clean) is clean and without_controls("") == ""
    assert without_controls("A\u00a0B\u200bC") == "A\u00a0B\u200bC"  # only C0, DEL and C1 go
