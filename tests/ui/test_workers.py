"""The one way the window works in the background: a service call on its own connection in the pool,
its outcome back on the GUI thread, a refusal as its Vietnamese message, a cancelled call silent,
and one runner for the whole application."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.errors import ValidationError

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qapp):
    from desktop_app.ui.workers import Runner

    r = Runner()
    yield r
    r.cancel_all()


def test_a_call_runs_on_its_own_connection_and_reports_on_the_gui_thread(qtbot, runner, demo_services):
    seen = {}

    def call(services, progress, cancel):
        seen["thread"] = threading.current_thread()
        seen["same_services"] = services is demo_services
        seen["same_connection"] = services.session.db.conn is demo_services.session.db.conn
        progress(1, 2, "nửa chừng")
        return services.identity.installation.unit_code, services.session.today

    results, steps = [], []

    def done(result):
        results.append((result, threading.current_thread()))

    runner.run(demo_services, call, on_done=done, on_progress=lambda *a: steps.append(a))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    (unit, today), thread = results[0]
    assert (unit, today) == (
        demo_services.identity.installation.unit_code,
        demo_services.session.today,
    )  # same calendar
    assert thread is threading.main_thread() and seen["thread"] is not threading.main_thread()
    assert not seen["same_services"] and not seen["same_connection"]
    assert steps == [(1, 2, "nửa chừng")]
    assert runner.active == []


def test_a_refusal_comes_back_as_its_message(qtbot, runner, demo_services):
    failures = []

    def refuse(services, progress, cancel):
        raise ValidationError("Ngày không hợp lệ.", "bad date", field="held_on")

    runner.run(demo_services, refuse, on_done=lambda r: failures.append("done"), on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    failure = failures[0]
    assert failure.message == "Ngày không hợp lệ." and isinstance(failure.error, ValidationError)


def test_an_unexpected_error_is_a_sentence_not_a_traceback(qtbot, runner, demo_services, capsys):
    failures = []

    def crash(services, progress, cancel):
        raise KeyError("talks")

    runner.run(demo_services, crash, on_failed=failures.append, unexpected="Không lập được báo cáo: %1")
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures[0].message == "Không lập được báo cáo: 'talks'"
    assert "Traceback" not in failures[0].message
    assert "KeyError" in capsys.readouterr().err  # the trace goes to the log, not to the person


def test_a_cancelled_call_reports_nothing(qtbot, runner, demo_services):
    started, release, outcomes = threading.Event(), threading.Event(), []

    def slow(services, progress, cancel):
        started.set()
        release.wait(5)
        return "late"

    worker = runner.run(demo_services, slow, on_done=outcomes.append, on_failed=outcomes.append)
    assert started.wait(5)
    worker.cancel()
    release.set()
    qtbot.waitUntil(lambda: worker.finished.is_set(), timeout=5000)
    qtbot.wait(50)  # the queued signal, had it been delivered
    assert outcomes == []
    assert runner.active == []


def test_the_application_owns_the_one_runner(window, app_controller):
    window.open_page("reports")
    page = window.pages["reports"]
    assert window.runner is app_controller.runner
    assert page.runner is app_controller.runner
    assert window.pages["talks"].model.runner is app_controller.runner
    assert window.pages["library"].runner is app_controller.runner


def test_without_a_runner_a_call_runs_here_and_reports_the_same_way(demo_services, capsys):
    """``run_call`` for a page made without the application's runner: the call on the page's own
    connection, at once, its refusal or fault a ``Failure`` worded as the runner words it."""
    from desktop_app.ui.workers import run_call

    outcomes = []

    def here(services, progress, cancel):
        progress(1, 1, "")
        return services is demo_services, cancel()

    assert run_call(None, demo_services, here, on_done=outcomes.append, on_failed=outcomes.append) is None
    assert outcomes == [(True, False)]

    def refuse(services, progress, cancel):
        raise ValidationError("Ngày không hợp lệ.", "bad date", field="held_on")

    def crash(services, progress, cancel):
        raise KeyError("talks")

    failures = []
    run_call(None, demo_services, refuse, on_done=failures.append, on_failed=failures.append)
    run_call(None, demo_services, crash, on_done=failures.append, on_failed=failures.append, unexpected="Lỗi: %1")
    assert [f.message for f in failures] == ["Ngày không hợp lệ.", "Lỗi: 'talks'"]
    assert isinstance(failures[0].error, ValidationError) and isinstance(failures[1].error, KeyError)
    assert "KeyError" in capsys.readouterr().err  # the fault's trace goes to the log


def test_the_runner_has_one_way_to_start_work():
    from desktop_app.ui.workers import Runner

    assert not hasattr(Runner, "start")


def test_nothing_reaches_a_page_that_is_gone(qtbot, runner, demo_services):
    """A page closed while its work runs gets neither progress nor the result: the work is
    cancelled when the page is destroyed (its widgets no longer exist to be told)."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    release, heard = threading.Event(), []

    def call(services, progress, cancel):
        release.wait(5)
        progress(1, 2, "")
        return "done"

    page = QWidget()
    worker = runner.run(
        demo_services,
        call,
        owner=page,
        on_done=lambda result: heard.append(result),
        on_progress=lambda *step: heard.append(step),
    )
    shiboken6.delete(page)
    release.set()
    assert worker.finished.wait(5)
    qtbot.wait(50)  # let the worker's queued signals arrive
    assert worker.cancelled and heard == []
