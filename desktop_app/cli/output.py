"""What every command module shares: printing, ``--json`` output, the error line, and the shape
of the registration helper the parser hands to each module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from ..core.errors import SotayError

if TYPE_CHECKING:
    from ..services import Services

type Handler = Callable[[argparse.Namespace, Services], int]
type Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]  # argparse names no public type


class Command(Protocol):
    """``command(name, handler, help)``: a subcommand of ``parent`` (the top level by default)
    whose handler runs with the services; ``init=False`` for commands that work before ``init``."""

    def __call__(
        self, name: str, handler: Handler, help_text: str, parent: Subparsers | None = None, init: bool = True
    ) -> argparse.ArgumentParser: ...


def choices_of(enum_type: type[Any], keep: Callable[[Any], bool] = lambda _member: True) -> list[str]:
    """The codes an option accepts, read from the enum itself (never copied by hand)."""
    return [member.value for member in enum_type if keep(member)]


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def emit_json(value: Any) -> None:
    from ..core.jsonout import dumps

    out(dumps(value))


def print_error(exc: SotayError) -> None:
    sys.stderr.write(f"Lỗi: {exc.message}\n")
    if exc.detail:
        sys.stderr.write(f"  ({exc.detail})\n")
