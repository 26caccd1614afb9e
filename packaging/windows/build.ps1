<#
.SYNOPSIS
  Build the Windows program and its installer, in one command.

.DESCRIPTION
  From the repository root, in PowerShell (Windows 10/11, 64-bit):

      powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

  Needs: Python 3.12 or newer, 64-bit (python.org installer, or the `py` launcher), Inno Setup in
  the version written in packaging\windows\inno-setup-version.txt (6.4.1; ISCC.exe is looked up on
  PATH and in the usual install folders, and its version is checked: the script uses the 6.4
  CreateCustomForm), and Git for Windows (its bash runs the smoke test). Internet is needed only to
  download the Python packages the first time.

  Steps (the same as packaging/windows/build_under_wine.sh, which runs them on Linux under Wine):
    1. .venv-win\ with Python 3.12+; pip install -e ".[build]" (the app and PyInstaller)
    2. pyside6-lrelease: resources\translations\*.ts -> .qm
    3. PyInstaller packaging\sotay.spec -> dist\sotay\ (SotayTuyenTruyen.exe, sotay.exe, _internal\)
    4. packaging\smoke_test.sh on the built program (Git Bash)       (-SkipSmoke to skip)
    5. ISCC packaging\windows\sotay.iss -> dist\SotayTuyenTruyen-<version>-setup.exe  (-SkipInstaller)
    6. silent per-user install; the smoke test of the installed program; an upgrade over itself in
       English keeping the data folder; a silent uninstall keeping it     (-SkipInstallTest to skip)
       Only on a machine where the user has no installed copy and no %LOCALAPPDATA%\sotay to lose
       (a CI runner): otherwise skipped with a note.

  Exits non-zero when any step fails.
