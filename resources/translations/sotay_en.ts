<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="88"/>
        <source>tháng %1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="94"/>
        <source>tháng 1</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="95"/>
        <source>tháng 2</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="96"/>
        <source>tháng 3</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="97"/>
        <source>tháng 4</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="98"/>
        <source>tháng 5</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="99"/>
        <source>tháng 6</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="100"/>
        <source>tháng 7</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="101"/>
        <source>tháng 8</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="102"/>
        <source>tháng 9</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>tháng 10</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="104"/>
        <source>tháng 11</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="105"/>
        <source>tháng 12</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="115"/>
        <source>%1 năm %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="118"/>
        <source>quý %3 năm %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>6 tháng đầu năm %1</source>
        <translation>first half of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="121"/>
        <source>6 tháng cuối năm %1</source>
        <translation>second half of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="123"/>
        <source>năm %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="124"/>
        <source>từ ngày %1 đến ngày %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="180"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="181"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="182"/>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="183"/>
        <source>Số người dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="184"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="185"/>
        <source>Thời lượng</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="186"/>
        <source>Người trình bày</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="187"/>
        <location filename="../../desktop_app/ui/i18n.py" line="198"/>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="188"/>
        <source>Ý kiến, kiến nghị</source>
        <translation>Questions and requests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="189"/>
        <source>Việc cần theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="190"/>
        <source>Hạn theo dõi</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="191"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="192"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="193"/>
        <source>Quy mô</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="194"/>
        <source>Người liên hệ</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="195"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="196"/>
        <source>Đường dẫn kênh</source>
        <translation>Channel link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="197"/>
        <source>Ngày đồng ý</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="267"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="268"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="269"/>
        <source>Tìm trong:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="270"/>
        <source>Tên tệp:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="271"/>
        <source>Loại tệp:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="27"/>
        <source>Cần xác nhận khoá</source>
        <translation>Key needs confirming</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="31"/>
        <source>Tạm giữ cả tệp</source>
        <translation>Whole file set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="34"/>
        <source>Đã nhập, có cảnh báo</source>
        <translation>Imported, with warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="34"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="35"/>
        <source>Sẵn sàng, có cảnh báo</source>
        <translation>Ready, with warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="35"/>
        <source>Sẵn sàng nhập</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="36"/>
        <source>Đã nhập trước đây</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="37"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="38"/>
        <source>Đã dừng</source>
        <translation>Stopped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="49"/>
        <source>%Ln bản ghi cũ hơn bản đang có: giữ bản đang có, bản cũ lưu trong lịch sử.</source>
        <translation>
            <numerusform>%Ln record older than the one here: the one here is kept, the older one saved in history.</numerusform>
            <numerusform>%Ln records older than the ones here: the ones here are kept, the older ones saved in history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="52"/>
        <source>%Ln bản ghi không hợp lệ, không nhập.</source>
        <translation>
            <numerusform>%Ln invalid record, not imported.</numerusform>
            <numerusform>%Ln invalid records, not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="55"/>
        <source>%Ln bản ghi bị tạm giữ: %2.</source>
        <translation>
            <numerusform>%Ln record set aside: %2.</numerusform>
            <numerusform>%Ln records set aside: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="160"/>
        <source>buổi</source>
        <translation>talks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="161"/>
        <source>nhóm</source>
        <translation>groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="162"/>
        <source>tài liệu</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="163"/>
        <source>đơn vị</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="164"/>
        <source>chuyên đề</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="165"/>
        <source>xác nhận đã đọc</source>
        <translation>read receipts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="60"/>
        <source>Tệp có mật khẩu</source>
        <translation>File with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="63"/>
        <source>Mật khẩu vừa nhập không mở được tệp “%1”. Hãy hỏi lại người gửi rồi nhập lại:</source>
        <translation>The passphrase you typed does not open “%1”. Ask the sender again, then type it again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="65"/>
        <source>Tệp “%1” được khoá bằng mật khẩu. Nhập mật khẩu người gửi đã báo cho bạn:</source>
        <translation>“%1” is locked with a passphrase. Type the passphrase the sender gave you:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="69"/>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="70"/>
        <source>Bỏ qua tệp này</source>
        <translation>Skip this file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="121"/>
        <source>• … và %Ln tệp khác (bảng kết quả ghi lý do của từng tệp)</source>
        <translation>
            <numerusform>• … and %Ln more file (the results table gives each file&apos;s reason)</numerusform>
            <numerusform>• … and %Ln more files (the results table gives each file&apos;s reason)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="127"/>
        <source>%Ln tệp đến từ đơn vị chưa thuộc đơn vị của máy này:

%2

Một cụm hay đoàn thể mới lập dưới đơn vị này tự xếp mình vào đây bằng tệp đầu tiên, rồi số liệu được tính vào báo cáo. Đơn vị khác (ví dụ xã của tỉnh khác) sẽ không có trong báo cáo nào ở đây; nếu máy này được thiết lập nhầm đơn vị, đừng nhập. Vẫn nhập các tệp này?</source>
        <translation>
            <numerusform>%Ln file comes from a unit not yet under this computer&apos;s unit:

%2

A cluster or mass organisation newly set up under this unit places itself here with its first file, and its figures then count in the reports. Any other unit (a commune of another province, say) will be in no report here; if this computer was set up for the wrong unit, do not import. Import this file anyway?</numerusform>
            <numerusform>%Ln files come from units not yet under this computer&apos;s unit:

%2

A cluster or mass organisation newly set up under this unit places itself here with its first file, and its figures then count in the reports. Any other unit (a commune of another province, say) will be in no report here; if this computer was set up for the wrong unit, do not import. Import these files anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/clock_warning.py" line="28"/>
        <source>%Ln ngày</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/clock_warning.py" line="29"/>
        <source>%Ln giờ</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="40"/>
        <source>Đồng hồ lưu trong dữ liệu chạy nhanh hơn đồng hồ máy tính khoảng %1 (dữ liệu: %2, máy tính: %3). Mọi bản ghi lưu lúc này sẽ mang thời điểm tương lai đó, và đơn vị tổng hợp sẽ tạm giữ chúng (lý do “clock_ahead”) cho đến ngày đó.</source>
        <translation>The clock stored in the data runs about %1 ahead of the computer&apos;s clock (data: %2, computer: %3). Every record saved now would carry that future time, and the aggregating unit would set it aside (reason “clock_ahead”) until that day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="57"/>
        <source>Đồng hồ chạy nhanh</source>
        <translation>Clock ahead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="61"/>
        <source>Hãy xem ngày giờ của máy tính (góc dưới màn hình): hôm nay có đúng là %1 không?

• Nếu máy tính đang sai: chọn “Để sau”, chỉnh ngày giờ của máy tính rồi mở lại chương trình.
• Nếu máy tính đúng: chọn “Đặt lại đồng hồ”. Dữ liệu được sao lưu trước; các bản ghi lưu lúc đồng hồ chạy nhanh được ghi lại phiên bản mới và gửi lại trong tệp gửi lên kế tiếp. Hãy báo đơn vị tổng hợp bỏ (không giải phóng) các bản ghi của đơn vị mình đang bị tạm giữ vì đồng hồ.</source>
        <translation>Look at the computer&apos;s date (bottom corner of the screen): is today really %1?

• If the computer is wrong: choose “Later”, correct the computer&apos;s date and time, then open the program again.
• If the computer is right: choose “Reset the clock”. The data is backed up first; records saved while the clock ran ahead get a new version and are sent again in the next file. Ask the aggregating unit to drop (not release) this unit&apos;s records it holds because of the clock.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="67"/>
        <source>Đặt lại đồng hồ</source>
        <translation>Reset the clock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="68"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="88"/>
        <source>Đồng hồ chạy nhanh %1: bản ghi lưu lúc này sẽ bị cấp trên tạm giữ.</source>
        <translation>Clock %1 ahead: records saved now will be set aside by the unit above.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="103"/>
        <source>Đã đặt lại đồng hồ</source>
        <translation>Clock reset</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/clock_warning.py" line="105"/>
        <source>Đã đặt lại đồng hồ. %Ln bản ghi được ghi lại phiên bản mới và sẽ có trong tệp gửi lên kế tiếp.</source>
        <translation>
            <numerusform>The clock was reset. %Ln record got a new version and will be in the next file sent up.</numerusform>
            <numerusform>The clock was reset. %Ln records got a new version and will be in the next file sent up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="109"/>
        <location filename="../../desktop_app/ui/clock_warning.py" line="113"/>
        <location filename="../../desktop_app/ui/closing.py" line="38"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clock_warning.py" line="113"/>
        <source>Chưa đặt lại được đồng hồ</source>
        <translation>The clock was not reset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="199"/>
        <location filename="../../desktop_app/ui/i18n.py" line="200"/>
        <source>Chủ đề ý kiến</source>
        <translation>Question themes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="201"/>
        <source>Số ý kiến</source>
        <translation>Number of questions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="202"/>
        <source>Nhóm đối tượng</source>
        <translation>Audience groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="203"/>
        <source>Tài liệu đã dùng</source>
        <translation>Documents used</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="38"/>
        <source>Sao lưu bằng tay</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="39"/>
        <source>Trước khi nhập tệp</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="40"/>
        <source>Trước khi nâng cấp chương trình</source>
        <translation>Before a program upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="41"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="42"/>
        <source>Trước khi chỉnh lại đồng hồ</source>
        <translation>Before the clock was reset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="43"/>
        <source>Trước khi nhận các bản ghi bị giữ lại</source>
        <translation>Before set-aside records were accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="48"/>
        <source>không rõ thời điểm</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="59"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu %1 (%2). Những gì ghi sau thời điểm đó (buổi, nhóm, tài liệu, tệp đã nhập) không có trong dữ liệu này: hãy kiểm tra và ghi hoặc nhập lại nếu cần. Tệp hỏng được giữ lại trong thư mục sao lưu, không bị xoá.</source>
        <translation>The data was restored from the backup of %1 (%2). What was entered after that time (talks, groups, documents, imported files) is not in this data: check, and enter or import it again if needed. The damaged file is kept in the backups folder, not deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="71"/>
        <location filename="../../desktop_app/ui/storage_problem.py" line="77"/>
        <source>Dữ liệu bị hỏng</source>
        <translation>The data is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="72"/>
        <source>Tệp dữ liệu của Sổ tay bị hỏng (thường do mất điện khi đang ghi hoặc ổ đĩa bị lỗi), nên chương trình không dùng tiếp được. Hãy chọn một bản sao lưu tốt để khôi phục; thường nên chọn bản mới nhất.</source>
        <translation>The Sổ tay Tuyên truyền data file is damaged (usually by a power cut while writing, or a failing disk), so the program cannot go on using it. Choose a good backup to restore from; the newest is usually the right one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="78"/>
        <source>Tệp dữ liệu của Sổ tay bị hỏng và không có bản sao lưu tốt nào để khôi phục. Hãy giữ nguyên thư mục dữ liệu, đừng xoá hay chép đè tệp nào, và liên hệ bộ phận hỗ trợ (đưa họ thư mục ghi trong phần Chi tiết). Chương trình sẽ đóng lại.</source>
        <translation>The Sổ tay Tuyên truyền data file is damaged and there is no good backup to restore from. Keep the data folder as it is, do not delete or copy over any file in it, and contact support (give them the folder shown under Details). The program will now close.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="83"/>
        <source>Chương trình đang mở ở một cửa sổ khác</source>
        <translation>The program is open in another window</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="84"/>
        <source>Một cửa sổ Sổ tay khác (hoặc một lệnh sotay) đang dùng dữ liệu này. Chưa có gì bị thay đổi. Hãy chuyển sang cửa sổ đó để làm tiếp, hoặc đóng nó rồi mở lại chương trình.</source>
        <translation>Another Sổ tay Tuyên truyền window (or a sotay command) is using this data. Nothing has been changed. Switch to that window to carry on, or close it and open the program again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="88"/>
        <source>Thư mục dữ liệu không cho ghi</source>
        <translation>The data folder cannot be written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="89"/>
        <source>Thư mục dữ liệu chỉ đọc được, không ghi được (ổ chỉ đọc, thẻ nhớ hoặc USB bị gạt khoá ghi, hoặc tài khoản này thiếu quyền ghi). Dữ liệu không bị hỏng. Hãy mở khoá ghi hoặc nhờ người quản trị máy cấp quyền ghi, rồi mở lại chương trình.</source>
        <translation>The data folder can be read but not written (a read-only drive, a memory card or USB stick with its write lock on, or an account without write permission). The data is not damaged. Unlock it, or ask the computer&apos;s administrator for write permission, then open the program again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="94"/>
        <source>Ổ đĩa đã đầy</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="95"/>
        <source>Ổ đĩa chứa dữ liệu của Sổ tay đã hết chỗ trống nên chương trình không mở được. Những gì đã lưu không bị mất. Hãy xoá bớt tệp không cần (và dọn Thùng rác) rồi mở lại chương trình.</source>
        <translation>The disk holding the program&apos;s data has no free space left, so the program cannot open. Nothing saved has been lost. Delete files you do not need (and empty the Recycle Bin), then open the program again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="99"/>
        <source>Không mở được dữ liệu</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="104"/>
        <source>Thư mục dữ liệu: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="107"/>
        <source>Các bản sao lưu tốt:</source>
        <translation>Good backups:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="28"/>
        <source>&lt;p&gt;Tệp của &lt;b&gt;%1&lt;/b&gt; (mã %2) bị từ chối vì được ký bằng một khoá khác với khoá đã xác nhận trước đây. Thường là đơn vị đã cài lại máy; cũng có thể là người khác mạo danh.&lt;/p&gt;&lt;p&gt;Khoá cũ: &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Khoá mới: &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Hãy gọi điện cho đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ. Chỉ nhận khoá mới khi hai dãy giống hệt nhau; khoá cũ sẽ thôi được dùng.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The file from &lt;b&gt;%1&lt;/b&gt; (code %2) was refused because it is signed with a key other than the one confirmed before. Usually the unit reinstalled its computer; it may also be someone pretending to be the unit.&lt;/p&gt;&lt;p&gt;Old key: &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;New key: &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Call the unit and ask them to read the fingerprint on their Settings page. Accept the new key only if the two are exactly the same; the old key will no longer be used.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="41"/>
        <source>Khoá của đơn vị đã thay đổi</source>
        <translation>The unit&apos;s key has changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="43"/>
        <source>Đã gọi điện, nhận khoá mới</source>
        <translation>Checked by phone, accept the new key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="44"/>
        <source>Không nhận</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/trust.py" line="49"/>
        <source>Không có khoá nào chờ xác nhận. Lý do ở cột cuối của bảng.</source>
        <translation>No key is waiting to be confirmed. The reasons are in the last column of the table.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/trust.py" line="67"/>
        <source>%Ln tệp chờ xác nhận khoá của đơn vị gửi: bấm “Xác nhận khoá…” và đối chiếu dấu vân tay qua điện thoại.</source>
        <translation>
            <numerusform>%Ln file waits for its sender&apos;s key to be confirmed: press “Confirm key…” and compare the fingerprints by phone.</numerusform>
            <numerusform>%Ln files wait for their senders&apos; keys to be confirmed: press “Confirm key…” and compare the fingerprints by phone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="46"/>
        <source>Không bản ghi nào của tệp được nhập: tất cả bị tạm giữ.</source>
        <translation>No record of the file was imported: all were set aside.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="98"/>
        <source>Kết quả nhập tệp — %1</source>
        <translation>Import results — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="130"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="131"/>
        <source>cập nhật</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="132"/>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="133"/>
        <source>xung đột</source>
        <translation>conflicting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="134"/>
        <source>lỗi</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="135"/>
        <source>tạm giữ</source>
        <translation>set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="40"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="41"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="42"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="43"/>
        <source>Tạm giữ</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="50"/>
        <source>Chưa có ở đây: thêm mới.</source>
        <translation>Not here yet: added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="51"/>
        <source>Bản trong tệp mới hơn: thay bản ở đây (bản cũ lưu trong lịch sử).</source>
        <translation>The file&apos;s version is newer: it replaces the one here (the old one is kept in history).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="52"/>
        <source>Bản trong tệp cũ hơn bản ở đây: giữ bản ở đây, bản trong tệp lưu trong lịch sử.</source>
        <translation>The file&apos;s version is older than the one here: the one here is kept, the file&apos;s is saved in history.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="29"/>
        <source>Đơn vị ngoài phạm vi</source>
        <translation>Unit outside this one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="125"/>
        <source>Tệp của đơn vị ngoài phạm vi</source>
        <translation>Files from units outside this one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="134"/>
        <source>Vẫn nhập</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/dialogs.py" line="135"/>
        <source>Không nhập</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="23"/>
        <source>Đang nhập tệp</source>
        <translation>Importing files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="25"/>
        <source>Các tệp đang được nhập. Nếu đóng bây giờ, việc nhập dừng lại: tệp đang nhập dở không được ghi, các tệp đã nhập xong vẫn được giữ. Đóng cửa sổ?</source>
        <translation>Files are being imported. If you close now, the import stops: the file under way is not written, the files already imported are kept. Close the window?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="28"/>
        <source>Dừng nhập và đóng</source>
        <translation>Stop importing and close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="29"/>
        <source>Tiếp tục nhập</source>
        <translation>Keep importing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="33"/>
        <source>các tệp đã được ghi.</source>
        <translation>the files were written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="36"/>
        <source>Đã nhập xong</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="37"/>
        <source>Việc nhập đã xong trong lúc bạn trả lời: %1</source>
        <translation>The import finished while you were answering: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="166"/>
        <source>phần báo cáo</source>
        <translation>report sections</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="46"/>
        <source>%1 tệp sẵn sàng nhập, %2 tệp bị từ chối%3.</source>
        <translation>Files ready to import: %1; refused: %2%3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="49"/>
        <source>, có cảnh báo</source>
        <translation>, with warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="52"/>
        <source>%1 tệp bị từ chối.</source>
        <translation>Files refused: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="56"/>
        <source>%1 tệp sẽ được tạm giữ cả tệp: không bản ghi nào của tệp được dùng cho đến khi bạn xem xét (lý do ở cột cuối).</source>
        <translation>Files to be set aside whole: %1. None of their records will be used until you review them (the reason is in the last column).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="60"/>
        <source>Xem bảng dưới rồi bấm “Nhập”.</source>
        <translation>Check the table below, then press “Import”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="70"/>
        <source>Đã nhập %1 tệp; %2 tệp không nhập.</source>
        <translation>Files imported: %1; not imported: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="75"/>
        <source>%1 tệp không nhập.</source>
        <translation>Files not imported: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="78"/>
        <source>%1 tệp được tạm giữ cả tệp: không bản ghi nào của tệp được dùng.</source>
        <translation>Files set aside whole: %1. None of their records are used.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="83"/>
        <source>Có cảnh báo: xem cột cuối.</source>
        <translation>There are warnings: see the last column.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="85"/>
        <source>%Ln bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”.</source>
        <translation>
            <numerusform>%Ln record set aside: see “Records set aside”.</numerusform>
            <numerusform>%Ln records set aside: see “Records set aside”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/banner_text.py" line="87"/>
        <source>%Ln ý kiến khẩn: xem trang Tổng quan.</source>
        <translation>
            <numerusform>%Ln urgent concern: see the Home page.</numerusform>
            <numerusform>%Ln urgent concerns: see the Home page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="167"/>
        <source>thành viên lực lượng</source>
        <translation>force members</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="168"/>
        <source>lớp bồi dưỡng</source>
        <translation>training courses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="169"/>
        <source>hội nghị báo cáo viên</source>
        <translation>briefers&apos; conferences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="170"/>
        <source>kênh</source>
        <translation>channels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="171"/>
        <source>số liệu kênh theo tháng</source>
        <translation>monthly channel counts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="172"/>
        <source>chủ đề định hướng</source>
        <translation>orientation topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="113"/>
        <source>chưa ghi chủ đề</source>
        <translation>no theme given</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="119"/>
        <source>&lt;b&gt;Ý kiến khẩn từ đơn vị cấp dưới&lt;/b&gt;</source>
        <translation>&lt;b&gt;Urgent concerns from units below&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="173"/>
        <source>mục lịch</source>
        <translation>calendar entries</translation>
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
        <translation>Sổ tay Tuyên truyền is an oral-outreach notebook for communes, wards and aggregating units: a library of briefing documents, a log of outreach talks, audience groups, exchange by file and reports.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="22"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="23"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="24"/>
        <source>Dấu vân tay khoá</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="25"/>
        <source>Giấy phép GNU GPL phiên bản 3 hoặc mới hơn (GPL-3.0-or-later).</source>
        <translation>Licence: GNU GPL version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="38"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="40"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="80"/>
        <source>Cơ sở dữ liệu có lỗi</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="108"/>
        <source>Đã khôi phục dữ liệu</source>
        <translation>Data restored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="123"/>
        <source>Không ghi được dữ liệu</source>
        <translation>Could not save the data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main.py" line="113"/>
        <location filename="../../desktop_app/ui/main.py" line="133"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AreaListsBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="41"/>
        <source>Vùng ưu tiên và ngôn ngữ</source>
        <translation>Priority areas and languages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="44"/>
        <source>Tên vùng, ví dụ: vùng biên giới</source>
        <translation>Area name, e.g. border area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="45"/>
        <source>Thêm vùng</source>
        <translation>Add area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="46"/>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="47"/>
        <source>Ẩn / hiện</source>
        <translation>Hide / show</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="50"/>
        <source>Tên ngôn ngữ, ví dụ: Tiếng Xơ Đăng</source>
        <translation>Language name, e.g. Xo Dang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="51"/>
        <source>Thêm ngôn ngữ</source>
        <translation>Add language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="52"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="62"/>
        <source>Vùng ưu tiên (nhóm và đơn vị)</source>
        <translation>Priority areas (groups and units)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="63"/>
        <source>Ngôn ngữ của buổi nói chuyện</source>
        <translation>Languages of talks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="99"/>
        <source>%1 (đã ẩn)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="101"/>
        <location filename="../../desktop_app/ui/pages/settings_area_lists.py" line="107"/>
        <source>%1 (có sẵn)</source>
        <translation>%1 (built in)</translation>
    </message>
