"""``sotay maintenance rebuild-summaries``: the report summaries rebuilt from the talks, in text or
``--json`` like its siblings, and the report shows the talks again."""

from __future__ import annotations

import json
import shutil

from sotay_cli import sotay

from desktop_app.services import Services
from desktop_app.storage import summaries


def test_rebuild_summaries_puts_a_damaged_summary_right(demo_template, tmp_path):
    folder = tmp_path / "d"
    shutil.copytree(demo_template, folder)
    s = Services.open(folder)
    talks = s.session.db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0]
    s.session.db.execute("DELETE FROM summary_format")
    s.close()
    out = sotay("maintenance", "rebuild-summaries", "--json", data_dir=folder)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["summary_rows"] > 0 and json.loads(out.stdout)["rebuilt"] is True
    text = sotay("maintenance", "rebuild-summaries", data_dir=folder)
    assert text.returncode == 0 and "Đã dựng lại bảng tổng hợp" in text.stdout
    s = Services.open(folder)
    try:
        assert s.session.db.execute("SELECT sum(sessions) FROM summary_format").fetchone()[0] == talks
        for summary in summaries.SUMMARIES:
            assert summaries.stored_rows(s.session.db, summary) == summaries.fresh_rows(s.session.db, summary)
    finally:
        s.close()
