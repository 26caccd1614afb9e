"""Exchange by file: bundle format, export, import, merge, ledger, keys, packs and receipts. No Qt.

Long operations are plain functions (``import_paths``, ``export_log``, ``export_pack``...) taking
optional ``progress`` and ``cancel`` callables, so the GUI can run them in a worker.
"""

from .errors import BundleRefused
from .export import ExportResult, export_keys, export_log, export_pack, export_receipts
from .importer import (
    FileOutcome,
    ImportSummary,
    chain_gaps,
    import_bundle,
    import_paths,
    reporting_status,
)

__all__ = [
    "BundleRefused",
    "ExportResult",
    "FileOutcome",
    "ImportSummary",
    "chain_gaps",
    "export_keys",
    "export_log",
    "export_pack",
    "export_receipts",
    "import_bundle",
    "import_paths",
    "reporting_status",
]