</context>
<context>
    <name>AreaTagsBox</name>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="18"/>
        <source>vùng sâu</source>
        <translation>remote area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="19"/>
        <source>vùng xa</source>
        <translation>far-off area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="20"/>
        <source>vùng đồng bào dân tộc thiểu số</source>
        <translation>ethnic-minority area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="21"/>
        <source>địa bàn phức tạp, nhạy cảm</source>
        <translation>complex or sensitive area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/area_tags.py" line="31"/>
        <source>Vùng khác (cách nhau bằng dấu ;)</source>
        <translation>Other areas (separate with ;)</translation>
    </message>
</context>
<context>
    <name>AreasPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="20"/>
        <source>Vùng ưu tiên so với địa bàn còn lại</source>
        <translation>Priority areas compared with the rest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="29"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="30"/>
        <source>Số cuộc trực tiếp</source>
        <translation>Direct sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="31"/>
        <source>Lượt người dự</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="32"/>
        <source>Hoạt động trên mạng</source>
        <translation>Online activities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="33"/>
        <source>Lượt người dự trực tuyến</source>
        <translation>Online attendances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="37"/>
        <source>Vùng ưu tiên</source>
        <translation>Priority areas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/areas_panel.py" line="37"/>
        <source>Còn lại</source>
        <translation>The rest</translation>
    </message>
