"""Command groups kept in their own modules; each entry is ``register(subparsers, command)``."""

from __future__ import annotations

from collections.abc import Callable

REGISTER: list[Callable] = []

from . import cli_exchange  # noqa: E402 - exchange commands (issue 3)

REGISTER.append(cli_exchange.register)

from . import cli_reports  # noqa: E402 - report, status, period lock (issue 5)

REGISTER.append(cli_reports.register)

from . import cli_quarantine  # noqa: E402 - quarantine and clock (issue 10)

REGISTER.append(cli_quarantine.register)
