"""A course counts for a member only when it was filed by the member's own unit: a received file
may name another unit's member before that member's own file arrives (``exchange.links``)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.force import Member, Training, trained_in


def _training(owner: str, member_id: str, year: int = 2026) -> Training:
    return Training("t-" + owner + member_id, owner, "h", member_id, owner, "Bồi dưỡng", start=dt.date(year, 3, 2))


def test_a_course_counts_only_from_the_members_own_unit():
    members = [
        Member("m1", "30130", "h", "30130", "An", "báo cáo viên"),
        Member("m2", "30133", "h", "30133", "Bình", ""),
    ]
    trainings = [_training("30130", "m1"), _training("30130", "m2"), _training("30130", "unknown")]
    assert trained_in(trainings, members, 2026) == {"m1"}
    assert trained_in(trainings, members, 2025) == set()
