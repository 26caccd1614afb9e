"""Concern themes: typical questions land on the expected theme, two communes' different wordings on
the same theme id, typos and missing accents still match, and nothing is offered for small talk."""

from __future__ import annotations

import pytest

from desktop_app.core.concern_themes import Theme, ThemeMatcher, theme_list
from desktop_app.core.errors import ValidationError
from desktop_app.storage.theme_list import shipped

TYPICAL = [
    ("Bà con hỏi bao giờ được đền bù khi thu hồi đất làm đường", "dat-dai-boi-thuong"),
    ("Hỏi về rút bảo hiểm xã hội một lần và lương hưu", "bao-hiem-xa-hoi"),
    ("Tiền điện tháng này tăng cao, giá xăng cũng tăng", "gia-ca"),
    ("Làm thủ tục bây giờ phải lên xã mới xa quá, không còn huyện nữa", "chinh-quyen-hai-cap"),
    ("Người dân bị gọi điện giả danh công an đòi chuyển tiền", "lua-dao-truc-tuyen"),
    ("Cài VNeID, định danh điện tử mức 2 ở đâu?", "dich-vu-cong"),
    ("Bao giờ cấp sổ đỏ cho mấy hộ ở ấp 3", "giay-chung-nhan-dat"),
    ("Thẻ bảo hiểm y tế của học sinh mua ở đâu", "bao-hiem-y-te"),
    ("Rác không ai thu gom, mùi hôi quá", "moi-truong-rac-thai"),
    ("Vay qua app bị khủng bố đòi nợ", "tin-dung-den"),
]

# The same concern as two communes wrote it down.
TWO_COMMUNES = [
    ("Giải tỏa làm khu công nghiệp mà tiền đền bù thấp", "Dân thắc mắc về giá bồi thường khi thu hồi đất"),
    ("Nhiều người bị lừa đảo qua mạng mất tiền", "Có cuộc gọi lạ giả danh công an yêu cầu chuyển khoản"),
    ("Giá gạo, giá xăng tăng liên tục", "Tiền điện tăng giá nhiều, đời sống khó khăn"),
    ("Xin cho con đi xuất khẩu lao động", "Thanh niên thất nghiệp, thiếu việc làm"),
]


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return ThemeMatcher(shipped().themes)


def test_the_shipped_list_is_well_formed():
    themes = shipped().themes
    assert 30 <= len(themes) <= 60
    assert len({t.id for t in themes}) == len(themes)
    assert all(t.synonyms for t in themes)


@pytest.mark.parametrize(("question", "theme_id"), TYPICAL)
def test_a_typical_question_lands_on_its_theme(matcher, question, theme_id):
    suggestions = matcher.suggest(question)
    assert suggestions and suggestions[0].theme.id == theme_id, [s.theme.id for s in suggestions]
    assert suggestions[0].because  # it says which words called it


@pytest.mark.parametrize(("first", "second"), TWO_COMMUNES)
def test_two_communes_wordings_land_on_the_same_theme(matcher, first, second):
    assert matcher.suggest(first)[0].theme.id == matcher.suggest(second)[0].theme.id


def test_typos_and_missing_accents_still_match_but_other_tones_count_less(matcher):
    assert matcher.suggest("hoi ve bao hiem xa hoi tu nguyen")[0].theme.id == "bao-hiem-xa-hoi"
    assert matcher.suggest("bà con hỏi về bảo hiêm xa hôi")[0].theme.id == "bao-hiem-xa-hoi"
    assert matcher.suggest("lưà đảo trưc tuyên")[0].theme.id == "lua-dao-truc-tuyen"
    assert "dong-gop-kinh-phi" not in {s.theme.id for s in matcher.suggest("làm thủ tục ở xã")}  # not "lạm thu"


def test_small_talk_gets_no_suggestion(matcher):
    assert matcher.suggest("Trời hôm nay đẹp, mọi người đến đông đủ") == []
    assert matcher.suggest("") == []


def test_a_list_is_checked_when_read():
    assert theme_list({"version": 2, "themes": [{"id": "a", "name": "A", "synonyms": ["x"]}]}).version == 2
    for bad in (
        {"themes": []},
        {"version": 1, "themes": [{"id": "a"}]},
        {"version": 1, "themes": [{"id": "a", "name": "A"}] * 2},
    ):
        with pytest.raises(ValidationError):
            theme_list(bad)
    assert ThemeMatcher([Theme("x", "Chủ đề riêng", ("cầu khỉ",))]).suggest("Xin làm lại cầu khỉ")[0].theme.id == "x"
