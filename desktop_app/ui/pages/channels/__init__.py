"""Kênh: the channels a unit and its members run online, their monthly counts, and the import of a
fanpage's Meta statistics. A panel, to sit as a tab of the force page."""

from .panel import ChannelsPanel

__all__ = ["ChannelsPanel"]
