"""Full-text search with real Vietnamese text: tones, đ, case, both tone placements, NFD input."""

from __future__ import annotations

import io
import unicodedata

import pytest

TEXT = (
    "Nghị quyết của Đảng ủy xã Thanh Bình về công tác tuyên truyền\n\n"
    "Ban Thường vụ Đảng ủy chỉ đạo các chi bộ tạo sự ĐỒNG THUẬN trong nhân dân, "
    "hoà giải ở cơ sở và phát huy vai trò của Ủy ban Mặt trận Tổ quốc. "
)


@pytest.fixture
def library(services, tmp_path):
    path = tmp_path / "nghi-quyet.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = services.library.add_document([path], topics=["Nghị quyết Đại hội Đảng bộ xã"])
    return services, doc


@pytest.mark.parametrize(
    "query",
    [
        "dang uy",
        "Đảng ủy",
        "DANG UY",
        "nghi quyet",
        "dong thuan",
        "ĐỒNG THUẬN",
        "hòa giải",
        "hoà giải",
        "uỷ ban",
        "ủy ban",
        "đồng thu",
    ],
)
def test_queries_with_or_without_marks_find_the_document(library, query):
    services, doc = library
    hits = services.library.search(query)
    assert [h.ref_id for h in hits] == [doc.id]


def test_decomposed_text_is_stored_composed_and_found(services):
    decomposed = unicodedata.normalize("NFD", "Phòng, chống lừa đảo qua mạng")
    talk = services.talks.add(place="Hội trường xã", questions_text=decomposed)
    assert talk.questions_text == unicodedata.normalize("NFC", decomposed)
    assert [h.ref_id for h in services.library.search("lua dao")] == [talk.id]


def test_snippet_highlights_the_original_accented_words(library):
    services, doc = library
    hit = services.library.search("dang uy")[0]
    assert "«Đảng» «ủy»" in hit.marked()
    for start, end in hit.spans:
        assert hit.snippet[start:end].lower() in ("đảng", "ủy")
    assert hit.title.startswith("Nghị quyết của Đảng ủy")


def test_ranking_prefers_the_title(services):
    services.library.add_document(
        title="Tài liệu về an toàn giao thông", body="Nội dung có nhắc tới chuyển đổi số một lần."
    )
    strong = services.library.add_document(title="Chuyển đổi số ở cơ sở", body="Chuyển đổi số, dịch vụ công.")
    assert services.library.search("chuyen doi so")[0].ref_id == strong.id


def test_talks_and_groups_are_searched_and_deletions_leave_the_index(services):
    group = services.groups.add(name="Nhóm Zalo Người Dân Tân Mỹ", kind="zalo_group")
    talk = services.talks.add(place="Nhà văn hóa ấp Tân Mỹ", questions_text="Hỏi về bảo hiểm y tế")
    assert {h.ref_id for h in services.library.search("tan my")} == {group.id, talk.id}
    services.talks.delete(talk.id)
    assert [h.ref_id for h in services.library.search("tan my")] == [group.id]
    assert services.library.search("bao hiem") == []


def test_attachment_text_is_searchable(services, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Hướng dẫn phân loại rác thải sinh hoạt tại hộ gia đình")
    path = tmp_path / "phan-loai-rac.docx"
    document.save(path)
    doc = services.library.add_document([path], title="Hướng dẫn của Sở")
    assert [h.ref_id for h in services.library.search("phan loai rac")] == [doc.id]
    assert services.library.attachment_data(doc.attachments[0].sha256) == path.read_bytes()


def test_pdf_attachment_text_is_extracted(services, tmp_path):
    from desktop_app.storage.extract import extract_text

    pdf = _tiny_pdf("Phong chong ma tuy")
    assert "ma tuy" in extract_text(pdf, "application/pdf").lower()
    assert extract_text(b"%PDF-1.4 broken", "application/pdf") == ""


def _tiny_pdf(text: str) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=300, height=200)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_search_on_demo_data_finds_each_kind(demo_services):
    assert {h.kind for h in demo_services.library.search("tan my", limit=50)} == {"talk", "group"}
    assert {h.kind for h in demo_services.library.search("chuyen doi so", limit=50)} == {"talk", "document"}
    assert demo_services.library.search("   ") == []
    assert demo_services.library.search('"; DROP TABLE talks; --') == []


def test_common_words_rank_title_matches_and_newest_first(services, monkeypatch):
    from desktop_app.storage import search

    monkeypatch.setattr(search, "RANK_ALL_BELOW", 5)
    monkeypatch.setattr(search, "NEWEST_RANKED", 5)
    oldest_title = services.library.add_document(title="Đảng ủy xã quán triệt nghị quyết", body="Nội dung.")
    for n in range(20):
        services.library.add_document(title=f"Tài liệu số {n}", body="Đảng ủy xã chỉ đạo công tác tuyên truyền.")
    hits = services.library.search("dang uy", ("document",), limit=10)
    assert hits[0].ref_id == oldest_title.id  # an old title match still wins
    assert len(hits) == 10 and len({h.ref_id for h in hits}) == 10
    second_page = search.search(services.session.db, "dang uy", ("document",), limit=10, offset=10)
    assert not {h.ref_id for h in second_page} & {h.ref_id for h in hits}


@pytest.mark.parametrize(
    "query", ["đảng " * 500, " ".join(f"tu{i}" for i in range(2000)), "ủy " * 300 + "đảng", "x" * 5000]
)
def test_long_queries_give_fts5_and_the_highlighter_a_bounded_number_of_words(library, monkeypatch, query):
    """Each query word is an FTS5 term and an alternative of the highlighting pattern, tried at every
    position of the snippet's text: a repeated or endless query must not multiply that work."""
    from desktop_app.storage import search

    services, doc = library
    fts_terms, highlighted = [], []
    ranked, pattern = search._ranked, search._pattern

    def counting_ranked(db, fts, kinds, want):
        fts_terms.append(fts.count('"') // 2)
        return ranked(db, fts, kinds, want)

    def counting_pattern(words):
        highlighted.append(len(words))
        return pattern(words)

    monkeypatch.setattr(search, "_ranked", counting_ranked)
    monkeypatch.setattr(search, "_pattern", counting_pattern)
    services.library.search(query)
    assert fts_terms and max(fts_terms) <= search.MAX_QUERY_WORDS
    assert max(highlighted, default=0) <= search.MAX_QUERY_WORDS
    assert len(search.query_words(query)) <= search.MAX_QUERY_WORDS
    assert len(search.fts_query(query)) <= 4 * search.MAX_QUERY_CHARS


def test_a_repeated_word_is_searched_once_and_still_finds(library):
    from desktop_app.storage.search import query_words

    services, doc = library
    assert query_words("đảng " * 500) == ["dang"]
    assert query_words("dang uy dang xa uy") == ["dang", "xa", "uy"]  # the last word typed stays last
    assert [h.ref_id for h in services.library.search("Đảng ủy " * 200)] == [doc.id]
    assert "«Đảng»" in services.library.search("đảng " * 500)[0].marked()
