"""services.library: files typed in TCVN3 or VNI are stored in Unicode (a DOCX run by run by its
font, a text file by the reading that makes it Vietnamese); an unsure file is refused unchanged."""

from __future__ import annotations

import unicodedata

import pytest
from legacy_samples import (
    CONVERTED_RUN,
    HEADING,
    PASSAGE,
    TCVN3_RUN,
    UNICODE_RUN,
    VNI_RUN,
    legacy_pdf,
    legacy_text_file,
    mixed_docx,
    unsure_text_file,
)

from desktop_app.core.legacy_detect import LegacyUnsure
from desktop_app.core.legacy_encoding import TCVN3, VNI, encode


def test_a_mixed_docx_converts_run_by_run(services, tmp_path):
    warnings: list[str] = []
    [attached] = services.library.read_attachments([mixed_docx(tmp_path / "mixed.docx")], warnings)
    assert attached.text.splitlines() == [HEADING, UNICODE_RUN + TCVN3_RUN + VNI_RUN, CONVERTED_RUN]
    assert attached.legacy is not None and attached.legacy.encoding == "mixed"
    assert [after for _, after in attached.legacy.samples] == [HEADING, TCVN3_RUN, VNI_RUN]
    assert attached.legacy.samples[0][0] == encode(HEADING, TCVN3, upper_font=True)
    assert warnings == ["Tệp “mixed.docx” gõ bằng bảng mã cũ TCVN3 và VNI: chữ đã được chuyển sang Unicode."]
    doc = services.library.add_document(attached=[attached])
    assert [h.ref_id for h in services.library.search("bảo hiểm xã hội tự nguyện")] == [doc.id]
    assert [h.ref_id for h in services.library.search("lua dao truc tuyen")] == [doc.id]


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_a_legacy_text_file_is_stored_in_unicode(services, tmp_path, encoding):
    path = legacy_text_file(tmp_path / f"{encoding}.txt", encoding)
    doc = services.library.add_document([path])
    assert doc.body == PASSAGE
    assert services.library.document(doc.id).body == PASSAGE


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_a_legacy_pdf_text_is_read_in_unicode(services, tmp_path, encoding):
    [attached] = services.library.read_attachments([legacy_pdf(tmp_path / f"{encoding}.pdf", encoding)])
    assert " ".join(attached.text.split()) == PASSAGE
    assert attached.legacy is not None and attached.legacy.encoding == encoding


def test_an_unsure_file_is_refused_and_nothing_is_stored(services, tmp_path):
    with pytest.raises(LegacyUnsure) as refused:
        services.library.add_document([unsure_text_file(tmp_path / "lan.txt")])
    assert "không xác định chắc" in refused.value.message and "lan.txt" in refused.value.message
    assert "legacy encoding unsure" in refused.value.detail
    assert services.library.documents() == []


def _windows_1258(text: str) -> bytes:
    """Windows-1258 keeps a letter's shape precomposed and its tone as a combining mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        marks = unicodedata.normalize("NFD", char)
        shape = unicodedata.normalize("NFC", "".join(c for c in marks if c not in tones))
        out.append(shape + "".join(c for c in marks if c in tones))
    return "".join(out).encode("cp1258")


def test_legacy_letters_pasted_into_a_unicode_text_file_are_converted(services, tmp_path):
    path = tmp_path / "dan.txt"
    path.write_text(encode(PASSAGE, TCVN3), encoding="utf-8")
    assert services.library.add_document([path]).body == PASSAGE


def test_an_old_windows_1258_file_is_still_read_as_before(services, tmp_path):
    path = tmp_path / "cp1258.txt"
    path.write_bytes(_windows_1258(PASSAGE))
    doc = services.library.add_document([path])
    assert unicodedata.normalize("NFC", doc.body) == PASSAGE