</context>
<context>
    <name>CalendarBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="41"/>
        <source>Lịch ngày lễ, ngày kỷ niệm</source>
        <translation>Calendar of holidays and anniversaries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="46"/>
        <source>Ngày lễ</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="47"/>
        <source>Ngày kỷ niệm</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="48"/>
        <source>Đợt vận động</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="99"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="93"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="100"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="57"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="68"/>
        <source>Ví dụ: Ngày hội Đại đoàn kết toàn dân tộc</source>
        <translation>For example: National Great Unity Day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="70"/>
        <source>ví dụ 18/11</source>
        <translation>e.g. 18/11</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="72"/>
        <source>đợt vận động</source>
        <translation>campaigns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="78"/>
        <source>Ngày lễ lớn (tuần đó và tuần trước là tuần cao điểm)</source>
        <translation>Great national day (its week and the week before are peak weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="82"/>
        <source>Mục mới</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="83"/>
        <source>Lưu mục lịch</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="84"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="168"/>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="172"/>
        <source>Bỏ khỏi lịch</source>
        <translation>Take off the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="89"/>
        <source>Nhắc trước (số ngày)</source>
        <translation>Remind ahead (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="96"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="182"/>
        <source>từ cấp trên</source>
        <translation>from above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="183"/>
        <source>có sẵn</source>
        <translation>built in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="183"/>
        <source>của máy này</source>
        <translation>this computer&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="213"/>
        <source>Mục này do cấp trên gửi xuống: chỉ bỏ khỏi lịch của máy này được.</source>
        <translation>This entry was sent from above: it can only be taken off this computer&apos;s calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="160"/>
        <source>Đã lưu “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="169"/>
        <source>Bỏ “%1” khỏi lịch của máy này? Trang Tổng quan sẽ không nhắc ngày này nữa.</source>
        <translation>Take “%1” off this computer&apos;s calendar? The Overview will no longer remind of this day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="173"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_box.py" line="178"/>
        <source>Đã bỏ “%1” khỏi lịch.</source>
        <translation>“%1” taken off the calendar.</translation>
    </message>
</context>
<context>
    <name>CalendarReminders</name>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="19"/>
        <source>Sắp đến</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="40"/>
        <source>hôm nay %1</source>
        <translation>today, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="42"/>
        <source>còn %Ln ngày đến %2</source>
        <translation>
            <numerusform>%Ln day to %2</numerusform>
            <numerusform>%Ln days to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="44"/>
        <source>Lên kế hoạch buổi nói chuyện</source>
        <translation>Plan a talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="45"/>
        <source>theo định hướng</source>
        <translation>from the orientation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calendar_reminders.py" line="47"/>
        <source>lịch của cấp trên</source>
        <translation>calendar from above</translation>
    </message>
</context>
<context>
    <name>ChangeUnitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="51"/>
        <source>Đổi đơn vị của máy này</source>
        <translation>Change this computer&apos;s unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="56"/>
        <source>Gõ một phần tên, có dấu hoặc không dấu: thanh binh</source>
        <translation>Type part of the name, with or without accents: thanh binh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="64"/>
        <source>Đang sao lưu và đổi đơn vị…</source>
        <translation>Backing up and changing the unit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="67"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="68"/>
        <source>Tiếp theo</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="69"/>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="142"/>
        <source>Đổi đơn vị</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="70"/>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="116"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="116"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="142"/>
        <source>Đổi đơn vị và thay khoá</source>
        <translation>Change unit and replace the key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="149"/>
        <source>Máy này chưa gửi tệp nào lên, nên đổi được ngay: mọi buổi, nhóm và tài liệu của máy chuyển sang %2. Trước khi đổi, dữ liệu được sao lưu.</source>
        <translation>This computer has not sent any file yet, so the unit can be changed at once: every talk, group and document of this computer moves to %2. The data is backed up before the change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="154"/>
        <source>Máy này đã gửi tệp lên với tên %1. Sau khi đổi:
• Ở đơn vị tổng hợp, các bản ghi đã gửi vẫn thuộc %1; ở máy này chúng cũng giữ tên %1.
• Các buổi, nhóm ghi từ nay đứng tên %2.
• Máy tạo khoá mới thay khoá cũ. Lần nhận tệp tới, đơn vị tổng hợp sẽ hỏi xác nhận khoá mới: hãy gọi điện đọc cho họ dấu vân tay mới.
Trước khi đổi, dữ liệu được sao lưu.</source>
        <translation>This computer has already sent files as %1. After the change:
• At the aggregating unit, the records already sent stay under %1; on this computer they also keep the name %1.
• Talks and groups logged from now on are under %2.
• This computer makes a new key to replace the old one. When the aggregating unit next receives a file, it will ask to confirm the new key: call them and read out the new fingerprint.
The data is backed up before the change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="183"/>
        <source>Máy này đã là của %1.</source>
        <translation>This computer now belongs to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="186"/>
        <source>Khoá mới, dấu vân tay: %1 — đọc dãy này cho đơn vị tổng hợp khi họ hỏi.</source>
        <translation>New key, fingerprint: %1 — read it out to the aggregating unit when they ask.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="191"/>
        <source>%Ln bản ghi đã chuyển sang đơn vị mới.</source>
        <translation>
            <numerusform>%Ln record moved to the new unit.</numerusform>
            <numerusform>%Ln records moved to the new unit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/change_unit.py" line="192"/>
        <source>Bản sao lưu trước khi đổi: %1</source>
        <translation>Backup made before the change: %1</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Kênh</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Theo dõi</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/model.py" line="23"/>
        <source>Tăng</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="68"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="70"/>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="216"/>
        <source>Kênh mới</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="71"/>
        <source>Nhập số liệu từ Meta…</source>
        <translation>Import Meta statistics…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="83"/>
        <source>Kênh chính thống của đơn vị</source>
        <translation>The unit&apos;s official channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="85"/>
        <source>Lưu kênh</source>
        <translation>Save channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="86"/>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="296"/>
        <source>Xoá kênh</source>
        <translation>Delete channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="88"/>
        <source>Tên kênh</source>
        <translation>Channel name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="89"/>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="90"/>
        <source>Đường dẫn</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="91"/>
        <source>Người quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="92"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="94"/>
        <source>Số người theo dõi (thành viên) theo tháng</source>
        <translation>Followers (members) by month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="96"/>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="106"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="96"/>
        <source>Người theo dõi</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="101"/>
        <source>NĂM-THÁNG, ví dụ 2026-10</source>
        <translation>YEAR-MONTH, e.g. 2026-10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="104"/>
        <source>Ghi số liệu tháng</source>
        <translation>Record the month&apos;s count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="107"/>
        <source>Số người theo dõi</source>
        <translation>Followers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="190"/>
        <source>%Ln kênh</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="279"/>
        <source>Đã ghi %Ln người theo dõi tháng %2.</source>
        <translation>
            <numerusform>Recorded %Ln follower for %2.</numerusform>
            <numerusform>Recorded %Ln followers for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="325"/>
        <source>Đang đọc %Ln tệp…</source>
        <translation>
            <numerusform>Reading %Ln file…</numerusform>
            <numerusform>Reading %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="358"/>
        <source>Đã nhập số liệu của %Ln bài đăng vào fanpage “%2” (%3 mới, %4 cập nhật).</source>
        <translation>
            <numerusform>Imported the figures of %Ln post into fanpage “%2” (%3 new, %4 updated).</numerusform>
            <numerusform>Imported the figures of %Ln posts into fanpage “%2” (%3 new, %4 updated).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="263"/>
        <source>Đã lưu kênh “%1”.</source>
        <translation>Channel “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="289"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="297"/>
        <source>Xoá kênh “%1”? Các buổi đã ghi vẫn giữ nguyên.</source>
        <translation>Delete channel “%1”? Talks already logged stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="298"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="299"/>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="314"/>
        <source>Chọn tệp Meta Business Suite</source>
        <translation>Choose Meta Business Suite files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="314"/>
        <source>Tệp CSV (*.csv);;Mọi tệp (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/panel.py" line="367"/>
        <source>Chưa nhập được: %1</source>
        <translation>Not imported: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="40"/>
        <source>T1</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="41"/>
        <source>T2</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="42"/>
        <source>T3</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="43"/>
        <source>T4</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="44"/>
        <source>T5</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="45"/>
        <source>T6</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="46"/>
        <source>T7</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="47"/>
        <source>T8</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="48"/>
        <source>T9</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="49"/>
        <source>T10</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="50"/>
        <source>T11</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="51"/>
        <source>T12</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="53"/>
        <source>Số cuộc theo đơn vị</source>
        <translation>Sessions by unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="54"/>
        <source>Số cuộc theo đơn vị (%1 đơn vị nhiều nhất)</source>
        <translation>Sessions by unit (the top %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="55"/>
        <source>Hoạt động tuyên truyền theo hình thức</source>
        <translation>Outreach by format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="56"/>
        <source>Số cuộc theo tháng</source>
        <translation>Sessions by month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/charts.py" line="57"/>
        <source>Không có số liệu</source>
        <translation>No figures</translation>
    </message>
</context>
<context>
    <name>ConferenceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Điểm cầu</source>
        <translation>Connection point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="104"/>
        <source>Số người dự</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="40"/>
        <source>Ghi hội nghị</source>
        <translation>Record conference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="42"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="43"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="44"/>
        <source>Điểm cầu</source>
        <translation>Connection point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="45"/>
        <source>Người dự (đánh dấu)</source>
        <translation>Attendees (tick)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="55"/>
        <source>Ghi một hội nghị báo cáo viên</source>
        <translation>Record a briefers&apos; conference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="111"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/conferences.py" line="116"/>
        <source>Đã ghi hội nghị ngày %1: %2 người dự.</source>
        <translation>Conference of %1 recorded: %2 attended.</translation>
    </message>
</context>
<context>
    <name>ConfirmUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="149"/>
        <location filename="../../desktop_app/ui/wizard.py" line="173"/>
        <source>Đúng đơn vị của bạn?</source>
        <translation>Is this your unit?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="150"/>
        <source>Kiểm tra tên, tỉnh và mã trước khi thiết lập.</source>
        <translation>Check the name, province and code before setting up.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="159"/>
        <source>Đúng thì bấm “Đúng, tiếp theo” (Enter). Chưa đúng thì bấm “Quay lại” để chọn lại. Sau này vẫn đổi được trong Cài đặt.</source>
        <translation>If it is right, press “Yes, next” (Enter). If not, press “Back” to choose again. It can still be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="165"/>
        <source>Đúng, tiếp theo</source>
        <translation>Yes, next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="173"/>
        <source>Đơn vị mới thuộc đơn vị này?</source>
        <translation>Does the new unit belong here?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="176"/>
        <source>Đơn vị mới sẽ thuộc %1 — mã %2. Đúng không?</source>
        <translation>The new unit will belong to %1 (code %2). Is that right?</translation>
    </message>
</context>
<context>
    <name>DocumentExtras</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="29"/>
        <source>Có gì thay đổi</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="36"/>
        <source>Tài liệu tương tự</source>
        <translation>Similar documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="63"/>
        <source>Tài liệu đã có bản mới kể từ lần bạn đọc.</source>
        <translation>A newer version arrived since you read this document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="77"/>
        <source>Ý chính thêm</source>
        <translation>Key points added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="78"/>
        <source>Ý chính bỏ</source>
        <translation>Key points removed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="79"/>
        <source>Câu thêm</source>
        <translation>Sentences added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/doc_extras.py" line="80"/>
        <source>Câu bỏ</source>
        <translation>Sentences removed</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="31"/>
        <source>Lưu làm mặc định</source>
        <translation>Save as default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="34"/>
        <source>Để trống để dùng cách ghi theo đơn vị (chữ mờ trong ô). Mỗi dòng “Nơi nhận” là một nơi.</source>
        <translation>Leave a field blank to use the unit’s own wording (shown greyed in the field). Each line of “Recipients” is one recipient.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="40"/>
        <source>Số, ký hiệu:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="41"/>
        <source>Cơ quan cấp trên:</source>
        <translation>Superior body:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="42"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="43"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="44"/>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="45"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer’s title:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="49"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/doc_fields.py" line="92"/>
        <source>Đã lưu làm mặc định cho máy này.</source>
        <translation>Saved as this computer’s default.</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="32"/>
        <source>Thông tin tài liệu</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="32"/>
        <source>Sửa tài liệu</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="47"/>
        <source>Bắt buộc đọc</source>
        <translation>Required reading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="52"/>
        <source>Tên tài liệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="53"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="54"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="55"/>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="55"/>
        <source>H = hôm nay</source>
        <translation>H = today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="56"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="56"/>
        <source>Để trống nếu không hạn</source>
        <translation>Leave empty if it does not expire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="57"/>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="57"/>
        <source>Nhiều chuyên đề cách nhau bằng dấu ;</source>
        <translation>Separate several topics with ;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="58"/>
        <source>Ý chính</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="58"/>
        <source>Mỗi ý một dòng</source>
        <translation>One point per line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="60"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="62"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="62"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="112"/>
        <source>Tài liệu này do %1 ban hành: chỉ đơn vị đó sửa được, bản sửa sẽ về trong gói tài liệu sau. Bạn vẫn ghi chú riêng ở khung ghi chú dưới bài đọc.</source>
        <translation>This document was issued by %1: only that unit can change it, and its corrections arrive in a later pack. You can still keep your own note in the box under the reader.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/edit_form.py" line="150"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="331"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="331"/>
        <source>Ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="331"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="340"/>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="341"/>
        <source>Đã đọc</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="341"/>
        <source>Chưa đọc</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="246"/>
        <source>Xong! Máy này đã sẵn sàng</source>
        <translation>Done! This computer is ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="258"/>
        <source>Dấu vân tay khoá của máy này:</source>
        <translation>This computer&apos;s key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="263"/>
        <source>Khi cấp trên nhận tệp đầu tiên của bạn, họ sẽ hỏi dấu vân tay này để chắc tệp đúng là của bạn. Xem lại bất cứ lúc nào trong Cài đặt.</source>
        <translation>When the level above receives your first file, they will ask for this fingerprint to be sure the file is yours. You can see it again at any time in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="276"/>
        <source>Đơn vị: %1
Vai trò: %2</source>
        <translation>Unit: %1
Role: %2</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="26"/>
        <source>Xã, phường (ghi nhật ký)</source>
        <translation>Commune or ward (keeps the log)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="27"/>
        <source>Đơn vị tổng hợp</source>
        <translation>Aggregating unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="31"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="32"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="33"/>
        <location filename="../../desktop_app/core/labels.py" line="62"/>
        <source>Thôn, ấp, tổ dân phố</source>
        <translation>Hamlet or residential group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="34"/>
        <location filename="../../desktop_app/core/labels.py" line="63"/>
        <source>Đoàn thể</source>
        <translation>Mass organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="35"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="36"/>
        <source>Huyện cũ</source>
        <translation>Former district</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="37"/>
        <source>Cụm</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="41"/>
        <source>Hội nghị, buổi nói chuyện</source>
        <translation>Meeting or talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="42"/>
        <source>Đài truyền thanh cơ sở</source>
        <translation>Local loudspeaker radio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="43"/>
        <source>Điểm cầu trực tuyến</source>
        <translation>Online conference point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="44"/>
        <source>Bài đăng nhóm Zalo</source>
        <translation>Zalo group post</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="45"/>
        <source>Bài đăng fanpage</source>
        <translation>Fanpage post</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="46"/>
        <source>Đến từng hộ</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="47"/>
        <source>Hình thức khác</source>
        <translation>Other format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="64"/>
        <location filename="../../desktop_app/core/labels.py" line="126"/>
        <source>Nhóm Zalo</source>
        <translation>Zalo group</translation>
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
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="67"/>
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="68"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="72"/>
        <source>Không cần</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="73"/>
        <source>Đang theo dõi</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="74"/>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="84"/>
        <source>Đồng hồ máy gửi chạy nhanh</source>
        <translation>Sender&apos;s clock ran ahead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="85"/>
        <source>Ngày ở tương lai</source>
        <translation>Date in the future</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="86"/>
        <source>Mã thuộc đơn vị khác</source>
        <translation>Id belongs to another unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="87"/>
        <source>Bản ghi của đơn vị này</source>
        <translation>This unit&apos;s own record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="88"/>
        <source>Trùng đơn vị hành chính</source>
        <translation>Clashes with an official unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="89"/>
        <source>Ngoài địa bàn đơn vị gửi</source>
        <translation>Outside the sender&apos;s area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="90"/>
        <source>Sửa chuyên đề dùng chung</source>
        <translation>Changes a shared topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="91"/>
        <source>Thu hồi khóa được bảo vệ</source>
        <translation>Revokes a protected key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="92"/>
        <source>Liên kết tới đơn vị khác</source>
        <translation>Link to another unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="97"/>
        <source>Thời điểm ghi của bản ghi vượt quá giờ máy này hơn một ngày (đồng hồ máy gửi chạy nhanh)</source>
        <translation>The record&apos;s time is more than a day ahead of this computer (the sender&apos;s clock ran ahead)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="101"/>
        <source>Ngày tổ chức buổi ở tương lai</source>
        <translation>The session is dated in the future</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="102"/>
        <source>Bản ghi đã có ở đây nhưng thuộc đơn vị khác</source>
        <translation>The record exists here but belongs to another unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="103"/>
        <source>Đơn vị khác gửi một bản ghi của chính đơn vị này; chỉ đơn vị này ghi được bản ghi của mình</source>
        <translation>Another unit sent a record that belongs to this unit; only this unit writes its own records</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="107"/>
        <source>Tệp định sửa một đơn vị hành chính chính thức</source>
        <translation>The file tried to change an official administrative unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="108"/>
        <source>Buổi, nhóm hoặc đơn vị tự tạo nằm ngoài địa bàn của đơn vị gửi</source>
        <translation>A talk, group or custom unit outside the sending unit&apos;s area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="111"/>
        <source>Tệp định đổi tên hoặc xóa một chuyên đề dùng chung; chuyên đề được giữ nguyên</source>
        <translation>The file tried to rename or delete a shared topic; the topic is kept as it is</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="114"/>
        <source>Tệp định thu hồi khóa của máy này hoặc của đơn vị tổng hợp; không thu hồi</source>
        <translation>The file tried to revoke this installation&apos;s key or its aggregator&apos;s key; nothing was revoked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="117"/>
        <source>Bản ghi gắn với thành viên hoặc kênh của một đơn vị khác (khóa học, hội nghị, kênh hay bài đăng)</source>
        <translation>The record is tied to a member or channel of another unit (a course, conference, channel or post)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="133"/>
        <source>Đơn vị gửi không được phép ghi bản ghi này (%1)</source>
        <translation>The sending unit may not write this record (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="52"/>
        <source>buổi</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="53"/>
        <source>buổi phát thanh</source>
        <translation>broadcasts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="54"/>
        <source>hội nghị</source>
        <translation>conferences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="55"/>
        <location filename="../../desktop_app/core/labels.py" line="56"/>
        <source>bài đăng</source>
        <translation>posts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="57"/>
        <source>lượt đến hộ</source>
        <translation>home visits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="58"/>
        <source>cuộc</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="180"/>
        <source>gần nội dung chung %1%</source>
        <translation>close to the whole text %1%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="181"/>
        <source>chung từ với tiêu đề %1%</source>
        <translation>shares %1% of the title&apos;s words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="182"/>
        <source>thuộc mục “%1”</source>
        <translation>under “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="183"/>
        <source>câu mở đầu</source>
        <translation>opens its section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="184"/>
        <source>có từ nhấn mạnh: %1</source>
        <translation>stress words: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="185"/>
        <source>một mục liệt kê</source>
        <translation>a list item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="186"/>
        <source>câu lặp lại ở nhiều tài liệu khác</source>
        <translation>repeated in several other documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="125"/>
        <source>Tài khoản Facebook</source>
        <translation>Facebook account</translation>
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
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/labels.py" line="79"/>
        <source>Đã chuyển cơ quan có thẩm quyền</source>
        <translation>Transferred to the competent body</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="78"/>
        <source>Kéo thả các tệp .sotay (hoặc cả thư mục tải về từ Zalo) vào đây</source>
        <translation>Drop .sotay files (or a whole folder downloaded from Zalo) here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="85"/>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="86"/>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="93"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="108"/>
        <source>Xác nhận khoá…</source>
        <translation>Confirm key…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="109"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="110"/>
        <source>Lưu báo cáo kết quả…</source>
        <translation>Save the result report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="111"/>
        <source>Làm lại</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="120"/>
        <source>Nhận tệp</source>
        <translation>Receive files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="146"/>
        <source>Trao đổi tệp</source>
        <translation>File exchange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="149"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="209"/>
        <source>Chọn tệp nhận được</source>
        <translation>Choose the files you received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="209"/>
        <source>Tệp trao đổi (*.sotay);;Mọi tệp (*)</source>
        <translation>Exchange files (*.sotay);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="214"/>
        <source>Chọn thư mục chứa các tệp nhận được</source>
        <translation>Choose the folder with the files you received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="237"/>
        <source>Đang kiểm tra các tệp (chưa ghi gì vào dữ liệu)…</source>
        <translation>Checking the files (nothing is written yet)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="242"/>
        <source>Đang nhập… Dữ liệu được sao lưu trước.</source>
        <translation>Importing… The data was backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="263"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="267"/>
        <source>cập nhật chỉ mục tìm kiếm</source>
        <translation>updating the search index</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="292"/>
        <source>Không đọc được các tệp: %1</source>
        <translation>Could not read the files: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="301"/>
        <source>Thêm mới %1 · Cập nhật %2 · Không đổi %3 · Xung đột %4 · Lỗi %5</source>
        <translation>New %1 · Updated %2 · Unchanged %3 · Conflicts %4 · Errors %5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="323"/>
        <source>Không có tệp nào trong những gì bạn chọn.</source>
        <translation>There are no files in what you chose.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="329"/>
        <source>Không có tệp nào để nhập. Lý do ở cột cuối của bảng.</source>
        <translation>No file can be imported. The reasons are in the last column.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="349"/>
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup made before importing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="370"/>
        <source>Lưu báo cáo kết quả</source>
        <translation>Save the result report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="372"/>
        <source>Văn bản (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="379"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/page.py" line="185"/>
        <source>Bản ghi tạm giữ (%1)…</source>
        <translation>Records set aside (%1)…</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_box.py" line="31"/>
        <source>Đang theo dõi</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_box.py" line="35"/>
        <source>ngày</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_box.py" line="36"/>
        <source>Ý kiến khẩn: gửi lên cấp trên ngay</source>
        <translation>Urgent concern: send it up at once</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="22"/>
        <source>Việc theo dõi đã xong</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="34"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="35"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="42"/>
        <source>Kết quả:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/follow_up_done.py" line="43"/>
        <source>Ngày giải quyết:</source>
        <translation>Day resolved:</translation>
    </message>
</context>
<context>
    <name>FollowUpFilter</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_filter.py" line="17"/>
        <source>Mọi buổi</source>
        <translation>Every talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_filter.py" line="18"/>
        <source>Còn việc theo dõi</source>
        <translation>Follow-up open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/follow_up_filter.py" line="19"/>
        <source>Việc theo dõi quá hạn</source>
        <translation>Follow-up overdue</translation>
    </message>
</context>
<context>
    <name>ForcePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="32"/>
        <source>Danh sách</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="33"/>
        <source>Bồi dưỡng</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="34"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="36"/>
        <source>Kênh</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="39"/>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/page.py" line="44"/>
        <source>Lực lượng báo cáo viên, tuyên truyền viên</source>
        <translation>Briefers and outreach workers</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Quy mô</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="353"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="357"/>
        <source>(ngừng)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="75"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="77"/>
        <location filename="../../desktop_app/ui/pages/groups.py" line="264"/>
        <source>Nhóm mới</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="90"/>
        <source>Người liên hệ đã đồng ý cho lưu tên và số điện thoại</source>
        <translation>The contact agreed to keeping name and phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="94"/>
        <source>Nhóm còn hoạt động</source>
        <translation>Group is active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="95"/>
        <source>Lưu nhóm</source>
        <translation>Save group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="96"/>
        <location filename="../../desktop_app/ui/pages/groups.py" line="331"/>
        <source>Xoá nhóm</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="99"/>
        <source>Tên nhóm</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="100"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="101"/>
        <source>Quy mô (số người, số thành viên)</source>
        <translation>Size (people or members)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="102"/>
        <source>Đường dẫn nhóm Zalo, fanpage</source>
        <translation>Zalo group or fanpage link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="104"/>
        <source>Người liên hệ</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="104"/>
        <source>Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.</source>
        <translation>Kept on this computer only; never sent unless you choose to.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="106"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="107"/>
        <source>Ngày đồng ý</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="108"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="109"/>
        <source>Vùng ưu tiên</source>
        <translation>Priority areas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="111"/>
        <source>Các buổi đã đến với nhóm</source>
        <translation>Talks that reached the group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="126"/>
        <source>Nhóm đối tượng</source>
        <translation>Audience groups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/groups.py" line="204"/>
        <source>%Ln nhóm</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="281"/>
        <source>Các buổi đã đến với nhóm: %1</source>
        <translation>Talks that reached the group: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="313"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="317"/>
        <source>Đã lưu nhóm “%1”.</source>
        <translation>Group “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="319"/>
        <source>Đã xoá tên và số điện thoại người liên hệ (rút lại đồng ý), kể cả trong lịch sử.</source>
        <translation>The contact&apos;s name and phone were removed (consent withdrawn), in history too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="332"/>
        <source>Xoá nhóm “%1”? Các buổi đã ghi vẫn giữ nguyên.</source>
        <translation>Delete the group “%1”? Talks already logged stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="334"/>
        <source>Tên và số điện thoại người liên hệ cũng được xoá, kể cả trong lịch sử.</source>
        <translation>The contact&apos;s name and phone are removed too, in history as well.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="335"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="336"/>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="253"/>
        <source>Nhóm này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1</source>
        <translation>This group breaks the limits, so it cannot be sent yet. Fix what is marked, then save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/groups.py" line="97"/>
        <source>Chuẩn bị buổi nói chuyện…</source>
        <translation>Prepare a talk…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="68"/>
        <source>Hướng dẫn</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="77"/>
        <source>Tìm trong hướng dẫn</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="78"/>
        <source>Enter: tìm chỗ tiếp theo</source>
        <translation>Enter: find the next place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="80"/>
        <source>Không thấy.</source>
        <translation>Not found.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="162"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="163"/>
        <source>Gửi cho</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="164"/>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="172"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="165"/>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="173"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="166"/>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="174"/>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="167"/>
        <source>Cấp trên đã nhận</source>
        <translation>Receipt from above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="170"/>
        <source>Thời gian nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="171"/>
        <source>Từ đơn vị</source>
        <translation>From unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="175"/>
        <source>Lập lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="184"/>
        <source>Mọi đơn vị cấp dưới</source>
        <translation>Every unit below</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="188"/>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="189"/>
        <source>Bản đầy đủ</source>
        <translation>Full copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="190"/>
        <source>Gói tài liệu</source>
        <translation>Document pack</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="191"/>
        <source>Giấy báo nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="192"/>
        <source>Khoá</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="184"/>
        <source>Cấp trên (bất kỳ)</source>
        <translation>The level above (any)</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/history.py" line="24"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/history.py" line="25"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="60"/>
        <source>Ghi buổi mới</source>
        <translation>Log a new talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="61"/>
        <source>Gửi nhật ký</source>
        <translation>Send my log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="62"/>
        <source>Đọc tài liệu</source>
        <translation>Read documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="73"/>
        <source>Cần làm ngay</source>
        <translation>Needs attention now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="78"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="80"/>
        <source>Từ đầu năm</source>
        <translation>Since the start of the year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="176"/>
        <source>Chào %1 · %2</source>
        <translation>Hello %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="199"/>
        <source>&lt;b&gt;Việc cần theo dõi đến hạn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Follow-ups due&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="213"/>
        <source>Nhật ký %1 chưa được gửi lên. %2</source>
        <translation>The log for %1 has not been sent yet. %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="215"/>
        <source>Gửi ngay</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="248"/>
        <source> và %1 đơn vị khác</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="250"/>
        <source>Xem</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="223"/>
        <source>Nhận tệp của các đơn vị ở trang %1.</source>
        <translation>Receive the units&apos; files on the %1 page.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="224"/>
        <source>Trao đổi</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="229"/>
        <source>Không có việc gì cần làm ngay. Tốt lắm!</source>
        <translation>Nothing needs attention right now. Well done!</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="237"/>
        <source>Tháng này (%1)</source>
        <translation>This month (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="298"/>
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="299"/>
        <source>Lượt người dự</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="300"/>
        <source>Lượt xem trực tuyến</source>
        <translation>Online views</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="301"/>
        <source>Lượt thích, chia sẻ</source>
        <translation>Likes and shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="302"/>
        <source>Điểm cầu</source>
        <translation>Connection points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="63"/>
        <source>Nhận tệp</source>
        <translation>Receive files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="66"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="188"/>
        <source>&lt;b&gt;%Ln tài liệu bắt buộc chưa đọc&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln required document not read yet&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln required documents not read yet&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="246"/>
        <source>&lt;b&gt;%Ln đơn vị chưa báo cáo kỳ này:&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%Ln unit has not reported this period:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%Ln units have not reported this period:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="264"/>
        <source>&lt;b&gt;Việc theo dõi quá hạn ở %Ln đơn vị cấp dưới&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Overdue follow-ups in %Ln unit below&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Overdue follow-ups in %Ln units below&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/home.py" line="266"/>
        <source>và %Ln đơn vị khác</source>
        <translation>
            <numerusform>and %Ln more unit</numerusform>
            <numerusform>and %Ln more units</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="274"/>
        <source>Kỳ báo cáo: %1</source>
        <translation>Reporting period: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="280"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="281"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="282"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="283"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="284"/>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="285"/>
        <source>Bản ghi tạm giữ</source>
        <translation>Records set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="286"/>
        <source>Gói tài liệu đã gửi</source>
        <translation>Packs sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="287"/>
        <source>Gói đã có biên nhận</source>
        <translation>Packs confirmed received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="289"/>
        <source>Tài liệu đã có đơn vị đọc</source>
        <translation>Documents read by a unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="258"/>
        <source>%1 việc quá hạn</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="178"/>
        <source>Xin chào · %1</source>
        <translation>Hello · %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="207"/>
        <source>Chưa có buổi nào. %1</source>
        <translation>No talk logged yet. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="208"/>
        <source>Ghi buổi đầu tiên (Ctrl+N)</source>
        <translation>Log the first talk (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="167"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="167"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/home.py" line="193"/>
        <source>Đã xong…</source>
        <translation>Done…</translation>
    </message>
</context>
<context>
    <name>KeyPointsDraftPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="41"/>
        <source>Đề xuất ý chính</source>
        <translation>Draft key points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="42"/>
        <source>Máy chọn những câu quan trọng nhất trong nội dung và tệp đính kèm</source>
        <translation>The computer picks the most important sentences of the text and its attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="43"/>
        <source>Bản nháp do máy đề xuất</source>
        <translation>Draft proposed by the computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="44"/>
        <source>(chưa ai duyệt): sửa nếu cần, mỗi dòng một ý, rồi chấp nhận hoặc bỏ.</source>
        <translation>(not yet checked by anyone): edit if needed, one point per line, then accept or discard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="55"/>
        <source>Chấp nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="56"/>
        <source>Bỏ bản nháp</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="102"/>
        <source>Tài liệu không có câu nào đủ dài để đề xuất ý chính.</source>
        <translation>The document has no sentence long enough to propose as a key point.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="108"/>
        <source>Vì sao chọn: %1</source>
        <translation>Why chosen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="114"/>
        <source>Chưa đề xuất được ý chính: %1</source>
        <translation>Could not draft key points: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="128"/>
        <source>Đã lưu ý chính, ghi rõ là bạn chấp nhận từ bản nháp của máy.</source>
        <translation>Key points saved, marked as accepted by you from the computer&apos;s draft.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="134"/>
        <source>Đã bỏ bản nháp ý chính; không có gì được lưu.</source>
        <translation>Key point draft discarded; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="141"/>
        <source>Đã bỏ các ý chính bạn chấp nhận cho tài liệu này.</source>
        <translation>The key points you accepted for this document were discarded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="151"/>
        <source>Bạn đã chấp nhận từ bản nháp do máy đề xuất, có sửa, ngày %1</source>
        <translation>Accepted by you from the computer&apos;s draft, with edits, on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="153"/>
        <source>Bạn đã chấp nhận từ bản nháp do máy đề xuất, ngày %1</source>
        <translation>Accepted by you from the computer&apos;s draft on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="155"/>
        <source>Ý chính bạn đã chấp nhận</source>
        <translation>Key points you accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/key_points_draft.py" line="157"/>
        <source>Bỏ các ý này</source>
        <translation>Discard these points</translation>
    </message>
</context>
<context>
    <name>LegacyPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="29"/>
        <source>TCVN3 và VNI</source>
        <translation>TCVN3 and VNI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="32"/>
        <source>Chuyển chữ gõ bảng mã cũ</source>
        <translation>Convert text typed in an old encoding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="35"/>
        <source>Các tệp dưới đây được gõ bằng bảng mã cũ. Chữ sẽ được chuyển sang Unicode để đọc và tìm được; xem cột “Sau khi chuyển” rồi bấm “Thêm”. Tệp gốc được giữ nguyên.</source>
        <translation>The files below were typed in an old Vietnamese encoding. Their text will be converted to Unicode so it can be read and searched; check the “After conversion” column, then press “Add”. The original files are kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Bảng mã</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="42"/>
        <source>Sau khi chuyển</source>
        <translation>After conversion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="60"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/legacy_preview.py" line="61"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LibraryAdding</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="63"/>
        <source>Chọn tài liệu</source>
        <translation>Choose documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="64"/>
        <source>Tài liệu (*.pdf *.docx *.txt *.md *.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Documents (*.pdf *.docx *.txt *.md *.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="81"/>
        <source>Đang thêm %Ln tệp…</source>
        <translation>
            <numerusform>Adding %Ln file…</numerusform>
            <numerusform>Adding %Ln files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="89"/>
        <source>Chưa thêm tài liệu nào.</source>
        <translation>No document was added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="109"/>
        <source>Đã thêm: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/adding.py" line="117"/>
        <source>Chưa thêm được: %1</source>
        <translation>Could not add: %1</translation>
    </message>
</context>
<context>
    <name>LibraryEditing</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="55"/>
        <source>Sửa thông tin…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="55"/>
        <source>Xem thông tin…</source>
        <translation>View details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="60"/>
        <source>Tài liệu của cấp trên: chỉ đơn vị ban hành xoá được.</source>
        <translation>A document from above: only the unit that issued it can delete it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="72"/>
        <source>Đã lưu tài liệu “%1”.</source>
        <translation>Saved the document “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="94"/>
        <source>Đã xoá tài liệu “%1”.</source>
        <translation>Deleted the document “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="94"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="111"/>
        <source>Đã khôi phục tài liệu “%1”.</source>
        <translation>Restored the document “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="132"/>
        <source>Đã lưu ghi chú cho “%1”.</source>
        <translation>Note saved for “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/editing.py" line="58"/>
        <source>Delete trong danh sách</source>
        <translation>Delete in the list</translation>
    </message>
</context>
<context>
    <name>LibraryLayout</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="48"/>
        <source>Tìm trong tài liệu (có dấu hoặc không dấu)…  Ctrl+F</source>
        <translation>Search the documents (with or without accents)…  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="65"/>
        <source>Chỉ tài liệu bắt buộc</source>
        <translation>Required documents only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="66"/>
        <source>Chỉ tài liệu chưa đọc</source>
        <translation>Unread documents only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="67"/>
        <source>Còn hiệu lực</source>
        <translation>Still valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="69"/>
        <source>Thêm tài liệu…</source>
        <translation>Add documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="70"/>
        <source>Hoặc kéo thả tệp PDF, DOCX, TXT, ảnh vào đây.</source>
        <translation>Or drop PDF, DOCX, TXT or image files here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="89"/>
        <source>Đánh dấu đã đọc</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="91"/>
        <source>Ghi chú riêng của bạn (chỉ lưu trên máy này)</source>
        <translation>Your own note (kept on this computer only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="93"/>
        <source>Lưu ghi chú</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="96"/>
        <source>Sửa thông tin…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="97"/>
        <source>Xoá tài liệu</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="104"/>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="105"/>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="148"/>
        <source>Thư viện tài liệu</source>
        <translation>Document library</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page_layout.py" line="50"/>
        <source>Tìm trong tài liệu</source>
        <translation>Search the library</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="297"/>
        <source>Đánh dấu đã đọc</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="92"/>
        <source>Mọi chuyên đề</source>
        <translation>All topics</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/library/page.py" line="126"/>
        <source>%Ln tài liệu</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/library/page.py" line="198"/>
        <source>%Ln kết quả cho “%2”</source>
        <translation>
            <numerusform>%Ln result for “%2”</numerusform>
            <numerusform>%Ln results for “%2”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="200"/>
        <source>Không tìm thấy “%1”. Thử bỏ bớt từ.</source>
        <translation>Nothing found for “%1”. Try fewer words.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="252"/>
        <source>Chọn một tài liệu trong danh sách.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="261"/>
        <source>Bắt buộc đọc</source>
        <translation>Required reading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="265"/>
        <source>Hiệu lực đến %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="267"/>
        <source>Hết hiệu lực từ %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="270"/>
        <source>Đã đọc</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="270"/>
        <source>Chưa đọc</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="272"/>
        <source>Chuyên đề: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="276"/>
        <source>Đoạn khớp trong tệp “%1”</source>
        <translation>Matching passage in the file “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="279"/>
        <source>Ý chính</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="284"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="292"/>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="297"/>
        <source>Bỏ đánh dấu đã đọc</source>
        <translation>Mark as unread</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="331"/>
        <source>Không mở tệp: %1</source>
        <translation>Could not open the file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="334"/>
        <source>Không chép được tệp để mở: %1</source>
        <translation>Could not copy the file to open it: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/library/page.py" line="366"/>
        <source>Đã lưu ghi chú.</source>
        <translation>Note saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Gửi nhật ký</source>
        <translation>Send my log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="104"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <source>Tài liệu</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <source>Nhật ký</source>
        <translation>Talk log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Nhóm</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="139"/>
        <source>Trao đổi</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="327"/>
        <location filename="../../desktop_app/ui/main_window.py" line="354"/>
        <source>Lần gửi gần nhất: %1</source>
        <translation>Last sent: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="346"/>
        <source>đơn vị cấp trên</source>
        <translation>the level above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="348"/>
        <source>Đã có phiên bản mới hơn: Sổ tay Tuyên truyền %1 (đang dùng %2), theo tệp nhận từ %3. Hãy xin bộ cài mới để cập nhật; dữ liệu và khoá được giữ nguyên.</source>
        <translation>A newer version is available: Sổ tay Tuyên truyền %1 (this is %2), according to a file received from %3. Ask for the new installer to update; your data and keys are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="328"/>
        <location filename="../../desktop_app/ui/main_window.py" line="358"/>
        <location filename="../../desktop_app/ui/status_labels.py" line="26"/>
        <source>Chờ gửi: %1 thay đổi</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>Đi tới</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97"/>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="100"/>
        <source>Ghi buổi mới</source>
        <translation>Log a new talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101"/>
        <source>Tìm tài liệu</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Hướng dẫn</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Lực lượng</source>
        <translation>Force</translation>
    </message>
</context>
<context>
    <name>MemberChecklist</name>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="63"/>
        <source>Lọc theo tên, có dấu hoặc không dấu</source>
        <translation>Filter by name, with or without diacritics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="66"/>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="67"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="134"/>
        <source>Đã chọn %1/%2</source>
        <translation>%1/%2 chosen</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="26"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="27"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="28"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="29"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="30"/>
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="31"/>
        <source>Bồi dưỡng gần nhất</source>
        <translation>Last trained</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="32"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="37"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="38"/>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="39"/>
        <source>Đã thôi</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>MembersBox</name>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="241"/>
        <source>Đơn vị thành viên</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="244"/>
        <source>Các đơn vị được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. Danh sách chỉ lưu trên máy này, không gửi đi trong tệp.</source>
        <translation>The units ticked send their files to this computer; reports and the list of units yet to report count them. The list is kept on this computer only and never sent in a file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="252"/>
        <source>Lưu danh sách thành viên</source>
        <translation>Save the member list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/cluster.py" line="285"/>
        <source>Đã lưu %Ln đơn vị thành viên.</source>
        <translation>
            <numerusform>%Ln member unit saved.</numerusform>
            <numerusform>%Ln member units saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetaPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="20"/>
        <source>Nhập số liệu từ Meta</source>
        <translation>Import Meta statistics</translation>
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
            <numerusform>Log a “Fanpage post” talk for the %Ln post not in the log yet</numerusform>
            <numerusform>Log a “Fanpage post” talk for each of the %Ln posts not in the log yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="33"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="34"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="51"/>
        <source>%1 bài đăng: %2 mới, %3 cập nhật số liệu, %4 không đổi.</source>
        <translation>Posts: %1 (new: %2, with updated figures: %3, unchanged: %4).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="56"/>
        <source>Số liệu tính đến ngày %1 (số cộng dồn từ khi đăng; tệp mới thay số cũ, không cộng thêm).</source>
        <translation>Figures as of %1 (totals since posting; a newer file replaces the old figures, never adds to them).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="61"/>
        <source>%Ln bài đã có số liệu mới hơn tệp này: giữ nguyên.</source>
        <translation>
            <numerusform>%Ln post already has newer figures than this file: kept as it is.</numerusform>
            <numerusform>%Ln posts already have newer figures than this file: kept as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="76"/>
        <source>%Ln bài khớp với buổi đã ghi trong nhật ký.</source>
        <translation>
            <numerusform>%Ln post matches a talk already in the log.</numerusform>
            <numerusform>%Ln posts match talks already in the log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="63"/>
        <source>Chỉ số theo ngày “%1”: %2 ngày.</source>
        <translation>Daily metric “%1”, days: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/channels/meta_dialog.py" line="67"/>
        <source>Sau khi nhập, fanpage có: %1 lượt xem, %2 lượt tiếp cận, %3 lượt cảm xúc, %4 bình luận, %5 chia sẻ.</source>
        <translation>After the import the fanpage has: views %1, reach %2, reactions %3, comments %4, shares %5.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="189"/>
        <source>Tên của bạn và cỡ chữ</source>
        <translation>Your name and text size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="192"/>
        <source>Ví dụ: Nguyễn Văn Hùng</source>
        <translation>For example: Nguyễn Văn Hùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="201"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="204"/>
        <source>Cỡ chữ (đổi được trong Cài đặt)</source>
        <translation>Text size (can be changed in Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="209"/>
        <source>Thiết lập</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="190"/>
        <source>Tên giúp cấp trên biết ai gửi tệp; trang chủ chào bạn bằng tên này.</source>
        <translation>Your name tells the unit above who sent a file; the home page greets you by it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="222"/>
        <source>Hãy gõ họ và tên của bạn: cấp trên cần biết ai gửi tệp.</source>
        <translation>Please type your full name: the unit above needs to know who sends the files.</translation>
    </message>
</context>
<context>
    <name>NewUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="162"/>
        <source>Đơn vị mới và các đơn vị thành viên</source>
        <translation>The new unit and its member units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="165"/>
        <source>Các xã, phường được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. Danh sách thành viên chỉ lưu trên máy này và đổi được trong Cài đặt.</source>
        <translation>The communes and wards ticked send their files to this computer; reports and the list of units yet to report count them. The member list is kept on this computer only and can be changed in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="169"/>
        <source>Tạo đơn vị mới (cụm, khối thi đua, đoàn thể…) thuộc đơn vị đã chọn</source>
        <translation>Create a new unit (cluster, emulation bloc, mass organisation…) under the unit chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="174"/>
        <source>Ví dụ: Cụm thi đua số 1</source>
        <translation>For example: Cluster 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="181"/>
        <source>Loại đơn vị</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="182"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="183"/>
        <source>Thuộc</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cluster.py" line="185"/>
        <source>Đơn vị thành viên</source>
        <translation>Member units</translation>
    </message>
</context>
<context>
    <name>OpinionPanel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="38"/>
        <source>Chủ đề so với kỳ trước</source>
        <translation>Themes against the period before</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="39"/>
        <source>Việc cần theo dõi theo đơn vị</source>
        <translation>Follow-ups by unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="40"/>
        <source>Việc cần quan tâm</source>
        <translation>Matters needing attention</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="66"/>
        <source>Việc cần theo dõi nêu trong kỳ: %1 · đã trả lời %2 · đã chuyển %3 · đang theo dõi %4 (quá hạn %5) · thời gian trả lời: trung vị %6 ngày, lâu nhất %7 ngày · ý kiến khẩn: %8</source>
        <translation>Follow-ups raised in the period: %1 · answered %2 · transferred %3 · still followed %4 (overdue %5) · time to answer: median %6 days, longest %7 days · urgent concerns: %8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Chủ đề</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <source>Số ý kiến</source>
        <translation>Number of questions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="92"/>
        <source>So với kỳ trước</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="94"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="98"/>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="99"/>
        <source>Việc nêu</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="100"/>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="101"/>
        <source>Đã chuyển</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="102"/>
        <source>Đang theo dõi</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="103"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="104"/>
        <source>Trung vị (ngày)</source>
        <translation>Median (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="105"/>
        <source>Lâu nhất (ngày)</source>
        <translation>Longest (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Ngày nêu</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="122"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="129"/>
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/opinion_panel.py" line="129"/>
        <source>khẩn</source>
        <translation>urgent</translation>
    </message>
</context>
<context>
    <name>OrientationCard</name>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="44"/>
        <source>Định hướng tuyên truyền %1</source>
        <translation>Outreach orientation, %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="47"/>
        <source>Đã có buổi cho %1/%2 chủ đề</source>
        <translation>Talks held on %1 of %2 topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="60"/>
        <source>đã có buổi</source>
        <translation>covered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="60"/>
        <source>chưa có buổi</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="63"/>
        <source>ưu tiên cao</source>
        <translation>high priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="65"/>
        <source>hạn %1</source>
        <translation>due %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="89"/>
        <source>%Ln tài liệu chưa có trên máy</source>
        <translation>
            <numerusform>%Ln document not on this computer yet</numerusform>
            <numerusform>%Ln documents not on this computer yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="53"/>
        <source>Ngày cần nhớ: %1</source>
        <translation>Key dates: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="69"/>
        <source>Hình thức: %1</source>
        <translation>Formats: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="79"/>
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="81"/>
        <source>đến hạn hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="82"/>
        <source>còn %1 ngày</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_card.py" line="90"/>
        <source>Tài liệu: %1</source>
        <translation>Documents: %1</translation>
    </message>
</context>
<context>
    <name>OrientationForm</name>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="52"/>
        <source>ưu tiên cao</source>
        <translation>high priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="52"/>
        <source>thường</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="55"/>
        <source>Ra định hướng tuyên truyền</source>
        <translation>Issue an outreach orientation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="60"/>
        <source>Gõ tên chủ đề, Enter để thêm</source>
        <translation>Type a topic, Enter to add it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="65"/>
        <source>Ưu tiên cao</source>
        <translation>High priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="67"/>
        <source>Bỏ chủ đề</source>
        <translation>Remove topic</translation>
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
        <translation>What the day is, Enter to add it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="73"/>
        <source>Bỏ ngày</source>
        <translation>Remove date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="79"/>
        <source>Tìm tài liệu trong thư viện</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="85"/>
        <source>Lưu định hướng</source>
        <translation>Save orientation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="86"/>
        <source>Gửi xuống…</source>
        <translation>Send down…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="87"/>
        <source>Rút định hướng của kỳ</source>
        <translation>Withdraw the period&apos;s orientation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="88"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="95"/>
        <source>Chủ đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="103"/>
        <source>Ngày cần nhớ</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="111"/>
        <source>Tài liệu hướng dẫn</source>
        <translation>Briefing documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="115"/>
        <source>Hình thức mong đợi</source>
        <translation>Formats expected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="120"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="121"/>
        <source>Hạn hoàn thành</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="228"/>
        <source>Đã lưu định hướng %1: %2 chủ đề.</source>
        <translation>Orientation for %1 saved: %2 topics.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="238"/>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="242"/>
        <source>Rút định hướng</source>
        <translation>Withdraw orientation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="239"/>
        <source>Rút định hướng %1? Gói gửi xuống lần sau sẽ rút nó ở các đơn vị.</source>
        <translation>Withdraw the orientation for %1? The next pack sent down withdraws it at the units.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="243"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="249"/>
        <source>Đã rút %1 chủ đề. Hãy gửi gói xuống để các đơn vị cũng rút.</source>
        <translation>%1 topics withdrawn. Send a pack down so the units withdraw them too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="256"/>
        <source>Chọn thư mục hoặc USB để lưu gói định hướng</source>
        <translation>Choose a folder or USB stick for the orientation pack</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="267"/>
        <source>Đang tạo gói…</source>
        <translation>Making the pack…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/orientation_form.py" line="276"/>
        <source>Đã lưu gói: %1
Thư mục: %2. Gửi tệp này cho các đơn vị qua Zalo hoặc USB.</source>
        <translation>Pack saved: %1
Folder: %2. Send this file to the units over Zalo or on a USB stick.</translation>
    </message>
</context>
<context>
    <name>OrientationTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="27"/>
        <source>Định hướng tuyên truyền: chủ đề đã có buổi, theo đơn vị</source>
        <translation>Outreach orientation: topics covered, by unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="64"/>
        <source>Định hướng ra theo tháng hoặc theo quý: hãy chọn một tháng hay một quý.</source>
        <translation>Orientations are set by month or by quarter: choose a month or a quarter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="78"/>
        <source>Chưa có định hướng cho kỳ này.</source>
        <translation>No orientation for this period.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="81"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="84"/>
        <source>%1 (ưu tiên cao)</source>
        <translation>%1 (high priority)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="86"/>
        <source>Đã có buổi</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="29"/>
        <source>Ra định hướng…</source>
        <translation>Issue orientation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="89"/>
        <source>%1/%2 đơn vị đã có buổi cho mọi chủ đề ưu tiên cao.</source>
        <translation>%1 of %2 units have held talks on every high-priority topic.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/orientation_tab.py" line="90"/>
        <source>%1/%2 đơn vị đã có buổi cho mọi chủ đề định hướng.</source>
        <translation>%1 of %2 units have held talks on every topic of the orientation.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="65"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="66"/>
        <source>Đơn vị gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="67"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="68"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="69"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="70"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="71"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="72"/>
        <source>Lỗi</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="73"/>
        <source>Lý do, ghi chú</source>
        <translation>Reason, notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/models.py" line="93"/>
        <source>Khoá mới được xác nhận: %1</source>
        <translation>New key confirmed: %1</translation>
    </message>
</context>
<context>
    <name>PackBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="66"/>
        <source>Gửi tài liệu xuống các đơn vị</source>
        <translation>Send documents down to the units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="69"/>
        <source>Đánh dấu các tài liệu của đơn vị mình (hoặc chọn một chuyên đề) để đóng thành một gói. Gửi tệp gói qua Zalo hoặc USB; các đơn vị nhập nó như mọi tệp nhận được và báo lại khi đã đọc.</source>
        <translation>Tick your unit&apos;s documents (or choose a topic) to put them in one pack. Send the pack file over Zalo or on a USB stick; the units import it like any file they receive and report back once they have read it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="81"/>
        <source>Lưu gói vào thư mục…</source>
        <translation>Save the pack to a folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="85"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="93"/>
        <source>Chuyên đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="133"/>
        <source>— đánh dấu mọi tài liệu của một chuyên đề —</source>
        <translation>— tick every document of a topic —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="137"/>
        <source>Thư viện chưa có tài liệu nào do đơn vị mình ban hành.</source>
        <translation>The library has no document issued by your unit yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="196"/>
        <source>Chưa chọn tài liệu nào.</source>
        <translation>No document chosen yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="200"/>
        <source>Gói gồm %Ln tài liệu, %2 tệp đính kèm, khoảng %3:</source>
        <translation>
            <numerusform>The pack holds %Ln document, %2 attachments, about %3:</numerusform>
            <numerusform>The pack holds %Ln documents, %2 attachments, about %3:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="206"/>
        <source>và xoá %Ln tài liệu ở các đơn vị nhận gói:</source>
        <translation>
            <numerusform>and deletes %Ln document at the units that receive it:</numerusform>
            <numerusform>and deletes %Ln documents at the units that receive it:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="211"/>
        <source>Chọn thư mục hoặc USB để lưu gói tài liệu</source>
        <translation>Choose a folder or USB stick for the pack</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="221"/>
        <source>Đang tạo gói…</source>
        <translation>Making the pack…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="235"/>
        <source>Đã lưu gói: %1 (%2, %3 tài liệu)
Thư mục: %4</source>
        <translation>Pack saved: %1 (%2, documents: %3)
Folder: %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="248"/>
        <source>Chưa lưu được gói: %1</source>
        <translation>The pack was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="148"/>
        <source>Tài liệu đã xoá (gửi để các đơn vị cũng xoá):</source>
        <translation>Deleted documents (send them so the units delete them too):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/packs.py" line="153"/>
        <source>Đã xoá: %1</source>
        <translation>Deleted: %1</translation>
    </message>
</context>
<context>
    <name>PackReads</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="123"/>
        <source>Xem đơn vị đã đọc…</source>
        <translation>See the units that read it…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="132"/>
        <source>Đơn vị đã đọc</source>
        <translation>Units that read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="133"/>
        <source>Gói đã gửi</source>
        <translation>Packs sent</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="36"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="37"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="38"/>
        <source>6 tháng (sơ kết)</source>
        <translation>Six months (mid-year review)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="39"/>
        <source>Năm (tổng kết)</source>
        <translation>Year (annual review)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="40"/>
        <source>Từ ngày – đến ngày</source>
        <translation>From date – to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="67"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="68"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="70"/>
        <source>Từ:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="71"/>
        <source>Đến:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="72"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="87"/>
        <source>Toàn quốc</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="96"/>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="99"/>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="101"/>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/period_picker.py" line="102"/>
        <source>6 tháng cuối năm</source>
        <translation>Second half of the year</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="101"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="102"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="103"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="104"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="105"/>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="106"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="107"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="108"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="25"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="26"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="27"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="28"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="29"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="30"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="31"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="33"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="35"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="36"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="37"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="38"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="39"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="40"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="41"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="42"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="43"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="64"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="65"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="66"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="67"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="68"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="69"/>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="70"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="71"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="72"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="73"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="74"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="75"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="76"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="77"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="78"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="80"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="81"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="82"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="83"/>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="84"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="85"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="86"/>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="87"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="88"/>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="89"/>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="90"/>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="91"/>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="92"/>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="93"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="94"/>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="95"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="96"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="97"/>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="98"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="99"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="100"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="45"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="46"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="47"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="109"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="110"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="111"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="112"/>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="113"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="119"/>
        <source>Enter a value:</source>
        <translation>Enter a value:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="11"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="12"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="14"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="15"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="16"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="117"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="118"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="49"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="50"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="51"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="52"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="53"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="54"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="55"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="56"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="57"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="58"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="59"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="60"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="61"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="62"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="63"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="18"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="19"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="21"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="22"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="23"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="24"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="120"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="121"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="122"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_strings.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="111"/>
        <location filename="../../desktop_app/ui/quarantine.py" line="141"/>
        <source>Bản ghi tạm giữ</source>
        <translation>Records set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="114"/>
        <source>Khi nhập, các bản ghi có ngày giờ bất thường (máy gửi chạy nhanh đồng hồ, ngày ở tương lai) hoặc không thuộc quyền của đơn vị gửi được tạm giữ, chưa ghi vào dữ liệu. Giải phóng: ghi bản ghi vào dữ liệu như một lần nhập (bản mới hơn thắng, bản cũ giữ trong lịch sử, có sao lưu trước). Chỉ giải phóng được bản ghi tạm giữ vì ngày giờ; bản ghi tạm giữ vì quyền ghi chỉ bỏ được.</source>
        <translation>On import, records with an unusual date or time (the sender&apos;s clock ran ahead, a date in the future) or outside what the sending unit may write are set aside, not written to the data. Release: write them to the data as an import does (the newer version wins, the older one is kept in history, after a backup). Only records set aside for their date or time can be released; records set aside for who may write them can only be dropped.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="135"/>
        <source>&amp;Giải phóng</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="136"/>
        <source>&amp;Bỏ</source>
        <translation>&amp;Drop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="137"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="180"/>
        <source>%Ln bản ghi tạm giữ, %2 giải phóng được.</source>
        <translation>
            <numerusform>%Ln record set aside, %2 can be released.</numerusform>
            <numerusform>%Ln records set aside, %2 can be released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="215"/>
        <source>Ghi %Ln bản ghi vào dữ liệu? Bản ghi nào mới hơn bản đang có sẽ thay bản đó (bản cũ được giữ trong lịch sử). Dữ liệu được sao lưu trước.</source>
        <translation>
            <numerusform>Write %Ln record to the data? If it is newer than the one here it replaces it (the older one is kept in history). The data is backed up first.</numerusform>
            <numerusform>Write %Ln records to the data? A record newer than the one here replaces it (the older one is kept in history). The data is backed up first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="234"/>
        <source>Bỏ hẳn %Ln bản ghi tạm giữ? Chúng sẽ không được ghi vào dữ liệu; đơn vị gửi có thể gửi lại.</source>
        <translation>
            <numerusform>Drop %Ln record set aside for good? It will not be written to the data; the sending unit can send it again.</numerusform>
            <numerusform>Drop %Ln records set aside for good? They will not be written to the data; the sending unit can send them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="253"/>
        <source>Đã giải phóng %Ln bản ghi: %2 mới, %3 cập nhật, %4 không đổi, %5 cũ hơn bản đang có.</source>
        <translation>
            <numerusform>Released %Ln record: %2 new, %3 updated, %4 unchanged, %5 older than the version here.</numerusform>
            <numerusform>Released %Ln records: %2 new, %3 updated, %4 unchanged, %5 older than the version here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/quarantine.py" line="268"/>
        <source>Đã bỏ %Ln bản ghi tạm giữ.</source>
        <translation>
            <numerusform>Dropped %Ln record set aside.</numerusform>
            <numerusform>Dropped %Ln records set aside.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="213"/>
        <source>Giải phóng bản ghi tạm giữ</source>
        <translation>Release records set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="220"/>
        <source>Giải phóng</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="221"/>
        <location filename="../../desktop_app/ui/quarantine.py" line="239"/>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="232"/>
        <source>Bỏ bản ghi tạm giữ</source>
        <translation>Drop records set aside</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="238"/>
        <source>Bỏ</source>
        <translation>Drop</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="68"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="69"/>
        <source>Xử lý được</source>
        <translation>Can be</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="70"/>
        <source>Đơn vị gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="71"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="72"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="73"/>
        <source>Ngày ghi</source>
        <translation>Written on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="74"/>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="81"/>
        <source>Giải phóng hoặc bỏ</source>
        <translation>Released or dropped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quarantine.py" line="81"/>
        <source>Chỉ bỏ được</source>
        <translation>Only dropped</translation>
    </message>
</context>
<context>
    <name>ReadersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="76"/>
        <source>Đơn vị đã đọc tài liệu</source>
        <translation>Units that read the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="82"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="101"/>
        <source>Tài liệu: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="102"/>
        <source>Đã đọc (%1)</source>
        <translation>Read (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="103"/>
        <source>Chưa đọc (%1)</source>
        <translation>Not read yet (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="106"/>
        <source>bản mới nhất</source>
        <translation>latest version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="106"/>
        <source>bản cũ hơn</source>
        <translation>an older version</translation>
    </message>
</context>
<context>
    <name>ReadingModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Đã đọc</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="36"/>
        <source>Đọc bản mới nhất</source>
        <translation>Read the latest version</translation>
    </message>
</context>
<context>
    <name>RecordsBar</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="144"/>
        <source>Xem bản ghi của tệp đã chọn:</source>
        <translation>Records of the selected file:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="186"/>
        <source>Xem %1 (%2)</source>
        <translation>View %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="75"/>
        <source>%1: %2 bản ghi — %3</source>
        <translation>%1 — records: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Nơi, tên</source>
        <translation>Place, name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="82"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="92"/>
        <source>Hiện %1 trên %2 bản ghi.</source>
        <translation>Showing %1 of %2 records.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="98"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="124"/>
        <source>Ở đây: %1</source>
        <translation>Here: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/records.py" line="126"/>
        <source>Trong tệp: %1</source>
        <translation>In the file: %1</translation>
    </message>
</context>
<context>
    <name>RegularitySection</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="67"/>
        <source>Đều đặn</source>
        <translation>Regularity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="84"/>
        <source>Hoạt động diễn ra ở %1/%2 tuần, dài nhất %3 ngày không có hoạt động; %4 % hoạt động tập trung vào các tuần cao điểm.</source>
        <translation>Activity took place in %1 of %2 weeks; the longest stretch without activity was %3 days; %4 % of activity fell in peak weeks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="93"/>
        <source>Chỉ hoạt động vào cao điểm (%1): %2</source>
        <translation>Active only at peak times (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="99"/>
        <source>Hoạt động theo tuần (vạch cam: tuần cao điểm)</source>
        <translation>Activity by week (orange mark: peak week)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="100"/>
        <source>Ô trắng: tuần không có hoạt động; màu càng đậm càng nhiều hoạt động (đậm nhất: %1)</source>
        <translation>White: a week without activity; the darker, the more activity (darkest: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="105"/>
        <source>T%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="108"/>
        <source>Số buổi theo chuyên đề và tháng</source>
        <translation>Sessions by topic and month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="111"/>
        <source>Các chuyên đề khác (%1)</source>
        <translation>Other topics (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/regularity_section.py" line="112"/>
        <source>Ô trắng: không có buổi nào; màu càng đậm càng nhiều buổi (đậm nhất: %1)</source>
        <translation>White: no session; the darker, the more sessions (darkest: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="23"/>
        <source>Lời nhắc các đơn vị chưa báo cáo</source>
        <translation>Reminder to the units that have not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="24"/>
        <source>Sao chép rồi dán vào nhóm Zalo của các đơn vị. Có thể sửa trước khi sao chép.</source>
        <translation>Copy it, then paste it into the units&apos; Zalo group. You can edit it before copying.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="29"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="30"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="51"/>
        <source>Đã sao chép.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="78"/>
        <source>Lưu phần này</source>
        <translation>Save this section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="79"/>
        <source>Dùng bản nháp</source>
        <translation>Use the draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="80"/>
        <source>Các đơn vị cấp dưới đã viết trong phần này:</source>
        <translation>What the units below wrote in this section:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="82"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="82"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="87"/>
        <source>Đưa vào báo cáo</source>
        <translation>Add to the report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="121"/>
        <source>Các phần</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="122"/>
        <source>Thông tin văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="140"/>
        <source>Tình hình chung</source>
        <translation>General situation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="141"/>
        <source>Lãnh đạo, chỉ đạo</source>
        <translation>Leadership and direction</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="142"/>
        <source>Hội nghị báo cáo viên</source>
        <translation>Presenters’ conferences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="143"/>
        <source>Đội ngũ báo cáo viên, tuyên truyền viên</source>
        <translation>Presenters and outreach workers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="144"/>
        <source>Dư luận xã hội, tâm trạng nhân dân</source>
        <translation>Public opinion and mood</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="145"/>
        <source>Ưu điểm, hạn chế, nguyên nhân</source>
        <translation>Strengths, weaknesses, causes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="146"/>
        <source>Phương hướng thời gian tới</source>
        <translation>Direction for the next period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="147"/>
        <source>Kiến nghị, đề xuất</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="244"/>
        <source>Báo cáo của đơn vị khác: các phần do đơn vị đó viết và gửi lên (chỉ xem).</source>
        <translation>Another unit’s report: its sections are the ones that unit wrote and sent up (read only).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="246"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="248"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="250"/>
        <source>Bản nháp viết từ số liệu: sửa rồi bấm “Lưu phần này”.</source>
        <translation>A draft written from the figures: edit it, then press “Save this section”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/composer.py" line="252"/>
        <source>Số liệu chưa có gì cho phần này: phần để trống sẽ không có trong báo cáo.</source>
        <translation>The figures say nothing for this section: an empty section is left out of the report.</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="26"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="27"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="28"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="30"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="41"/>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="47"/>
        <source>Chốt số liệu</source>
        <translation>Lock figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="48"/>
        <source>Chốt số liệu %1? Số liệu gửi đến sau sẽ được đánh dấu, không thay đổi âm thầm.</source>
        <translation>Lock the figures of %1? Figures arriving later will be flagged, never changed silently.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="51"/>
        <source>Chốt</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="52"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="57"/>
        <source>Mở khóa kỳ</source>
        <translation>Unlock period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/dialogs.py" line="57"/>
        <source>Lý do mở khóa:</source>
        <translation>Reason for unlocking:</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="76"/>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="82"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>Could not build the report: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="87"/>
        <source>Đã lưu báo cáo vào %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/reports/outputs.py" line="95"/>
        <source>Đã gửi %Ln trang tới máy in.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
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
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="74"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="154"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="180"/>
        <source>Lượt người dự</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="75"/>
        <source>Lượt xem</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="76"/>
        <source>Lượt thích</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="77"/>
        <source>Lượt chia sẻ</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="78"/>
        <source>Bình luận</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="79"/>
        <source>Điểm cầu</source>
        <translation>Connection points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="80"/>
        <source>Ý kiến, kiến nghị</source>
        <translation>Questions and requests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="87"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="88"/>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="89"/>
        <source>Chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="90"/>
        <source>Nhóm đối tượng</source>
        <translation>Audience group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="101"/>
        <source>Không ghi nhóm đối tượng</source>
        <translation>No audience group given</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="103"/>
        <source>Tháng %1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="105"/>
        <source>Không ghi chuyên đề</source>
        <translation>No topic given</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="107"/>
        <source>%1 (trực tiếp)</source>
        <translation>%1 (directly)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="113"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="114"/>
        <source>Chưa đủ kỳ</source>
        <translation>Part of the period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="115"/>
        <source>Báo cáo trễ</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="116"/>
        <source>Chưa đến hạn</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="117"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="118"/>
        <source>Dữ liệu tại máy</source>
        <translation>Data on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="139"/>
        <source>Chủ đề</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="140"/>
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="141"/>
        <source>Số ý kiến</source>
        <translation>Number of questions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="142"/>
        <source>Đang theo dõi</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="143"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="86"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="144"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="177"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="152"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="155"/>
        <source>Đơn vị đã dùng</source>
        <translation>Units that used it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="156"/>
        <source>Đơn vị chưa dùng</source>
        <translation>Units that did not use it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="157"/>
        <source>Đơn vị đã đọc</source>
        <translation>Units that read it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="174"/>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="176"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="178"/>
        <source>Trực thuộc</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="181"/>
        <source>Tệp gần nhất</source>
        <translation>Latest file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="182"/>
        <source>Tệp bị thiếu</source>
        <translation>Missing files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="201"/>
        <source>Số liệu kỳ này chưa chốt.</source>
        <translation>This period&apos;s figures are not locked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="206"/>
        <source>Đã chốt lúc %1 (%2 cuộc, %3 lượt người dự). Sau khi chốt có %4 buổi gửi bổ sung hoặc sửa: chênh lệch %5 cuộc, %6 lượt người dự.</source>
        <translation>Locked at %1 (sessions: %2, attendances: %3). Talks added or changed since then: %4, a difference of %5 in sessions and %6 in attendances.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/models.py" line="216"/>
        <source>Đã chốt lúc %1; không có thay đổi sau khi chốt.</source>
        <translation>Locked at %1; nothing changed since.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="74"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="78"/>
        <source>Tiêu ngữ Đảng</source>
        <translation>Party heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="79"/>
        <source>Quốc hiệu, tiêu ngữ Nhà nước</source>
        <translation>State heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="82"/>
        <source>Xem báo cáo</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="83"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="91"/>
        <source>Chốt số liệu kỳ này</source>
        <translation>Lock this period&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="92"/>
        <source>Mở khóa kỳ</source>
        <translation>Unlock period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="102"/>
        <source>Ẩn đơn vị chưa có số liệu</source>
        <translation>Hide units with nothing yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="105"/>
        <source>Xuất Excel (XLSX)</source>
        <translation>Export Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="106"/>
        <source>Xuất Word (DOCX)</source>
        <translation>Export Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="107"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="108"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="147"/>
        <source>Biểu đồ</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="154"/>
        <source>Ý kiến, kiến nghị</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="155"/>
        <source>Tài liệu</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="156"/>
        <source>Tình hình báo cáo</source>
        <translation>Reporting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="172"/>
        <source>Văn bản:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="252"/>
        <source>Đang tổng hợp…</source>
        <translation>Aggregating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="271"/>
        <source>Đã huỷ.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="262"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>Could not build the report: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="149"/>
        <source>Đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="150"/>
        <source>Tháng</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="151"/>
        <source>Hình thức</source>
        <translation>By format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="152"/>
        <source>Chuyên đề</source>
        <translation>By topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="153"/>
        <source>Đối tượng</source>
        <translation>Audience groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="305"/>
        <source>Kết quả công tác tuyên truyền miệng %1 — %2</source>
        <translation>Oral outreach results %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/page.py" line="169"/>
        <source>Soạn báo cáo</source>
        <translation>Write the report</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="62"/>
        <source>Bạn dùng sổ tay này ở đâu?</source>
        <translation>Where do you use this notebook?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="63"/>
        <source>Câu trả lời quyết định các trang bạn thấy đầu tiên. Sau này có thể thiết lập lại.</source>
        <translation>The answer decides which pages you see first. You can set it up again later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="65"/>
        <source>Ở xã, phường, đặc khu: tôi ghi nhật ký các buổi tuyên truyền và gửi lên cấp trên</source>
        <translation>In a commune or ward: I log outreach talks and send them to the level above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="69"/>
        <source>Ở đơn vị tổng hợp (Ban Tuyên giáo và Dân vận, cụm, đoàn thể…): tôi nhận tệp của các xã và làm báo cáo</source>
        <translation>In an aggregating unit (Propaganda and Mass Mobilisation Board, cluster, mass organisation…): I receive the communes&apos; files and write reports</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="58"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="60"/>
        <source>Chỉ người chưa được bồi dưỡng năm nay</source>
        <translation>Only those not trained this year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="61"/>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="215"/>
        <source>Thành viên mới</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="77"/>
        <source>Tiếng Việt, Tiếng Khmer…</source>
        <translation>Vietnamese, Khmer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="79"/>
        <source>Người này đã đồng ý cho lưu số điện thoại</source>
        <translation>This person agreed to have their phone stored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="80"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="81"/>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="289"/>
        <source>Xoá hẳn</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="83"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="84"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="85"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="86"/>
        <source>Số quyết định công nhận</source>
        <translation>Recognition decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="87"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="88"/>
        <source>Cơ quan ra quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="89"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="90"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="91"/>
        <source>Lĩnh vực chuyên môn</source>
        <translation>Field of expertise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="92"/>
        <source>Ngôn ngữ nói được</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="94"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="94"/>
        <source>Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.</source>
        <translation>Kept on this computer only; never sent unless you choose to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="190"/>
        <source>%Ln người</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="227"/>
        <source>Tiếng Việt</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="268"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="272"/>
        <source>Đã lưu “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="274"/>
        <source>Đã xoá số điện thoại (rút lại đồng ý), kể cả trong lịch sử.</source>
        <translation>The phone number was erased (consent withdrawn), history included.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="284"/>
        <source>Xoá hẳn thành viên</source>
        <translation>Erase member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="286"/>
        <source>Xoá hẳn “%1”? Tên và số điện thoại bị xoá khỏi máy này, kể cả trong lịch sử; các buổi họ đã trình bày vẫn được đếm nhưng không còn tên.</source>
        <translation>Erase “%1”? The name and phone are removed from this computer, history included; the sessions they presented still count, without the name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="290"/>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/force/roster.py" line="301"/>
        <source>Đã xoá hẳn thành viên; %Ln buổi vẫn được đếm.</source>
        <translation>
            <numerusform>Member erased; %Ln session still counts.</numerusform>
            <numerusform>Member erased; %Ln sessions still count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="48"/>
        <source>Không làm được việc này: %1</source>
        <translation>Could not do this: %1</translation>
    </message>
</context>
<context>
    <name>SaveWarning</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="45"/>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="47"/>
        <source>Mở buổi đã có</source>
        <translation>Open the existing talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="75"/>
        <source>Buổi tương tự đã có; buổi này chưa ghi chuyên đề, số người. Bấm “Vẫn lưu” nếu là buổi khác.</source>
        <translation>A similar talk already exists; this one has no topic or attendance yet. Press “Save anyway” if it is another talk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="79"/>
        <source>Buổi tương tự đã có, giống hệt buổi này. Nếu là buổi khác, bấm “Vẫn lưu”; Enter không lưu.</source>
        <translation>A similar talk already exists, identical to this one. If it is another talk, press “Save anyway”; Enter does not save it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="83"/>
        <source>Buổi tương tự đã có. Sửa rồi Enter, hoặc “Vẫn lưu” (Enter lần nữa) nếu là buổi khác:</source>
        <translation>A similar talk already exists. Correct and press Enter, or “Save anyway” (Enter again) if it is another talk:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="88"/>
        <source>Chưa ghi số người dự (%1). Nhập số người dự, hoặc Enter lần nữa nếu đúng là không có ai.</source>
        <translation>No attendance given (%1). Type the number, or press Enter again if nobody really came.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/warning.py" line="106"/>
        <source>%1 người dự</source>
        <translation>%1 attended</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="377"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="385"/>
        <source>Trong tệp %1: </source>
        <translation>In the file %1: </translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="61"/>
        <source>Gửi nhật ký lên cấp trên</source>
        <translation>Send my log to the level above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="64"/>
        <source>Bản đầy đủ (gửi lại toàn bộ nhật ký, khi cấp trên báo thiếu tệp)</source>
        <translation>Full copy (send the whole log again, when the level above reports a missing file)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="65"/>
        <source>Gửi nhật ký vào thư mục hoặc USB…</source>
        <translation>Send my log to a folder or USB stick…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="72"/>
        <source>Mở để sửa</source>
        <translation>Open to fix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="100"/>
        <source>Tệp gửi đi chứa các buổi, nhóm và xác nhận đã đọc thay đổi kể từ lần gửi trước (%1). Tên và số điện thoại người liên hệ không được gửi. Gửi tệp qua Zalo hoặc chép vào USB.</source>
        <translation>The file holds the talks, groups and read receipts changed since the last time you sent (%1). Contact names and phone numbers are not sent. Send the file over Zalo or copy it to a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="102"/>
        <source>chưa gửi lần nào</source>
        <translation>never sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="110"/>
        <source>Chọn thư mục hoặc USB để lưu tệp gửi đi</source>
        <translation>Choose a folder or USB stick for the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="117"/>
        <source>Đang tạo tệp…</source>
        <translation>Creating the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="130"/>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="132"/>
        <source>Đã tạo tệp: %1
Nội dung: %2
Thư mục: %3</source>
        <translation>File created: %1
Contents: %2
Folder: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="147"/>
        <source>Chưa tạo được tệp: %1 bản ghi lưu từ phiên bản cũ vượt quy định mà nơi nhận kiểm tra, nên nơi nhận sẽ từ chối cả tệp. Mở từng bản ghi (bấm đúp hoặc “Mở để sửa”), sửa chỗ được nêu, lưu rồi gửi lại.</source>
        <translation>The file was not created: %1 record(s) saved by an older version break the limits the receiver checks, so the receiver would refuse the whole file. Open each record (double-click or “Open to fix”), fix what is named, save and send again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="154"/>
        <source>Chưa tạo được tệp: %1</source>
        <translation>Could not create the file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/send.py" line="163"/>
        <source>Bản ghi này không mở được trong cửa sổ.</source>
        <translation>This record cannot be opened in the window.</translation>
    </message>
</context>
<context>
    <name>SendersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="57"/>
        <source>Xác nhận khoá của các đơn vị gửi</source>
        <translation>Confirm the senders&apos; keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="60"/>
        <source>Đây là lần đầu các đơn vị dưới đây gửi tệp đến máy này. Hãy gọi điện cho từng đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ, và chỉ đánh dấu đơn vị có dấu vân tay giống hệt. Tệp của đơn vị không được đánh dấu vẫn bị từ chối.</source>
        <translation>These units are sending files to this computer for the first time. Call each unit, ask them to read the fingerprint on their Settings page, and tick only the units whose fingerprint is exactly the same. Files from units left unticked stay refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Dấu vân tay khoá</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="69"/>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="90"/>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="91"/>
        <source>Sao chép danh sách</source>
        <translation>Copy the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="92"/>
        <source>Lưu danh sách…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="97"/>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="153"/>
        <source>Xác nhận các đơn vị đã chọn</source>
        <translation>Confirm the ticked units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="98"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="129"/>
        <source>%1 (tên trong tệp: %2)</source>
        <translation>%1 (name in the file: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="151"/>
        <source>Xác nhận các đơn vị đã chọn (%1)</source>
        <translation>Confirm the ticked units (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="162"/>
        <source>Đã chép danh sách dấu vân tay: dán vào tin nhắn hoặc văn bản.</source>
        <translation>The fingerprint list was copied: paste it into a message or a document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="167"/>
        <source>Lưu danh sách dấu vân tay</source>
        <translation>Save the fingerprint list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="169"/>
        <source>Văn bản (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="179"/>
        <source>Không lưu được danh sách vào %1: %2</source>
        <translation>The list could not be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="183"/>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="209"/>
        <source>Đã lưu danh sách vào %1</source>
        <translation>The list was saved to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="216"/>
        <source>Đã gửi %Ln trang tới máy in.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="93"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="94"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="187"/>
        <source>Lưu danh sách dấu vân tay (PDF)</source>
        <translation>Save the fingerprint list (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/senders.py" line="197"/>
        <source>In danh sách dấu vân tay</source>
        <translation>Print the fingerprint list</translation>
    </message>
</context>
<context>
    <name>SentPacksModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Gửi cho</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="53"/>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/exchange/reads.py" line="62"/>
        <source>Mọi đơn vị cấp dưới</source>
        <translation>Every unit below</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="80"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="81"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="82"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="87"/>
        <source>%1 (mã %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="104"/>
        <source>Đọc dấu vân tay này cho đơn vị cấp trên khi họ nhận tệp đầu tiên của bạn, để họ xác nhận tệp đúng là của bạn.</source>
        <translation>Read this fingerprint to the level above when they receive your first file, so they can confirm the file is yours.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="128"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="130"/>
        <source>Hiển thị</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="132"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="134"/>
        <source>Cỡ chữ</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="136"/>
        <source>Dữ liệu và sao lưu</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="139"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="143"/>
        <source>Các bản sao lưu (tự động trước mỗi lần nhập tệp và nâng cấp):</source>
        <translation>Backups (made automatically before every import and upgrade):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="151"/>
        <source>Đơn vị, vai trò và khoá</source>
        <translation>Unit, role and key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="156"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="157"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="158"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="160"/>
        <source>Dấu vân tay khoá</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="110"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="62"/>
        <source>Báo cáo xuất ra (Word, PDF, Excel) và bản in luôn viết bằng tiếng Việt, theo thể thức văn bản của Đảng và Nhà nước, dù cửa sổ hiển thị bằng ngôn ngữ nào.</source>
        <translation>Exported reports (Word, PDF, Excel) and printouts are always written in Vietnamese, in the official layout of Party and State documents, whatever the window&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="265"/>
        <source>Đã sao lưu: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="276"/>
        <location filename="../../desktop_app/ui/pages/settings.py" line="280"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="277"/>
        <source>Thay dữ liệu hiện tại bằng bản sao lưu “%1”? Dữ liệu hiện tại được sao lưu trước.</source>
        <translation>Replace the current data with the backup “%1”? The current data is backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="281"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="291"/>
        <source>Đã khôi phục. Bản trước đó được giữ ở %1.</source>
        <translation>Restored. The previous data is kept in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="176"/>
        <source>Hạn báo cáo của các đơn vị</source>
        <translation>When the units&apos; reports are due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="178"/>
        <source>Kỳ báo cáo tháng bắt đầu từ ngày</source>
        <translation>Monthly reporting periods start on day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="179"/>
        <source>Hạn gửi: số ngày sau khi hết kỳ</source>
        <translation>Due: days after the period ends</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="214"/>
        <source>Kỳ đang thu báo cáo: từ %1 đến %2, hạn gửi %3. Trang Tổng quan, Trao đổi và Báo cáo đều tính theo hạn này.</source>
        <translation>Period being collected: %1 to %2, due %3. Overview, Exchange and Reports all count by this deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="93"/>
        <source>Đổi đơn vị…</source>
        <translation>Change unit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="96"/>
        <source>Chọn nhầm đơn vị? Trước khi gửi tệp đầu tiên thì đổi được ngay; sau đó vẫn đổi được, và đơn vị tổng hợp sẽ xác nhận khoá mới của máy.</source>
        <translation>Chose the wrong unit? Before the first file is sent it can be changed at once; later it can still be changed, and the aggregating unit will confirm this computer&apos;s new key.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="288"/>
        <source>Thiết lập Sổ tay Tuyên truyền</source>
        <translation>Set up Sổ tay Tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="293"/>
        <source>Tiếp theo</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="294"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="295"/>
        <source>Bắt đầu dùng</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="296"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="297"/>
        <source>Thiết lập</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="314"/>
        <source>Đang nạp danh sách đơn vị…</source>
        <translation>Loading the list of units…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="320"/>
        <source>Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).</source>
        <translation>Names from before 2025 are found too (for example: Tân Mỹ).</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="67"/>
        <source>Xem tình hình báo cáo</source>
        <translation>See the reporting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="69"/>
        <source>Lời nhắc…</source>
        <translation>Reminder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="70"/>
        <source>Lời nhắc các đơn vị chưa báo cáo, để dán vào nhóm Zalo</source>
        <translation>A reminder to the units that have not reported, to paste into a Zalo group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports/status_line.py" line="95"/>
        <source>%1/%2 đã báo cáo, đúng hạn %3, trễ %4; chưa báo cáo %5 (hạn %6)</source>
        <translation>%1/%2 reported, on time %3, late %4; not reported %5 (due %6)</translation>
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
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="156"/>
        <source>Khôi phục từ bản sao lưu này</source>
        <translation>Restore from this backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="157"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="171"/>
        <source>Các bản sao lưu tốt (mới nhất ở trên):</source>
        <translation>Good backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/storage_problem.py" line="177"/>
        <source>Những gì ghi sau thời điểm của bản sao lưu sẽ không có trong dữ liệu khôi phục. Tệp hỏng được giữ lại, không bị xoá.</source>
        <translation>What was entered after the backup&apos;s time will not be in the restored data. The damaged file is kept, not deleted.</translation>
    </message>
</context>
<context>
    <name>TalkCardDialog</name>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="48"/>
        <source>Chuẩn bị buổi nói chuyện</source>
        <translation>Prepare a talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="58"/>
        <source>A5 (nửa tờ A4)</source>
        <translation>A5 (half an A4 sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="59"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="62"/>
        <source>Thẻ gồm ý chính của tài liệu theo chuyên đề, ý kiến bà con đã nêu ở nhóm này, lần nói trước và số liệu năm nay.</source>
        <translation>The card holds the key points of the topic&apos;s documents, the concerns people raised in this group, the last talk here and this year&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="72"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="73"/>
        <source>Lưu Word…</source>
        <translation>Save Word…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="74"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="75"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="79"/>
        <source>Chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="80"/>
        <source>Nhóm đối tượng</source>
        <translation>Audience group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="81"/>
        <source>Khổ giấy</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="118"/>
        <source>Cần có ít nhất một chuyên đề và một nhóm đối tượng.</source>
        <translation>At least one topic and one audience group are needed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="145"/>
        <source>Chưa lập được thẻ: %1</source>
        <translation>Could not prepare the card: %1</translation>
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
        <translation>Save the talk card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="160"/>
        <source>In thẻ chuẩn bị</source>
        <translation>Print the talk card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="170"/>
        <source>Chưa lưu được thẻ: %1</source>
        <translation>Could not save the card: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="172"/>
        <source>Đã lưu thẻ vào %1</source>
        <translation>Card saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="179"/>
        <source>Đã gửi thẻ tới máy in.</source>
        <translation>Card sent to the printer.</translation>
    </message>
</context>
<context>
    <name>TalkForm</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="92"/>
        <source>Ghi buổi mới</source>
        <translation>Log a new talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="190"/>
        <source>Ghi buổi mới (chép từ buổi %1)</source>
        <translation>New talk (copied from the talk of %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="192"/>
        <source>Sửa buổi ngày %1</source>
        <translation>Edit the talk of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="235"/>
        <source>Buổi này vượt quy định nên chưa gửi lên được (%1 chỗ). Sửa chỗ được đánh dấu rồi lưu.</source>
        <translation>This talk breaks the limits in %1 places, so it cannot be sent yet. Fix what is marked, then save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="262"/>
        <source>Không có nhóm tên “%1”; chọn trong danh sách gợi ý.</source>
        <translation>There is no group named “%1”; choose one from the suggestions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="270"/>
        <source>Không có tài liệu “%1”; chọn trong danh sách gợi ý.</source>
        <translation>There is no document “%1”; choose one from the suggestions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="306"/>
        <source>Ngày: không được để trống.</source>
        <translation>Date: must not be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="396"/>
        <source>Chưa lưu. Sửa chỗ được đánh dấu: %1</source>
        <translation>Not saved. Correct the marked field: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form.py" line="230"/>
        <source>Buổi này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1</source>
        <translation>This talk breaks the limits, so it cannot be sent yet. Fix what is marked, then save: %1</translation>
    </message>
</context>
<context>
    <name>TalkFormLayout</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="89"/>
        <source>Ghi buổi mới</source>
        <translation>Log a new talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="123"/>
        <source>Lưu buổi</source>
        <translation>Save talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="124"/>
        <source>Huỷ sửa</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="131"/>
        <source>&amp;Ngày</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="127"/>
        <source>H: hôm nay · Q: hôm qua · ↑↓: đổi ngày</source>
        <translation>H: today · Q: yesterday · ↑↓: change the day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="132"/>
        <source>&amp;Hình thức</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="133"/>
        <source>Địa đ&amp;iểm</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="134"/>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="134"/>
        <source>Nhiều chuyên đề: cách nhau bằng dấu ;</source>
        <translation>Several topics: separate them with ;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="135"/>
        <source>Số người dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="136"/>
        <source>Nhóm đối tượng</source>
        <translation>Audience groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="137"/>
        <source>Tài liệu đã dùng</source>
        <translation>Documents used</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="138"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="139"/>
        <source>Thời lượng (phút)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="140"/>
        <source>Người trình bày</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="141"/>
        <source>Lượt xem</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="142"/>
        <source>Lượt thích</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="143"/>
        <source>Lượt chia sẻ</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="144"/>
        <source>Bình luận</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="145"/>
        <source>Số điểm cầu</source>
        <translation>Connection points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="148"/>
        <source>Số ý kiến</source>
        <translation>Number of questions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="149"/>
        <source>Việc cần theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="150"/>
        <source>Hạn theo dõi</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="151"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="128"/>
        <source>Ngày của buổi vừa lưu — H: hôm nay</source>
        <translation>Date of the talk just saved — H: today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="146"/>
        <source>Đăng trên kênh</source>
        <translation>Posted on channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="147"/>
        <source>Ý kiến, kiến nghị nhận được (không ghi tên người nêu)</source>
        <translation>Questions and requests received (never the name of who asked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="152"/>
        <source>Ngôn ngữ buổi nói</source>
        <translation>Language of the talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="252"/>
        <source>(không ghi kênh)</source>
        <translation>(no channel named)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/form_layout.py" line="153"/>
        <source>Kết quả giải quyết việc theo dõi</source>
        <translation>How the follow-up ended</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="176"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="177"/>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="178"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="179"/>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="180"/>
        <source>Người dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="181"/>
        <source>Lượt xem</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="182"/>
        <source>Theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="183"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="104"/>
        <source>Mọi lúc</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="105"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="106"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="107"/>
        <source>30 ngày qua</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="108"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="109"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="115"/>
        <source>Mọi hình thức</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="122"/>
        <source>Buổi mới</source>
        <translation>New talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="123"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="124"/>
        <source>Chép thành buổi mới</source>
        <translation>Copy as a new talk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="125"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="141"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="142"/>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="143"/>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="144"/>
        <source>Nhóm</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="145"/>
        <source>Theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="146"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="167"/>
        <source>Nhật ký các buổi tuyên truyền</source>
        <translation>Log of outreach talks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="224"/>
        <source>Mọi chuyên đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="225"/>
        <source>Mọi nhóm</source>
        <translation>All groups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="276"/>
        <source>%Ln buổi</source>
        <translation>
            <numerusform>%Ln talk</numerusform>
            <numerusform>%Ln talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="277"/>
        <source>Hơn %Ln buổi (đang đếm…)</source>
        <translation>
            <numerusform>Over %Ln talk (counting…)</numerusform>
            <numerusform>Over %Ln talks (counting…)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="349"/>
        <source>Đã xoá buổi ngày %1 (%2).</source>
        <translation>Deleted the talk of %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="353"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="365"/>
        <source>Đã khôi phục buổi.</source>
        <translation>Talk restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="375"/>
        <source>Đã lưu buổi ngày %1 · %2.</source>
        <translation>Saved the talk of %1 · %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="123"/>
        <source>Enter trên một dòng</source>
        <translation>Enter on a row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="125"/>
        <source>Delete, có Hoàn tác</source>
        <translation>Delete, with Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/page.py" line="126"/>
        <source>Chuẩn bị buổi nói chuyện…</source>
        <translation>Prepare a talk…</translation>
    </message>
</context>
<context>
    <name>ThemeSuggestions</name>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="30"/>
        <source>Chủ đề ý kiến:</source>
        <translation>Concern themes:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="31"/>
        <source>Gợi ý (bấm để chọn):</source>
        <translation>Suggested (click to choose):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="33"/>
        <source>chưa chọn</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="94"/>
        <source>Bỏ chủ đề này</source>
        <translation>Remove this theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/talks/theme_suggest.py" line="107"/>
        <source>Gợi ý vì có: %1</source>
        <translation>Suggested because of: %1</translation>
    </message>
</context>
<context>
    <name>TrainingTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="74"/>
        <source>Người học</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="75"/>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="76"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="77"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="78"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="79"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="80"/>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="35"/>
        <source>Ghi lớp bồi dưỡng</source>
        <translation>Record course</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="37"/>
        <source>Người học</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="38"/>
        <source>Tên lớp</source>
        <translation>Course name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="39"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="40"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="41"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="42"/>
        <source>Kết quả hoặc điểm</source>
        <translation>Result or score</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="43"/>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="53"/>
        <source>Ghi một lớp bồi dưỡng, tập huấn</source>
        <translation>Record a training course</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="90"/>
        <source>Chưa có ai trong danh sách lực lượng: thêm người trước.</source>
        <translation>The roster is empty: add a member first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="107"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/trainings.py" line="113"/>
        <source>Đã ghi lớp “%1” cho %2.</source>
        <translation>Course “%1” recorded for %2.</translation>
    </message>
</context>
<context>
    <name>UnitFilterBox</name>
    <message>
        <location filename="../../desktop_app/ui/unit_filter.py" line="41"/>
        <source>Gõ tên đơn vị</source>
        <translation>Type a unit&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_filter.py" line="57"/>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>UnitForceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="123"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="124"/>
        <source>Số người</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="125"/>
        <source>Theo vai trò</source>
        <translation>By role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="126"/>
        <source>Theo cấp</source>
        <translation>By level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="127"/>
        <source>Đã bồi dưỡng năm nay</source>
        <translation>Trained this year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/models.py" line="128"/>
        <source>Có hoạt động năm nay</source>
        <translation>Active this year</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="92"/>
        <source>Đơn vị của bạn</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="93"/>
        <source>Tên đơn vị được ghi vào mỗi tệp bạn gửi, để cấp trên biết tệp của ai.</source>
        <translation>Your unit&apos;s name goes into every file you send, so the level above knows whose file it is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="112"/>
        <source>Tìm tỉnh, xã, phường (gõ tên hoặc mã rồi dùng mũi tên lên xuống, Enter)</source>
        <translation>Find a province, commune or ward (type a name or code, then the arrow keys and Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="118"/>
        <source>Gõ một phần tên, có dấu hoặc không dấu: thanh binh</source>
        <translation>Type part of the name, with or without accents: thanh binh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="109"/>
        <source>Đơn vị tổng hợp của bạn</source>
        <translation>Your aggregating unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="109"/>
        <source>Xã, phường của bạn</source>
        <translation>Your commune or ward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="116"/>
        <source>Gõ tên tỉnh hoặc xã, có dấu hoặc không dấu: dong thap</source>
        <translation>Type the name of a province or commune, with or without accents: dong thap</translation>
    </message>
</context>
<context>
    <name>UnitSearch</name>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="46"/>
        <source>%1 — mã %2 — đúng đơn vị của bạn?</source>
        <translation>%1 — code %2 — is this your unit?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="50"/>
        <source>%1 — đúng đơn vị của bạn?</source>
        <translation>%1 — is this your unit?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="55"/>
        <source>(trước đây: %1)</source>
        <translation>(formerly: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="79"/>
        <source>Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).</source>
        <translation>Names from before 2025 are found too (for example: Tân Mỹ).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="85"/>
        <source>Tìm xã, phường (gõ tên rồi dùng mũi tên lên xuống, Enter)</source>
        <translation>Find the commune or ward (type the name, then the Up and Down arrows, Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="91"/>
        <source>Chỉ tìm trong:</source>
        <translation>Search only in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="137"/>
        <source>Chưa chọn dòng nào: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.</source>
        <translation>No row is chosen yet: use the Up and Down arrows to pick the right unit, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="155"/>
        <source>Mọi tỉnh, thành phố</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="196"/>
        <source>trước đây: %1</source>
        <translation>formerly: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="212"/>
        <source>%1 là mã của %2 và của %3: chọn đúng đơn vị trong danh sách.</source>
        <translation>%1 is the code of %2 and of %3: choose the right unit in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="218"/>
        <source>Không tìm thấy; thử gõ ít chữ hơn.</source>
        <translation>Nothing found; try typing less.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_search.py" line="220"/>
        <source>Chỉ có một đơn vị khớp, đã chọn sẵn: %1. Bấm Enter nếu đúng.</source>
        <translation>Only one unit matches and it is chosen: %1. Press Enter if it is right.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unit_search.py" line="223"/>
        <source>%Ln đơn vị khớp: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.</source>
        <translation>
            <numerusform>%Ln unit matches: use the Up and Down arrows to pick it, then press Enter.</numerusform>
            <numerusform>%Ln units match: use the Up and Down arrows to pick the right unit, then press Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitTagsBox</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="130"/>
        <source>Địa bàn ưu tiên</source>
        <translation>Priority areas of the units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="133"/>
        <source>Đánh dấu đơn vị thuộc vùng ưu tiên; báo cáo so sánh hoạt động ở các vùng này với địa bàn còn lại. Chỉ lưu trên máy này.</source>
        <translation>Tick the units in priority areas; the report compares activity there with the rest. Kept on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="140"/>
        <source>Lọc theo tên, có dấu hoặc không dấu</source>
        <translation>Filter by name, with or without diacritics</translation>
    </message>
</context>
<context>
    <name>UnitTagsModel</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_unit_tags.py" line="68"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/force/units.py" line="23"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/force/units.py" line="26"/>
        <source>Không tính người đã thôi. “Có hoạt động”: được ghi là người trình bày ít nhất một buổi trong năm.</source>
        <translation>Members who left are not counted. “Active”: named as presenter of at least one talk this year.</translation>
    </message>
</context>
<context>
    <name>UrgentSend</name>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="42"/>
        <source>Gửi ngay ý kiến khẩn</source>
        <translation>Send urgent concerns now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="63"/>
        <source>&lt;b&gt;%Ln ý kiến khẩn chưa gửi lên cấp trên.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln urgent concern not yet sent up.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln urgent concerns not yet sent up.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="70"/>
        <source>Chọn thư mục hoặc USB để lưu tệp gửi đi</source>
        <translation>Choose a folder or USB stick for the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="76"/>
        <source>Đang tạo tệp…</source>
        <translation>Creating the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="91"/>
        <source>Đã ghi tệp %1 vào thư mục %2. Gửi ngay tệp này lên cấp trên qua Zalo hoặc USB.</source>
        <translation>Wrote %1 into the folder %2. Send this file up now over Zalo or on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/urgent_concerns.py" line="102"/>
        <source>Chưa tạo được tệp: %1 Mở trang Trao đổi để xem chi tiết.</source>
        <translation>The file was not written: %1 Open the Exchange page for details.</translation>
    </message>
</context>
</TS>
