"""A cluster installation for the tests: a new custom unit under Đồng Tháp gathering some communes."""

from __future__ import annotations

import shutil

from exchange_helpers import PROVINCE, Factory, fixed_today

from desktop_app.core.enums import UnitKind
from desktop_app.services import Services

CLUSTER_NAME = "Cụm thi đua số 1"


def make_cluster(f: Factory, name: str, members: list[str], kind: UnitKind = UnitKind.CLUSTER) -> Services:
    folder = f.base / name
    shutil.copytree(f.template, folder)
    s = Services.open(folder, today=fixed_today)
    s.identity.init_new_unit(CLUSTER_NAME, kind, PROVINCE, members, display_name=name)
    return s
