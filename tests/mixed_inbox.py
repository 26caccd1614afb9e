"""A folder as an aggregator receives it: files from a sender whose key is already trusted, from
new senders (one the user confirms, one not), one locked with a passphrase, and a damaged one; and
the aggregator's database, to be copied so the window and the command line import the same folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.services import Services

PASSPHRASE = "mat khau cua xa"


@dataclass(frozen=True)
class MixedInbox:
    folder: Path
    aggregator: Path  # the aggregator's data folder, closed: copy it before opening
    pinned: str  # unit code of the sender whose key the aggregator trusted before
    confirmed: str  # a new sender the user confirms
    declined: str  # a new sender the user does not confirm
    locked: str  # a new sender, confirmed, whose file is locked with PASSPHRASE
    fingerprints: dict[str, str]  # unit code -> fingerprint of its key
    files: dict[str, str]  # unit code (or "damaged") -> file name

    def copy(self, to: Path) -> Services:
        shutil.copytree(self.aggregator, to)
        return Services.open(to, today=fixed_today)


def mixed_inbox(base: Path) -> MixedInbox:
    factory = Factory(base)
    pinned, confirmed, declined, locked = factory.communes(4)
    folder = base / "zalo"
    aggregator = factory.make("tinh", PROVINCE, Role.AGGREGATOR)
    fingerprints, files = {}, {}
    for n, code in enumerate((pinned, confirmed, declined, locked)):
        commune = factory.make(f"xa-{code}", code)
        add_talks(commune, 3 + n)
        fingerprints[code] = commune.exchange.own_key()["fingerprint"]
        if code == pinned:
            keyfile = base / f"{code}.key"
            commune.exchange.own_key(export_to=keyfile)
            aggregator.exchange.trust_file(keyfile)
        sent = commune.exchange.export_log(folder, passphrase=PASSPHRASE if code == locked else None)
        files[code] = sent.path.name
        commune.close()
    damaged = folder / "30130_log_hong.sotay"
    damaged.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    files["damaged"] = damaged.name
    aggregator.close()
    return MixedInbox(folder, base / "tinh", pinned, confirmed, declined, locked, fingerprints, files)
