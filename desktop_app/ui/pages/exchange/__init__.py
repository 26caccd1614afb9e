"""Trao đổi: the exchange page (``page``), its send box (``send``), its table models (``models``),
the questions it asks (``dialogs``, ``senders``) and the work it hands to a worker (``work``)."""

from .dialogs import ChangedKeyDialog, ConfirmOutsideDialog, PassphraseDialog
from .page import ExchangePage
from .senders import SendersDialog

__all__ = ["ChangedKeyDialog", "ConfirmOutsideDialog", "ExchangePage", "PassphraseDialog", "SendersDialog"]
