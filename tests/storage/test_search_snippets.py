"""Search results that show why they matched: the snippet from the text that matched (an
attachment's passage, named; a talk's topic rather than its presenter), talks titled
"dd/mm/yyyy · hình thức · chuyên đề", and words near one another ranked above words far apart."""

from __future__ import annotations

import datetime as dt
import json

from sotay_cli import sotay


def test_a_match_in_an_attachment_shows_its_passage_and_names_the_file(services, tmp_path):
    path = tmp_path / "de-cuong.txt"
    filler = " ".join(["Nội dung chung về tuyên truyền ở cơ sở."] * 40)
    path.write_text(f"Đề cương\n{filler} Phòng chống cháy nổ mùa khô ở khu dân cư. {filler}", encoding="utf-8")
    doc = services.library.add_document([path], title="Kế hoạch tháng 3", body="Thực hiện theo đề cương đính kèm.")
    (hit,) = services.library.search("chay no mua kho")
    assert hit.ref_id == doc.id and hit.attachment == "de-cuong.txt"
    assert "«cháy» «nổ» «mùa» «khô»" in hit.marked()
    (own,) = services.library.search("de cuong dinh kem")
    assert own.attachment == "" and "«đề» «cương» «đính» «kèm»" in own.marked()


def test_a_talk_is_titled_by_date_format_and_topic_and_its_snippet_shows_the_topic(services):
    talk = services.talks.add(
        held_on=dt.date(2026, 11, 3),
        format="online_conference",
        place="Trực tuyến",
        topics=["Phòng chống ma túy"],
        presenters="Nguyễn Văn Hùng",
        notes="Nhắc lịch tiêm chủng.",
    )
    (hit,) = services.library.search("ma tuy", kinds=("talk",))
    assert hit.ref_id == talk.id
    assert hit.title == "03/11/2026 · Điểm cầu trực tuyến · Phòng, chống ma túy"  # the listed spelling
    assert "«ma» «túy»" in hit.marked() and "Nguyễn" not in hit.snippet
    (by_notes,) = services.library.search("tiem chung", kinds=("talk",))
    assert "«tiêm» «chủng»" in by_notes.marked() and "Nguyễn" not in by_notes.snippet


def test_words_near_one_another_rank_above_the_same_words_far_apart(services):
    far = services.library.add_document(
        title="Đảng viên gương mẫu, Ủy ban nhân dân", body="Đảng bộ và nhân dân cùng Ủy ban thực hiện."
    )
    near = services.library.add_document(title="Kế hoạch tháng 5", body="Đảng ủy xã lãnh đạo tuyên truyền.")
    assert [h.ref_id for h in services.library.search("dang uy")] == [near.id, far.id]
    assert [h.ref_id for h in services.library.search("đảng ủy", ("document",))] == [near.id, far.id]
    assert [h.ref_id for h in services.library.search("dang")][0] == far.id  # one word: bm25 alone


def test_the_cli_names_the_attachment_a_snippet_comes_from(tmp_path):
    folder = tmp_path / "c"
    assert sotay("init", "--unit", "30130", "--name", "Hùng", data_dir=folder).returncode == 0
    import docx

    document = docx.Document()
    document.add_paragraph("Danh sách điểm cầu trực tuyến của xã.")
    path = tmp_path / "phu-luc.docx"
    document.save(path)
    assert sotay("library", "add", str(path), "--title", "Kế hoạch", data_dir=folder).returncode == 0
    shown = sotay("search", "diem cau", data_dir=folder)
    assert "(trong tệp phu-luc.docx) Danh sách «điểm» «cầu»" in shown.stdout
    (result,) = json.loads(sotay("search", "diem cau", "--json", data_dir=folder).stdout)["results"]
    assert result["attachment"] == "phu-luc.docx"


def test_the_snippet_shows_the_words_where_they_stand_together():
    from desktop_app.storage.search import make_snippet

    text = (
        "Căn cứ chương trình công tác năm, để nâng cao nhận thức của cán bộ, đảng viên và nhân dân, báo cáo "
        "viên, tuyên truyền viên cơ sở tập trung tuyên truyền các nội dung sau. Thứ nhất, quán triệt quan điểm, "
        "mục tiêu của Đảng ủy, Hội đồng nhân dân và Ủy ban nhân dân xã."
    )
    snippet, spans = make_snippet(text, ["dang", "uy"])
    assert [snippet[a:b] for a, b in spans][:2] == ["Đảng", "ủy"] and "Đảng ủy" in snippet
