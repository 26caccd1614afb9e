"""Meta Business Suite exports read from their bytes: columns by name, both encodings, and every
kind of bad file refused with its reason in Vietnamese."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.meta_export import PageSeries, PostExport, read_export
from tests.meta_files import columns, page_series, post_csv, post_row


@pytest.mark.parametrize(("count", "seed"), [(32, 1), (33, 5), (34, 9)])
def test_a_per_post_export_is_read_by_column_names_whatever_their_number_and_order(count, seed):
    assert len(columns(count, seed)) == count
    export = read_export("posts.csv", post_csv([post_row(1, 300), post_row(2, 50, day=3)], count, seed))
    assert isinstance(export, PostExport)
    first, second = export.posts
    assert first.post_id == "1234567890_1" and first.permalink.endswith("/posts/1")
    assert first.published_at == dt.datetime(2026, 10, 1, 9, 30)
    assert (first.figures.views, first.figures.reach, first.figures.reactions) == (300, 200, 30)
    assert (first.figures.comments, first.figures.shares) == (6, 7)
    assert second.published_at.date() == dt.date(2026, 10, 3) and first.title.startswith("Bài số 1")


def test_the_32_and_34_column_months_give_the_same_figures():
    rows = [post_row(n, 100 + n) for n in range(5)]
    assert read_export("a.csv", post_csv(rows, 32, 2)) == read_export("b.csv", post_csv(rows, 34, 11))


def test_a_page_series_in_utf16_gives_its_metric_and_days():
    series = read_export("daily.csv", page_series("Lượt theo dõi Trang", [("2026-10-01", 12), ("2026-10-02", 15)]))
    assert series == PageSeries("Lượt theo dõi Trang", ((dt.date(2026, 10, 1), 12), (dt.date(2026, 10, 2), 15)))


def test_missing_columns_are_named():
    with pytest.raises(ValidationError) as caught:
        read_export("thieu.csv", post_csv([post_row(1)], 33, 1, drop=("Reach", "Shares")))
    assert "thiếu cột Reach, Shares" in caught.value.message and "thieu.csv" in caught.value.message


def test_a_file_saved_again_without_its_bom_is_refused_with_the_reason():
    with pytest.raises(ValidationError) as caught:
        read_export("excel.csv", post_csv([post_row(1)])[3:])
    assert "không phải tệp Meta Business Suite" in caught.value.message and "BOM" in caught.value.detail


def test_a_daily_series_in_the_wrong_encoding_is_named_as_the_other_kind():
    text = page_series("Lượt xem", [("2026-10-01", 1)])[2:].decode("utf-16-le")
    with pytest.raises(ValidationError) as caught:
        read_export("daily.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert "tệp số liệu theo ngày" in caught.value.message


def test_a_utf16_file_that_is_not_a_series_is_refused():
    with pytest.raises(ValidationError) as caught:
        read_export("posts.csv", b"\xff\xfe" + "Post ID,Views\r\n1,2".encode("utf-16-le"))
    assert "sep=," in caught.value.message


def test_a_publish_time_that_does_not_parse_names_its_line():
    row = {**post_row(1), "Publish time": "2026-10-01 09:30"}
    with pytest.raises(ValidationError) as caught:
        read_export("posts.csv", post_csv([post_row(2), row]))
    assert "dòng 3" in caught.value.message and "MM/DD/YYYY" in caught.value.message


def test_a_figure_that_is_not_a_number_is_refused_and_an_empty_one_is_zero():
    with pytest.raises(ValidationError, match="không phải một số"):
        read_export("posts.csv", post_csv([{**post_row(1), "Views": "nhiều"}]))
    export = read_export("posts.csv", post_csv([{**post_row(1), "Shares": ""}]))
    assert isinstance(export, PostExport) and export.posts[0].figures.shares == 0


def test_broken_utf8_is_refused():
    with pytest.raises(ValidationError, match="UTF-8"):
        read_export("posts.csv", post_csv([post_row(1)]) + b"\xff\xfe\xfa")
