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


class DatabaseDamaged(StorageError):
    """The database file fails SQLite's own check: nothing is written to it, imported into it or
    backed up from it until it is restored; ``newest_backup`` is the copy to restore from."""

    code = "damaged"

    def __init__(
        self, path: str, detail: str, problems: list[str] | None = None, newest_backup: str | None = None
    ) -> None:
        if newest_backup:
            advice = (
                f'Hãy khôi phục từ bản sao lưu tốt gần nhất: sotay restore "{newest_backup}" '
                "(trong cửa sổ: Cài đặt → Khôi phục)."
            )
        else:
            advice = "Không có bản sao lưu tốt nào: hãy giữ nguyên tệp này, đừng xoá, và gửi cho bộ phận hỗ trợ."
        super().__init__(
            f"Cơ sở dữ liệu {path} bị hỏng nên không ghi thêm, không nhập và không sao lưu được. {advice}", detail
        )
        self.problems = list(problems or [])
        self.newest_backup = newest_backup


class ReadOnlyStorage(StorageError):
    """The data folder (or the database file) cannot be written: read-only media, locked memory
    card, missing permission. Nothing is damaged."""

    code = "read_only"

    def __init__(self, folder: str, detail: str) -> None:
        super().__init__(
            f"Thư mục dữ liệu {folder} chỉ đọc được, không ghi được (ổ chỉ đọc, thẻ nhớ bị khoá ghi hoặc "
            "thiếu quyền ghi). Dữ liệu không bị hỏng. Hãy cấp quyền ghi hoặc chọn thư mục khác "
            "(--data-dir) rồi thử lại.",
            detail,
        )


class DatabaseLocked(StorageError):
    """Another program holds the database's write lock longer than we wait for it."""

    code = "locked"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"Cơ sở dữ liệu {path} đang bị một chương trình khác giữ để ghi (một cửa sổ Sổ tay hoặc một "
            "lệnh sotay khác đang chạy). Chưa có gì bị thay đổi. Hãy đợi việc đó xong hoặc đóng nó rồi "
            "thử lại.",
            detail,
        )


class DiskFull(StorageError):
    """The disk holding the data folder has no room left; what was saved before is intact."""

    code = "disk_full"

    def __init__(self, folder: str, detail: str) -> None:
        super().__init__(
            f"Ổ đĩa chứa thư mục dữ liệu {folder} đã đầy nên không ghi được. Những gì đã lưu trước đó "
            "không bị mất. Hãy giải phóng dung lượng (xoá bớt tệp không cần) rồi thử lại.",
            detail,
        )
