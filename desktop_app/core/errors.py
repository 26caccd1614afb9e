"""Errors that carry a message a cadre can act on (Vietnamese) and a detail for logs (English)."""

from __future__ import annotations


class SotayError(Exception):
    """Base of every error the app reports to a person rather than crashing on."""

    code = "error"

    def __init__(self, message: str, detail: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.field = field

    def __str__(self) -> str:
        return f"{self.message} ({self.detail})" if self.detail else self.message

    def as_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "field": self.field, "message": self.message, "detail": self.detail}


class ValidationError(SotayError):
    """One field of a record breaks a rule; nothing was written."""

    code = "invalid"


class NotFoundError(SotayError):
    code = "not_found"


class StorageError(SotayError):
    """The database cannot be used as it is (too new, damaged, locked)."""

    code = "storage"


class NotInitialisedError(SotayError):
    code = "not_initialised"
