"""core.doc_title: the first candidate that names the document, never a date or time line nor a
generic heading; a lone kind of document joined with its subject; the file name, cleaned, last."""

from __future__ import annotations

import pytest

from desktop_app.core.doc_title import choose_title, is_title, title_from_filename


@pytest.mark.parametrize(
    "line",
    [
        "16/02/2024 10:14 GMT+7",
        "Thanh Bình, ngày 05 tháng 02 năm 2024",
        "2024-02-16",
        "Xuất bản thông tin",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số 12-BC/ĐU",
        "Trang 1",
        "* * *",
        "x" * 400,
    ],
)
def test_lines_that_never_name_a_document(line):
    assert not is_title(line)


def test_the_first_real_title_wins_over_date_and_generic_lines():
    lines = ["16/02/2024 10:14 GMT+7", "Xuất bản thông tin", "Đề cương tuyên truyền kỷ niệm 95 năm thành lập Đảng"]
    assert choose_title(lines, "a.pdf") == "Đề cương tuyên truyền kỷ niệm 95 năm thành lập Đảng"


def test_a_lone_kind_of_document_is_joined_with_its_subject():
    lines = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số 30-CT/TW", "CHỈ THỊ", "về đổi mới công tác tuyên truyền miệng"]
    assert choose_title(lines, "a.docx") == "CHỈ THỊ về đổi mới công tác tuyên truyền miệng"


def test_the_file_name_is_the_last_resort_and_is_cleaned():
    assert choose_title(["16/02/2024", "  "], "chithi.docx") == "Chithi"
    assert title_from_filename("Huong_dan-phong.chong (1).pdf") == "Huong dan phong chong"
    assert title_from_filename("ke hoach - Copy.docx") == "Ke hoach"
