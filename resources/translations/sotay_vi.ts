<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="88"/>
        <source>tháng %1/%2</source>
        <translation>tháng %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="94"/>
        <source>tháng 1</source>
        <translation>tháng 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="95"/>
        <source>tháng 2</source>
        <translation>tháng 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="96"/>
        <source>tháng 3</source>
        <translation>tháng 3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="97"/>
        <source>tháng 4</source>
        <translation>tháng 4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="98"/>
        <source>tháng 5</source>
        <translation>tháng 5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="99"/>
        <source>tháng 6</source>
        <translation>tháng 6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="100"/>
        <source>tháng 7</source>
        <translation>tháng 7</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="101"/>
        <source>tháng 8</source>
        <translation>tháng 8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="102"/>
        <source>tháng 9</source>
        <translation>tháng 9</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>tháng 10</source>
        <translation>tháng 10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="104"/>
        <source>tháng 11</source>
        <translation>tháng 11</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="105"/>
        <source>tháng 12</source>
        <translation>tháng 12</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="115"/>
        <source>%1 năm %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="118"/>
        <source>quý %3 năm %2</source>
        <translation>quý %3 năm %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>6 tháng đầu năm %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>6 tháng cuối năm %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="123"/>
        <source>năm %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="124"/>
        <source>từ ngày %1 đến ngày %2</source>
        <translation>từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="180"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="181"/>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="182"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="183"/>
        <source>Số người dự</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="184"/>
        <source>Giờ bắt đầu</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="185"/>
        <source>Thời lượng</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="186"/>
        <source>Người trình bày</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="187"/>
        <location filename="../../desktop_app/ui/i18n.py" line="198"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="188"/>
        <source>Ý kiến, kiến nghị</source>
        <translation>Ý kiến, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="189"/>
        <source>Việc cần theo dõi</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="190"/>
        <source>Hạn theo dõi</source>
        <translation>Hạn theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="191"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="192"/>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="193"/>
        <source>Quy mô</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="194"/>
        <source>Người liên hệ</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="195"/>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="196"/>
        <source>Đường dẫn kênh</source>
        <translation>Đường dẫn kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="197"/>
        <source>Ngày đồng ý</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="267"/>
        <source>Chọn</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="268"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="269"/>
        <source>Tìm trong:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="270"/>
        <source>Tên tệp:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="271"/>
        <source>Loại tệp:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="27"/>
        <source>Cần xác nhận khoá</source>
        <translation>Cần xác nhận khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="31"/>
        <source>Tạm giữ cả tệp</source>
        <translation>Tạm giữ cả tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="34"/>
        <source>Đã nhập, có cảnh báo</source>
        <translation>Đã nhập, có cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="34"/>
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="35"/>
        <source>Sẵn sàng, có cảnh báo</source>
        <translation>Sẵn sàng, có cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="35"/>
        <source>Sẵn sàng nhập</source>
        <translation>Sẵn sàng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="36"/>
        <source>Đã nhập trước đây</source>
        <translation>Đã nhập trước đây</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="37"/>
        <source>Bị từ chối</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="38"/>
        <source>Đã dừng</source>
        <translation>Đã dừng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="49"/>
        <source>%Ln bản ghi cũ hơn bản đang có: giữ bản đang có, bản cũ lưu trong lịch sử.</source>
        <translation>
            <numerusform>%Ln bản ghi cũ hơn bản đang có: giữ bản đang có, bản cũ lưu trong lịch sử.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="52"/>
        <source>%Ln bản ghi không hợp lệ, không nhập.</source>
        <translation>
            <numerusform>%Ln bản ghi không hợp lệ, không nhập.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="55"/>
        <source>%Ln bản ghi bị tạm giữ: %2.</source>
        <translation>
            <numerusform>%Ln bản ghi bị tạm giữ: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="160"/>
        <source>buổi</source>
        <translation>buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="161"/>
        <source>nhóm</source>
        <translation>nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="162"/>
        <source>tài liệu</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="163"/>
        <source>đơn vị</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="164"/>
        <source>chuyên đề</source>
        <translation>chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="165"/>
        <source>xác nhận đã đọc</source>
        <translation>xác nhận đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="60"/>
        <source>Tệp có mật khẩu</source>
        <translation>Tệp có mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="63"/>
        <source>Mật khẩu vừa nhập không mở được tệp “%1”. Hãy hỏi lại người gửi rồi nhập lại:</source>
        <translation>Mật khẩu vừa nhập không mở được tệp “%1”. Hãy hỏi lại người gửi rồi nhập lại:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="65"/>
        <source>Tệp “%1” được khoá bằng mật khẩu. Nhập mật khẩu người gửi đã báo cho bạn:</source>
        <translation>Tệp “%1” được khoá bằng mật khẩu. Nhập mật khẩu người gửi đã báo cho bạn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="69"/>
        <source>Mở tệp</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="70"/>
        <source>Bỏ qua tệp này</source>
        <translation>Bỏ qua tệp này</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="121"/>
        <source>• … và %Ln tệp khác (bảng kết quả ghi lý do của từng tệp)</source>
        <translation>
            <numerusform>• … và %Ln tệp khác (bảng kết quả ghi lý do của từng tệp)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="127"/>
        <source>%Ln tệp đến từ đơn vị chưa thuộc đơn vị của máy này:

%2

Một cụm hay đoàn thể mới lập dưới đơn vị này tự xếp mình vào đây bằng tệp đầu tiên, rồi số liệu được tính vào báo cáo. Đơn vị khác (ví dụ xã của tỉnh khác) sẽ không có trong báo cáo nào ở đây; nếu máy này được thiết lập nhầm đơn vị, đừng nhập. Vẫn nhập các tệp này?</source>
        <translation>
            <numerusform>%Ln tệp đến từ đơn vị chưa thuộc đơn vị của máy này:

%2

Một cụm hay đoàn thể mới lập dưới đơn vị này tự xếp mình vào đây bằng tệp đầu tiên, rồi số liệu được tính vào báo cáo. Đơn vị khác (ví dụ xã của tỉnh khác) sẽ không có trong báo cáo nào ở đây; nếu máy này được thiết lập nhầm đơn vị, đừng nhập. Vẫn nhập các tệp này?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/clock_warning.py" line="28"/>
        <source>%Ln ngày</source>
        <translation>
            <numerusform>%Ln ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/clock_warning.py" line="29"/>
        <source>%Ln giờ</source>
        <translation>
            <numerusform>%Ln giờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="40"/>
        <source>Đồng hồ lưu trong dữ liệu chạy nhanh hơn đồng hồ máy tính khoảng %1 (dữ liệu: %2, máy tính: %3). Mọi bản ghi lưu lúc này sẽ mang thời điểm tương lai đó, và đơn vị tổng hợp sẽ tạm giữ chúng (lý do “clock_ahead”) cho đến ngày đó.</source>
        <translation>Đồng hồ lưu trong dữ liệu chạy nhanh hơn đồng hồ máy tính khoảng %1 (dữ liệu: %2, máy tính: %3). Mọi bản ghi lưu lúc này sẽ mang thời điểm tương lai đó, và đơn vị tổng hợp sẽ tạm giữ chúng (lý do “clock_ahead”) cho đến ngày đó.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="57"/>
        <source>Đồng hồ chạy nhanh</source>
        <translation>Đồng hồ chạy nhanh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="61"/>
        <source>Hãy xem ngày giờ của máy tính (góc dưới màn hình): hôm nay có đúng là %1 không?

• Nếu máy tính đang sai: chọn “Để sau”, chỉnh ngày giờ của máy tính rồi mở lại chương trình.
• Nếu máy tính đúng: chọn “Đặt lại đồng hồ”. Dữ liệu được sao lưu trước; các bản ghi lưu lúc đồng hồ chạy nhanh được ghi lại phiên bản mới và gửi lại trong tệp gửi lên kế tiếp. Hãy báo đơn vị tổng hợp bỏ (không giải phóng) các bản ghi của đơn vị mình đang bị tạm giữ vì đồng hồ.</source>
        <translation>Hãy xem ngày giờ của máy tính (góc dưới màn hình): hôm nay có đúng là %1 không?

