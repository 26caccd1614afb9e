"""How a talk's follow-up ends: answered here or transferred to the body that decides, on a day no
earlier than the talk and not yet to come. One rule for the window, the command line and the
importer, so a file cannot carry a resolution this installation would refuse to save."""

from __future__ import annotations

import dataclasses
import datetime as dt

from .enums import FollowUpOutcome, FollowUpStatus
from .records import Talk


def with_resolution(talk: Talk) -> Talk:
    """The talk with its outcome consistent with its state: an open follow-up (or none) has no
    outcome and no resolved day; a done one is answered unless it says transferred."""
    if talk.follow_up_status != FollowUpStatus.DONE:
        if talk.follow_up_outcome is None and talk.follow_up_resolved_on is None:
            return talk
        return dataclasses.replace(talk, follow_up_outcome=None, follow_up_resolved_on=None)
    if talk.follow_up_outcome is None:
        return dataclasses.replace(talk, follow_up_outcome=FollowUpOutcome.ANSWERED)
    return talk


def resolution_problem(held_on: dt.date, resolved_on: dt.date | None, latest: dt.date) -> tuple[str, str] | None:
    """Why a resolved day cannot be (Vietnamese, English), or None when it can; ``latest`` is today
    here, and a day or two later for a file (the sender's calendar may run ahead of this one)."""
    if resolved_on is None:
        return None
    if resolved_on < held_on:
        return (
            f"{resolved_on:%d/%m/%Y} trước ngày của buổi ({held_on:%d/%m/%Y}).",
            f"follow_up_resolved_on {resolved_on.isoformat()} is before held_on {held_on.isoformat()}",
        )
    if resolved_on > latest:
        return (
            f"{resolved_on:%d/%m/%Y} là ngày chưa tới.",
            f"follow_up_resolved_on {resolved_on.isoformat()} is in the future",
        )
    return None
