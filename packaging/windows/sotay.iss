; Inno Setup script for Sổ tay Tuyên truyền (Windows 10 1809+ / 11, 64-bit). Written for the Inno
; Setup version in inno-setup-version.txt (6.4.1), which build.ps1, the workflow and
; build_under_wine.sh all use and check: 6.6 changed CreateCustomForm, so another version may not
; compile this.
;
; Built by packaging/windows/build.ps1 (on Windows) and build_under_wine.sh (on Linux), which run,
; from the repository root:
;   ISCC.exe /DAppVersion=<version> [/DDistDir=<folder>] packaging\windows\sotay.iss
; Input:  dist\sotay\  (the PyInstaller folder: SotayTuyenTruyen.exe, sotay.exe, _internal\)
; Output: dist\SotayTuyenTruyen-<version>-setup.exe
;
; - Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\SotayTuyenTruyen.
; - Start-menu shortcut; desktop shortcut (ticked by default); both start in the user's Documents.
; - .sotay files open the import preview (HKCU\Software\Classes, runs: SotayTuyenTruyen.exe "FILE.sotay";
;   a window already open takes the file over).
; - Upgrades in place: the AppId below never changes, so a newer installer replaces the program
;   files and keeps the data and keys, which live elsewhere (%LOCALAPPDATA%\sotay).
; - Uninstall keeps that data folder unless the user ticks "also delete my data".
; - Vietnamese (default) and English texts; Vietnamese.isl is our own translation.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\sotay"
#endif
#define AppName "Sổ tay Tuyên truyền"
#define GuiExe "SotayTuyenTruyen.exe"
#define ProgId "SotayTuyenTruyen.Bundle"
; the command-line shortcut's name in each language: an upgrade in the other language removes the
; one it does not create
#define CliShortcutVi "Sổ tay Tuyên truyền (dòng lệnh)"
#define CliShortcutEn "Sổ tay Tuyên truyền (command line)"

[Setup]
; Never change the AppId: it is how a newer installer finds and upgrades the installed one.
AppId={{16082608-6223-4CEE-AC5D-E514A1FF8289}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sổ tay Tuyên truyền
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} - bộ cài
; per user: no UAC prompt, no administrator needed, nothing outside the user's profile (no override
; to an all-users install is offered: PrivilegesRequiredOverridesAllowed is left unset)
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\SotayTuyenTruyen
UsePreviousAppDir=yes
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=SotayTuyenTruyen-{#AppVersion}-setup
; Wine 8 cannot update the setup loader's icon (EndUpdateResource fails), so build_under_wine.sh
; passes /DNoSetupIcon: its installer shows Inno Setup's own icon; the program and shortcuts keep ours.
#ifndef NoSetupIcon
SetupIconFile=..\..\resources\icons\sotay.ico
#endif
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
ChangesAssociations=yes
; an open window of an older version is closed (Restart Manager) before its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
; Later files override earlier ones: anything not translated in Vietnamese.isl stays in English.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AssocTask=&Mở tệp trao đổi .sotay bằng Sổ tay Tuyên truyền
en.AssocTask=&Open .sotay exchange files with Sổ tay Tuyên truyền
vi.BundleType=Tệp trao đổi Sổ tay Tuyên truyền
en.BundleType=Sổ tay Tuyên truyền exchange file
vi.CliShortcut={#CliShortcutVi}
en.CliShortcut={#CliShortcutEn}
vi.RemoveDataTitle=Gỡ cài đặt Sổ tay Tuyên truyền
en.RemoveDataTitle=Uninstall Sổ tay Tuyên truyền
vi.RemoveDataText=Chương trình sẽ được gỡ khỏi máy.%n%nDữ liệu của bạn (nhật ký, tài liệu, khoá ký số, các bản sao lưu) nằm ở:%n%1%nvà được GIỮ LẠI, để cài lại hoặc cài bản mới vẫn dùng tiếp được.
en.RemoveDataText=The program will be removed.%n%nYour data (log, documents, signing keys, backups) is in:%n%1%nand is KEPT, so that a reinstall or a newer version carries on with it.
vi.RemoveDataCheck=Xoá &luôn dữ liệu của tôi (không khôi phục được)
en.RemoveDataCheck=Also &delete my data (cannot be undone)
vi.RemoveDataConfirm=Xoá hẳn toàn bộ dữ liệu ở %1?%n%nNhật ký, tài liệu và khoá ký số sẽ mất. Nên sao lưu hoặc gửi dữ liệu lên trước.
en.RemoveDataConfirm=Delete all the data in %1 for good?%n%nThe log, documents and signing keys will be lost. Back up or send your data first.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "associate"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade replaces the whole program folder: no stale library from an older version survives
Type: filesandordirs; Name: "{app}\_internal"
; the command-line shortcut of an earlier install in the other language
Type: files; Name: "{autoprograms}\{#CliShortcutVi}.lnk"
Type: files; Name: "{autoprograms}\{#CliShortcutEn}.lnk"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; the window starts in the user's Documents (its file dialogs open there too, never in {app})
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon
; a console in the user's Documents with the `sotay` commands ready (sotay.exe --help)
Name: "{autoprograms}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\sotay.exe"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#GuiExe}"

[Registry]
; .sotay → SotayTuyenTruyen.Bundle → SotayTuyenTruyen.exe "FILE" (the window opens its import preview).
; HKCU only: per-user, no administrator rights. Removed again by the uninstaller.
Root: HKCU; Subkey: "Software\Classes\.sotay"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.sotay\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".sotay"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder is the one desktop_app.services.paths.default_data_dir() uses on Windows
// (platformdirs: %LOCALAPPDATA%\sotay). SOTAY_DATA_DIR or --data-dir folders are never touched.
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\sotay');
end;

// Uninstall: a small window with the data folder and an unticked box "also delete my data".
// Returns True when the user ticked the box and confirmed. A silent uninstall keeps the data.
function AskRemoveData(): Boolean;
var
  Form: TSetupForm;
  Info: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := False;
  if UninstallSilent or not DirExists(DataDir()) then
    Exit;
  // Inno Setup 6.4: no arguments, the size is set afterwards (6.6 takes the size as arguments)
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(440);
    Form.ClientHeight := ScaleY(190);
    Form.Caption := CustomMessage('RemoveDataTitle');

    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.Left := ScaleX(12);
    Info.Top := ScaleY(12);
    Info.Width := Form.ClientWidth - ScaleX(24);
    Info.AutoSize := False;
    Info.Height := ScaleY(96);
    Info.WordWrap := True;
    Info.Caption := FmtMessage(CustomMessage('RemoveDataText'), [DataDir()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := Info.Top + Info.Height + ScaleY(8);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('RemoveDataCheck');
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(26);
    OkButton.Left := Form.ClientWidth - ScaleX(12 + 90 + 8 + 90);
    OkButton.Top := Form.ClientHeight - ScaleY(26 + 12);
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(26);
    CancelButton.Left := Form.ClientWidth - ScaleX(12 + 90);
    CancelButton.Top := OkButton.Top;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    Form.Position := poScreenCenter;
    // Cancel here means "keep my data", never "abort the uninstall halfway".
    if (Form.ShowModal() = mrOk) and Box.Checked then
      Result := MsgBox(FmtMessage(CustomMessage('RemoveDataConfirm'), [DataDir()]),
                       mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  finally
    Form.Free();
  end;
end;

var
  RemoveData: Boolean;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveData := AskRemoveData();
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(DataDir(), True, True, True);
end;
