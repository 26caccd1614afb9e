"""Nhật ký: the page (``page``), the talk form (``form``, built by ``form_layout``)."""

from .form import TalkForm
from .form_layout import FIELD_WIDGETS
from .page import TalksPage

__all__ = ["FIELD_WIDGETS", "TalkForm", "TalksPage"]
