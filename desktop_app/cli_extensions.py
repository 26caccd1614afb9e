"""Command groups kept in their own modules; each entry is ``register(subparsers, command)``."""

from __future__ import annotations

from collections.abc import Callable

REGISTER: list[Callable] = []
