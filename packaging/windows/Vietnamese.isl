; Vietnamese messages for the Sổ tay Tuyên truyền installer (Inno Setup 6).
; Inno Setup ships no Vietnamese translation. sotay.iss loads "compiler:Default.isl,Vietnamese.isl":
; every message listed here replaces the English one; any message not listed stays in English, so a
; newer Inno Setup with new messages still compiles; a message the Inno Setup in
; inno-setup-version.txt does not know stops the compiler, so none is listed. Saved as UTF-8 with a BOM.

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]
; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr messages
SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Quá trình cài đặt bị dừng
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Quá trình cài đặt bị dừng

; *** Startup error messages
LastErrorMessage=%1.%n%nLỗi %2: %3
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy sửa lỗi hoặc lấy một bản bộ cài mới.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Hãy lấy một bản bộ cài mới.
SetupFileCorruptOrWrongVer=Các tệp cài đặt bị hỏng hoặc không khớp với phiên bản bộ cài này. Hãy lấy một bản bộ cài mới.
NotOnThisPlatform=Chương trình này không chạy trên %1.
OnlyOnThisPlatform=Chương trình này phải chạy trên %1.
WindowsVersionNotSupported=Chương trình này không hỗ trợ phiên bản Windows của máy bạn (cần Windows 10 bản 1809 trở lên, hoặc Windows 11, 64-bit).
AdminPrivilegesRequired=Bạn phải đăng nhập bằng tài khoản quản trị để cài đặt chương trình này.
SetupAppRunningError=Chương trình %1 đang chạy.%n%nHãy đóng tất cả cửa sổ của nó, rồi bấm OK để tiếp tục, hoặc Huỷ để thoát.
UninstallAppRunningError=Chương trình %1 đang chạy.%n%nHãy đóng tất cả cửa sổ của nó, rồi bấm OK để tiếp tục, hoặc Huỷ để thoát.

; *** Misc. errors
ErrorCreatingDir=Không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục có quá nhiều tệp

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại bộ cài lúc khác để cài tiếp.%n%nThoát cài đặt?
AboutSetupMenuItem=&Giới thiệu bộ cài...
AboutSetupTitle=Giới thiệu bộ cài

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Huỷ
ButtonYes=&Có
ButtonYesToAll=Có cho &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông cho tất cả
ButtonFinish=&Xong
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

; *** "Select Language" dialog messages
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.

; *** Common wizard text
ClickNext=Bấm Tiếp để tiếp tục, hoặc Huỷ để thoát.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách rồi bấm Đồng ý.
NewFolderName=Thư mục mới

; *** "Welcome" wizard page
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính của bạn.%n%nNên đóng các chương trình khác trước khi tiếp tục.

; *** "License Agreement" wizard page
WizardLicense=Giấy phép sử dụng
LicenseLabel=Hãy đọc thông tin quan trọng sau trước khi tiếp tục.
LicenseLabel3=Hãy đọc giấy phép sau. Bạn cần đồng ý với các điều khoản này trước khi cài đặt.
LicenseAccepted=Tôi &đồng ý
LicenseNotAccepted=Tôi &không đồng ý

; *** "Select Destination Location" wizard page
WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Chương trình sẽ được cài vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
CannotInstallToNetworkDrive=Không thể cài vào ổ mạng.
CannotInstallToUNCPath=Không thể cài vào đường dẫn mạng (UNC).
InvalidPath=Hãy nhập đường dẫn đầy đủ có tên ổ đĩa, ví dụ:%n%nC:\APP
InvalidDrive=Ổ đĩa hoặc thư mục mạng đã chọn không tồn tại hoặc không truy cập được. Hãy chọn nơi khác.
DiskSpaceWarningTitle=Không đủ dung lượng
DiskSpaceWarning=Cần ít nhất %1 KB dung lượng trống, nhưng ổ đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?

