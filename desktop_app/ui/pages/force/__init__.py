"""Lực lượng: the roster of báo cáo viên and tuyên truyền viên, their courses and conferences."""

from .page import ForcePage

__all__ = ["ForcePage"]
