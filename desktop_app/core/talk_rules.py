"""What a talk's answers imply, decided once for the window, the command line and any other saver:
a talk that raised questions counts at least one, and a talk with something to follow up is being
followed until someone marks it done. See docs/architecture.md (a talk saved from the form)."""

from __future__ import annotations

import dataclasses

from .enums import FollowUpStatus
from .records import Talk


def questions_count(questions_text: str, given: int) -> int:
    """The number given, or one when questions were written down but not counted."""
    return given or (1 if questions_text.strip() else 0)


def follow_up_status(follow_up_text: str, current: FollowUpStatus = FollowUpStatus.NONE) -> FollowUpStatus:
    """Nothing to follow up: none. Something to follow up: the current state (open or done), or
    open when it was not followed before."""
    if not follow_up_text.strip():
        return FollowUpStatus.NONE
    return current if current != FollowUpStatus.NONE else FollowUpStatus.OPEN


def with_derived_fields(talk: Talk) -> Talk:
    """The talk with its question count and follow-up state made consistent with its texts."""
    return dataclasses.replace(
        talk,
        questions_count=questions_count(talk.questions_text, talk.questions_count),
        follow_up_status=follow_up_status(talk.follow_up_text, talk.follow_up_status),
    )
