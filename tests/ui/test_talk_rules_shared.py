"""The talk form and ``sotay talks add`` derive a talk's question count and follow-up state by the
same rule (core.talk_rules, applied in services.talks): the same answers give the same talk."""

from __future__ import annotations

import dataclasses
import json

from desktop_app import cli
from desktop_app.core.enums import FollowUpStatus

QUESTIONS = "Bà con hỏi về giá lúa"
FOLLOW_UP = "Mời cán bộ nông nghiệp về ấp"


def _through_the_window(window, qtbot, questions: str, follow_up: str):
    window.new_talk()
    form = window.pages["talks"].form
    form.date.setText("18/11/2026")
    form.place.setText("Nhà văn hóa ấp Hòa Bình (quy tắc chung)")
    form.questions.setPlainText(questions)
    form.follow_up.setText(follow_up)
    saved = form.save() or form.save()  # a second save confirms a likely duplicate
    assert saved is not None, form.summary.label.text()
    return saved


def _through_the_command_line(tmp_path, capsys, questions: str, follow_up: str):
    folder = str(tmp_path / "cli-data")
    assert cli.run(["--data-dir", folder, "init", "--unit", "30130"]) == 0
    args = ["--data-dir", folder, "talks", "add", "--date", "18/11/2026", "--place", "Nhà văn hóa ấp Hòa Bình"]
    capsys.readouterr()
    assert cli.run([*args, "--questions", questions, "--follow-up", follow_up, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_questions_and_a_follow_up_give_the_same_talk_in_the_window_and_on_the_command_line(
    window, qtbot, tmp_path, capsys
):
    in_window = _through_the_window(window, qtbot, QUESTIONS, FOLLOW_UP)
    on_cli = _through_the_command_line(tmp_path, capsys, QUESTIONS, FOLLOW_UP)
    assert (in_window.questions_count, in_window.follow_up_status.value) == (1, "open")
    assert (on_cli["questions_count"], on_cli["follow_up_status"]) == (1, "open")


def test_no_answers_give_no_count_and_no_follow_up_in_both(window, qtbot, tmp_path, capsys):
    in_window = _through_the_window(window, qtbot, "", "")
    on_cli = _through_the_command_line(tmp_path, capsys, "", "")
    assert (in_window.questions_count, in_window.follow_up_status.value) == (0, "none")
    assert (on_cli["questions_count"], on_cli["follow_up_status"]) == (0, "none")


def test_editing_a_talk_in_the_form_keeps_a_follow_up_marked_done(window, qtbot, demo_services):
    talk = _through_the_window(window, qtbot, QUESTIONS, FOLLOW_UP)
    done = demo_services.talks.save(dataclasses.replace(talk, follow_up_status=FollowUpStatus.DONE))
    form = window.pages["talks"].form
    form.load(done)
    form.notes.setText("Đã mời, bà con hài lòng")
    assert form.save().follow_up_status == FollowUpStatus.DONE
    form.load(demo_services.talks.get(talk.id))
    form.follow_up.setText("")
    assert form.save().follow_up_status == FollowUpStatus.NONE