• Nếu máy tính đang sai: chọn “Để sau”, chỉnh ngày giờ của máy tính rồi mở lại chương trình.
• Nếu máy tính đúng: chọn “Đặt lại đồng hồ”. Dữ liệu được sao lưu trước; các bản ghi lưu lúc đồng hồ chạy nhanh được ghi lại phiên bản mới và gửi lại trong tệp gửi lên kế tiếp. Hãy báo đơn vị tổng hợp bỏ (không giải phóng) các bản ghi của đơn vị mình đang bị tạm giữ vì đồng hồ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="67"/>
        <source>Đặt lại đồng hồ</source>
        <translation>Đặt lại đồng hồ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="68"/>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="88"/>
        <source>Đồng hồ chạy nhanh %1: bản ghi lưu lúc này sẽ bị cấp trên tạm giữ.</source>
        <translation>Đồng hồ chạy nhanh %1: bản ghi lưu lúc này sẽ bị cấp trên tạm giữ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="103"/>
        <source>Đã đặt lại đồng hồ</source>
        <translation>Đã đặt lại đồng hồ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/clock_warning.py" line="105"/>
        <source>Đã đặt lại đồng hồ. %Ln bản ghi được ghi lại phiên bản mới và sẽ có trong tệp gửi lên kế tiếp.</source>
        <translation>
            <numerusform>Đã đặt lại đồng hồ. %Ln bản ghi được ghi lại phiên bản mới và sẽ có trong tệp gửi lên kế tiếp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="109"/>
        <location filename="../../desktop_app/ui/clock_warning.py" line="113"/>
        <location filename="../../desktop_app/ui/closing.py" line="38"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="113"/>
        <source>Chưa đặt lại được đồng hồ</source>
        <translation>Chưa đặt lại được đồng hồ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="199"/>
        <location filename="../../desktop_app/ui/i18n.py" line="200"/>
        <source>Chủ đề ý kiến</source>
        <translation>Chủ đề ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="201"/>
        <source>Số ý kiến</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="202"/>
        <source>Nhóm đối tượng</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="203"/>
        <source>Tài liệu đã dùng</source>
        <translation>Tài liệu đã dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="38"/>
        <source>Sao lưu bằng tay</source>
        <translation>Sao lưu bằng tay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="39"/>
        <source>Trước khi nhập tệp</source>
        <translation>Trước khi nhập tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="40"/>
        <source>Trước khi nâng cấp chương trình</source>
        <translation>Trước khi nâng cấp chương trình</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="41"/>
        <source>Trước khi khôi phục</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="42"/>
        <source>Trước khi chỉnh lại đồng hồ</source>
        <translation>Trước khi chỉnh lại đồng hồ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="43"/>
        <source>Trước khi nhận các bản ghi bị giữ lại</source>
        <translation>Trước khi nhận các bản ghi bị giữ lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="48"/>
        <source>không rõ thời điểm</source>
        <translation>không rõ thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="59"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu %1 (%2). Những gì ghi sau thời điểm đó (buổi, nhóm, tài liệu, tệp đã nhập) không có trong dữ liệu này: hãy kiểm tra và ghi hoặc nhập lại nếu cần. Tệp hỏng được giữ lại trong thư mục sao lưu, không bị xoá.</source>
        <translation>Đã khôi phục dữ liệu từ bản sao lưu %1 (%2). Những gì ghi sau thời điểm đó (buổi, nhóm, tài liệu, tệp đã nhập) không có trong dữ liệu này: hãy kiểm tra và ghi hoặc nhập lại nếu cần. Tệp hỏng được giữ lại trong thư mục sao lưu, không bị xoá.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="71"/>
        <location filename="../../desktop_app/ui/storage_problem.py" line="77"/>
        <source>Dữ liệu bị hỏng</source>
        <translation>Dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="72"/>
        <source>Tệp dữ liệu của Sổ tay bị hỏng (thường do mất điện khi đang ghi hoặc ổ đĩa bị lỗi), nên chương trình không dùng tiếp được. Hãy chọn một bản sao lưu tốt để khôi phục; thường nên chọn bản mới nhất.</source>
        <translation>Tệp dữ liệu của Sổ tay bị hỏng (thường do mất điện khi đang ghi hoặc ổ đĩa bị lỗi), nên chương trình không dùng tiếp được. Hãy chọn một bản sao lưu tốt để khôi phục; thường nên chọn bản mới nhất.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="78"/>
        <source>Tệp dữ liệu của Sổ tay bị hỏng và không có bản sao lưu tốt nào để khôi phục. Hãy giữ nguyên thư mục dữ liệu, đừng xoá hay chép đè tệp nào, và liên hệ bộ phận hỗ trợ (đưa họ thư mục ghi trong phần Chi tiết). Chương trình sẽ đóng lại.</source>
        <translation>Tệp dữ liệu của Sổ tay bị hỏng và không có bản sao lưu tốt nào để khôi phục. Hãy giữ nguyên thư mục dữ liệu, đừng xoá hay chép đè tệp nào, và liên hệ bộ phận hỗ trợ (đưa họ thư mục ghi trong phần Chi tiết). Chương trình sẽ đóng lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="83"/>
        <source>Chương trình đang mở ở một cửa sổ khác</source>
        <translation>Chương trình đang mở ở một cửa sổ khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="84"/>
        <source>Một cửa sổ Sổ tay khác (hoặc một lệnh sotay) đang dùng dữ liệu này. Chưa có gì bị thay đổi. Hãy chuyển sang cửa sổ đó để làm tiếp, hoặc đóng nó rồi mở lại chương trình.</source>
        <translation>Một cửa sổ Sổ tay khác (hoặc một lệnh sotay) đang dùng dữ liệu này. Chưa có gì bị thay đổi. Hãy chuyển sang cửa sổ đó để làm tiếp, hoặc đóng nó rồi mở lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="88"/>
        <source>Thư mục dữ liệu không cho ghi</source>
        <translation>Thư mục dữ liệu không cho ghi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="89"/>
        <source>Thư mục dữ liệu chỉ đọc được, không ghi được (ổ chỉ đọc, thẻ nhớ hoặc USB bị gạt khoá ghi, hoặc tài khoản này thiếu quyền ghi). Dữ liệu không bị hỏng. Hãy mở khoá ghi hoặc nhờ người quản trị máy cấp quyền ghi, rồi mở lại chương trình.</source>
        <translation>Thư mục dữ liệu chỉ đọc được, không ghi được (ổ chỉ đọc, thẻ nhớ hoặc USB bị gạt khoá ghi, hoặc tài khoản này thiếu quyền ghi). Dữ liệu không bị hỏng. Hãy mở khoá ghi hoặc nhờ người quản trị máy cấp quyền ghi, rồi mở lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="94"/>
        <source>Ổ đĩa đã đầy</source>
        <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="95"/>
        <source>Ổ đĩa chứa dữ liệu của Sổ tay đã hết chỗ trống nên chương trình không mở được. Những gì đã lưu không bị mất. Hãy xoá bớt tệp không cần (và dọn Thùng rác) rồi mở lại chương trình.</source>
        <translation>Ổ đĩa chứa dữ liệu của Sổ tay đã hết chỗ trống nên chương trình không mở được. Những gì đã lưu không bị mất. Hãy xoá bớt tệp không cần (và dọn Thùng rác) rồi mở lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="99"/>
        <source>Không mở được dữ liệu</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="104"/>
        <source>Thư mục dữ liệu: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="107"/>
        <source>Các bản sao lưu tốt:</source>
        <translation>Các bản sao lưu tốt:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="28"/>
        <source>&lt;p&gt;Tệp của &lt;b&gt;%1&lt;/b&gt; (mã %2) bị từ chối vì được ký bằng một khoá khác với khoá đã xác nhận trước đây. Thường là đơn vị đã cài lại máy; cũng có thể là người khác mạo danh.&lt;/p&gt;&lt;p&gt;Khoá cũ: &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Khoá mới: &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Hãy gọi điện cho đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ. Chỉ nhận khoá mới khi hai dãy giống hệt nhau; khoá cũ sẽ thôi được dùng.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tệp của &lt;b&gt;%1&lt;/b&gt; (mã %2) bị từ chối vì được ký bằng một khoá khác với khoá đã xác nhận trước đây. Thường là đơn vị đã cài lại máy; cũng có thể là người khác mạo danh.&lt;/p&gt;&lt;p&gt;Khoá cũ: &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Khoá mới: &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Hãy gọi điện cho đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ. Chỉ nhận khoá mới khi hai dãy giống hệt nhau; khoá cũ sẽ thôi được dùng.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="41"/>
        <source>Khoá của đơn vị đã thay đổi</source>
        <translation>Khoá của đơn vị đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="43"/>
        <source>Đã gọi điện, nhận khoá mới</source>
        <translation>Đã gọi điện, nhận khoá mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="44"/>
        <source>Không nhận</source>
        <translation>Không nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/trust.py" line="49"/>
        <source>Không có khoá nào chờ xác nhận. Lý do ở cột cuối của bảng.</source>
        <translation>Không có khoá nào chờ xác nhận. Lý do ở cột cuối của bảng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/trust.py" line="67"/>
        <source>%Ln tệp chờ xác nhận khoá của đơn vị gửi: bấm “Xác nhận khoá…” và đối chiếu dấu vân tay qua điện thoại.</source>
        <translation>
            <numerusform>%Ln tệp chờ xác nhận khoá của đơn vị gửi: bấm “Xác nhận khoá…” và đối chiếu dấu vân tay qua điện thoại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="46"/>
        <source>Không bản ghi nào của tệp được nhập: tất cả bị tạm giữ.</source>
        <translation>Không bản ghi nào của tệp được nhập: tất cả bị tạm giữ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="98"/>
        <source>Kết quả nhập tệp — %1</source>
        <translation>Kết quả nhập tệp — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="130"/>
        <source>mới</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="131"/>
        <source>cập nhật</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="132"/>
        <source>không đổi</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="133"/>
        <source>xung đột</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="134"/>
        <source>lỗi</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="135"/>
        <source>tạm giữ</source>
        <translation>tạm giữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="40"/>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="41"/>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="42"/>
        <source>Xung đột</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="43"/>
        <source>Tạm giữ</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="50"/>
        <source>Chưa có ở đây: thêm mới.</source>
        <translation>Chưa có ở đây: thêm mới.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="51"/>
        <source>Bản trong tệp mới hơn: thay bản ở đây (bản cũ lưu trong lịch sử).</source>
        <translation>Bản trong tệp mới hơn: thay bản ở đây (bản cũ lưu trong lịch sử).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="52"/>
        <source>Bản trong tệp cũ hơn bản ở đây: giữ bản ở đây, bản trong tệp lưu trong lịch sử.</source>
        <translation>Bản trong tệp cũ hơn bản ở đây: giữ bản ở đây, bản trong tệp lưu trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="29"/>
        <source>Đơn vị ngoài phạm vi</source>
        <translation>Đơn vị ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="125"/>
        <source>Tệp của đơn vị ngoài phạm vi</source>
        <translation>Tệp của đơn vị ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="134"/>
        <source>Vẫn nhập</source>
        <translation>Vẫn nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="135"/>
        <source>Không nhập</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="23"/>
        <source>Đang nhập tệp</source>
        <translation>Đang nhập tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="25"/>
        <source>Các tệp đang được nhập. Nếu đóng bây giờ, việc nhập dừng lại: tệp đang nhập dở không được ghi, các tệp đã nhập xong vẫn được giữ. Đóng cửa sổ?</source>
        <translation>Các tệp đang được nhập. Nếu đóng bây giờ, việc nhập dừng lại: tệp đang nhập dở không được ghi, các tệp đã nhập xong vẫn được giữ. Đóng cửa sổ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="28"/>
        <source>Dừng nhập và đóng</source>
        <translation>Dừng nhập và đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="29"/>
        <source>Tiếp tục nhập</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="33"/>
        <source>các tệp đã được ghi.</source>
        <translation>các tệp đã được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="36"/>
        <source>Đã nhập xong</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="37"/>
        <source>Việc nhập đã xong trong lúc bạn trả lời: %1</source>
        <translation>Việc nhập đã xong trong lúc bạn trả lời: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="166"/>
        <source>phần báo cáo</source>
        <translation>phần báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="46"/>
        <source>%1 tệp sẵn sàng nhập, %2 tệp bị từ chối%3.</source>
        <translation>%1 tệp sẵn sàng nhập, %2 tệp bị từ chối%3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="49"/>
        <source>, có cảnh báo</source>
        <translation>, có cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="52"/>
        <source>%1 tệp bị từ chối.</source>
        <translation>%1 tệp bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="56"/>
        <source>%1 tệp sẽ được tạm giữ cả tệp: không bản ghi nào của tệp được dùng cho đến khi bạn xem xét (lý do ở cột cuối).</source>
        <translation>%1 tệp sẽ được tạm giữ cả tệp: không bản ghi nào của tệp được dùng cho đến khi bạn xem xét (lý do ở cột cuối).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="60"/>
        <source>Xem bảng dưới rồi bấm “Nhập”.</source>
        <translation>Xem bảng dưới rồi bấm “Nhập”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="70"/>
        <source>Đã nhập %1 tệp; %2 tệp không nhập.</source>
        <translation>Đã nhập %1 tệp; %2 tệp không nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="75"/>
        <source>%1 tệp không nhập.</source>
        <translation>%1 tệp không nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="78"/>
        <source>%1 tệp được tạm giữ cả tệp: không bản ghi nào của tệp được dùng.</source>
        <translation>%1 tệp được tạm giữ cả tệp: không bản ghi nào của tệp được dùng.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="83"/>
        <source>Có cảnh báo: xem cột cuối.</source>
        <translation>Có cảnh báo: xem cột cuối.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="85"/>
        <source>%Ln bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”.</source>
        <translation>
            <numerusform>%Ln bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="87"/>
        <source>%Ln ý kiến khẩn: xem trang Tổng quan.</source>
        <translation>
            <numerusform>%Ln ý kiến khẩn: xem trang Tổng quan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="167"/>
        <source>thành viên lực lượng</source>
        <translation>thành viên lực lượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="168"/>
        <source>lớp bồi dưỡng</source>
        <translation>lớp bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="169"/>
        <source>hội nghị báo cáo viên</source>
        <translation>hội nghị báo cáo viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="170"/>
        <source>kênh</source>
        <translation>kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="171"/>
        <source>số liệu kênh theo tháng</source>
        <translation>số liệu kênh theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="172"/>
        <source>chủ đề định hướng</source>
        <translation>chủ đề định hướng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="113"/>
        <source>chưa ghi chủ đề</source>
        <translation>chưa ghi chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="119"/>
        <source>&lt;b&gt;Ý kiến khẩn từ đơn vị cấp dưới&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ý kiến khẩn từ đơn vị cấp dưới&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="173"/>
        <source>mục lịch</source>
        <translation>mục lịch</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="17"/>
        <source>Sổ tay Tuyên truyền</source>
        <translation>Sổ tay Tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="18"/>
        <source>Sổ tay tuyên truyền miệng cho xã, phường và đơn vị tổng hợp: thư viện tài liệu, nhật ký các buổi tuyên truyền, nhóm đối tượng, trao đổi bằng tệp và báo cáo.</source>
        <translation>Sổ tay tuyên truyền miệng cho xã, phường và đơn vị tổng hợp: thư viện tài liệu, nhật ký các buổi tuyên truyền, nhóm đối tượng, trao đổi bằng tệp và báo cáo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="22"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="23"/>
        <source>Thư mục dữ liệu</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="24"/>
        <source>Dấu vân tay khoá</source>
        <translation>Dấu vân tay khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="25"/>
        <source>Giấy phép GNU GPL phiên bản 3 hoặc mới hơn (GPL-3.0-or-later).</source>
        <translation>Giấy phép GNU GPL phiên bản 3 hoặc mới hơn (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="38"/>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="40"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="80"/>
        <source>Cơ sở dữ liệu có lỗi</source>
        <translation>Cơ sở dữ liệu có lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="108"/>
        <source>Đã khôi phục dữ liệu</source>
        <translation>Đã khôi phục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="123"/>
        <source>Không ghi được dữ liệu</source>
        <translation>Không ghi được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="113"/>
        <location filename="../../desktop_app/ui/main.py" line="133"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AreaListsBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="41"/>
        <source>Vùng ưu tiên và ngôn ngữ</source>
        <translation>Vùng ưu tiên và ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="44"/>
        <source>Tên vùng, ví dụ: vùng biên giới</source>
        <translation>Tên vùng, ví dụ: vùng biên giới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="45"/>
        <source>Thêm vùng</source>
        <translation>Thêm vùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="46"/>
        <source>Đổi tên</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="47"/>
        <source>Ẩn / hiện</source>
        <translation>Ẩn / hiện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="50"/>
        <source>Tên ngôn ngữ, ví dụ: Tiếng Xơ Đăng</source>
        <translation>Tên ngôn ngữ, ví dụ: Tiếng Xơ Đăng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="51"/>
        <source>Thêm ngôn ngữ</source>
        <translation>Thêm ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="52"/>
        <source>Bỏ</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="62"/>
        <source>Vùng ưu tiên (nhóm và đơn vị)</source>
        <translation>Vùng ưu tiên (nhóm và đơn vị)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="63"/>
        <source>Ngôn ngữ của buổi nói chuyện</source>
        <translation>Ngôn ngữ của buổi nói chuyện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="99"/>
        <source>%1 (đã ẩn)</source>
        <translation>%1 (đã ẩn)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="101"/>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="107"/>
        <source>%1 (có sẵn)</source>
        <translation>%1 (có sẵn)</translation>
    </message>
</context>
<context>
    <name>AreaTagsBox</name>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="18"/>
        <source>vùng sâu</source>
        <translation>vùng sâu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="19"/>
        <source>vùng xa</source>
        <translation>vùng xa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="20"/>
        <source>vùng đồng bào dân tộc thiểu số</source>
        <translation>vùng đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="21"/>
        <source>địa bàn phức tạp, nhạy cảm</source>
        <translation>địa bàn phức tạp, nhạy cảm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="31"/>
        <source>Vùng khác (cách nhau bằng dấu ;)</source>
        <translation>Vùng khác (cách nhau bằng dấu ;)</translation>
    </message>
</context>
<context>
    <name>AreasPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="20"/>
        <source>Vùng ưu tiên so với địa bàn còn lại</source>
        <translation>Vùng ưu tiên so với địa bàn còn lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="29"/>
        <source>Địa bàn</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="30"/>
        <source>Số cuộc trực tiếp</source>
        <translation>Số cuộc trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="31"/>
        <source>Lượt người dự</source>
        <translation>Lượt người dự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="32"/>
        <source>Hoạt động trên mạng</source>
        <translation>Hoạt động trên mạng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="33"/>
        <source>Lượt người dự trực tuyến</source>
        <translation>Lượt người dự trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="37"/>
        <source>Vùng ưu tiên</source>
        <translation>Vùng ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="37"/>
        <source>Còn lại</source>
        <translation>Còn lại</translation>
    </message>
</context>
<context>
    <name>CalendarBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="41"/>
        <source>Lịch ngày lễ, ngày kỷ niệm</source>
        <translation>Lịch ngày lễ, ngày kỷ niệm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="46"/>
        <source>Ngày lễ</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="47"/>
        <source>Ngày kỷ niệm</source>
        <translation>Ngày kỷ niệm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="48"/>
        <source>Đợt vận động</source>
        <translation>Đợt vận động</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="99"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="93"/>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="100"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="68"/>
        <source>Ví dụ: Ngày hội Đại đoàn kết toàn dân tộc</source>
        <translation>Ví dụ: Ngày hội Đại đoàn kết toàn dân tộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="70"/>
        <source>ví dụ 18/11</source>
        <translation>ví dụ 18/11</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="72"/>
        <source>đợt vận động</source>
        <translation>đợt vận động</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="78"/>
        <source>Ngày lễ lớn (tuần đó và tuần trước là tuần cao điểm)</source>
        <translation>Ngày lễ lớn (tuần đó và tuần trước là tuần cao điểm)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="82"/>
        <source>Mục mới</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="83"/>
        <source>Lưu mục lịch</source>
        <translation>Lưu mục lịch</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="84"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="168"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="172"/>
        <source>Bỏ khỏi lịch</source>
        <translation>Bỏ khỏi lịch</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="89"/>
        <source>Nhắc trước (số ngày)</source>
        <translation>Nhắc trước (số ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="96"/>
        <source>đến</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="182"/>
        <source>từ cấp trên</source>
        <translation>từ cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="183"/>
        <source>có sẵn</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="183"/>
        <source>của máy này</source>
        <translation>của máy này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="213"/>
        <source>Mục này do cấp trên gửi xuống: chỉ bỏ khỏi lịch của máy này được.</source>
        <translation>Mục này do cấp trên gửi xuống: chỉ bỏ khỏi lịch của máy này được.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="160"/>
        <source>Đã lưu “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="169"/>
        <source>Bỏ “%1” khỏi lịch của máy này? Trang Tổng quan sẽ không nhắc ngày này nữa.</source>
        <translation>Bỏ “%1” khỏi lịch của máy này? Trang Tổng quan sẽ không nhắc ngày này nữa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="173"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="178"/>
        <source>Đã bỏ “%1” khỏi lịch.</source>
        <translation>Đã bỏ “%1” khỏi lịch.</translation>
    </message>
</context>
<context>
    <name>CalendarReminders</name>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="19"/>
        <source>Sắp đến</source>
        <translation>Sắp đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="40"/>
        <source>hôm nay %1</source>
        <translation>hôm nay %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="42"/>
        <source>còn %Ln ngày đến %2</source>
        <translation>
            <numerusform>còn %Ln ngày đến %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="44"/>
        <source>Lên kế hoạch buổi nói chuyện</source>
        <translation>Lên kế hoạch buổi nói chuyện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="45"/>
        <source>theo định hướng</source>
        <translation>theo định hướng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="47"/>
        <source>lịch của cấp trên</source>
        <translation>lịch của cấp trên</translation>
    </message>
</context>
<context>
    <name>ChangeUnitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="51"/>
        <source>Đổi đơn vị của máy này</source>
        <translation>Đổi đơn vị của máy này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="56"/>
        <source>Gõ một phần tên, có dấu hoặc không dấu: thanh binh</source>
        <translation>Gõ một phần tên, có dấu hoặc không dấu: thanh binh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="64"/>
        <source>Đang sao lưu và đổi đơn vị…</source>
        <translation>Đang sao lưu và đổi đơn vị…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="67"/>
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="68"/>
        <source>Tiếp theo</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="69"/>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="142"/>
        <source>Đổi đơn vị</source>
        <translation>Đổi đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="70"/>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="116"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="116"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="142"/>
        <source>Đổi đơn vị và thay khoá</source>
        <translation>Đổi đơn vị và thay khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="149"/>
        <source>Máy này chưa gửi tệp nào lên, nên đổi được ngay: mọi buổi, nhóm và tài liệu của máy chuyển sang %2. Trước khi đổi, dữ liệu được sao lưu.</source>
        <translation>Máy này chưa gửi tệp nào lên, nên đổi được ngay: mọi buổi, nhóm và tài liệu của máy chuyển sang %2. Trước khi đổi, dữ liệu được sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="154"/>
        <source>Máy này đã gửi tệp lên với tên %1. Sau khi đổi:
• Ở đơn vị tổng hợp, các bản ghi đã gửi vẫn thuộc %1; ở máy này chúng cũng giữ tên %1.
• Các buổi, nhóm ghi từ nay đứng tên %2.
• Máy tạo khoá mới thay khoá cũ. Lần nhận tệp tới, đơn vị tổng hợp sẽ hỏi xác nhận khoá mới: hãy gọi điện đọc cho họ dấu vân tay mới.
Trước khi đổi, dữ liệu được sao lưu.</source>
        <translation>Máy này đã gửi tệp lên với tên %1. Sau khi đổi:
• Ở đơn vị tổng hợp, các bản ghi đã gửi vẫn thuộc %1; ở máy này chúng cũng giữ tên %1.
• Các buổi, nhóm ghi từ nay đứng tên %2.
• Máy tạo khoá mới thay khoá cũ. Lần nhận tệp tới, đơn vị tổng hợp sẽ hỏi xác nhận khoá mới: hãy gọi điện đọc cho họ dấu vân tay mới.
Trước khi đổi, dữ liệu được sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="183"/>
        <source>Máy này đã là của %1.</source>
        <translation>Máy này đã là của %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="186"/>
        <source>Khoá mới, dấu vân tay: %1 — đọc dãy này cho đơn vị tổng hợp khi họ hỏi.</source>
        <translation>Khoá mới, dấu vân tay: %1 — đọc dãy này cho đơn vị tổng hợp khi họ hỏi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="191"/>
        <source>%Ln bản ghi đã chuyển sang đơn vị mới.</source>
        <translation>
            <numerusform>%Ln bản ghi đã chuyển sang đơn vị mới.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="192"/>
        <source>Bản sao lưu trước khi đổi: %1</source>
        <translation>Bản sao lưu trước khi đổi: %1</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Kênh</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Nền tảng</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Theo dõi</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Tăng</source>
        <translation>Tăng</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="68"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="70"/>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="216"/>
        <source>Kênh mới</source>
        <translation>Kênh mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="71"/>
        <source>Nhập số liệu từ Meta…</source>
        <translation>Nhập số liệu từ Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="83"/>
        <source>Kênh chính thống của đơn vị</source>
        <translation>Kênh chính thống của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="85"/>
        <source>Lưu kênh</source>
        <translation>Lưu kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="86"/>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="296"/>
        <source>Xoá kênh</source>
        <translation>Xoá kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="88"/>
        <source>Tên kênh</source>
        <translation>Tên kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="89"/>
        <source>Nền tảng</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="90"/>
        <source>Đường dẫn</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="91"/>
        <source>Người quản trị</source>
        <translation>Người quản trị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="92"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="94"/>
        <source>Số người theo dõi (thành viên) theo tháng</source>
        <translation>Số người theo dõi (thành viên) theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="96"/>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="106"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="96"/>
        <source>Người theo dõi</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="101"/>
        <source>NĂM-THÁNG, ví dụ 2026-10</source>
        <translation>NĂM-THÁNG, ví dụ 2026-10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="104"/>
        <source>Ghi số liệu tháng</source>
        <translation>Ghi số liệu tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="107"/>
        <source>Số người theo dõi</source>
        <translation>Số người theo dõi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="190"/>
        <source>%Ln kênh</source>
        <translation>
            <numerusform>%Ln kênh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="279"/>
        <source>Đã ghi %Ln người theo dõi tháng %2.</source>
        <translation>
            <numerusform>Đã ghi %Ln người theo dõi tháng %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="325"/>
        <source>Đang đọc %Ln tệp…</source>
        <translation>
            <numerusform>Đang đọc %Ln tệp…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="358"/>
        <source>Đã nhập số liệu của %Ln bài đăng vào fanpage “%2” (%3 mới, %4 cập nhật).</source>
        <translation>
            <numerusform>Đã nhập số liệu của %Ln bài đăng vào fanpage “%2” (%3 mới, %4 cập nhật).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="263"/>
        <source>Đã lưu kênh “%1”.</source>
        <translation>Đã lưu kênh “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="289"/>
        <source>Chưa lưu: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="297"/>
        <source>Xoá kênh “%1”? Các buổi đã ghi vẫn giữ nguyên.</source>
        <translation>Xoá kênh “%1”? Các buổi đã ghi vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="298"/>
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="299"/>
        <source>Giữ lại</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="314"/>
        <source>Chọn tệp Meta Business Suite</source>
        <translation>Chọn tệp Meta Business Suite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="314"/>
        <source>Tệp CSV (*.csv);;Mọi tệp (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="367"/>
        <source>Chưa nhập được: %1</source>
        <translation>Chưa nhập được: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="40"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="41"/>
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="42"/>
        <source>T3</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="43"/>
        <source>T4</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="44"/>
        <source>T5</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="45"/>
        <source>T6</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="46"/>
        <source>T7</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="47"/>
        <source>T8</source>
        <translation>T8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="48"/>
        <source>T9</source>
        <translation>T9</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="49"/>
        <source>T10</source>
        <translation>T10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="50"/>
        <source>T11</source>
        <translation>T11</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="51"/>
        <source>T12</source>
        <translation>T12</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="53"/>
        <source>Số cuộc theo đơn vị</source>
        <translation>Số cuộc theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="54"/>
        <source>Số cuộc theo đơn vị (%1 đơn vị nhiều nhất)</source>
        <translation>Số cuộc theo đơn vị (%1 đơn vị nhiều nhất)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="55"/>
        <source>Hoạt động tuyên truyền theo hình thức</source>
        <translation>Hoạt động tuyên truyền theo hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="56"/>
        <source>Số cuộc theo tháng</source>
        <translation>Số cuộc theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="57"/>
        <source>Không có số liệu</source>
        <translation>Không có số liệu</translation>
    </message>
</context>
<context>
    <name>ConferenceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Chủ đề</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Điểm cầu</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Số người dự</source>
        <translation>Số người dự</translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="40"/>
        <source>Ghi hội nghị</source>
        <translation>Ghi hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="42"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="43"/>
        <source>Chủ đề</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="44"/>
        <source>Điểm cầu</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="45"/>
        <source>Người dự (đánh dấu)</source>
        <translation>Người dự (đánh dấu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="55"/>
        <source>Ghi một hội nghị báo cáo viên</source>
        <translation>Ghi một hội nghị báo cáo viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="111"/>
        <source>Chưa lưu: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="116"/>
        <source>Đã ghi hội nghị ngày %1: %2 người dự.</source>
        <translation>Đã ghi hội nghị ngày %1: %2 người dự.</translation>
    </message>
</context>
<context>
    <name>ConfirmUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="149"/>
        <location filename="../../desktop_app/ui/wizard.py" line="173"/>
        <source>Đúng đơn vị của bạn?</source>
        <translation>Đúng đơn vị của bạn?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="150"/>
        <source>Kiểm tra tên, tỉnh và mã trước khi thiết lập.</source>
        <translation>Kiểm tra tên, tỉnh và mã trước khi thiết lập.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="159"/>
        <source>Đúng thì bấm “Đúng, tiếp theo” (Enter). Chưa đúng thì bấm “Quay lại” để chọn lại. Sau này vẫn đổi được trong Cài đặt.</source>
        <translation>Đúng thì bấm “Đúng, tiếp theo” (Enter). Chưa đúng thì bấm “Quay lại” để chọn lại. Sau này vẫn đổi được trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="165"/>
        <source>Đúng, tiếp theo</source>
        <translation>Đúng, tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="173"/>
        <source>Đơn vị mới thuộc đơn vị này?</source>
        <translation>Đơn vị mới thuộc đơn vị này?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="176"/>
        <source>Đơn vị mới sẽ thuộc %1 — mã %2. Đúng không?</source>
        <translation>Đơn vị mới sẽ thuộc %1 — mã %2. Đúng không?</translation>
    </message>
</context>
<context>
    <name>DocumentExtras</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="29"/>
        <source>Có gì thay đổi</source>
        <translation>Có gì thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="36"/>
        <source>Tài liệu tương tự</source>
        <translation>Tài liệu tương tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="63"/>
        <source>Tài liệu đã có bản mới kể từ lần bạn đọc.</source>
        <translation>Tài liệu đã có bản mới kể từ lần bạn đọc.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="77"/>
        <source>Ý chính thêm</source>
        <translation>Ý chính thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="78"/>
        <source>Ý chính bỏ</source>
        <translation>Ý chính bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="79"/>
        <source>Câu thêm</source>
        <translation>Câu thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="80"/>
        <source>Câu bỏ</source>
        <translation>Câu bỏ</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="31"/>
        <source>Lưu làm mặc định</source>
        <translation>Lưu làm mặc định</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="34"/>
        <source>Để trống để dùng cách ghi theo đơn vị (chữ mờ trong ô). Mỗi dòng “Nơi nhận” là một nơi.</source>
        <translation>Để trống để dùng cách ghi theo đơn vị (chữ mờ trong ô). Mỗi dòng “Nơi nhận” là một nơi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="40"/>
        <source>Số, ký hiệu:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="41"/>
        <source>Cơ quan cấp trên:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="42"/>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="43"/>
        <source>Địa danh:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="44"/>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="45"/>
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="49"/>
        <source>Nơi nhận:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="92"/>
        <source>Đã lưu làm mặc định cho máy này.</source>
        <translation>Đã lưu làm mặc định cho máy này.</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="32"/>
        <source>Thông tin tài liệu</source>
        <translation>Thông tin tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="32"/>
        <source>Sửa tài liệu</source>
        <translation>Sửa tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="47"/>
        <source>Bắt buộc đọc</source>
        <translation>Bắt buộc đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="52"/>
        <source>Tên tài liệu</source>
        <translation>Tên tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="53"/>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="54"/>
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="55"/>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="55"/>
        <source>H = hôm nay</source>
        <translation>H = hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="56"/>
        <source>Hiệu lực đến</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="56"/>
        <source>Để trống nếu không hạn</source>
        <translation>Để trống nếu không hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="57"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="57"/>
        <source>Nhiều chuyên đề cách nhau bằng dấu ;</source>
        <translation>Nhiều chuyên đề cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="58"/>
        <source>Ý chính</source>
        <translation>Ý chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="58"/>
        <source>Mỗi ý một dòng</source>
        <translation>Mỗi ý một dòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="60"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="62"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="62"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="112"/>
        <source>Tài liệu này do %1 ban hành: chỉ đơn vị đó sửa được, bản sửa sẽ về trong gói tài liệu sau. Bạn vẫn ghi chú riêng ở khung ghi chú dưới bài đọc.</source>
        <translation>Tài liệu này do %1 ban hành: chỉ đơn vị đó sửa được, bản sửa sẽ về trong gói tài liệu sau. Bạn vẫn ghi chú riêng ở khung ghi chú dưới bài đọc.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="150"/>
        <source>Chưa lưu: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="331"/>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="331"/>
        <source>Ban hành</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="331"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="340"/>
        <source>Bắt buộc</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="341"/>
        <source>Đã đọc</source>
        <translation>Đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="341"/>
        <source>Chưa đọc</source>
        <translation>Chưa đọc</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="246"/>
        <source>Xong! Máy này đã sẵn sàng</source>
        <translation>Xong! Máy này đã sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="258"/>
        <source>Dấu vân tay khoá của máy này:</source>
        <translation>Dấu vân tay khoá của máy này:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="263"/>
        <source>Khi cấp trên nhận tệp đầu tiên của bạn, họ sẽ hỏi dấu vân tay này để chắc tệp đúng là của bạn. Xem lại bất cứ lúc nào trong Cài đặt.</source>
        <translation>Khi cấp trên nhận tệp đầu tiên của bạn, họ sẽ hỏi dấu vân tay này để chắc tệp đúng là của bạn. Xem lại bất cứ lúc nào trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="276"/>
        <source>Đơn vị: %1
Vai trò: %2</source>
        <translation>Đơn vị: %1
Vai trò: %2</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="26"/>
        <source>Xã, phường (ghi nhật ký)</source>
        <translation>Xã, phường (ghi nhật ký)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="27"/>
        <source>Đơn vị tổng hợp</source>
        <translation>Đơn vị tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="31"/>
        <source>Tỉnh, thành phố</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="32"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="33"/>
        <location filename="../../desktop_app/core/labels.py" line="62"/>
        <source>Thôn, ấp, tổ dân phố</source>
        <translation>Thôn, ấp, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="34"/>
        <location filename="../../desktop_app/core/labels.py" line="63"/>
        <source>Đoàn thể</source>
        <translation>Đoàn thể</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="35"/>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="36"/>
        <source>Huyện cũ</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="37"/>
        <source>Cụm</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="41"/>
        <source>Hội nghị, buổi nói chuyện</source>
        <translation>Hội nghị, buổi nói chuyện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="42"/>
        <source>Đài truyền thanh cơ sở</source>
        <translation>Đài truyền thanh cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="43"/>
        <source>Điểm cầu trực tuyến</source>
        <translation>Điểm cầu trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="44"/>
        <source>Bài đăng nhóm Zalo</source>
        <translation>Bài đăng nhóm Zalo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="45"/>
        <source>Bài đăng fanpage</source>
        <translation>Bài đăng fanpage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="46"/>
        <source>Đến từng hộ</source>
        <translation>Đến từng hộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="47"/>
        <source>Hình thức khác</source>
        <translation>Hình thức khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="64"/>
        <location filename="../../desktop_app/core/labels.py" line="126"/>
        <source>Nhóm Zalo</source>
        <translation>Nhóm Zalo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="65"/>
        <location filename="../../desktop_app/core/labels.py" line="124"/>
        <source>Fanpage</source>
        <translation>Fanpage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="66"/>
        <source>Trường học</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="67"/>
        <source>Doanh nghiệp</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="68"/>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="72"/>
        <source>Không cần</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="73"/>
        <source>Đang theo dõi</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="74"/>
        <source>Đã xong</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="84"/>
        <source>Đồng hồ máy gửi chạy nhanh</source>
        <translation>Đồng hồ máy gửi chạy nhanh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="85"/>
        <source>Ngày ở tương lai</source>
        <translation>Ngày ở tương lai</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="86"/>
        <source>Mã thuộc đơn vị khác</source>
        <translation>Mã thuộc đơn vị khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="87"/>
        <source>Bản ghi của đơn vị này</source>
        <translation>Bản ghi của đơn vị này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="88"/>
        <source>Trùng đơn vị hành chính</source>
        <translation>Trùng đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="89"/>
        <source>Ngoài địa bàn đơn vị gửi</source>
        <translation>Ngoài địa bàn đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="90"/>
        <source>Sửa chuyên đề dùng chung</source>
        <translation>Sửa chuyên đề dùng chung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="91"/>
        <source>Thu hồi khóa được bảo vệ</source>
        <translation>Thu hồi khóa được bảo vệ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="92"/>
        <source>Liên kết tới đơn vị khác</source>
        <translation>Liên kết tới đơn vị khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="97"/>
        <source>Thời điểm ghi của bản ghi vượt quá giờ máy này hơn một ngày (đồng hồ máy gửi chạy nhanh)</source>
        <translation>Thời điểm ghi của bản ghi vượt quá giờ máy này hơn một ngày (đồng hồ máy gửi chạy nhanh)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="101"/>
        <source>Ngày tổ chức buổi ở tương lai</source>
        <translation>Ngày tổ chức buổi ở tương lai</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="102"/>
        <source>Bản ghi đã có ở đây nhưng thuộc đơn vị khác</source>
        <translation>Bản ghi đã có ở đây nhưng thuộc đơn vị khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="103"/>
        <source>Đơn vị khác gửi một bản ghi của chính đơn vị này; chỉ đơn vị này ghi được bản ghi của mình</source>
        <translation>Đơn vị khác gửi một bản ghi của chính đơn vị này; chỉ đơn vị này ghi được bản ghi của mình</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="107"/>
        <source>Tệp định sửa một đơn vị hành chính chính thức</source>
        <translation>Tệp định sửa một đơn vị hành chính chính thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="108"/>
        <source>Buổi, nhóm hoặc đơn vị tự tạo nằm ngoài địa bàn của đơn vị gửi</source>
        <translation>Buổi, nhóm hoặc đơn vị tự tạo nằm ngoài địa bàn của đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="111"/>
        <source>Tệp định đổi tên hoặc xóa một chuyên đề dùng chung; chuyên đề được giữ nguyên</source>
        <translation>Tệp định đổi tên hoặc xóa một chuyên đề dùng chung; chuyên đề được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="114"/>
        <source>Tệp định thu hồi khóa của máy này hoặc của đơn vị tổng hợp; không thu hồi</source>
        <translation>Tệp định thu hồi khóa của máy này hoặc của đơn vị tổng hợp; không thu hồi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="117"/>
        <source>Bản ghi gắn với thành viên hoặc kênh của một đơn vị khác (khóa học, hội nghị, kênh hay bài đăng)</source>
        <translation>Bản ghi gắn với thành viên hoặc kênh của một đơn vị khác (khóa học, hội nghị, kênh hay bài đăng)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="133"/>
        <source>Đơn vị gửi không được phép ghi bản ghi này (%1)</source>
        <translation>Đơn vị gửi không được phép ghi bản ghi này (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="52"/>
        <source>buổi</source>
        <translation>buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="53"/>
        <source>buổi phát thanh</source>
        <translation>buổi phát thanh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="54"/>
        <source>hội nghị</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="55"/>
        <location filename="../../desktop_app/core/labels.py" line="56"/>
        <source>bài đăng</source>
        <translation>bài đăng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="57"/>
        <source>lượt đến hộ</source>
        <translation>lượt đến hộ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="58"/>
        <source>cuộc</source>
        <translation>cuộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="180"/>
        <source>gần nội dung chung %1%</source>
        <translation>gần nội dung chung %1%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="181"/>
        <source>chung từ với tiêu đề %1%</source>
        <translation>chung từ với tiêu đề %1%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="182"/>
        <source>thuộc mục “%1”</source>
        <translation>thuộc mục “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="183"/>
        <source>câu mở đầu</source>
        <translation>câu mở đầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="184"/>
        <source>có từ nhấn mạnh: %1</source>
        <translation>có từ nhấn mạnh: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="185"/>
        <source>một mục liệt kê</source>
        <translation>một mục liệt kê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="186"/>
        <source>câu lặp lại ở nhiều tài liệu khác</source>
        <translation>câu lặp lại ở nhiều tài liệu khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="125"/>
        <source>Tài khoản Facebook</source>
        <translation>Tài khoản Facebook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="127"/>
        <source>Zalo OA</source>
        <translation>Zalo OA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="128"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="129"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="78"/>
        <source>Đã trả lời</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="79"/>
        <source>Đã chuyển cơ quan có thẩm quyền</source>
        <translation>Đã chuyển cơ quan có thẩm quyền</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="78"/>
        <source>Kéo thả các tệp .sotay (hoặc cả thư mục tải về từ Zalo) vào đây</source>
        <translation>Kéo thả các tệp .sotay (hoặc cả thư mục tải về từ Zalo) vào đây</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="85"/>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="86"/>
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="93"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="108"/>
        <source>Xác nhận khoá…</source>
        <translation>Xác nhận khoá…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="109"/>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="110"/>
        <source>Lưu báo cáo kết quả…</source>
        <translation>Lưu báo cáo kết quả…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="111"/>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="120"/>
        <source>Nhận tệp</source>
        <translation>Nhận tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="146"/>
        <source>Trao đổi tệp</source>
        <translation>Trao đổi tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="149"/>
        <source>Lịch sử</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="209"/>
        <source>Chọn tệp nhận được</source>
        <translation>Chọn tệp nhận được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="209"/>
        <source>Tệp trao đổi (*.sotay);;Mọi tệp (*)</source>
        <translation>Tệp trao đổi (*.sotay);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="214"/>
        <source>Chọn thư mục chứa các tệp nhận được</source>
        <translation>Chọn thư mục chứa các tệp nhận được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="237"/>
        <source>Đang kiểm tra các tệp (chưa ghi gì vào dữ liệu)…</source>
        <translation>Đang kiểm tra các tệp (chưa ghi gì vào dữ liệu)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="242"/>
        <source>Đang nhập… Dữ liệu được sao lưu trước.</source>
        <translation>Đang nhập… Dữ liệu được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="263"/>
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="267"/>
        <source>cập nhật chỉ mục tìm kiếm</source>
        <translation>cập nhật chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="292"/>
        <source>Không đọc được các tệp: %1</source>
        <translation>Không đọc được các tệp: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="301"/>
        <source>Thêm mới %1 · Cập nhật %2 · Không đổi %3 · Xung đột %4 · Lỗi %5</source>
        <translation>Thêm mới %1 · Cập nhật %2 · Không đổi %3 · Xung đột %4 · Lỗi %5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="323"/>
        <source>Không có tệp nào trong những gì bạn chọn.</source>
        <translation>Không có tệp nào trong những gì bạn chọn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="329"/>
        <source>Không có tệp nào để nhập. Lý do ở cột cuối của bảng.</source>
        <translation>Không có tệp nào để nhập. Lý do ở cột cuối của bảng.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="349"/>
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Bản sao lưu trước khi nhập: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="370"/>
        <source>Lưu báo cáo kết quả</source>
        <translation>Lưu báo cáo kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="372"/>
        <source>Văn bản (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="379"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>Đã lưu báo cáo vào %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="185"/>
        <source>Bản ghi tạm giữ (%1)…</source>
        <translation>Bản ghi tạm giữ (%1)…</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_box.py" line="31"/>
        <source>Đang theo dõi</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_box.py" line="35"/>
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_box.py" line="36"/>
        <source>Ý kiến khẩn: gửi lên cấp trên ngay</source>
        <translation>Ý kiến khẩn: gửi lên cấp trên ngay</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="22"/>
        <source>Việc theo dõi đã xong</source>
        <translation>Việc theo dõi đã xong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="34"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="35"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="42"/>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="43"/>
        <source>Ngày giải quyết:</source>
        <translation>Ngày giải quyết:</translation>
    </message>
</context>
<context>
    <name>FollowUpFilter</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_filter.py" line="17"/>
        <source>Mọi buổi</source>
        <translation>Mọi buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_filter.py" line="18"/>
        <source>Còn việc theo dõi</source>
        <translation>Còn việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_filter.py" line="19"/>
        <source>Việc theo dõi quá hạn</source>
        <translation>Việc theo dõi quá hạn</translation>
    </message>
</context>
<context>
    <name>ForcePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="32"/>
        <source>Danh sách</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="33"/>
        <source>Bồi dưỡng</source>
        <translation>Bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="34"/>
        <source>Hội nghị</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="36"/>
        <source>Kênh</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="39"/>
        <source>Theo đơn vị</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="44"/>
        <source>Lực lượng báo cáo viên, tuyên truyền viên</source>
        <translation>Lực lượng báo cáo viên, tuyên truyền viên</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Quy mô</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="357"/>
        <source>(ngừng)</source>
        <translation>(ngừng)</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="75"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="77"/>
        <location filename="../../desktop_app/ui/pages/groups.py" line="264"/>
        <source>Nhóm mới</source>
        <translation>Nhóm mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="90"/>
        <source>Người liên hệ đã đồng ý cho lưu tên và số điện thoại</source>
        <translation>Người liên hệ đã đồng ý cho lưu tên và số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="94"/>
        <source>Nhóm còn hoạt động</source>
        <translation>Nhóm còn hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="95"/>
        <source>Lưu nhóm</source>
        <translation>Lưu nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="96"/>
        <location filename="../../desktop_app/ui/pages/groups.py" line="331"/>
        <source>Xoá nhóm</source>
        <translation>Xoá nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="99"/>
        <source>Tên nhóm</source>
        <translation>Tên nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="100"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="101"/>
        <source>Quy mô (số người, số thành viên)</source>
        <translation>Quy mô (số người, số thành viên)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="102"/>
        <source>Đường dẫn nhóm Zalo, fanpage</source>
        <translation>Đường dẫn nhóm Zalo, fanpage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="104"/>
        <source>Người liên hệ</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="104"/>
        <source>Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.</source>
        <translation>Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="106"/>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="107"/>
        <source>Ngày đồng ý</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="108"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="109"/>
        <source>Vùng ưu tiên</source>
        <translation>Vùng ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="111"/>
        <source>Các buổi đã đến với nhóm</source>
        <translation>Các buổi đã đến với nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="126"/>
        <source>Nhóm đối tượng</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/groups.py" line="204"/>
        <source>%Ln nhóm</source>
        <translation>
            <numerusform>%Ln nhóm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="281"/>
        <source>Các buổi đã đến với nhóm: %1</source>
        <translation>Các buổi đã đến với nhóm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="313"/>
        <source>Chưa lưu: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="317"/>
        <source>Đã lưu nhóm “%1”.</source>
        <translation>Đã lưu nhóm “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="319"/>
        <source>Đã xoá tên và số điện thoại người liên hệ (rút lại đồng ý), kể cả trong lịch sử.</source>
        <translation>Đã xoá tên và số điện thoại người liên hệ (rút lại đồng ý), kể cả trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="332"/>
        <source>Xoá nhóm “%1”? Các buổi đã ghi vẫn giữ nguyên.</source>
        <translation>Xoá nhóm “%1”? Các buổi đã ghi vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="334"/>
        <source>Tên và số điện thoại người liên hệ cũng được xoá, kể cả trong lịch sử.</source>
        <translation>Tên và số điện thoại người liên hệ cũng được xoá, kể cả trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="335"/>
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="336"/>
        <source>Giữ lại</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="253"/>
        <source>Nhóm này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1</source>
        <translation>Nhóm này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="97"/>
        <source>Chuẩn bị buổi nói chuyện…</source>
        <translation>Chuẩn bị buổi nói chuyện…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="68"/>
        <source>Hướng dẫn</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="77"/>
        <source>Tìm trong hướng dẫn</source>
        <translation>Tìm trong hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="78"/>
        <source>Enter: tìm chỗ tiếp theo</source>
        <translation>Enter: tìm chỗ tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="80"/>
        <source>Không thấy.</source>
        <translation>Không thấy.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="162"/>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="163"/>
        <source>Gửi cho</source>
        <translation>Gửi cho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="164"/>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="172"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="165"/>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="173"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="166"/>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="174"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="167"/>
        <source>Cấp trên đã nhận</source>
        <translation>Cấp trên đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="170"/>
        <source>Thời gian nhận</source>
        <translation>Thời gian nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="171"/>
        <source>Từ đơn vị</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="175"/>
        <source>Lập lúc</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="184"/>
        <source>Mọi đơn vị cấp dưới</source>
        <translation>Mọi đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="188"/>
        <source>Nhật ký</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="189"/>
        <source>Bản đầy đủ</source>
        <translation>Bản đầy đủ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="190"/>
        <source>Gói tài liệu</source>
        <translation>Gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="191"/>
        <source>Giấy báo nhận</source>
        <translation>Giấy báo nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="192"/>
        <source>Khoá</source>
        <translation>Khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="184"/>
        <source>Cấp trên (bất kỳ)</source>
        <translation>Cấp trên (bất kỳ)</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/history.py" line="24"/>
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/history.py" line="25"/>
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="60"/>
        <source>Ghi buổi mới</source>
        <translation>Ghi buổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="61"/>
        <source>Gửi nhật ký</source>
        <translation>Gửi nhật ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="62"/>
        <source>Đọc tài liệu</source>
        <translation>Đọc tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="73"/>
        <source>Cần làm ngay</source>
        <translation>Cần làm ngay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="78"/>
        <source>Tháng này</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="80"/>
        <source>Từ đầu năm</source>
        <translation>Từ đầu năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="176"/>
        <source>Chào %1 · %2</source>
        <translation>Chào %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="199"/>
        <source>&lt;b&gt;Việc cần theo dõi đến hạn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Việc cần theo dõi đến hạn&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="213"/>
        <source>Nhật ký %1 chưa được gửi lên. %2</source>
        <translation>Nhật ký %1 chưa được gửi lên. %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="215"/>
        <source>Gửi ngay</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="248"/>
        <source> và %1 đơn vị khác</source>
        <translation> và %1 đơn vị khác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="250"/>
        <source>Xem</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="223"/>
        <source>Nhận tệp của các đơn vị ở trang %1.</source>
        <translation>Nhận tệp của các đơn vị ở trang %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="224"/>
        <source>Trao đổi</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="229"/>
        <source>Không có việc gì cần làm ngay. Tốt lắm!</source>
        <translation>Không có việc gì cần làm ngay. Tốt lắm!</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="237"/>
        <source>Tháng này (%1)</source>
        <translation>Tháng này (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="298"/>
        <source>Số buổi</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="299"/>
        <source>Lượt người dự</source>
        <translation>Lượt người dự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="300"/>
        <source>Lượt xem trực tuyến</source>
        <translation>Lượt xem trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="301"/>
        <source>Lượt thích, chia sẻ</source>
        <translation>Lượt thích, chia sẻ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="302"/>
        <source>Điểm cầu</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="63"/>
        <source>Nhận tệp</source>
        <translation>Nhận tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="66"/>
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="188"/>
        <source>&lt;b&gt;%Ln tài liệu bắt buộc chưa đọc&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln tài liệu bắt buộc chưa đọc&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="246"/>
        <source>&lt;b&gt;%Ln đơn vị chưa báo cáo kỳ này:&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%Ln đơn vị chưa báo cáo kỳ này:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="264"/>
        <source>&lt;b&gt;Việc theo dõi quá hạn ở %Ln đơn vị cấp dưới&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Việc theo dõi quá hạn ở %Ln đơn vị cấp dưới&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="266"/>
        <source>và %Ln đơn vị khác</source>
        <translation>
            <numerusform>và %Ln đơn vị khác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="274"/>
        <source>Kỳ báo cáo: %1</source>
        <translation>Kỳ báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="280"/>
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="281"/>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="282"/>
        <source>Trễ hạn</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="283"/>
        <source>Chưa báo cáo</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="284"/>
        <source>Chưa đến hạn</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="285"/>
        <source>Bản ghi tạm giữ</source>
        <translation>Bản ghi tạm giữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="286"/>
        <source>Gói tài liệu đã gửi</source>
        <translation>Gói tài liệu đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="287"/>
        <source>Gói đã có biên nhận</source>
        <translation>Gói đã có biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="289"/>
        <source>Tài liệu đã có đơn vị đọc</source>
        <translation>Tài liệu đã có đơn vị đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="258"/>
        <source>%1 việc quá hạn</source>
        <translation>%1 việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="178"/>
        <source>Xin chào · %1</source>
        <translation>Xin chào · %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="207"/>
        <source>Chưa có buổi nào. %1</source>
        <translation>Chưa có buổi nào. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="208"/>
        <source>Ghi buổi đầu tiên (Ctrl+N)</source>
        <translation>Ghi buổi đầu tiên (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="167"/>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="167"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="193"/>
        <source>Đã xong…</source>
        <translation>Đã xong…</translation>
    </message>
</context>
<context>
    <name>KeyPointsDraftPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="41"/>
        <source>Đề xuất ý chính</source>
        <translation>Đề xuất ý chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="42"/>
        <source>Máy chọn những câu quan trọng nhất trong nội dung và tệp đính kèm</source>
        <translation>Máy chọn những câu quan trọng nhất trong nội dung và tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="43"/>
        <source>Bản nháp do máy đề xuất</source>
        <translation>Bản nháp do máy đề xuất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="44"/>
        <source>(chưa ai duyệt): sửa nếu cần, mỗi dòng một ý, rồi chấp nhận hoặc bỏ.</source>
        <translation>(chưa ai duyệt): sửa nếu cần, mỗi dòng một ý, rồi chấp nhận hoặc bỏ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="55"/>
        <source>Chấp nhận</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="56"/>
        <source>Bỏ bản nháp</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="102"/>
        <source>Tài liệu không có câu nào đủ dài để đề xuất ý chính.</source>
        <translation>Tài liệu không có câu nào đủ dài để đề xuất ý chính.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="108"/>
        <source>Vì sao chọn: %1</source>
        <translation>Vì sao chọn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="114"/>
        <source>Chưa đề xuất được ý chính: %1</source>
        <translation>Chưa đề xuất được ý chính: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="128"/>
        <source>Đã lưu ý chính, ghi rõ là bạn chấp nhận từ bản nháp của máy.</source>
        <translation>Đã lưu ý chính, ghi rõ là bạn chấp nhận từ bản nháp của máy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="134"/>
        <source>Đã bỏ bản nháp ý chính; không có gì được lưu.</source>
        <translation>Đã bỏ bản nháp ý chính; không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="141"/>
        <source>Đã bỏ các ý chính bạn chấp nhận cho tài liệu này.</source>
        <translation>Đã bỏ các ý chính bạn chấp nhận cho tài liệu này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="151"/>
        <source>Bạn đã chấp nhận từ bản nháp do máy đề xuất, có sửa, ngày %1</source>
        <translation>Bạn đã chấp nhận từ bản nháp do máy đề xuất, có sửa, ngày %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="153"/>
        <source>Bạn đã chấp nhận từ bản nháp do máy đề xuất, ngày %1</source>
        <translation>Bạn đã chấp nhận từ bản nháp do máy đề xuất, ngày %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="155"/>
        <source>Ý chính bạn đã chấp nhận</source>
        <translation>Ý chính bạn đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="157"/>
        <source>Bỏ các ý này</source>
        <translation>Bỏ các ý này</translation>
    </message>
</context>
<context>
    <name>LegacyPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="29"/>
        <source>TCVN3 và VNI</source>
        <translation>TCVN3 và VNI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="32"/>
        <source>Chuyển chữ gõ bảng mã cũ</source>
        <translation>Chuyển chữ gõ bảng mã cũ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="35"/>
        <source>Các tệp dưới đây được gõ bằng bảng mã cũ. Chữ sẽ được chuyển sang Unicode để đọc và tìm được; xem cột “Sau khi chuyển” rồi bấm “Thêm”. Tệp gốc được giữ nguyên.</source>
        <translation>Các tệp dưới đây được gõ bằng bảng mã cũ. Chữ sẽ được chuyển sang Unicode để đọc và tìm được; xem cột “Sau khi chuyển” rồi bấm “Thêm”. Tệp gốc được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Bảng mã</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Trong tệp</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Sau khi chuyển</source>
        <translation>Sau khi chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="60"/>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="61"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LibraryAdding</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="63"/>
        <source>Chọn tài liệu</source>
        <translation>Chọn tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="64"/>
        <source>Tài liệu (*.pdf *.docx *.txt *.md *.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Tài liệu (*.pdf *.docx *.txt *.md *.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="81"/>
        <source>Đang thêm %Ln tệp…</source>
        <translation>
            <numerusform>Đang thêm %Ln tệp…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="89"/>
        <source>Chưa thêm tài liệu nào.</source>
        <translation>Chưa thêm tài liệu nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="109"/>
        <source>Đã thêm: %1</source>
        <translation>Đã thêm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="117"/>
        <source>Chưa thêm được: %1</source>
        <translation>Chưa thêm được: %1</translation>
    </message>
</context>
<context>
    <name>LibraryEditing</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="55"/>
        <source>Sửa thông tin…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="55"/>
        <source>Xem thông tin…</source>
        <translation>Xem thông tin…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="60"/>
        <source>Tài liệu của cấp trên: chỉ đơn vị ban hành xoá được.</source>
        <translation>Tài liệu của cấp trên: chỉ đơn vị ban hành xoá được.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="72"/>
        <source>Đã lưu tài liệu “%1”.</source>
        <translation>Đã lưu tài liệu “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="94"/>
        <source>Đã xoá tài liệu “%1”.</source>
        <translation>Đã xoá tài liệu “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="94"/>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="111"/>
        <source>Đã khôi phục tài liệu “%1”.</source>
        <translation>Đã khôi phục tài liệu “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="132"/>
        <source>Đã lưu ghi chú cho “%1”.</source>
        <translation>Đã lưu ghi chú cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="58"/>
        <source>Delete trong danh sách</source>
        <translation>Delete trong danh sách</translation>
    </message>
</context>
<context>
    <name>LibraryLayout</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="48"/>
        <source>Tìm trong tài liệu (có dấu hoặc không dấu)…  Ctrl+F</source>
        <translation>Tìm trong tài liệu (có dấu hoặc không dấu)…  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="65"/>
        <source>Chỉ tài liệu bắt buộc</source>
        <translation>Chỉ tài liệu bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="66"/>
        <source>Chỉ tài liệu chưa đọc</source>
        <translation>Chỉ tài liệu chưa đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="67"/>
        <source>Còn hiệu lực</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="69"/>
        <source>Thêm tài liệu…</source>
        <translation>Thêm tài liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="70"/>
        <source>Hoặc kéo thả tệp PDF, DOCX, TXT, ảnh vào đây.</source>
        <translation>Hoặc kéo thả tệp PDF, DOCX, TXT, ảnh vào đây.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="89"/>
        <source>Đánh dấu đã đọc</source>
        <translation>Đánh dấu đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="91"/>
        <source>Ghi chú riêng của bạn (chỉ lưu trên máy này)</source>
        <translation>Ghi chú riêng của bạn (chỉ lưu trên máy này)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="93"/>
        <source>Lưu ghi chú</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="96"/>
        <source>Sửa thông tin…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="97"/>
        <source>Xoá tài liệu</source>
        <translation>Xoá tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="104"/>
        <source>Lọc</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="105"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="148"/>
        <source>Thư viện tài liệu</source>
        <translation>Thư viện tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="50"/>
        <source>Tìm trong tài liệu</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="297"/>
        <source>Đánh dấu đã đọc</source>
        <translation>Đánh dấu đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="92"/>
        <source>Mọi chuyên đề</source>
        <translation>Mọi chuyên đề</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/library/page.py" line="126"/>
        <source>%Ln tài liệu</source>
        <translation>
            <numerusform>%Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/library/page.py" line="198"/>
        <source>%Ln kết quả cho “%2”</source>
        <translation>
            <numerusform>%Ln kết quả cho “%2”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="200"/>
        <source>Không tìm thấy “%1”. Thử bỏ bớt từ.</source>
        <translation>Không tìm thấy “%1”. Thử bỏ bớt từ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="252"/>
        <source>Chọn một tài liệu trong danh sách.</source>
        <translation>Chọn một tài liệu trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="261"/>
        <source>Bắt buộc đọc</source>
        <translation>Bắt buộc đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="265"/>
        <source>Hiệu lực đến %1</source>
        <translation>Hiệu lực đến %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="267"/>
        <source>Hết hiệu lực từ %1</source>
        <translation>Hết hiệu lực từ %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="270"/>
        <source>Đã đọc</source>
        <translation>Đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="270"/>
        <source>Chưa đọc</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="272"/>
        <source>Chuyên đề: %1</source>
        <translation>Chuyên đề: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="276"/>
        <source>Đoạn khớp trong tệp “%1”</source>
        <translation>Đoạn khớp trong tệp “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="279"/>
        <source>Ý chính</source>
        <translation>Ý chính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="284"/>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="292"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="297"/>
        <source>Bỏ đánh dấu đã đọc</source>
        <translation>Bỏ đánh dấu đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="331"/>
        <source>Không mở tệp: %1</source>
        <translation>Không mở tệp: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="334"/>
        <source>Không chép được tệp để mở: %1</source>
        <translation>Không chép được tệp để mở: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="366"/>
        <source>Đã lưu ghi chú.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Gửi nhật ký</source>
        <translation>Gửi nhật ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="104"/>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <source>Nhật ký</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="139"/>
        <source>Trao đổi</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="327"/>
        <location filename="../../desktop_app/ui/main_window.py" line="354"/>
        <source>Lần gửi gần nhất: %1</source>
        <translation>Lần gửi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="346"/>
        <source>đơn vị cấp trên</source>
        <translation>đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="348"/>
        <source>Đã có phiên bản mới hơn: Sổ tay Tuyên truyền %1 (đang dùng %2), theo tệp nhận từ %3. Hãy xin bộ cài mới để cập nhật; dữ liệu và khoá được giữ nguyên.</source>
        <translation>Đã có phiên bản mới hơn: Sổ tay Tuyên truyền %1 (đang dùng %2), theo tệp nhận từ %3. Hãy xin bộ cài mới để cập nhật; dữ liệu và khoá được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="328"/>
        <location filename="../../desktop_app/ui/main_window.py" line="358"/>
        <location filename="../../desktop_app/ui/status_labels.py" line="26"/>
        <source>Chờ gửi: %1 thay đổi</source>
        <translation>Chờ gửi: %1 thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>Đi tới</source>
        <translation>Đi tới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>Trợ giúp</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="100"/>
        <source>Ghi buổi mới</source>
        <translation>Ghi buổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101"/>
        <source>Tìm tài liệu</source>
        <translation>Tìm tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Hướng dẫn</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Lực lượng</source>
        <translation>Lực lượng</translation>
    </message>
</context>
<context>
    <name>MemberChecklist</name>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="63"/>
        <source>Lọc theo tên, có dấu hoặc không dấu</source>
        <translation>Lọc theo tên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="66"/>
        <source>Chọn tất cả</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="67"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="134"/>
        <source>Đã chọn %1/%2</source>
        <translation>Đã chọn %1/%2</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="26"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="27"/>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="28"/>
        <source>Cấp</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="29"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="30"/>
        <source>Số buổi</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="31"/>
        <source>Bồi dưỡng gần nhất</source>
        <translation>Bồi dưỡng gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="32"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="37"/>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="38"/>
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="39"/>
        <source>Đã thôi</source>
        <translation>Đã thôi</translation>
    </message>
</context>
<context>
    <name>MembersBox</name>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="241"/>
        <source>Đơn vị thành viên</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="244"/>
        <source>Các đơn vị được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. Danh sách chỉ lưu trên máy này, không gửi đi trong tệp.</source>
        <translation>Các đơn vị được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. Danh sách chỉ lưu trên máy này, không gửi đi trong tệp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="252"/>
        <source>Lưu danh sách thành viên</source>
        <translation>Lưu danh sách thành viên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/cluster.py" line="285"/>
        <source>Đã lưu %Ln đơn vị thành viên.</source>
        <translation>
            <numerusform>Đã lưu %Ln đơn vị thành viên.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetaPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="20"/>
        <source>Nhập số liệu từ Meta</source>
        <translation>Nhập số liệu từ Meta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="21"/>
        <source>Fanpage “%1”</source>
        <translation>Fanpage “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="26"/>
        <source>Ghi vào nhật ký một buổi “Bài đăng fanpage” cho mỗi bài trong %Ln bài chưa có</source>
        <translation>
            <numerusform>Ghi vào nhật ký một buổi “Bài đăng fanpage” cho mỗi bài trong %Ln bài chưa có</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="33"/>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="34"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="51"/>
        <source>%1 bài đăng: %2 mới, %3 cập nhật số liệu, %4 không đổi.</source>
        <translation>%1 bài đăng: %2 mới, %3 cập nhật số liệu, %4 không đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="56"/>
        <source>Số liệu tính đến ngày %1 (số cộng dồn từ khi đăng; tệp mới thay số cũ, không cộng thêm).</source>
        <translation>Số liệu tính đến ngày %1 (số cộng dồn từ khi đăng; tệp mới thay số cũ, không cộng thêm).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="61"/>
        <source>%Ln bài đã có số liệu mới hơn tệp này: giữ nguyên.</source>
        <translation>
            <numerusform>%Ln bài đã có số liệu mới hơn tệp này: giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="76"/>
        <source>%Ln bài khớp với buổi đã ghi trong nhật ký.</source>
        <translation>
            <numerusform>%Ln bài khớp với buổi đã ghi trong nhật ký.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="63"/>
        <source>Chỉ số theo ngày “%1”: %2 ngày.</source>
        <translation>Chỉ số theo ngày “%1”: %2 ngày.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="67"/>
        <source>Sau khi nhập, fanpage có: %1 lượt xem, %2 lượt tiếp cận, %3 lượt cảm xúc, %4 bình luận, %5 chia sẻ.</source>
        <translation>Sau khi nhập, fanpage có: %1 lượt xem, %2 lượt tiếp cận, %3 lượt cảm xúc, %4 bình luận, %5 chia sẻ.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="189"/>
        <source>Tên của bạn và cỡ chữ</source>
        <translation>Tên của bạn và cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="192"/>
        <source>Ví dụ: Nguyễn Văn Hùng</source>
        <translation>Ví dụ: Nguyễn Văn Hùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="201"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="204"/>
        <source>Cỡ chữ (đổi được trong Cài đặt)</source>
        <translation>Cỡ chữ (đổi được trong Cài đặt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="209"/>
        <source>Thiết lập</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="190"/>
        <source>Tên giúp cấp trên biết ai gửi tệp; trang chủ chào bạn bằng tên này.</source>
        <translation>Tên giúp cấp trên biết ai gửi tệp; trang chủ chào bạn bằng tên này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="222"/>
        <source>Hãy gõ họ và tên của bạn: cấp trên cần biết ai gửi tệp.</source>
        <translation>Hãy gõ họ và tên của bạn: cấp trên cần biết ai gửi tệp.</translation>
    </message>
</context>
<context>
    <name>NewUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="162"/>
        <source>Đơn vị mới và các đơn vị thành viên</source>
        <translation>Đơn vị mới và các đơn vị thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="165"/>
        <source>Các xã, phường được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. Danh sách thành viên chỉ lưu trên máy này và đổi được trong Cài đặt.</source>
        <translation>Các xã, phường được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. Danh sách thành viên chỉ lưu trên máy này và đổi được trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="169"/>
        <source>Tạo đơn vị mới (cụm, khối thi đua, đoàn thể…) thuộc đơn vị đã chọn</source>
        <translation>Tạo đơn vị mới (cụm, khối thi đua, đoàn thể…) thuộc đơn vị đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="174"/>
        <source>Ví dụ: Cụm thi đua số 1</source>
        <translation>Ví dụ: Cụm thi đua số 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="181"/>
        <source>Loại đơn vị</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="182"/>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="183"/>
        <source>Thuộc</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="185"/>
        <source>Đơn vị thành viên</source>
        <translation>Đơn vị thành viên</translation>
    </message>
</context>
<context>
    <name>OpinionPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="38"/>
        <source>Chủ đề so với kỳ trước</source>
        <translation>Chủ đề so với kỳ trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="39"/>
        <source>Việc cần theo dõi theo đơn vị</source>
        <translation>Việc cần theo dõi theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="40"/>
        <source>Việc cần quan tâm</source>
        <translation>Việc cần quan tâm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="66"/>
        <source>Việc cần theo dõi nêu trong kỳ: %1 · đã trả lời %2 · đã chuyển %3 · đang theo dõi %4 (quá hạn %5) · thời gian trả lời: trung vị %6 ngày, lâu nhất %7 ngày · ý kiến khẩn: %8</source>
        <translation>Việc cần theo dõi nêu trong kỳ: %1 · đã trả lời %2 · đã chuyển %3 · đang theo dõi %4 (quá hạn %5) · thời gian trả lời: trung vị %6 ngày, lâu nhất %7 ngày · ý kiến khẩn: %8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Chủ đề</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <source>Số buổi</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <source>Số ý kiến</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <source>So với kỳ trước</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="94"/>
        <source>mới</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="98"/>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="99"/>
        <source>Việc nêu</source>
        <translation>Việc nêu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="100"/>
        <source>Đã trả lời</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="101"/>
        <source>Đã chuyển</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="102"/>
        <source>Đang theo dõi</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="103"/>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="104"/>
        <source>Trung vị (ngày)</source>
        <translation>Trung vị (ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="105"/>
        <source>Lâu nhất (ngày)</source>
        <translation>Lâu nhất (ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Ngày nêu</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Hạn</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="129"/>
        <source>quá hạn</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="129"/>
        <source>khẩn</source>
        <translation>khẩn</translation>
    </message>
</context>
<context>
    <name>OrientationCard</name>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="44"/>
        <source>Định hướng tuyên truyền %1</source>
        <translation>Định hướng tuyên truyền %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="47"/>
        <source>Đã có buổi cho %1/%2 chủ đề</source>
        <translation>Đã có buổi cho %1/%2 chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="60"/>
        <source>đã có buổi</source>
        <translation>đã có buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="60"/>
        <source>chưa có buổi</source>
        <translation>chưa có buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="63"/>
        <source>ưu tiên cao</source>
        <translation>ưu tiên cao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="65"/>
        <source>hạn %1</source>
        <translation>hạn %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="89"/>
        <source>%Ln tài liệu chưa có trên máy</source>
        <translation>
            <numerusform>%Ln tài liệu chưa có trên máy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="53"/>
        <source>Ngày cần nhớ: %1</source>
        <translation>Ngày cần nhớ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="69"/>
        <source>Hình thức: %1</source>
        <translation>Hình thức: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="79"/>
        <source>quá hạn</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="81"/>
        <source>đến hạn hôm nay</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="82"/>
        <source>còn %1 ngày</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="90"/>
        <source>Tài liệu: %1</source>
        <translation>Tài liệu: %1</translation>
    </message>
</context>
<context>
    <name>OrientationForm</name>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="52"/>
        <source>ưu tiên cao</source>
        <translation>ưu tiên cao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="52"/>
        <source>thường</source>
        <translation>thường</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="55"/>
        <source>Ra định hướng tuyên truyền</source>
        <translation>Ra định hướng tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="60"/>
        <source>Gõ tên chủ đề, Enter để thêm</source>
        <translation>Gõ tên chủ đề, Enter để thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="65"/>
        <source>Ưu tiên cao</source>
        <translation>Ưu tiên cao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="67"/>
        <source>Bỏ chủ đề</source>
        <translation>Bỏ chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="69"/>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="75"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="71"/>
        <source>Tên ngày, Enter để thêm</source>
        <translation>Tên ngày, Enter để thêm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="73"/>
        <source>Bỏ ngày</source>
        <translation>Bỏ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="79"/>
        <source>Tìm tài liệu trong thư viện</source>
        <translation>Tìm tài liệu trong thư viện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="85"/>
        <source>Lưu định hướng</source>
        <translation>Lưu định hướng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="86"/>
        <source>Gửi xuống…</source>
        <translation>Gửi xuống…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="87"/>
        <source>Rút định hướng của kỳ</source>
        <translation>Rút định hướng của kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="88"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="95"/>
        <source>Chủ đề</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="103"/>
        <source>Ngày cần nhớ</source>
        <translation>Ngày cần nhớ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="111"/>
        <source>Tài liệu hướng dẫn</source>
        <translation>Tài liệu hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="115"/>
        <source>Hình thức mong đợi</source>
        <translation>Hình thức mong đợi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="120"/>
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="121"/>
        <source>Hạn hoàn thành</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="228"/>
        <source>Đã lưu định hướng %1: %2 chủ đề.</source>
        <translation>Đã lưu định hướng %1: %2 chủ đề.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="238"/>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="242"/>
        <source>Rút định hướng</source>
        <translation>Rút định hướng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="239"/>
        <source>Rút định hướng %1? Gói gửi xuống lần sau sẽ rút nó ở các đơn vị.</source>
        <translation>Rút định hướng %1? Gói gửi xuống lần sau sẽ rút nó ở các đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="243"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="249"/>
        <source>Đã rút %1 chủ đề. Hãy gửi gói xuống để các đơn vị cũng rút.</source>
        <translation>Đã rút %1 chủ đề. Hãy gửi gói xuống để các đơn vị cũng rút.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="256"/>
        <source>Chọn thư mục hoặc USB để lưu gói định hướng</source>
        <translation>Chọn thư mục hoặc USB để lưu gói định hướng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="267"/>
        <source>Đang tạo gói…</source>
        <translation>Đang tạo gói…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="276"/>
        <source>Đã lưu gói: %1
Thư mục: %2. Gửi tệp này cho các đơn vị qua Zalo hoặc USB.</source>
        <translation>Đã lưu gói: %1
Thư mục: %2. Gửi tệp này cho các đơn vị qua Zalo hoặc USB.</translation>
    </message>
</context>
<context>
    <name>OrientationTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="27"/>
        <source>Định hướng tuyên truyền: chủ đề đã có buổi, theo đơn vị</source>
        <translation>Định hướng tuyên truyền: chủ đề đã có buổi, theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="64"/>
        <source>Định hướng ra theo tháng hoặc theo quý: hãy chọn một tháng hay một quý.</source>
        <translation>Định hướng ra theo tháng hoặc theo quý: hãy chọn một tháng hay một quý.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="78"/>
        <source>Chưa có định hướng cho kỳ này.</source>
        <translation>Chưa có định hướng cho kỳ này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="81"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="84"/>
        <source>%1 (ưu tiên cao)</source>
        <translation>%1 (ưu tiên cao)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="86"/>
        <source>Đã có buổi</source>
        <translation>Đã có buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="29"/>
        <source>Ra định hướng…</source>
        <translation>Ra định hướng…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="89"/>
        <source>%1/%2 đơn vị đã có buổi cho mọi chủ đề ưu tiên cao.</source>
        <translation>%1/%2 đơn vị đã có buổi cho mọi chủ đề ưu tiên cao.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="90"/>
        <source>%1/%2 đơn vị đã có buổi cho mọi chủ đề định hướng.</source>
        <translation>%1/%2 đơn vị đã có buổi cho mọi chủ đề định hướng.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="65"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="66"/>
        <source>Đơn vị gửi</source>
        <translation>Đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="67"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="68"/>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="69"/>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="70"/>
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="71"/>
        <source>Xung đột</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="72"/>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="73"/>
        <source>Lý do, ghi chú</source>
        <translation>Lý do, ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="93"/>
        <source>Khoá mới được xác nhận: %1</source>
        <translation>Khoá mới được xác nhận: %1</translation>
    </message>
</context>
<context>
    <name>PackBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="66"/>
        <source>Gửi tài liệu xuống các đơn vị</source>
        <translation>Gửi tài liệu xuống các đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="69"/>
        <source>Đánh dấu các tài liệu của đơn vị mình (hoặc chọn một chuyên đề) để đóng thành một gói. Gửi tệp gói qua Zalo hoặc USB; các đơn vị nhập nó như mọi tệp nhận được và báo lại khi đã đọc.</source>
        <translation>Đánh dấu các tài liệu của đơn vị mình (hoặc chọn một chuyên đề) để đóng thành một gói. Gửi tệp gói qua Zalo hoặc USB; các đơn vị nhập nó như mọi tệp nhận được và báo lại khi đã đọc.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="81"/>
        <source>Lưu gói vào thư mục…</source>
        <translation>Lưu gói vào thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="85"/>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="93"/>
        <source>Chuyên đề:</source>
        <translation>Chuyên đề:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="133"/>
        <source>— đánh dấu mọi tài liệu của một chuyên đề —</source>
        <translation>— đánh dấu mọi tài liệu của một chuyên đề —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="137"/>
        <source>Thư viện chưa có tài liệu nào do đơn vị mình ban hành.</source>
        <translation>Thư viện chưa có tài liệu nào do đơn vị mình ban hành.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="196"/>
        <source>Chưa chọn tài liệu nào.</source>
        <translation>Chưa chọn tài liệu nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="200"/>
        <source>Gói gồm %Ln tài liệu, %2 tệp đính kèm, khoảng %3:</source>
        <translation>
            <numerusform>Gói gồm %Ln tài liệu, %2 tệp đính kèm, khoảng %3:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="206"/>
        <source>và xoá %Ln tài liệu ở các đơn vị nhận gói:</source>
        <translation>
            <numerusform>và xoá %Ln tài liệu ở các đơn vị nhận gói:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="211"/>
        <source>Chọn thư mục hoặc USB để lưu gói tài liệu</source>
        <translation>Chọn thư mục hoặc USB để lưu gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="221"/>
        <source>Đang tạo gói…</source>
        <translation>Đang tạo gói…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="235"/>
        <source>Đã lưu gói: %1 (%2, %3 tài liệu)
Thư mục: %4</source>
        <translation>Đã lưu gói: %1 (%2, %3 tài liệu)
Thư mục: %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="248"/>
        <source>Chưa lưu được gói: %1</source>
        <translation>Chưa lưu được gói: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="148"/>
        <source>Tài liệu đã xoá (gửi để các đơn vị cũng xoá):</source>
        <translation>Tài liệu đã xoá (gửi để các đơn vị cũng xoá):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="153"/>
        <source>Đã xoá: %1</source>
        <translation>Đã xoá: %1</translation>
    </message>
</context>
<context>
    <name>PackReads</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="123"/>
        <source>Xem đơn vị đã đọc…</source>
        <translation>Xem đơn vị đã đọc…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="132"/>
        <source>Đơn vị đã đọc</source>
        <translation>Đơn vị đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="133"/>
        <source>Gói đã gửi</source>
        <translation>Gói đã gửi</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="36"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="37"/>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="38"/>
        <source>6 tháng (sơ kết)</source>
        <translation>6 tháng (sơ kết)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="39"/>
        <source>Năm (tổng kết)</source>
        <translation>Năm (tổng kết)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="40"/>
        <source>Từ ngày – đến ngày</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="67"/>
        <source>Kỳ:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="68"/>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="70"/>
        <source>Từ:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="71"/>
        <source>Đến:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="72"/>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="87"/>
        <source>Toàn quốc</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="96"/>
        <source>Tháng %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="99"/>
        <source>Quý %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="101"/>
        <source>6 tháng đầu năm</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="102"/>
        <source>6 tháng cuối năm</source>
        <translation>6 tháng cuối năm</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="101"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="102"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="103"/>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="104"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="105"/>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="106"/>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="107"/>
        <source>Alias</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="108"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="25"/>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="26"/>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="27"/>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="28"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="29"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="30"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="31"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="33"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="34"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="35"/>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="36"/>
        <source>Forward</source>
        <translation>Tới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="37"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="38"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="39"/>
        <source>List View</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="40"/>
        <source>Detail View</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="41"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="42"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="43"/>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="64"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="65"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="66"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="67"/>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="68"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="69"/>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="70"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="71"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="72"/>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="73"/>
        <source>Alias</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="74"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="75"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="76"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="77"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="78"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="80"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="81"/>
        <source>Remove</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="82"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="83"/>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="84"/>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="85"/>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="86"/>
        <source>List of places and bookmarks</source>
        <translation>Các nơi thường dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="87"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="88"/>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="89"/>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục chứa nó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="90"/>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="91"/>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="92"/>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="93"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="94"/>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="95"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xoá “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="96"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” được bảo vệ chống ghi.
Vẫn xoá?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="97"/>
        <source>Could not delete directory.</source>
        <translation>Không xoá được thư mục.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="98"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Thay bằng tệp mới?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="99"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="100"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="44"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="45"/>
        <source>Size</source>
        <translation>Cỡ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="46"/>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="47"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="109"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="110"/>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="111"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="112"/>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="113"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Không dùng được tên “%1”.&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="119"/>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="11"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="12"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Chép</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="14"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="15"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="16"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="117"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="118"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="48"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="49"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="50"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="51"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="52"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="53"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="54"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="55"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="56"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="57"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="58"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="59"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="60"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="61"/>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="62"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="63"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="18"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="19"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Chép</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="21"/>
        <source>Copy &amp;Link Location</source>
        <translation>Chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="22"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="23"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="24"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="120"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="121"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="122"/>
        <source>&amp;Finish</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="123"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="111"/>
        <location filename="../../desktop_app/ui/quarantine.py" line="141"/>
        <source>Bản ghi tạm giữ</source>
        <translation>Bản ghi tạm giữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="114"/>
        <source>Khi nhập, các bản ghi có ngày giờ bất thường (máy gửi chạy nhanh đồng hồ, ngày ở tương lai) hoặc không thuộc quyền của đơn vị gửi được tạm giữ, chưa ghi vào dữ liệu. Giải phóng: ghi bản ghi vào dữ liệu như một lần nhập (bản mới hơn thắng, bản cũ giữ trong lịch sử, có sao lưu trước). Chỉ giải phóng được bản ghi tạm giữ vì ngày giờ; bản ghi tạm giữ vì quyền ghi chỉ bỏ được.</source>
        <translation>Khi nhập, các bản ghi có ngày giờ bất thường (máy gửi chạy nhanh đồng hồ, ngày ở tương lai) hoặc không thuộc quyền của đơn vị gửi được tạm giữ, chưa ghi vào dữ liệu. Giải phóng: ghi bản ghi vào dữ liệu như một lần nhập (bản mới hơn thắng, bản cũ giữ trong lịch sử, có sao lưu trước). Chỉ giải phóng được bản ghi tạm giữ vì ngày giờ; bản ghi tạm giữ vì quyền ghi chỉ bỏ được.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="135"/>
        <source>&amp;Giải phóng</source>
        <translation>&amp;Giải phóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="136"/>
        <source>&amp;Bỏ</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="137"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="180"/>
        <source>%Ln bản ghi tạm giữ, %2 giải phóng được.</source>
        <translation>
            <numerusform>%Ln bản ghi tạm giữ, %2 giải phóng được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="215"/>
        <source>Ghi %Ln bản ghi vào dữ liệu? Bản ghi nào mới hơn bản đang có sẽ thay bản đó (bản cũ được giữ trong lịch sử). Dữ liệu được sao lưu trước.</source>
        <translation>
            <numerusform>Ghi %Ln bản ghi vào dữ liệu? Bản ghi nào mới hơn bản đang có sẽ thay bản đó (bản cũ được giữ trong lịch sử). Dữ liệu được sao lưu trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="234"/>
        <source>Bỏ hẳn %Ln bản ghi tạm giữ? Chúng sẽ không được ghi vào dữ liệu; đơn vị gửi có thể gửi lại.</source>
        <translation>
            <numerusform>Bỏ hẳn %Ln bản ghi tạm giữ? Chúng sẽ không được ghi vào dữ liệu; đơn vị gửi có thể gửi lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="253"/>
        <source>Đã giải phóng %Ln bản ghi: %2 mới, %3 cập nhật, %4 không đổi, %5 cũ hơn bản đang có.</source>
        <translation>
            <numerusform>Đã giải phóng %Ln bản ghi: %2 mới, %3 cập nhật, %4 không đổi, %5 cũ hơn bản đang có.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="268"/>
        <source>Đã bỏ %Ln bản ghi tạm giữ.</source>
        <translation>
            <numerusform>Đã bỏ %Ln bản ghi tạm giữ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="213"/>
        <source>Giải phóng bản ghi tạm giữ</source>
        <translation>Giải phóng bản ghi tạm giữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="220"/>
        <source>Giải phóng</source>
        <translation>Giải phóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="221"/>
        <location filename="../../desktop_app/ui/quarantine.py" line="239"/>
        <source>Thôi</source>
        <translation>Thôi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="232"/>
        <source>Bỏ bản ghi tạm giữ</source>
        <translation>Bỏ bản ghi tạm giữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="238"/>
        <source>Bỏ</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="68"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="69"/>
        <source>Xử lý được</source>
        <translation>Xử lý được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="70"/>
        <source>Đơn vị gửi</source>
        <translation>Đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="71"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="72"/>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="73"/>
        <source>Ngày ghi</source>
        <translation>Ngày ghi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="74"/>
        <source>Nhận lúc</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="81"/>
        <source>Giải phóng hoặc bỏ</source>
        <translation>Giải phóng hoặc bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="81"/>
        <source>Chỉ bỏ được</source>
        <translation>Chỉ bỏ được</translation>
    </message>
</context>
<context>
    <name>ReadersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="76"/>
        <source>Đơn vị đã đọc tài liệu</source>
        <translation>Đơn vị đã đọc tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="82"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="101"/>
        <source>Tài liệu: %1</source>
        <translation>Tài liệu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="102"/>
        <source>Đã đọc (%1)</source>
        <translation>Đã đọc (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="103"/>
        <source>Chưa đọc (%1)</source>
        <translation>Chưa đọc (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="106"/>
        <source>bản mới nhất</source>
        <translation>bản mới nhất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="106"/>
        <source>bản cũ hơn</source>
        <translation>bản cũ hơn</translation>
    </message>
</context>
<context>
    <name>ReadingModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Ban hành</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Đã đọc</source>
        <translation>Đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Đọc bản mới nhất</source>
        <translation>Đọc bản mới nhất</translation>
    </message>
</context>
<context>
    <name>RecordsBar</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="144"/>
        <source>Xem bản ghi của tệp đã chọn:</source>
        <translation>Xem bản ghi của tệp đã chọn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="186"/>
        <source>Xem %1 (%2)</source>
        <translation>Xem %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="75"/>
        <source>%1: %2 bản ghi — %3</source>
        <translation>%1: %2 bản ghi — %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Nơi, tên</source>
        <translation>Nơi, tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="92"/>
        <source>Hiện %1 trên %2 bản ghi.</source>
        <translation>Hiện %1 trên %2 bản ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="98"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="124"/>
        <source>Ở đây: %1</source>
        <translation>Ở đây: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="126"/>
        <source>Trong tệp: %1</source>
        <translation>Trong tệp: %1</translation>
    </message>
</context>
<context>
    <name>RegularitySection</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="67"/>
        <source>Đều đặn</source>
        <translation>Đều đặn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="84"/>
        <source>Hoạt động diễn ra ở %1/%2 tuần, dài nhất %3 ngày không có hoạt động; %4 % hoạt động tập trung vào các tuần cao điểm.</source>
        <translation>Hoạt động diễn ra ở %1/%2 tuần, dài nhất %3 ngày không có hoạt động; %4 % hoạt động tập trung vào các tuần cao điểm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="93"/>
        <source>Chỉ hoạt động vào cao điểm (%1): %2</source>
        <translation>Chỉ hoạt động vào cao điểm (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="99"/>
        <source>Hoạt động theo tuần (vạch cam: tuần cao điểm)</source>
        <translation>Hoạt động theo tuần (vạch cam: tuần cao điểm)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="100"/>
        <source>Ô trắng: tuần không có hoạt động; màu càng đậm càng nhiều hoạt động (đậm nhất: %1)</source>
        <translation>Ô trắng: tuần không có hoạt động; màu càng đậm càng nhiều hoạt động (đậm nhất: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="105"/>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="108"/>
        <source>Số buổi theo chuyên đề và tháng</source>
        <translation>Số buổi theo chuyên đề và tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="111"/>
        <source>Các chuyên đề khác (%1)</source>
        <translation>Các chuyên đề khác (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="112"/>
        <source>Ô trắng: không có buổi nào; màu càng đậm càng nhiều buổi (đậm nhất: %1)</source>
        <translation>Ô trắng: không có buổi nào; màu càng đậm càng nhiều buổi (đậm nhất: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="23"/>
        <source>Lời nhắc các đơn vị chưa báo cáo</source>
        <translation>Lời nhắc các đơn vị chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="24"/>
        <source>Sao chép rồi dán vào nhóm Zalo của các đơn vị. Có thể sửa trước khi sao chép.</source>
        <translation>Sao chép rồi dán vào nhóm Zalo của các đơn vị. Có thể sửa trước khi sao chép.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="29"/>
        <source>Sao chép</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="30"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="51"/>
        <source>Đã sao chép.</source>
        <translation>Đã sao chép.</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="78"/>
        <source>Lưu phần này</source>
        <translation>Lưu phần này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="79"/>
        <source>Dùng bản nháp</source>
        <translation>Dùng bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="80"/>
        <source>Các đơn vị cấp dưới đã viết trong phần này:</source>
        <translation>Các đơn vị cấp dưới đã viết trong phần này:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="82"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="82"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="87"/>
        <source>Đưa vào báo cáo</source>
        <translation>Đưa vào báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="121"/>
        <source>Các phần</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="122"/>
        <source>Thông tin văn bản</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="140"/>
        <source>Tình hình chung</source>
        <translation>Tình hình chung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="141"/>
        <source>Lãnh đạo, chỉ đạo</source>
        <translation>Lãnh đạo, chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="142"/>
        <source>Hội nghị báo cáo viên</source>
        <translation>Hội nghị báo cáo viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="143"/>
        <source>Đội ngũ báo cáo viên, tuyên truyền viên</source>
        <translation>Đội ngũ báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="144"/>
        <source>Dư luận xã hội, tâm trạng nhân dân</source>
        <translation>Dư luận xã hội, tâm trạng nhân dân</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="145"/>
        <source>Ưu điểm, hạn chế, nguyên nhân</source>
        <translation>Ưu điểm, hạn chế, nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="146"/>
        <source>Phương hướng thời gian tới</source>
        <translation>Phương hướng thời gian tới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="147"/>
        <source>Kiến nghị, đề xuất</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="244"/>
        <source>Báo cáo của đơn vị khác: các phần do đơn vị đó viết và gửi lên (chỉ xem).</source>
        <translation>Báo cáo của đơn vị khác: các phần do đơn vị đó viết và gửi lên (chỉ xem).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="246"/>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="248"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="250"/>
        <source>Bản nháp viết từ số liệu: sửa rồi bấm “Lưu phần này”.</source>
        <translation>Bản nháp viết từ số liệu: sửa rồi bấm “Lưu phần này”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="252"/>
        <source>Số liệu chưa có gì cho phần này: phần để trống sẽ không có trong báo cáo.</source>
        <translation>Số liệu chưa có gì cho phần này: phần để trống sẽ không có trong báo cáo.</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="26"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="27"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="28"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="30"/>
        <source>Lưu báo cáo</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="41"/>
        <source>In báo cáo</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="47"/>
        <source>Chốt số liệu</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="48"/>
        <source>Chốt số liệu %1? Số liệu gửi đến sau sẽ được đánh dấu, không thay đổi âm thầm.</source>
        <translation>Chốt số liệu %1? Số liệu gửi đến sau sẽ được đánh dấu, không thay đổi âm thầm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="51"/>
        <source>Chốt</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="52"/>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="57"/>
        <source>Mở khóa kỳ</source>
        <translation>Mở khóa kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="57"/>
        <source>Lý do mở khóa:</source>
        <translation>Lý do mở khóa:</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="76"/>
        <source>Đang ghi tệp…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="82"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="87"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>Đã lưu báo cáo vào %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="95"/>
        <source>Đã gửi %Ln trang tới máy in.</source>
        <translation>
            <numerusform>Đã gửi %Ln trang tới máy in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="73"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="153"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="179"/>
        <source>Số cuộc</source>
        <translation>Số cuộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="74"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="154"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="180"/>
        <source>Lượt người dự</source>
        <translation>Lượt người dự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="75"/>
        <source>Lượt xem</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="76"/>
        <source>Lượt thích</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="77"/>
        <source>Lượt chia sẻ</source>
        <translation>Lượt chia sẻ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="78"/>
        <source>Bình luận</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="79"/>
        <source>Điểm cầu</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="80"/>
        <source>Ý kiến, kiến nghị</source>
        <translation>Ý kiến, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="87"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="88"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="89"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="90"/>
        <source>Nhóm đối tượng</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="101"/>
        <source>Không ghi nhóm đối tượng</source>
        <translation>Không ghi nhóm đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="103"/>
        <source>Tháng %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="105"/>
        <source>Không ghi chuyên đề</source>
        <translation>Không ghi chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="107"/>
        <source>%1 (trực tiếp)</source>
        <translation>%1 (trực tiếp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="113"/>
        <source>Chưa báo cáo</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="114"/>
        <source>Chưa đủ kỳ</source>
        <translation>Chưa đủ kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="115"/>
        <source>Báo cáo trễ</source>
        <translation>Báo cáo trễ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="116"/>
        <source>Chưa đến hạn</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="117"/>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="118"/>
        <source>Dữ liệu tại máy</source>
        <translation>Dữ liệu tại máy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="139"/>
        <source>Chủ đề</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="140"/>
        <source>Số buổi</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="141"/>
        <source>Số ý kiến</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="142"/>
        <source>Đang theo dõi</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="143"/>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="86"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="144"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="177"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="152"/>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="155"/>
        <source>Đơn vị đã dùng</source>
        <translation>Đơn vị đã dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="156"/>
        <source>Đơn vị chưa dùng</source>
        <translation>Đơn vị chưa dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="157"/>
        <source>Đơn vị đã đọc</source>
        <translation>Đơn vị đã đọc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="174"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="176"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="178"/>
        <source>Trực thuộc</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="181"/>
        <source>Tệp gần nhất</source>
        <translation>Tệp gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="182"/>
        <source>Tệp bị thiếu</source>
        <translation>Tệp bị thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="201"/>
        <source>Số liệu kỳ này chưa chốt.</source>
        <translation>Số liệu kỳ này chưa chốt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="206"/>
        <source>Đã chốt lúc %1 (%2 cuộc, %3 lượt người dự). Sau khi chốt có %4 buổi gửi bổ sung hoặc sửa: chênh lệch %5 cuộc, %6 lượt người dự.</source>
        <translation>Đã chốt lúc %1 (%2 cuộc, %3 lượt người dự). Sau khi chốt có %4 buổi gửi bổ sung hoặc sửa: chênh lệch %5 cuộc, %6 lượt người dự.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="216"/>
        <source>Đã chốt lúc %1; không có thay đổi sau khi chốt.</source>
        <translation>Đã chốt lúc %1; không có thay đổi sau khi chốt.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="74"/>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="78"/>
        <source>Tiêu ngữ Đảng</source>
        <translation>Tiêu ngữ Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="79"/>
        <source>Quốc hiệu, tiêu ngữ Nhà nước</source>
        <translation>Quốc hiệu, tiêu ngữ Nhà nước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="82"/>
        <source>Xem báo cáo</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="83"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="91"/>
        <source>Chốt số liệu kỳ này</source>
        <translation>Chốt số liệu kỳ này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="92"/>
        <source>Mở khóa kỳ</source>
        <translation>Mở khóa kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="102"/>
        <source>Ẩn đơn vị chưa có số liệu</source>
        <translation>Ẩn đơn vị chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="105"/>
        <source>Xuất Excel (XLSX)</source>
        <translation>Xuất Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="106"/>
        <source>Xuất Word (DOCX)</source>
        <translation>Xuất Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="107"/>
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="108"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="147"/>
        <source>Biểu đồ</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="154"/>
        <source>Ý kiến, kiến nghị</source>
        <translation>Ý kiến, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="155"/>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="156"/>
        <source>Tình hình báo cáo</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="172"/>
        <source>Văn bản:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="252"/>
        <source>Đang tổng hợp…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="271"/>
        <source>Đã huỷ.</source>
        <translation>Đã huỷ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="262"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="149"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="150"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="151"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="152"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="153"/>
        <source>Đối tượng</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="305"/>
        <source>Kết quả công tác tuyên truyền miệng %1 — %2</source>
        <translation>Kết quả công tác tuyên truyền miệng %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="169"/>
        <source>Soạn báo cáo</source>
        <translation>Soạn báo cáo</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="62"/>
        <source>Bạn dùng sổ tay này ở đâu?</source>
        <translation>Bạn dùng sổ tay này ở đâu?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="63"/>
        <source>Câu trả lời quyết định các trang bạn thấy đầu tiên. Sau này có thể thiết lập lại.</source>
        <translation>Câu trả lời quyết định các trang bạn thấy đầu tiên. Sau này có thể thiết lập lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="65"/>
        <source>Ở xã, phường, đặc khu: tôi ghi nhật ký các buổi tuyên truyền và gửi lên cấp trên</source>
        <translation>Ở xã, phường, đặc khu: tôi ghi nhật ký các buổi tuyên truyền và gửi lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="69"/>
        <source>Ở đơn vị tổng hợp (Ban Tuyên giáo và Dân vận, cụm, đoàn thể…): tôi nhận tệp của các xã và làm báo cáo</source>
        <translation>Ở đơn vị tổng hợp (Ban Tuyên giáo và Dân vận, cụm, đoàn thể…): tôi nhận tệp của các xã và làm báo cáo</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="58"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="60"/>
        <source>Chỉ người chưa được bồi dưỡng năm nay</source>
        <translation>Chỉ người chưa được bồi dưỡng năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="61"/>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="215"/>
        <source>Thành viên mới</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="77"/>
        <source>Tiếng Việt, Tiếng Khmer…</source>
        <translation>Tiếng Việt, Tiếng Khmer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="79"/>
        <source>Người này đã đồng ý cho lưu số điện thoại</source>
        <translation>Người này đã đồng ý cho lưu số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="80"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="81"/>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="289"/>
        <source>Xoá hẳn</source>
        <translation>Xoá hẳn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="83"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="84"/>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="85"/>
        <source>Cấp</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="86"/>
        <source>Số quyết định công nhận</source>
        <translation>Số quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="87"/>
        <source>Ngày quyết định</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="88"/>
        <source>Cơ quan ra quyết định</source>
        <translation>Cơ quan ra quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="89"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="90"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="91"/>
        <source>Lĩnh vực chuyên môn</source>
        <translation>Lĩnh vực chuyên môn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="92"/>
        <source>Ngôn ngữ nói được</source>
        <translation>Ngôn ngữ nói được</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="94"/>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="94"/>
        <source>Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.</source>
        <translation>Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="190"/>
        <source>%Ln người</source>
        <translation>
            <numerusform>%Ln người</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="227"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="268"/>
        <source>Chưa lưu: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="272"/>
        <source>Đã lưu “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="274"/>
        <source>Đã xoá số điện thoại (rút lại đồng ý), kể cả trong lịch sử.</source>
        <translation>Đã xoá số điện thoại (rút lại đồng ý), kể cả trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="284"/>
        <source>Xoá hẳn thành viên</source>
        <translation>Xoá hẳn thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="286"/>
        <source>Xoá hẳn “%1”? Tên và số điện thoại bị xoá khỏi máy này, kể cả trong lịch sử; các buổi họ đã trình bày vẫn được đếm nhưng không còn tên.</source>
        <translation>Xoá hẳn “%1”? Tên và số điện thoại bị xoá khỏi máy này, kể cả trong lịch sử; các buổi họ đã trình bày vẫn được đếm nhưng không còn tên.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="290"/>
        <source>Giữ lại</source>
        <translation>Giữ lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="301"/>
        <source>Đã xoá hẳn thành viên; %Ln buổi vẫn được đếm.</source>
        <translation>
            <numerusform>Đã xoá hẳn thành viên; %Ln buổi vẫn được đếm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="48"/>
        <source>Không làm được việc này: %1</source>
        <translation>Không làm được việc này: %1</translation>
    </message>
</context>
<context>
    <name>SaveWarning</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="45"/>
        <source>Vẫn lưu</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="47"/>
        <source>Mở buổi đã có</source>
        <translation>Mở buổi đã có</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="75"/>
        <source>Buổi tương tự đã có; buổi này chưa ghi chuyên đề, số người. Bấm “Vẫn lưu” nếu là buổi khác.</source>
        <translation>Buổi tương tự đã có; buổi này chưa ghi chuyên đề, số người. Bấm “Vẫn lưu” nếu là buổi khác.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="79"/>
        <source>Buổi tương tự đã có, giống hệt buổi này. Nếu là buổi khác, bấm “Vẫn lưu”; Enter không lưu.</source>
        <translation>Buổi tương tự đã có, giống hệt buổi này. Nếu là buổi khác, bấm “Vẫn lưu”; Enter không lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="83"/>
        <source>Buổi tương tự đã có. Sửa rồi Enter, hoặc “Vẫn lưu” (Enter lần nữa) nếu là buổi khác:</source>
        <translation>Buổi tương tự đã có. Sửa rồi Enter, hoặc “Vẫn lưu” (Enter lần nữa) nếu là buổi khác:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="88"/>
        <source>Chưa ghi số người dự (%1). Nhập số người dự, hoặc Enter lần nữa nếu đúng là không có ai.</source>
        <translation>Chưa ghi số người dự (%1). Nhập số người dự, hoặc Enter lần nữa nếu đúng là không có ai.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="106"/>
        <source>%1 người dự</source>
        <translation>%1 người dự</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="377"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="385"/>
        <source>Trong tệp %1: </source>
        <translation>Trong tệp %1: </translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="61"/>
        <source>Gửi nhật ký lên cấp trên</source>
        <translation>Gửi nhật ký lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="64"/>
        <source>Bản đầy đủ (gửi lại toàn bộ nhật ký, khi cấp trên báo thiếu tệp)</source>
        <translation>Bản đầy đủ (gửi lại toàn bộ nhật ký, khi cấp trên báo thiếu tệp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="65"/>
        <source>Gửi nhật ký vào thư mục hoặc USB…</source>
        <translation>Gửi nhật ký vào thư mục hoặc USB…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="72"/>
        <source>Mở để sửa</source>
        <translation>Mở để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="100"/>
        <source>Tệp gửi đi chứa các buổi, nhóm và xác nhận đã đọc thay đổi kể từ lần gửi trước (%1). Tên và số điện thoại người liên hệ không được gửi. Gửi tệp qua Zalo hoặc chép vào USB.</source>
        <translation>Tệp gửi đi chứa các buổi, nhóm và xác nhận đã đọc thay đổi kể từ lần gửi trước (%1). Tên và số điện thoại người liên hệ không được gửi. Gửi tệp qua Zalo hoặc chép vào USB.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="102"/>
        <source>chưa gửi lần nào</source>
        <translation>chưa gửi lần nào</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="110"/>
        <source>Chọn thư mục hoặc USB để lưu tệp gửi đi</source>
        <translation>Chọn thư mục hoặc USB để lưu tệp gửi đi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="117"/>
        <source>Đang tạo tệp…</source>
        <translation>Đang tạo tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="130"/>
        <source>không có thay đổi mới</source>
        <translation>không có thay đổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="132"/>
        <source>Đã tạo tệp: %1
Nội dung: %2
Thư mục: %3</source>
        <translation>Đã tạo tệp: %1
Nội dung: %2
Thư mục: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="147"/>
        <source>Chưa tạo được tệp: %1 bản ghi lưu từ phiên bản cũ vượt quy định mà nơi nhận kiểm tra, nên nơi nhận sẽ từ chối cả tệp. Mở từng bản ghi (bấm đúp hoặc “Mở để sửa”), sửa chỗ được nêu, lưu rồi gửi lại.</source>
        <translation>Chưa tạo được tệp: %1 bản ghi lưu từ phiên bản cũ vượt quy định mà nơi nhận kiểm tra, nên nơi nhận sẽ từ chối cả tệp. Mở từng bản ghi (bấm đúp hoặc “Mở để sửa”), sửa chỗ được nêu, lưu rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="154"/>
        <source>Chưa tạo được tệp: %1</source>
        <translation>Chưa tạo được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="163"/>
        <source>Bản ghi này không mở được trong cửa sổ.</source>
        <translation>Bản ghi này không mở được trong cửa sổ.</translation>
    </message>
</context>
<context>
    <name>SendersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="57"/>
        <source>Xác nhận khoá của các đơn vị gửi</source>
        <translation>Xác nhận khoá của các đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="60"/>
        <source>Đây là lần đầu các đơn vị dưới đây gửi tệp đến máy này. Hãy gọi điện cho từng đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ, và chỉ đánh dấu đơn vị có dấu vân tay giống hệt. Tệp của đơn vị không được đánh dấu vẫn bị từ chối.</source>
        <translation>Đây là lần đầu các đơn vị dưới đây gửi tệp đến máy này. Hãy gọi điện cho từng đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ, và chỉ đánh dấu đơn vị có dấu vân tay giống hệt. Tệp của đơn vị không được đánh dấu vẫn bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Dấu vân tay khoá</source>
        <translation>Dấu vân tay khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="90"/>
        <source>Chọn tất cả</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="91"/>
        <source>Sao chép danh sách</source>
        <translation>Sao chép danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="92"/>
        <source>Lưu danh sách…</source>
        <translation>Lưu danh sách…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="97"/>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="153"/>
        <source>Xác nhận các đơn vị đã chọn</source>
        <translation>Xác nhận các đơn vị đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="98"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="129"/>
        <source>%1 (tên trong tệp: %2)</source>
        <translation>%1 (tên trong tệp: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="151"/>
        <source>Xác nhận các đơn vị đã chọn (%1)</source>
        <translation>Xác nhận các đơn vị đã chọn (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="162"/>
        <source>Đã chép danh sách dấu vân tay: dán vào tin nhắn hoặc văn bản.</source>
        <translation>Đã chép danh sách dấu vân tay: dán vào tin nhắn hoặc văn bản.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="167"/>
        <source>Lưu danh sách dấu vân tay</source>
        <translation>Lưu danh sách dấu vân tay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="169"/>
        <source>Văn bản (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="179"/>
        <source>Không lưu được danh sách vào %1: %2</source>
        <translation>Không lưu được danh sách vào %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="183"/>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="209"/>
        <source>Đã lưu danh sách vào %1</source>
        <translation>Đã lưu danh sách vào %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="216"/>
        <source>Đã gửi %Ln trang tới máy in.</source>
        <translation>
            <numerusform>Đã gửi %Ln trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="93"/>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="94"/>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="187"/>
        <source>Lưu danh sách dấu vân tay (PDF)</source>
        <translation>Lưu danh sách dấu vân tay (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="197"/>
        <source>In danh sách dấu vân tay</source>
        <translation>In danh sách dấu vân tay</translation>
    </message>
</context>
<context>
    <name>SentPacksModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Gửi cho</source>
        <translation>Gửi cho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="62"/>
        <source>Mọi đơn vị cấp dưới</source>
        <translation>Mọi đơn vị cấp dưới</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="80"/>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="81"/>
        <source>Sao lưu ngay</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="82"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="87"/>
        <source>%1 (mã %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="104"/>
        <source>Đọc dấu vân tay này cho đơn vị cấp trên khi họ nhận tệp đầu tiên của bạn, để họ xác nhận tệp đúng là của bạn.</source>
        <translation>Đọc dấu vân tay này cho đơn vị cấp trên khi họ nhận tệp đầu tiên của bạn, để họ xác nhận tệp đúng là của bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="128"/>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="130"/>
        <source>Hiển thị</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="132"/>
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="134"/>
        <source>Cỡ chữ</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="136"/>
        <source>Dữ liệu và sao lưu</source>
        <translation>Dữ liệu và sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="139"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="143"/>
        <source>Các bản sao lưu (tự động trước mỗi lần nhập tệp và nâng cấp):</source>
        <translation>Các bản sao lưu (tự động trước mỗi lần nhập tệp và nâng cấp):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="151"/>
        <source>Đơn vị, vai trò và khoá</source>
        <translation>Đơn vị, vai trò và khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="156"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="157"/>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="158"/>
        <source>Người dùng</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="160"/>
        <source>Dấu vân tay khoá</source>
        <translation>Dấu vân tay khoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="110"/>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="62"/>
        <source>Báo cáo xuất ra (Word, PDF, Excel) và bản in luôn viết bằng tiếng Việt, theo thể thức văn bản của Đảng và Nhà nước, dù cửa sổ hiển thị bằng ngôn ngữ nào.</source>
        <translation>Báo cáo xuất ra (Word, PDF, Excel) và bản in luôn viết bằng tiếng Việt, theo thể thức văn bản của Đảng và Nhà nước, dù cửa sổ hiển thị bằng ngôn ngữ nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="265"/>
        <source>Đã sao lưu: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="276"/>
        <location filename="../../desktop_app/ui/pages/settings.py" line="280"/>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="277"/>
        <source>Thay dữ liệu hiện tại bằng bản sao lưu “%1”? Dữ liệu hiện tại được sao lưu trước.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu “%1”? Dữ liệu hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="281"/>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="291"/>
        <source>Đã khôi phục. Bản trước đó được giữ ở %1.</source>
        <translation>Đã khôi phục. Bản trước đó được giữ ở %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="176"/>
        <source>Hạn báo cáo của các đơn vị</source>
        <translation>Hạn báo cáo của các đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="178"/>
        <source>Kỳ báo cáo tháng bắt đầu từ ngày</source>
        <translation>Kỳ báo cáo tháng bắt đầu từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="179"/>
        <source>Hạn gửi: số ngày sau khi hết kỳ</source>
        <translation>Hạn gửi: số ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="214"/>
        <source>Kỳ đang thu báo cáo: từ %1 đến %2, hạn gửi %3. Trang Tổng quan, Trao đổi và Báo cáo đều tính theo hạn này.</source>
        <translation>Kỳ đang thu báo cáo: từ %1 đến %2, hạn gửi %3. Trang Tổng quan, Trao đổi và Báo cáo đều tính theo hạn này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="93"/>
        <source>Đổi đơn vị…</source>
        <translation>Đổi đơn vị…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="96"/>
        <source>Chọn nhầm đơn vị? Trước khi gửi tệp đầu tiên thì đổi được ngay; sau đó vẫn đổi được, và đơn vị tổng hợp sẽ xác nhận khoá mới của máy.</source>
        <translation>Chọn nhầm đơn vị? Trước khi gửi tệp đầu tiên thì đổi được ngay; sau đó vẫn đổi được, và đơn vị tổng hợp sẽ xác nhận khoá mới của máy.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="288"/>
        <source>Thiết lập Sổ tay Tuyên truyền</source>
        <translation>Thiết lập Sổ tay Tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="293"/>
        <source>Tiếp theo</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="294"/>
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="295"/>
        <source>Bắt đầu dùng</source>
        <translation>Bắt đầu dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="296"/>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="297"/>
        <source>Thiết lập</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="314"/>
        <source>Đang nạp danh sách đơn vị…</source>
        <translation>Đang nạp danh sách đơn vị…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="320"/>
        <source>Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).</source>
        <translation>Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="67"/>
        <source>Xem tình hình báo cáo</source>
        <translation>Xem tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="69"/>
        <source>Lời nhắc…</source>
        <translation>Lời nhắc…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="70"/>
        <source>Lời nhắc các đơn vị chưa báo cáo, để dán vào nhóm Zalo</source>
        <translation>Lời nhắc các đơn vị chưa báo cáo, để dán vào nhóm Zalo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="95"/>
        <source>%1/%2 đã báo cáo, đúng hạn %3, trễ %4; chưa báo cáo %5 (hạn %6)</source>
        <translation>%1/%2 đã báo cáo, đúng hạn %3, trễ %4; chưa báo cáo %5 (hạn %6)</translation>
    </message>
</context>
<context>
    <name>StorageProblemDialog</name>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="127"/>
        <source>Sổ tay Tuyên truyền</source>
        <translation>Sổ tay Tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="149"/>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="156"/>
        <source>Khôi phục từ bản sao lưu này</source>
        <translation>Khôi phục từ bản sao lưu này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="157"/>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="171"/>
        <source>Các bản sao lưu tốt (mới nhất ở trên):</source>
        <translation>Các bản sao lưu tốt (mới nhất ở trên):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="177"/>
        <source>Những gì ghi sau thời điểm của bản sao lưu sẽ không có trong dữ liệu khôi phục. Tệp hỏng được giữ lại, không bị xoá.</source>
        <translation>Những gì ghi sau thời điểm của bản sao lưu sẽ không có trong dữ liệu khôi phục. Tệp hỏng được giữ lại, không bị xoá.</translation>
    </message>
</context>
<context>
    <name>TalkCardDialog</name>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="48"/>
        <source>Chuẩn bị buổi nói chuyện</source>
        <translation>Chuẩn bị buổi nói chuyện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="58"/>
        <source>A5 (nửa tờ A4)</source>
        <translation>A5 (nửa tờ A4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="59"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="62"/>
        <source>Thẻ gồm ý chính của tài liệu theo chuyên đề, ý kiến bà con đã nêu ở nhóm này, lần nói trước và số liệu năm nay.</source>
        <translation>Thẻ gồm ý chính của tài liệu theo chuyên đề, ý kiến bà con đã nêu ở nhóm này, lần nói trước và số liệu năm nay.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="72"/>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="73"/>
        <source>Lưu Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="74"/>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="75"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="79"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="80"/>
        <source>Nhóm đối tượng</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="81"/>
        <source>Khổ giấy</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="118"/>
        <source>Cần có ít nhất một chuyên đề và một nhóm đối tượng.</source>
        <translation>Cần có ít nhất một chuyên đề và một nhóm đối tượng.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="145"/>
        <source>Chưa lập được thẻ: %1</source>
        <translation>Chưa lập được thẻ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="150"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="150"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="151"/>
        <source>Lưu thẻ chuẩn bị</source>
        <translation>Lưu thẻ chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="160"/>
        <source>In thẻ chuẩn bị</source>
        <translation>In thẻ chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="170"/>
        <source>Chưa lưu được thẻ: %1</source>
        <translation>Chưa lưu được thẻ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="172"/>
        <source>Đã lưu thẻ vào %1</source>
        <translation>Đã lưu thẻ vào %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="179"/>
        <source>Đã gửi thẻ tới máy in.</source>
        <translation>Đã gửi thẻ tới máy in.</translation>
    </message>
</context>
<context>
    <name>TalkForm</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="92"/>
        <source>Ghi buổi mới</source>
        <translation>Ghi buổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="190"/>
        <source>Ghi buổi mới (chép từ buổi %1)</source>
        <translation>Ghi buổi mới (chép từ buổi %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="192"/>
        <source>Sửa buổi ngày %1</source>
        <translation>Sửa buổi ngày %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="235"/>
        <source>Buổi này vượt quy định nên chưa gửi lên được (%1 chỗ). Sửa chỗ được đánh dấu rồi lưu.</source>
        <translation>Buổi này vượt quy định nên chưa gửi lên được (%1 chỗ). Sửa chỗ được đánh dấu rồi lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="262"/>
        <source>Không có nhóm tên “%1”; chọn trong danh sách gợi ý.</source>
        <translation>Không có nhóm tên “%1”; chọn trong danh sách gợi ý.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="270"/>
        <source>Không có tài liệu “%1”; chọn trong danh sách gợi ý.</source>
        <translation>Không có tài liệu “%1”; chọn trong danh sách gợi ý.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="306"/>
        <source>Ngày: không được để trống.</source>
        <translation>Ngày: không được để trống.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="396"/>
        <source>Chưa lưu. Sửa chỗ được đánh dấu: %1</source>
        <translation>Chưa lưu. Sửa chỗ được đánh dấu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="230"/>
        <source>Buổi này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1</source>
        <translation>Buổi này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1</translation>
    </message>
</context>
<context>
    <name>TalkFormLayout</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="89"/>
        <source>Ghi buổi mới</source>
        <translation>Ghi buổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="123"/>
        <source>Lưu buổi</source>
        <translation>Lưu buổi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="124"/>
        <source>Huỷ sửa</source>
        <translation>Huỷ sửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="131"/>
        <source>&amp;Ngày</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="127"/>
        <source>H: hôm nay · Q: hôm qua · ↑↓: đổi ngày</source>
        <translation>H: hôm nay · Q: hôm qua · ↑↓: đổi ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="132"/>
        <source>&amp;Hình thức</source>
        <translation>&amp;Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="133"/>
        <source>Địa đ&amp;iểm</source>
        <translation>Địa đ&amp;iểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="134"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="134"/>
        <source>Nhiều chuyên đề: cách nhau bằng dấu ;</source>
        <translation>Nhiều chuyên đề: cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="135"/>
        <source>Số người dự</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="136"/>
        <source>Nhóm đối tượng</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="137"/>
        <source>Tài liệu đã dùng</source>
        <translation>Tài liệu đã dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="138"/>
        <source>Giờ bắt đầu</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="139"/>
        <source>Thời lượng (phút)</source>
        <translation>Thời lượng (phút)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="140"/>
        <source>Người trình bày</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="141"/>
        <source>Lượt xem</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="142"/>
        <source>Lượt thích</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="143"/>
        <source>Lượt chia sẻ</source>
        <translation>Lượt chia sẻ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="144"/>
        <source>Bình luận</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="145"/>
        <source>Số điểm cầu</source>
        <translation>Số điểm cầu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="148"/>
        <source>Số ý kiến</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="149"/>
        <source>Việc cần theo dõi</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="150"/>
        <source>Hạn theo dõi</source>
        <translation>Hạn theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="151"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="128"/>
        <source>Ngày của buổi vừa lưu — H: hôm nay</source>
        <translation>Ngày của buổi vừa lưu — H: hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="146"/>
        <source>Đăng trên kênh</source>
        <translation>Đăng trên kênh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="147"/>
        <source>Ý kiến, kiến nghị nhận được (không ghi tên người nêu)</source>
        <translation>Ý kiến, kiến nghị nhận được (không ghi tên người nêu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="152"/>
        <source>Ngôn ngữ buổi nói</source>
        <translation>Ngôn ngữ buổi nói</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="252"/>
        <source>(không ghi kênh)</source>
        <translation>(không ghi kênh)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="153"/>
        <source>Kết quả giải quyết việc theo dõi</source>
        <translation>Kết quả giải quyết việc theo dõi</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="176"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="177"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="178"/>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="179"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="180"/>
        <source>Người dự</source>
        <translation>Người dự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="181"/>
        <source>Lượt xem</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="182"/>
        <source>Theo dõi</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="183"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="104"/>
        <source>Mọi lúc</source>
        <translation>Mọi lúc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="105"/>
        <source>Tháng này</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="106"/>
        <source>Tháng trước</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="107"/>
        <source>30 ngày qua</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="108"/>
        <source>Quý này</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="109"/>
        <source>Năm nay</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="115"/>
        <source>Mọi hình thức</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="122"/>
        <source>Buổi mới</source>
        <translation>Buổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="123"/>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="124"/>
        <source>Chép thành buổi mới</source>
        <translation>Chép thành buổi mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="125"/>
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="141"/>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="142"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="143"/>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="144"/>
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="145"/>
        <source>Theo dõi</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="146"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="167"/>
        <source>Nhật ký các buổi tuyên truyền</source>
        <translation>Nhật ký các buổi tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="224"/>
        <source>Mọi chuyên đề</source>
        <translation>Mọi chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="225"/>
        <source>Mọi nhóm</source>
        <translation>Mọi nhóm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="276"/>
        <source>%Ln buổi</source>
        <translation>
            <numerusform>%Ln buổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="277"/>
        <source>Hơn %Ln buổi (đang đếm…)</source>
        <translation>
            <numerusform>Hơn %Ln buổi (đang đếm…)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="349"/>
        <source>Đã xoá buổi ngày %1 (%2).</source>
        <translation>Đã xoá buổi ngày %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="353"/>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="365"/>
        <source>Đã khôi phục buổi.</source>
        <translation>Đã khôi phục buổi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="375"/>
        <source>Đã lưu buổi ngày %1 · %2.</source>
        <translation>Đã lưu buổi ngày %1 · %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="123"/>
        <source>Enter trên một dòng</source>
        <translation>Enter trên một dòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="125"/>
        <source>Delete, có Hoàn tác</source>
        <translation>Delete, có Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="126"/>
        <source>Chuẩn bị buổi nói chuyện…</source>
        <translation>Chuẩn bị buổi nói chuyện…</translation>
    </message>
</context>
<context>
    <name>ThemeSuggestions</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="30"/>
        <source>Chủ đề ý kiến:</source>
        <translation>Chủ đề ý kiến:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="31"/>
        <source>Gợi ý (bấm để chọn):</source>
        <translation>Gợi ý (bấm để chọn):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="33"/>
        <source>chưa chọn</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="94"/>
        <source>Bỏ chủ đề này</source>
        <translation>Bỏ chủ đề này</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="107"/>
        <source>Gợi ý vì có: %1</source>
        <translation>Gợi ý vì có: %1</translation>
    </message>
</context>
<context>
    <name>TrainingTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="74"/>
        <source>Người học</source>
        <translation>Người học</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="75"/>
        <source>Lớp</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="76"/>
        <source>Đơn vị tổ chức</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="77"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="78"/>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="79"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="80"/>
        <source>Số chứng chỉ</source>
        <translation>Số chứng chỉ</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="35"/>
        <source>Ghi lớp bồi dưỡng</source>
        <translation>Ghi lớp bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="37"/>
        <source>Người học</source>
        <translation>Người học</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="38"/>
        <source>Tên lớp</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="39"/>
        <source>Đơn vị tổ chức</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="40"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="41"/>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="42"/>
        <source>Kết quả hoặc điểm</source>
        <translation>Kết quả hoặc điểm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="43"/>
        <source>Số chứng chỉ</source>
        <translation>Số chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="53"/>
        <source>Ghi một lớp bồi dưỡng, tập huấn</source>
        <translation>Ghi một lớp bồi dưỡng, tập huấn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="90"/>
        <source>Chưa có ai trong danh sách lực lượng: thêm người trước.</source>
        <translation>Chưa có ai trong danh sách lực lượng: thêm người trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="107"/>
        <source>Chưa lưu: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="113"/>
        <source>Đã ghi lớp “%1” cho %2.</source>
        <translation>Đã ghi lớp “%1” cho %2.</translation>
    </message>
</context>
<context>
    <name>UnitFilterBox</name>
    <message>
        <location filename="../../desktop_app/ui/unit_filter.py" line="41"/>
        <source>Gõ tên đơn vị</source>
        <translation>Gõ tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_filter.py" line="57"/>
        <source>Mọi đơn vị</source>
        <translation>Mọi đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitForceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="123"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="124"/>
        <source>Số người</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="125"/>
        <source>Theo vai trò</source>
        <translation>Theo vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="126"/>
        <source>Theo cấp</source>
        <translation>Theo cấp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="127"/>
        <source>Đã bồi dưỡng năm nay</source>
        <translation>Đã bồi dưỡng năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="128"/>
        <source>Có hoạt động năm nay</source>
        <translation>Có hoạt động năm nay</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="92"/>
        <source>Đơn vị của bạn</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="93"/>
        <source>Tên đơn vị được ghi vào mỗi tệp bạn gửi, để cấp trên biết tệp của ai.</source>
        <translation>Tên đơn vị được ghi vào mỗi tệp bạn gửi, để cấp trên biết tệp của ai.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="112"/>
        <source>Tìm tỉnh, xã, phường (gõ tên hoặc mã rồi dùng mũi tên lên xuống, Enter)</source>
        <translation>Tìm tỉnh, xã, phường (gõ tên hoặc mã rồi dùng mũi tên lên xuống, Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="118"/>
        <source>Gõ một phần tên, có dấu hoặc không dấu: thanh binh</source>
        <translation>Gõ một phần tên, có dấu hoặc không dấu: thanh binh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="109"/>
        <source>Đơn vị tổng hợp của bạn</source>
        <translation>Đơn vị tổng hợp của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="109"/>
        <source>Xã, phường của bạn</source>
        <translation>Xã, phường của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="116"/>
        <source>Gõ tên tỉnh hoặc xã, có dấu hoặc không dấu: dong thap</source>
        <translation>Gõ tên tỉnh hoặc xã, có dấu hoặc không dấu: dong thap</translation>
    </message>
</context>
<context>
    <name>UnitSearch</name>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="46"/>
        <source>%1 — mã %2 — đúng đơn vị của bạn?</source>
        <translation>%1 — mã %2 — đúng đơn vị của bạn?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="50"/>
        <source>%1 — đúng đơn vị của bạn?</source>
        <translation>%1 — đúng đơn vị của bạn?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="55"/>
        <source>(trước đây: %1)</source>
        <translation>(trước đây: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="79"/>
        <source>Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).</source>
        <translation>Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="85"/>
        <source>Tìm xã, phường (gõ tên rồi dùng mũi tên lên xuống, Enter)</source>
        <translation>Tìm xã, phường (gõ tên rồi dùng mũi tên lên xuống, Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="91"/>
        <source>Chỉ tìm trong:</source>
        <translation>Chỉ tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="137"/>
        <source>Chưa chọn dòng nào: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.</source>
        <translation>Chưa chọn dòng nào: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="155"/>
        <source>Mọi tỉnh, thành phố</source>
        <translation>Mọi tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="196"/>
        <source>trước đây: %1</source>
        <translation>trước đây: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="212"/>
        <source>%1 là mã của %2 và của %3: chọn đúng đơn vị trong danh sách.</source>
        <translation>%1 là mã của %2 và của %3: chọn đúng đơn vị trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="218"/>
        <source>Không tìm thấy; thử gõ ít chữ hơn.</source>
        <translation>Không tìm thấy; thử gõ ít chữ hơn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="220"/>
        <source>Chỉ có một đơn vị khớp, đã chọn sẵn: %1. Bấm Enter nếu đúng.</source>
        <translation>Chỉ có một đơn vị khớp, đã chọn sẵn: %1. Bấm Enter nếu đúng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unit_search.py" line="223"/>
        <source>%Ln đơn vị khớp: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.</source>
        <translation>
            <numerusform>%Ln đơn vị khớp: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitTagsBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="130"/>
        <source>Địa bàn ưu tiên</source>
        <translation>Địa bàn ưu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="133"/>
        <source>Đánh dấu đơn vị thuộc vùng ưu tiên; báo cáo so sánh hoạt động ở các vùng này với địa bàn còn lại. Chỉ lưu trên máy này.</source>
        <translation>Đánh dấu đơn vị thuộc vùng ưu tiên; báo cáo so sánh hoạt động ở các vùng này với địa bàn còn lại. Chỉ lưu trên máy này.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="140"/>
        <source>Lọc theo tên, có dấu hoặc không dấu</source>
        <translation>Lọc theo tên, có dấu hoặc không dấu</translation>
    </message>
</context>
<context>
    <name>UnitTagsModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="68"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/units.py" line="23"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/units.py" line="26"/>
        <source>Không tính người đã thôi. “Có hoạt động”: được ghi là người trình bày ít nhất một buổi trong năm.</source>
        <translation>Không tính người đã thôi. “Có hoạt động”: được ghi là người trình bày ít nhất một buổi trong năm.</translation>
    </message>
</context>
<context>
    <name>UrgentSend</name>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="42"/>
        <source>Gửi ngay ý kiến khẩn</source>
        <translation>Gửi ngay ý kiến khẩn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="63"/>
        <source>&lt;b&gt;%Ln ý kiến khẩn chưa gửi lên cấp trên.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ý kiến khẩn chưa gửi lên cấp trên.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="70"/>
        <source>Chọn thư mục hoặc USB để lưu tệp gửi đi</source>
        <translation>Chọn thư mục hoặc USB để lưu tệp gửi đi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="76"/>
        <source>Đang tạo tệp…</source>
        <translation>Đang tạo tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="91"/>
        <source>Đã ghi tệp %1 vào thư mục %2. Gửi ngay tệp này lên cấp trên qua Zalo hoặc USB.</source>
        <translation>Đã ghi tệp %1 vào thư mục %2. Gửi ngay tệp này lên cấp trên qua Zalo hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="102"/>
        <source>Chưa tạo được tệp: %1 Mở trang Trao đổi để xem chi tiết.</source>
        <translation>Chưa tạo được tệp: %1 Mở trang Trao đổi để xem chi tiết.</translation>
    </message>
</context>
</TS>
