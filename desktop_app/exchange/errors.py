"""Why a bundle was refused: a stable reason code, a Vietnamese sentence a cadre can act on, and
an English detail for logs. Every refusal of the exchange layer is a :class:`BundleRefused`."""

from __future__ import annotations

from ..core.errors import SotayError

# reason code -> Vietnamese sentence (may hold {placeholders} filled from ``params``)
REASONS_VI: dict[str, str] = {
    "empty": "Tệp rỗng (0 byte): có thể tệp chưa tải xong từ Zalo hoặc bị chép lỗi. Hãy xin gửi lại.",
    "too_large": "Tệp quá lớn ({size}); giới hạn là {limit}. Hãy xin đơn vị gửi tách thành nhiều tệp.",
    "damaged": "Tệp bị hỏng (có thể tải về chưa trọn vẹn). Hãy xin đơn vị gửi lại tệp.",
    "not_bundle": "Tệp này không phải tệp trao đổi của Sổ tay Tuyên truyền.",
    "unsafe_member": "Tệp chứa thành phần lạ hoặc nguy hiểm ({name}) nên bị từ chối.",
    "duplicate_member": "Tệp chứa hai thành phần trùng tên ({name}): tệp đã bị sửa, bị từ chối.",
    "unlisted_member": "Tệp chứa thành phần không có trong danh mục ({name}): tệp đã bị sửa, bị từ chối.",
    "missing_member": "Tệp thiếu thành phần {name}: tệp bị hỏng hoặc chưa trọn vẹn.",
    "bomb": "Tệp nén bất thường (giải nén ra quá lớn): bị từ chối để bảo vệ máy.",
    "newer_version": "Tệp do phiên bản mới hơn ({version}) tạo ra; phiên bản này không đọc được. "
    "Hãy cập nhật Sổ tay Tuyên truyền.",
    "bad_manifest": "Danh mục của tệp không hợp lệ ({field}).",
    "bad_signature": "Chữ ký số của tệp không đúng: tệp đã bị sửa sau khi ký hoặc bị hỏng.",
    "unknown_key": "Tệp của {unit} được ký bằng khóa chưa được xác nhận (dấu vân tay {fingerprint}). "
    "Hãy gọi điện đối chiếu dấu vân tay rồi xác nhận khóa.",
    "wrong_key": "Tệp của {unit} được ký bằng khóa khác với khóa đã xác nhận (dấu vân tay {fingerprint}). "
    "Có thể là giả mạo, hoặc đơn vị đã cài lại máy: hãy liên hệ đơn vị.",
    "revoked_key": "Tệp được ký bằng khóa đã bị thu hồi (dấu vân tay {fingerprint}).",
    "hash_mismatch": "Nội dung tệp không khớp với danh mục ({name}): tệp đã bị sửa hoặc hỏng.",
    "wrong_receiver": "Tệp này gửi cho đơn vị {receiver}, không phải cho đơn vị này ({unit}).",
    "outside_tree": "Tệp của {unit} ({place}): đơn vị này không thuộc {own}, đơn vị của máy này. Một cụm hay "
    "đoàn thể mới lập dưới {own} tự xếp mình vào đây bằng tệp đầu tiên, rồi số liệu được tính vào báo cáo; "
    "đơn vị khác (ví dụ xã của tỉnh khác) sẽ không có trong báo cáo nào ở đây. Tệp chỉ được nhập khi bạn "
    "xác nhận muốn giữ nó.",
    "wrong_passphrase": "Mật khẩu không đúng, hoặc tệp mã hóa bị hỏng.",
    "need_passphrase": "Tệp được mã hóa bằng mật khẩu: hãy nhập mật khẩu.",
    "not_for_this_key": "Tệp được mã hóa cho đơn vị khác (khóa {key_id}); máy này không mở được.",
    "bad_json": "Bản ghi số {line} trong {name} không đọc được.",
    "invalid_record": "Bản ghi số {line} trong {name} không hợp lệ: {problem}",
    "record_too_large": "Bản ghi số {line} trong {name} quá lớn ({size}).",
    "foreign_owner": "Bản ghi số {line} trong {name} thuộc đơn vị {owner}, không phải của đơn vị gửi ({unit}).",
    "documents_not_allowed": "Tệp của {unit} chứa tài liệu, nhưng chỉ đơn vị tổng hợp cấp trên của đơn vị này "
    "mới được gửi tài liệu (kể cả tài liệu đính kèm): tệp bị từ chối.",
    "orientations_not_allowed": "Tệp của {unit} chứa định hướng tuyên truyền, nhưng chỉ đơn vị tổng hợp cấp "
    "trên của đơn vị này mới được ra định hướng: tệp bị từ chối.",
    "calendar_not_allowed": "Tệp của {unit} chứa mục lịch ngày lễ, ngày kỷ niệm, nhưng chỉ đơn vị tổng hợp cấp "
    "trên của đơn vị này mới được gửi lịch xuống: tệp bị từ chối.",
    "revocation_not_allowed": "Tệp của {unit} đòi thu hồi khóa, nhưng chỉ đơn vị tổng hợp cấp trên của đơn vị "
    "này mới được thu hồi khóa: tệp bị từ chối.",
    "bad_topic_id": "Bản ghi số {line} trong {name}: mã chủ đề không khớp với tên chủ đề; tệp đã bị sửa, bị từ chối.",
    "bundle_id_reused": "{unit} đã gửi một tệp khác có cùng mã tệp (nhập ngày {date}); tệp này có nội dung "
    "khác nên bị từ chối. Hãy liên hệ đơn vị gửi.",
    "cancelled": "Đã dừng theo yêu cầu; tệp chưa được nhập.",
    "contacts_need_encryption": "Xuất kèm tên và số điện thoại người liên hệ thì bắt buộc mã hóa tệp "
    "(dùng --passphrase-file hoặc --encrypt-to).",
    "no_key": "Máy này chưa có khóa ký: hãy chạy “sotay init” trước.",
    "io_error": "Không đọc/ghi được tệp {path}: {error}",
    "nothing_to_export": "Không có gì để xuất.",
    "unsendable_records": "Chưa tạo tệp gửi: {count} bản ghi vượt quy định mà nơi nhận kiểm tra (lưu từ phiên bản "
    "cũ), nơi nhận sẽ từ chối cả tệp. Hãy mở từng bản ghi (trong cửa sổ: Trao đổi → Gửi nhật ký → “Mở để sửa”), "
    "sửa chỗ được nêu rồi gửi lại:\n{records}",
    "bad_keyfile": "Tệp khóa {path} không hợp lệ.",
    "internal_error": "Lỗi của chương trình khi đọc tệp này; tệp chưa được nhập. Hãy gửi tệp cho bộ phận hỗ trợ.",
    "unknown_document": "Không tìm thấy tài liệu {ref}.",
    "unsafe_attachment": "Tệp đính kèm “{name}” của tài liệu “{title}” bị từ chối: {problem} "
    "Cả tệp trao đổi chưa được nhập; hãy báo đơn vị gửi.",
}


class BundleRefused(SotayError):
    """A bundle (or an export request) was refused; nothing was written."""

    code = "refused"

    def __init__(self, reason: str, detail: str = "", *, field: str | None = None, **params: object):
        template = REASONS_VI.get(reason, reason)
        try:
            message = template.format(**{"field": field, **params})
        except (KeyError, IndexError, ValueError):
            message = template
        super().__init__(message, detail, field=field)
        self.reason = reason
        self.params = params

    def as_dict(self) -> dict[str, str | None]:
        out = super().as_dict()
        out["code"] = self.reason
        return out


def human_size(size: int) -> str:
    for unit in ("byte", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "byte" else f"{size:.1f} {unit}".replace(".", ",")
        size /= 1024  # type: ignore[assignment]
    return str(size)
