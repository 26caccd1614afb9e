"""The one door: every use case the window and the command line offer, over exchange, reports,
storage and core. Nothing here knows Qt. See docs/architecture.md."""

from .facade import Services
from .maintenance import BackupCopy, damage_of, folder_fault, good_backups, restore_damaged
from .session import Session

__all__ = [
    "BackupCopy",
    "Services",
    "Session",
    "damage_of",
    "folder_fault",
    "good_backups",
    "restore_damaged",
]
