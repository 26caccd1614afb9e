#!/usr/bin/env bash
# Build the Linux program from a clean clone, in one command:
#
#   packaging/build_linux.sh
#
# 1. ./bootstrap.sh install       Python >= 3.12, the Qt system libraries, .venv, `pip install -e .`,
#                                 the compiled translations (resources/translations/*.qm)
# 2. pip install '.[build]'       PyInstaller (the `build` extra of pyproject.toml)
# 3. pyside6-lrelease             the .qm again, in case bootstrap found them up to date by mtime only
# 4. pyinstaller sotay.spec       dist/sotay/ (one folder: the `sotay` program and _internal/)
# 5. tar                          dist/sotay-<version>-linux-x86_64.tar.gz (unpacks to sotay/)
# 6. packaging/smoke_test.sh      runs the built program (skip with SOTAY_SKIP_SMOKE=1)
#
# Exits non-zero when any step fails. Nothing here needs network access except steps 1–2 the first
# time (apt packages, PyPI wheels).
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
ROOT=$PWD
VENV=$ROOT/.venv
PY=$VENV/bin/python

say() { printf '\n== %s\n' "$*"; }
die() { printf '✗ build_linux: %s\n' "$*" >&2; exit 1; }
START=$(date +%s)

say "1/6 set-up (./bootstrap.sh install)"
./bootstrap.sh install || die "./bootstrap.sh install failed"

say "2/6 PyInstaller"
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  PIP_DISABLE_PIP_VERSION_CHECK=1 "$PY" -m pip install -q "pyinstaller>=6.10" || die "pip install pyinstaller failed"
fi
"$VENV/bin/pyinstaller" --version

say "3/6 translations"
shopt -s nullglob
for ts in resources/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm" || die "pyside6-lrelease failed on $ts"
  echo "compiled ${ts%.ts}.qm"
done
shopt -u nullglob

VERSION=$("$PY" -c 'import desktop_app; print(desktop_app.__version__)')
ARCH=$(uname -m)
ARCHIVE=dist/sotay-$VERSION-linux-$ARCH.tar.gz

say "4/6 PyInstaller build of sotay $VERSION (takes a few minutes)"
rm -rf dist/sotay "$ARCHIVE"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/sotay.spec || die "PyInstaller failed"
[ -x dist/sotay/sotay ] || die "dist/sotay/sotay was not built"
# the desktop entry and icon travel with the folder (copy them to ~/.local/share to install)
cp packaging/linux/sotay.desktop dist/sotay/
cp resources/icons/sotay.png dist/sotay/

say "5/6 archive"
tar -C dist -czf "$ARCHIVE" sotay
echo "dist/sotay/  $(du -sh dist/sotay | cut -f1)"
echo "$ARCHIVE  $(du -sh "$ARCHIVE" | cut -f1)"

say "6/6 smoke test of the built program"
if [ "${SOTAY_SKIP_SMOKE:-0}" = 1 ]; then
  echo "skipped (SOTAY_SKIP_SMOKE=1)"
else
  SOTAY_EXPECT_VERSION=$VERSION packaging/smoke_test.sh dist/sotay || die "smoke test failed"
fi

printf '\n✓ built %s and %s in %ss\n' dist/sotay/ "$ARCHIVE" $(( $(date +%s) - START ))
