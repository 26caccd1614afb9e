<#
.SYNOPSIS
  Build the Windows program and its installer, in one command.

.DESCRIPTION
  From the repository root, in PowerShell (Windows 10/11, 64-bit):

      powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

  Needs: Python 3.12 or newer, 64-bit (python.org installer, or the `py` launcher), Inno Setup 6
  (https://jrsoftware.org/isinfo.php; ISCC.exe is looked up on PATH and in the usual install
  folders), and Git for Windows (its bash runs the smoke test). Internet is needed only to
  download the Python packages the first time.

  Steps:
    1. .venv-win\ with Python 3.12+; pip install -e ".[build]" (the app and PyInstaller)
    2. pyside6-lrelease: resources\translations\*.ts -> .qm
    3. PyInstaller packaging\sotay.spec -> dist\sotay\ (SotayTuyenTruyen.exe, sotay.exe, _internal\)
    4. packaging\smoke_test.sh on the built program (Git Bash)       (-SkipSmoke to skip)
    5. ISCC packaging\windows\sotay.iss -> dist\SotayTuyenTruyen-<version>-setup.exe  (-SkipInstaller)

  Exits non-zero when any step fails.
#>
param(
  [string]$Python = "",
  [switch]$SkipSmoke,
  [switch]$SkipInstaller
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

function Find-Iscc {
  $cmd = Get-Command ISCC.exe -ErrorAction SilentlyContinue
  if ($cmd) { return $cmd.Source }
  foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
    $exe = Join-Path $dir "ISCC.exe"
    if (Test-Path $exe) { return $exe }
  }
  Die "Inno Setup 6 (ISCC.exe) not found. Install it from https://jrsoftware.org/isdl.php (or: choco install innosetup), or run with -SkipInstaller"
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

Say "1/5 Python environment (.venv-win)"
if (-not (Test-Path $Py)) {
  $base = Find-Python
  Write-Host "Python: $base"
  Run $base @("-m", "venv", $Venv)
}
Run $Py @("-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade", "pip")
Run $Py @("-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[build]")
$Version = (& $Py -c "import desktop_app; print(desktop_app.__version__)").Trim()
Write-Host "sotay $Version"

Say "2/5 translations"
$lrelease = Join-Path $Venv "Scripts\pyside6-lrelease.exe"
foreach ($ts in Get-ChildItem "resources\translations\*.ts" -ErrorAction SilentlyContinue) {
  $qm = [System.IO.Path]::ChangeExtension($ts.FullName, ".qm")
  Run $lrelease @("-silent", $ts.FullName, "-qm", $qm)
  Write-Host "compiled $qm"
}

Say "3/5 PyInstaller (takes a few minutes)"
if (Test-Path "dist\sotay") { Remove-Item -Recurse -Force "dist\sotay" }
Run $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\sotay.spec")
foreach ($exe in @("dist\sotay\SotayTuyenTruyen.exe", "dist\sotay\sotay.exe")) {
  if (-not (Test-Path $exe)) { Die "$exe was not built" }
}
$size = (Get-ChildItem -Recurse "dist\sotay" | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("dist\sotay\  {0:N0} MB" -f $size)

Say "4/5 smoke test of the built program"
if ($SkipSmoke) {
  Write-Host "skipped (-SkipSmoke)"
} else {
  $bash = Find-Bash
  $env:SOTAY_EXPECT_VERSION = $Version
  Run $bash @("packaging/smoke_test.sh", "dist/sotay")
}

Say "5/5 installer (Inno Setup)"
if ($SkipInstaller) {
  Write-Host "skipped (-SkipInstaller)"
} else {
  $iscc = Find-Iscc
  Run $iscc @("/Q", "/DAppVersion=$Version", "packaging\windows\sotay.iss")
  $setup = "dist\SotayTuyenTruyen-$Version-setup.exe"
  if (-not (Test-Path $setup)) { Die "$setup was not written" }
  Write-Host ("{0}  {1:N0} MB" -f $setup, ((Get-Item $setup).Length / 1MB))
}

Write-Host ("`nbuilt in {0:N0} s" -f ((Get-Date) - $start).TotalSeconds) -ForegroundColor Green