; *** "Select Program Group" wizard page
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt lối tắt của chương trình ở đâu?
SelectStartMenuFolderLabel3=Lối tắt của chương trình sẽ được tạo trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Chọn thêm việc cần làm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn các việc cần làm thêm khi cài [name], rồi bấm Tiếp.

; *** "Ready to Install" wizard page
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Đã sẵn sàng cài [name] vào máy của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại hay thay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Nơi cài đặt:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

; *** "Preparing to Install" wizard page
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Đang chuẩn bị cài [name] vào máy của bạn.
ApplicationsFound=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để bộ cài tự đóng chúng.
ApplicationsFound2=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để bộ cài tự đóng chúng. Cài xong, bộ cài sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình

; *** "Installing" wizard page
WizardInstalling=Đang cài đặt
InstallingLabel=Vui lòng chờ trong khi [name] được cài vào máy của bạn.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=[name] đã được cài vào máy của bạn.
FinishedLabel=[name] đã được cài vào máy của bạn. Mở chương trình bằng lối tắt vừa tạo.
ClickFinish=Bấm Xong để đóng bộ cài.
FinishedRestartLabel=Cần khởi động lại máy để hoàn tất việc cài [name]. Khởi động lại ngay?
ShowReadmeCheck=Có, tôi muốn xem tệp hướng dẫn
YesRadio=&Có, khởi động lại ngay
NoRadio=&Không, tôi sẽ khởi động lại sau
RunEntryExec=Mở %1
RunEntryShellExec=Xem %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Cần đĩa tiếp theo

; *** Installation phase messages
SetupAborted=Việc cài đặt chưa xong.%n%nHãy khắc phục lỗi rồi chạy lại bộ cài.
AbortRetryIgnoreSelectAction=Chọn cách xử lý
AbortRetryIgnoreRetry=&Thử lại
AbortRetryIgnoreIgnore=&Bỏ qua lỗi và tiếp tục
AbortRetryIgnoreCancel=Huỷ cài đặt

; *** Installation status messages
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi tệp cấu hình...
StatusCreateRegistryEntries=Đang ghi vào registry...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn tác các thay đổi...

; *** Misc. errors
ErrorInternal2=Lỗi nội bộ: %1
ErrorFunctionFailedNoCode=%1 không thành công
ErrorFunctionFailed=%1 không thành công; mã %2
ErrorFunctionFailedWithMessage=%1 không thành công; mã %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1

; *** Uninstaller messages
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
UninstallUnsupportedVer=Tệp nhật ký gỡ cài đặt "%1" có định dạng mà bộ gỡ này không đọc được. Không gỡ cài đặt được
UninstallUnknownEntry=Gặp mục lạ (%1) trong nhật ký gỡ cài đặt
ConfirmUninstall=Bạn có chắc muốn gỡ %1 khỏi máy?
UninstallOnlyOnWin64=Chỉ gỡ được chương trình này trên Windows 64-bit.
OnlyAdminCanUninstall=Chỉ tài khoản quản trị mới gỡ được chương trình này.
UninstallStatusLabel=Vui lòng chờ trong khi %1 được gỡ khỏi máy.
UninstalledAll=Đã gỡ %1 khỏi máy.
UninstalledMost=Đã gỡ xong %1.%n%nMột số mục không xoá được; bạn có thể tự xoá chúng.
UninstalledAndNeedsRestart=Cần khởi động lại máy để gỡ xong %1.%n%nKhởi động lại ngay?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Xoá tệp dùng chung?
WizardUninstalling=Đang gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt:
CreateDesktopIcon=Tạo lối tắt trên &màn hình
ProgramOnTheWeb=%1 trên mạng
UninstallProgram=Gỡ %1
LaunchProgram=Mở %1
AssocFileExtension=&Mở các tệp %2 bằng %1
AssocingFileExtension=Đang gắn %1 với các tệp %2...
AutoStartProgramGroupDescription=Khởi động:
AutoStartProgram=Tự mở %1 khi bật máy
AddonHostProgramNotFound=Không tìm thấy %1 trong thư mục đã chọn.%n%nVẫn tiếp tục?
