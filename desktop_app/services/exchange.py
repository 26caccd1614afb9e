"""Exchange by file, as one set of use cases the window and the command line both call: import a
batch under a plan, export the log, packs, receipts and keys, the chains and the exchange status.

An import is planned before it runs: for every file, whether the user confirmed its new sender's
key and which passphrase opens it (``ImportPlan``); the batch is then run by ``import_batch``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.enums import Role
from ..core.vntime import vn_day
from ..exchange import (
    BundleRefused,
    ExportResult,
    FileOutcome,
    ImportSummary,
    chain_gaps,
    export_log,
    export_pack,
    export_receipts,
    reporting_status,
)
from ..exchange import keys as exchange_keys
from ..exchange.crypto import fingerprint
from ..exchange.importer import expand_paths
from ..exchange.sendable import RecordProblem, UnsendableRecords
from ..storage import ledger as ledger_store
from ..storage import overview, units
from .import_batch import Cancel, FileChoice, ImportPlan, Progress, import_batch
from .key_sheet import key_sheet
from .sender_keys import (
    SenderKey,
    WaitingSender,
    bare,
    fingerprint_sheet,
    read_sender_key,
    read_trust_list,
    signed_by,
    waiting_senders,
)
from .session import Session

if TYPE_CHECKING:
    from ..reports.completeness import Completeness
    from ..reports.key_sheet import KeySheet


__all__ = [
    "BundleRefused",
    "ExchangeService",
    "ExchangeStatus",
    "ExportResult",
    "FileChoice",
    "FileOutcome",
    "ImportPlan",
    "ImportSummary",
    "RecordProblem",
    "SenderKey",
    "UnsendableRecords",
    "WaitingSender",
    "fingerprint_sheet",
    "passphrase_from_file",
    "read_trust_list",
]


@dataclass(frozen=True)
class ExchangeStatus:
    """The last log sent, how much changed since, and (for an aggregator) who has not reported for
    the current reporting period (the reports' one definition)."""

    last_export_day: dt.date | None
    waiting: int  # own talks and groups changed since the last log sent
    not_reported: tuple[str, ...] = ()  # unit names
    reporting: Completeness | None = None  # the current period's status (an aggregator's)


class ExchangeService:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- importing --------------------------------------------------------------------------

    def plan(
        self,
        paths: Iterable[Path | str],
        *,
        trust_all: bool = False,
        trusted_files: Iterable[str] = (),
        trusted_senders: Iterable[str] = (),
        trusted_fingerprints: Mapping[str, str] | None = None,
        passphrase: str | None = None,
        passphrases: Mapping[str, str] | None = None,
        accept_outside: bool = False,
        outside_files: Iterable[str] = (),
    ) -> ImportPlan:
        """The batch under ``paths`` with each file's choice: trusted when every file is, when the user
        confirmed that file's key, or when it comes (signature verified) from a unit whose new key the
        user confirmed, by its code or by its code and fingerprint (``trusted_fingerprints``, as
        ``read_trust_list`` gives them); opened with its own passphrase, else the batch's; kept from
        outside this installation's tree when every file is or the user said so for that file."""
        files = tuple(expand_paths(paths))
        chosen, senders, own = set(trusted_files), set(trusted_senders), dict(passphrases or {})
        outside = set(outside_files)
        listed = {code: bare(fp) for code, fp in (trusted_fingerprints or {}).items()}
        x25519 = exchange_keys.decryption_keys(self._session.db) if senders or listed else {}
        choices: dict[str, FileChoice] = {}
        for path in files:
            key = own.get(str(path), passphrase)
            trust = trust_all or str(path) in chosen
            if not trust and (senders or listed):
                unit, key_id = signed_by(path, key, x25519) or ("", "")
                trust = unit in senders or (unit in listed and listed[unit] == bare(fingerprint(key_id)))
            choices[str(path)] = FileChoice(trust, key, accept_outside or str(path) in outside)
        return ImportPlan(files, choices)

    def import_files(
        self,
        plan: ImportPlan,
        *,
        dry_run: bool = False,
        index: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportSummary:
        """Previews (``dry_run``) or imports the batch (``import_batch.import_batch``)."""
        summary = import_batch(self._session, plan, dry_run=dry_run, index=index, progress=progress, cancel=cancel)
        summary.gaps = self.chain_gaps()
        return summary

    # --- keys in files ----------------------------------------------------------------------

    def waiting_senders(self, outcomes: Iterable[FileOutcome]) -> list[WaitingSender]:
        """The sender keys a previewed batch waits on (``sender_keys.waiting_senders``)."""
        return waiting_senders(self._session.db, outcomes)

    def key_sheet(self, senders: Iterable[WaitingSender] | None = None) -> KeySheet:
        """The fingerprint sheet to print: these senders, or every unit key trusted here."""
        return key_sheet(self._session, senders)

    def accept_changed_key(self, sender: WaitingSender) -> dict[str, Any]:
        """Trusts a unit's new key in place of the old one, after the user checked it by phone: the
        key is taken from one of the files that offered it, and only if it still is the one shown."""
        offered = self.sender_key(Path(sender.files[0]))
        if offered.unit_code != sender.unit_code or offered.fingerprint != sender.fingerprint:
            raise BundleRefused(
                "wrong_key",
                "the file no longer offers the key shown",
                unit=sender.unit_name,
                fingerprint=offered.fingerprint,
            )
        return self.trust_file(Path(sender.files[0]))

    def sender_key(self, path: Path) -> SenderKey:
        """What a file given to “trust this key” offers (``sender_keys.read_sender_key``)."""
        return read_sender_key(path)

    def trust_file(self, path: Path) -> dict[str, Any]:
        """Confirms the key a bundle or key file offers (the user compared its fingerprint)."""
        found = self.sender_key(path)
        return exchange_keys.trust_key(
            self._session.db, found.unit_code, found.key_id, found.public_key, found.encryption_key, source=path.name
        )

    def list_keys(self) -> list[dict[str, Any]]:
        return exchange_keys.list_keys(self._session.db)

    def own_key(self, export_to: Path | None = None) -> dict[str, Any]:
        """This installation's key (its fingerprint to read out by phone); written as a key file too."""
        own = exchange_keys.show_own(self._session.exchange_context())
        if export_to is not None:
            exchange_keys.export_keyfile(self._session.exchange_context(), export_to)
        return own

    def revoke_key(self, ref: str) -> dict[str, Any]:
        return exchange_keys.revoke_key(self._session.db, ref)

    def rotate_key(self) -> dict[str, Any]:
        rotated = exchange_keys.rotate_own_key(self._session.exchange_context())
        self._session.forget_identity()
        return rotated

    # --- exporting --------------------------------------------------------------------------

    def sender(self, text: str) -> str:
        """A sending unit as typed (a code, a province number or a name) as its code."""
        db = self._session.db
        within = units.get(db, self._session.installation.unit_code).province_code
        return units.resolve_code(db, text, within=within)

    def receiver(self, text: str | None) -> str | None:
        """A receiver as typed (a code, a province number or a name) as the code of an official unit:
        a manifest must name a receiver that exists, exactly, or every reader refuses it."""
        from ..core.errors import ValidationError

        if not text:
            return None
        code = self.sender(text)
        if not units.get(self._session.db, code).official:
            raise ValidationError(
                f"Đơn vị nhận “{text.strip()}” không phải xã, phường hay tỉnh trong danh sách.",
                f"receiver {code} is not an official unit",
                field="receiver",
            )
        return code

    def export_log(
        self,
        to: Path | str | None = None,
        *,
        receiver: str | None = None,
        snapshot: bool = False,
        include_contacts: bool = False,
        passphrase: str | None = None,
        encrypt_to: str | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        step = (lambda n, total: progress(n, total, "")) if progress else None
        return export_log(
            self._session.exchange_context(),
            to=to,
            receiver=receiver,
            snapshot=snapshot,
            include_contacts=include_contacts,
            passphrase=passphrase,
            encrypt_to=encrypt_to,
            progress=step,
        )

    def export_pack(
        self,
        *,
        document_ids: list[str] | None = None,
        topics: list[str] | None = None,
        to: Path | str | None = None,
        receiver: str | None = None,
        passphrase: str | None = None,
        encrypt_to: str | None = None,
        orientation: str | None = None,
    ) -> ExportResult:
        """Documents with the orientation topics of periods not yet over (``orientation``: one period's)."""
        ctx = self._session.exchange_context()
        return export_pack(ctx, document_ids, topics, to, receiver, passphrase, encrypt_to, orientation)

    def export_receipts(self, receiver: str | None, to: Path | str | None = None) -> ExportResult:
        """Tells a unit which of its bundles were applied here (``receiver`` as ``receiver()`` takes it)."""
        code = self.receiver(receiver)
        if code is None:
            raise BundleRefused("nothing_to_export", "receipts export needs --for UNIT")
        return export_receipts(self._session.exchange_context(), code, to=to)

    # --- what was sent and received ---------------------------------------------------------

    def exports(self) -> list[dict[str, Any]]:
        """Bundles written here, newest first, with the receipt when the receiver confirmed it."""
        return ledger_store.exports(self._session.db)

    def ledger(self) -> list[dict[str, Any]]:
        """Bundles applied here, each with its sender's name from this unit list."""
        rows = ledger_store.ledger(self._session.db)
        for row in rows:
            row["sender_name"] = self._unit_name(row["sender_unit"])
        return rows

    def read_counts(self) -> list[dict[str, Any]]:
        """Per document issued here: how many units read it, and how many the latest version."""
        return ledger_store.read_counts(self._session.db)

    def senders(self) -> list[dict[str, Any]]:
        """Per sending unit: how many bundles arrived and the newest (the ledger's summary)."""
        return reporting_status(self._session.db)

    def chain_gaps(self) -> list[dict[str, Any]]:
        """Bundles a sender wrote that never arrived, dated (“between 12/03 and 19/03 …”)."""
        return chain_gaps(self._session.db)

    def status(self, count_waiting: bool = True) -> ExchangeStatus:
        """The last log sent, what changed since (counting takes a moment on a big log), and for an
        aggregator who under it has not reported for the current period."""
        session = self._session
        inst = session.installation
        sent = [e for e in self.exports() if e.get("kind") in ("log", "snapshot")]
        last = sent[0] if sent else None
        day = vn_day(last["created_at"]) if last else None
        waiting = (
            overview.changed_since(session.db, inst.unit_code, (last or {}).get("watermark") or "")
            if count_waiting
            else 0
        )
        if inst.role != Role.AGGREGATOR:
            return ExchangeStatus(day, waiting)
        from ..reports.completeness import completeness, reporting_rule

        period = reporting_rule(session.db).current_period(session.today)
        reporting = completeness(session.db, inst.unit_code, period, today=session.today)
        return ExchangeStatus(day, waiting, tuple(r.name for r in reporting.not_received), reporting)

    def _unit_name(self, code: str) -> str:
        found = units.find(self._session.db, code)
        return found.name if found is not None else code  # a unit this list does not know: its code


def passphrase_from_file(path: str | None) -> str | None:
    """The first line of a file holding a passphrase (so it is not typed where others see it)."""
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BundleRefused("io_error", str(exc), path=path, error=str(exc)) from exc
    first = text.splitlines()[0] if text.splitlines() else ""
    if not first:
        raise BundleRefused("need_passphrase", f"{path} holds no passphrase")
    return first
