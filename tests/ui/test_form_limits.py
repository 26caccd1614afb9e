"""The forms meet the shared field rules at the field: what the importer of a receiver would refuse,
the window refuses (or cannot take) where it is typed, and nothing is saved."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from desktop_app.exchange.rows import SPECS, RowError, check_row, to_bundle_row
from desktop_app.storage import records_repo as repo
from desktop_app.storage.rows import talk_to_row


def open_form(window, qtbot):
    window.new_talk()
    page = window.pages["talks"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.date)
    return page.form


def _importer_accepts(talk) -> bool:
    try:
        check_row("talks", to_bundle_row(SPECS["talks"], talk_to_row(talk)))
    except RowError:
        return False
    return True


def test_fifty_one_topics_are_refused_at_the_field_as_the_importer_refuses_them(window, qtbot, demo_services):
    form = open_form(window, qtbot)
    before = repo.count_talks(demo_services.session.db)
    topics = [f"Chuyên đề {i}" for i in range(51)]
    talk = demo_services.talks.list(limit=1)[0]
    assert _importer_accepts(dataclasses.replace(talk, topics=tuple(topics[:50])))
    assert not _importer_accepts(dataclasses.replace(talk, topics=tuple(topics)))
    form.topics.setText("; ".join(topics))
    error = form.fields["topics"].error
    assert error.isVisible() and "50" in error.text()  # as it is typed, before any save
    QTest.keyClick(form.date, Qt.Key.Key_Return)
    assert repo.count_talks(demo_services.session.db) == before
    assert error.isVisible() and form.summary.isVisible()
    form.topics.setText("; ".join(topics[:50]))
    assert not error.isVisible()


def test_a_topic_longer_than_a_receiver_takes_is_refused_at_the_field(window, qtbot, demo_services):
    form = open_form(window, qtbot)
    before = repo.count_talks(demo_services.session.db)
    form.topics.setText("x" * 121)
    assert form.fields["topics"].error.isVisible()
    assert form.save() is None and repo.count_talks(demo_services.session.db) == before


def test_every_box_of_the_forms_stops_at_the_importers_limit(window, qtbot):
    """Each number box and one-line text box of the talk and group forms takes at most what the
    importer's checker accepts for its field."""
    from desktop_app.ui.pages import groups as groups_page
    from desktop_app.ui.pages import talks as talks_page

    checked = 0
    for table, form, widgets in [
        ("talks", window.pages["talks"].form, talks_page.FIELD_WIDGETS),
        ("groups", window.pages["groups"], groups_page.FIELD_WIDGETS),
    ]:
        rules = {f.name: f for f in SPECS[table].fields}
        for name, key in widgets.items():
            rule, field = rules.get(name), form.fields.get(key)
            if rule is None or field is None or not rule.cap or rule.kind == "list":
                continue
            widget, cap = field.widget, rule.cap
            if isinstance(widget, QSpinBox):
                assert widget.maximum() <= cap, f"{table}.{name}"
                widget.setValue(cap + 1)
                assert widget.value() <= cap
                checked += 1
            elif type(widget) is QLineEdit:  # the date boxes are checked as dates
                assert widget.maxLength() <= cap, f"{table}.{name}"
                widget.setText("x" * (cap + 1))
                assert len(widget.text()) <= cap
                checked += 1
    assert checked >= 15


def test_questions_longer_than_a_receiver_takes_are_flagged_as_typed(window, qtbot, demo_services):
    form = open_form(window, qtbot)
    before = repo.count_talks(demo_services.session.db)
    form.questions.setPlainText("ý" * 10_001)
    error = form.fields["questions"].error
    assert error.isVisible() and "10.000" in error.text()
    assert form.save() is None and repo.count_talks(demo_services.session.db) == before
    form.questions.setPlainText("ý" * 10_000)
    assert not error.isVisible()
