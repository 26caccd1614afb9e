"""Trao đổi: the exchange page (``page``), its send box (``send``), its table models (``models``),
the questions it asks (``dialogs``) and the work it hands to a worker (``work``)."""

from .dialogs import ConfirmOutsideDialog, ConfirmTrustDialog, PassphraseDialog
from .page import ExchangePage

__all__ = ["ConfirmOutsideDialog", "ConfirmTrustDialog", "ExchangePage", "PassphraseDialog"]
