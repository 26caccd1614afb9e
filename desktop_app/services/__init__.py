"""The one door: every use case the window and the command line offer, over exchange, reports,
storage and core. Nothing here knows Qt. See docs/architecture.md."""

from .facade import BackupCopy, Services, quarantine_reason_vi

__all__ = ["BackupCopy", "Services", "quarantine_reason_vi"]
