"""TCVN3 and VNI tables: every Vietnamese letter goes there and back exactly (the upper-case ".Vn…H"
fonts included), and text without font names is read by the share of valid syllables."""

from __future__ import annotations

import unicodedata

import pytest
from legacy_samples import PASSAGE

from desktop_app.core.legacy_detect import UNICODE, UNSURE, detect, is_syllable
from desktop_app.core.legacy_encoding import TCVN3, VNI, NotEncodable, decode, encode, font_encoding

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
BASES = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
LOWER = "".join(unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES) + "đ"
SENTENCE = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Ban Tuyên giáo xã Ông Đình, Ăn Ơn Ưng Ê Â."


def test_every_lower_case_letter_goes_there_and_back_in_both_encodings():
    assert len(LOWER) == 73
    for encoding in (TCVN3, VNI):
        coded = encode(LOWER, encoding)
        assert all(ord(c) < 0x100 for c in coded)
        assert decode(coded, encoding) == LOWER


def test_vni_has_every_capital_and_tcvn3_has_them_only_in_upper_case_fonts():
    upper = LOWER.upper()
    assert decode(encode(upper, VNI), VNI) == upper
    with pytest.raises(NotEncodable):
        encode(upper, TCVN3)
    coded = encode(upper, TCVN3, upper_font=True)
    assert coded != upper and decode(coded, TCVN3, upper_font=True) == upper


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_a_real_passage_converts_back_exactly(encoding):
    coded = encode(SENTENCE, encoding)
    assert coded != SENTENCE
    assert decode(coded, encoding) == SENTENCE


def test_known_spellings_of_each_encoding():
    assert encode("Việt Nam được", TCVN3) == "ViÖt Nam ®\xadîc"
    assert encode("Việt Nam được", VNI) == "Vieät Nam ñöôïc"


def test_fonts_name_their_encoding():
    assert font_encoding(".VnTime") == (TCVN3, False)
    assert font_encoding(".VnTimeH") == (TCVN3, True)
    assert font_encoding(".VnArialH") == (TCVN3, True)
    assert font_encoding("VNI-Times") == (VNI, False)
    assert font_encoding("Times New Roman") is None
    assert font_encoding(None) is None


def test_syllables():
    assert all(is_syllable(w) for w in "nghiêng người khuya quyết giữa ĐƯỢC oanh".split())
    assert not any(is_syllable(w) for w in "ViÖt Vieät ngöôøi café háả".split())


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_text_without_fonts_is_read_as_the_encoding_that_makes_it_vietnamese(encoding):
    verdict = detect(encode(PASSAGE, encoding))
    assert verdict.encoding == encoding and verdict.converted
    assert verdict.text == PASSAGE
    assert verdict.scores[encoding] == 1.0


def test_unicode_and_foreign_text_are_left_alone():
    assert detect(PASSAGE).encoding == UNICODE and detect(PASSAGE).text == PASSAGE
    assert detect("Plain ASCII only").encoding == UNICODE
    assert detect("Un café, une crème brûlée et un résumé naïf.").encoding == UNICODE


def test_unicode_with_broken_or_foreign_words_is_never_taken_for_legacy():
    broken = "Nghi\u0323 quyê\u0301t vê\u0300 Gia\u0301o du\u0323c: François Müller, José Đoàn, ưu tiên được việc"
    assert detect(broken).encoding == UNICODE
    split = "Vi ệt Nam ch ủ ngh ĩa x ã h ội đ ược ng ười d ân"  # a PDF's text with words cut at the marks
    assert detect(split).encoding == UNICODE and detect(split).text == split


def test_a_text_with_no_clear_reading_is_unsure_and_kept_as_it_was():
    words = PASSAGE.split()
    half = len(words) // 2
    mixed = encode(" ".join(words[:half]), TCVN3) + " " + encode(" ".join(words[half:]), VNI)
    verdict = detect(mixed)
    assert verdict.encoding == UNSURE and verdict.text == mixed
    assert "valid syllables" in verdict.detail()
    too_short = encode("Việt Nam", TCVN3)
    assert detect(too_short).encoding == UNSURE