#>
param(
  [string]$Python = "",
  [switch]$SkipSmoke,
  [switch]$SkipInstaller,
  [switch]$SkipInstallTest
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Venv = Join-Path $Root ".venv-win"
$Py = Join-Path $Venv "Scripts\python.exe"

function Say($text) { Write-Host "`n== $text" -ForegroundColor Cyan }
function Die($text) { Write-Host "x build.ps1: $text" -ForegroundColor Red; exit 1 }
function Run($exe, [string[]]$arguments) {
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { Die "$exe $($arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

# A 64-bit CPython >= 3.12: -Python, then `py -3.13` / `py -3.12`, then python on PATH.
function Find-Python {
  $probe = "import sys, struct; ok = sys.version_info >= (3, 12) and struct.calcsize('P') == 8; print(sys.executable); sys.exit(0 if ok else 1)"
  $candidates = @()
  if ($Python) { $candidates += ,@($Python) }
  if (Get-Command py -ErrorAction SilentlyContinue) { $candidates += ,@("py", "-3.13"); $candidates += ,@("py", "-3.12") }
  if (Get-Command python -ErrorAction SilentlyContinue) { $candidates += ,@("python") }
  foreach ($c in $candidates) {
    $exe = $c[0]; $pre = @($c | Select-Object -Skip 1)
    try { $out = & $exe @pre -c $probe 2>$null } catch { continue }
    if ($LASTEXITCODE -eq 0 -and $out) { return ($out | Select-Object -Last 1).Trim() }
  }
  Die "no 64-bit Python 3.12 or newer found. Install it from https://www.python.org/downloads/windows/ (tick 'Add python.exe to PATH'), or pass -Python C:\path\to\python.exe"
}

# The Inno Setup version sotay.iss is written for, stated once for build.ps1, the workflow and
# build_under_wine.sh.
$InnoVersion = (Get-Content (Join-Path $Root "packaging\windows\inno-setup-version.txt") -Raw).Trim()

function Find-Iscc {
  $found = $null
  $cmd = Get-Command ISCC.exe -ErrorAction SilentlyContinue
  if ($cmd) { $found = $cmd.Source }
  foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
    $exe = Join-Path $dir "ISCC.exe"
    if (-not $found -and (Test-Path $exe)) { $found = $exe }
  }
  if (-not $found) {
    Die "Inno Setup $InnoVersion (ISCC.exe) not found. Install it (choco install innosetup --version=$InnoVersion, or the $InnoVersion installer from https://jrsoftware.org/isdl.php), or run with -SkipInstaller"
  }
  $have = (Get-Item $found).VersionInfo.ProductVersion
  if (-not $have -or -not ($have.Trim() -eq $InnoVersion -or $have.Trim().StartsWith("$InnoVersion."))) {
    Die "ISCC.exe at $found is Inno Setup $have; sotay.iss needs $InnoVersion (packaging\windows\inno-setup-version.txt: 6.6 changed CreateCustomForm). Install $InnoVersion, or run with -SkipInstaller"
  }
  return $found
}

function Find-Bash {
  foreach ($exe in @("$env:ProgramFiles\Git\bin\bash.exe", "${env:ProgramFiles(x86)}\Git\bin\bash.exe")) {
    if (Test-Path $exe) { return $exe }
  }
  $cmd = Get-Command bash.exe -ErrorAction SilentlyContinue
  # C:\Windows\System32\bash.exe is WSL: it cannot run a Windows program's smoke test as written
  if ($cmd -and $cmd.Source -notlike "*\System32\*") { return $cmd.Source }
  Die "Git Bash not found (the smoke test is a bash script). Install Git for Windows, or run with -SkipSmoke"
}

$start = Get-Date

Say "1/6 Python environment (.venv-win)"
if (-not (Test-Path $Py)) {
  $base = Find-Python
  Write-Host "Python: $base"
  Run $base @("-m", "venv", $Venv)
}
Run $Py @("-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade", "pip")
Run $Py @("-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[build]")
$Version = (& $Py -c "import desktop_app; print(desktop_app.__version__)").Trim()
Write-Host "sotay $Version"

Say "2/6 translations"
$lrelease = Join-Path $Venv "Scripts\pyside6-lrelease.exe"
foreach ($ts in Get-ChildItem "resources\translations\*.ts" -ErrorAction SilentlyContinue) {
  $qm = [System.IO.Path]::ChangeExtension($ts.FullName, ".qm")
  Run $lrelease @("-silent", $ts.FullName, "-qm", $qm)
  Write-Host "compiled $qm"
}

Say "3/6 PyInstaller (takes a few minutes)"
if (Test-Path "dist\sotay") { Remove-Item -Recurse -Force "dist\sotay" }
Run $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\sotay.spec")
foreach ($exe in @("dist\sotay\SotayTuyenTruyen.exe", "dist\sotay\sotay.exe")) {
  if (-not (Test-Path $exe)) { Die "$exe was not built" }
}
# -File: under strict mode PowerShell 7.3+ stops on a directory's missing Length
$size = (Get-ChildItem -Recurse -File "dist\sotay" | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("dist\sotay\  {0:N0} MB" -f $size)

Say "4/6 smoke test of the built program"
if ($SkipSmoke) {
  Write-Host "skipped (-SkipSmoke)"
} else {
  $bash = Find-Bash
  $env:SOTAY_EXPECT_VERSION = $Version
  Run $bash @("packaging/smoke_test.sh", "dist/sotay")
}

Say "5/6 installer (Inno Setup)"
if ($SkipInstaller) {
  Write-Host "skipped (-SkipInstaller)"
} else {
  $iscc = Find-Iscc
  Run $iscc @("/Q", "/DAppVersion=$Version", "packaging\windows\sotay.iss")
  $setup = "dist\SotayTuyenTruyen-$Version-setup.exe"
  if (-not (Test-Path $setup)) { Die "$setup was not written" }
  Write-Host ("{0}  {1:N0} MB" -f $setup, ((Get-Item $setup).Length / 1MB))
}

Say "6/6 install, smoke test of the installed program, upgrade, uninstall"
$App = Join-Path $env:LOCALAPPDATA "Programs\SotayTuyenTruyen"
$Data = Join-Path $env:LOCALAPPDATA "sotay"
$Menu = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs"
if ($SkipInstaller -or $SkipInstallTest) {
  Write-Host "skipped"
} elseif ((Test-Path $App) -or (Test-Path $Data)) {
  Write-Host "skipped: this user already has $App or $Data (run on a clean machine or CI runner)"
} else {
  function Install-Silently($lang) {
    $p = Start-Process -FilePath $setup -Wait -PassThru -ArgumentList @(
      "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/LANG=$lang", "/TASKS=desktopicon,associate")
    if ($p.ExitCode -ne 0) { Die "the installer ($lang) exited with $($p.ExitCode)" }
  }
  function Data-Sums { Get-ChildItem -Recurse -File $Data | Where-Object { $_.Name -notmatch '(-wal|-shm|\.log)$' } |
                       Sort-Object FullName | ForEach-Object { "$((Get-FileHash $_.FullName).Hash) $($_.FullName)" } }
  Install-Silently "vi"
  foreach ($f in @("SotayTuyenTruyen.exe", "sotay.exe", "unins000.exe")) {
    if (-not (Test-Path (Join-Path $App $f))) { Die "not installed: $App\$f" }
  }
  $assoc = (Get-ItemProperty "HKCU:\Software\Classes\.sotay" -ErrorAction SilentlyContinue)."(default)"
  if ($assoc -ne "SotayTuyenTruyen.Bundle") { Die ".sotay is not associated (found '$assoc')" }
  $bash = Find-Bash
  Run $bash @("packaging/smoke_test.sh", ($App -replace '\\', '/'))
  Run (Join-Path $App "sotay.exe") @("init", "--unit", "30130")
  if (-not (Get-ChildItem -Recurse -File $Data -Filter "*.db")) { Die "no database under $Data" }
  $before = Data-Sums
  Install-Silently "en"
  if (Compare-Object @($before) @(Data-Sums)) { Die "the upgrade changed $Data" }
  # the command-line shortcut is "... (dong lenh)" in Vietnamese, "... (command line)" in English
  $cli = @(Get-ChildItem $Menu -Filter "S*(*).lnk")
  if ($cli.Count -ne 1) { Die "after an upgrade in English there are $($cli.Count) command-line shortcuts" }
  $p = Start-Process -FilePath (Join-Path $App "unins000.exe") -Wait -PassThru -ArgumentList @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
  for ($i = 0; $i -lt 60 -and (Test-Path (Join-Path $App "sotay.exe")); $i++) { Start-Sleep -Seconds 1 }
  if (Test-Path (Join-Path $App "sotay.exe")) { Die "the program is still installed after uninstalling" }
  foreach ($key in @(".sotay", "SotayTuyenTruyen.Bundle", "Applications\SotayTuyenTruyen.exe")) {
    if (Test-Path "HKCU:\Software\Classes\$key") { Die "the uninstaller left HKCU\Software\Classes\$key" }
  }
  if (Compare-Object @($before) @(Data-Sums)) { Die "the uninstall changed or removed $Data" }
  Write-Host "installed, smoke-tested, upgraded and uninstalled; $Data kept"
}

Write-Host ("`nbuilt in {0:N0} s" -f ((Get-Date) - $start).TotalSeconds) -ForegroundColor Green
