#!/usr/bin/env bash
# Set up and start Sổ tay Tuyên truyền from a source checkout.
#
#   ./bootstrap.sh run [ARGS...]    install what is missing, then start `sotay ARGS...`
#                                   (the quick start is `./bootstrap.sh run --demo`)
#   ./bootstrap.sh test [ARGS...]   install what is missing plus the test extras, then
#                                   run `python -m pytest ARGS...`
#   ./bootstrap.sh install [--test] install only
#
# "Install" means: find a Python >= 3.12, install the Debian packages Qt needs (only the
# missing ones), create .venv, `pip install -e .`, compile the Qt translations. Every step
# is skipped quickly when it is already done, so the script is safe to run every time.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
ROOT=$PWD
VENV=$ROOT/.venv
MIN_MINOR=12   # Python 3.12: PySide6 6.12.0 crashes on 3.11, vietnam-provinces 2026.x needs 3.12

say() { printf '• %s\n' "$*"; }
warn() { printf '! %s\n' "$*" >&2; }
die() { printf '✗ %s\n' "$*" >&2; exit 1; }

usage() {
  cat >&2 <<'EOF'
usage: ./bootstrap.sh run [SOTAY-ARGS...]    install, then start the app (e.g. run --demo)
       ./bootstrap.sh test [PYTEST-ARGS...]  install with test extras, then run the tests
       ./bootstrap.sh install [--test]       install only
EOF
  exit 2
}

# ---------------------------------------------------------------- Python >= 3.12

# Prints "VERSION EXECUTABLE" and succeeds when $1 is a usable CPython >= 3.12
# (not a free-threaded build: PySide6 has no wheels for those).
py_probe() {
  "$1" - "$MIN_MINOR" 2>/dev/null <<'EOF'
import sys, sysconfig
ok = sys.version_info >= (3, int(sys.argv[1])) and not sysconfig.get_config_var("Py_GIL_DISABLED")
print("%d.%d.%d" % sys.version_info[:3], sys.executable)
sys.exit(0 if ok else 1)
EOF
}

py_has_venv() { "$1" -c 'import venv, ensurepip' </dev/null >/dev/null 2>&1; }

py_candidates() {
  local name root d
  for name in python3.13 python3.12 python3; do
    command -v "$name" 2>/dev/null || true
  done
  {
    if command -v pyenv >/dev/null 2>&1; then pyenv root 2>/dev/null || true; fi
    echo "${PYENV_ROOT:-}"
    echo "$HOME/.pyenv"
    echo /root/.pyenv
  } | while read -r root; do
    if [ -z "$root" ] || [ ! -d "$root/versions" ]; then continue; fi
    # newest first: 3.13.x before 3.12.x
    for d in "$root"/versions/3.*/bin/python3; do
      if [ -x "$d" ]; then echo "$d"; fi
    done | sort -V -r
  done
  for d in /usr/local/bin/python3.13 /usr/local/bin/python3.12 /usr/local/bin/python3 \
           /opt/python*/bin/python3; do
    if [ -x "$d" ]; then echo "$d"; fi
  done
  return 0
}

no_python_help() {
  local id="" ver=""
  if [ -r /etc/os-release ]; then
    id=$(sed -n 's/^ID=//p' /etc/os-release | tr -d '"')
    ver=$(sed -n 's/^VERSION_ID=//p' /etc/os-release | tr -d '"')
  fi
  {
    echo "✗ No Python 3.$MIN_MINOR or newer was found (looked at python3.13, python3.12 and python3"
    echo "  on PATH, pyenv versions, /usr/local/bin and /opt/python*/bin). Python 3.11 and older"
    echo "  cannot be used: PySide6 6.12.0 crashes on them."
    echo
    if [ "$id" = debian ] && [ "$ver" = 12 ]; then
      echo "  Debian 12 ships only Python 3.11. Either upgrade to Debian 13 (it ships 3.13), or"
      echo "  build Python 3.12 with pyenv (https://github.com/pyenv/pyenv):"
    else
      echo "  On Debian 13 / Ubuntu 24.04:  sudo apt-get install python3 python3-venv"
      echo "  On Debian 12 (only 3.11), build Python 3.12 with pyenv (https://github.com/pyenv/pyenv):"
    fi
    echo "    sudo apt-get install build-essential curl git libssl-dev zlib1g-dev libbz2-dev \\"
    echo "         libreadline-dev libsqlite3-dev libffi-dev liblzma-dev libncurses-dev xz-utils"
    echo "    curl -fsSL https://pyenv.run | bash"
    echo "    ~/.pyenv/bin/pyenv install 3.12"
    echo "  then run this script again: it finds ~/.pyenv/versions/3.12.*/bin/python3 by itself."
    echo "  (A Python installed as /usr/local/bin/python3.12 or /opt/python*/bin/python3 is found too.)"
  } >&2
  exit 1
}

PY=""           # the interpreter .venv is built from
PY_VERSION=""
VENV_PKG=""     # a Debian pythonX.Y-venv package to install, if the chosen Python lacks venv

find_python() {
  local cand out fallback="" fallback_version="" seen=" "
  while read -r cand; do
    [ -n "$cand" ] || continue
    out=$(py_probe "$cand") || continue
    local version=${out%% *} exe=${out#* }
    case "$seen" in *" $exe "*) continue ;; esac
    seen="$seen$exe "
    if py_has_venv "$exe"; then
      PY=$exe; PY_VERSION=$version; return 0
    fi
    # Debian's own Python keeps venv/ensurepip in a separate package: remember the first one.
    if [ -z "$fallback" ] && [[ $exe == /usr/bin/* ]] && command -v dpkg-query >/dev/null 2>&1; then
      fallback=$exe; fallback_version=$version
    fi
  done < <(py_candidates)
  if [ -n "$fallback" ]; then
    PY=$fallback; PY_VERSION=$fallback_version
    VENV_PKG=python${fallback_version%.*}-venv
    return 0
  fi
  if [ -n "$seen" ] && [ "$seen" != " " ]; then
    warn "found Python >= 3.$MIN_MINOR at:$seen but none can create a virtual environment"
    warn "(the modules venv and ensurepip are missing); install its venv support or another Python."
    exit 1
  fi
  no_python_help
}

venv_ok() {
  [ -x "$VENV/bin/python" ] && py_probe "$VENV/bin/python" >/dev/null \
    && "$VENV/bin/python" -m pip --version >/dev/null 2>&1
}

# ---------------------------------------------------------------- Debian packages

# What Qt (PySide6-Essentials) needs on a bare Debian: QtCore, QtWidgets offscreen, a real
# window through xcb, fonts with Vietnamese glyphs, and Xvfb for screenshots / no-screen runs.
QT_PACKAGES=(
  libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
  libx11-xcb1
  fonts-dejavu-core fonts-noto-core
  xvfb xauth
)

pkg_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

pkg_has_candidate() {
  local c
  c=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | head -n1)
  [ -n "$c" ] && [ "$c" != "(none)" ]
}

# Debian 13 renamed some libraries for 64-bit time (libglib2.0-0 -> libglib2.0-0t64):
# prints the name that apt can install.
pkg_resolve() {
  if pkg_has_candidate "$1"; then echo "$1"
  elif pkg_has_candidate "${1}t64"; then echo "${1}t64"
  else echo "$1"
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 127
  fi
}

ensure_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "system libraries: not a Debian system, not checked (Qt needs OpenGL/EGL, xkbcommon,"
    say "  fontconfig, D-Bus, the xcb libraries and a font with Vietnamese glyphs such as DejaVu)"
    return 0
  fi
  local p missing=()
  for p in "${QT_PACKAGES[@]}"; do
    pkg_installed "$p" || pkg_installed "${p}t64" || missing+=("$p")
  done
  if [ -n "$VENV_PKG" ] && ! pkg_installed "$VENV_PKG"; then missing+=("$VENV_PKG"); fi
  if [ ${#missing[@]} = 0 ]; then
    say "system libraries: ok"
    return 0
  fi

  local names=()
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    for p in "${missing[@]}"; do names+=("$(pkg_resolve "$p")"); done
    die "these Debian packages are missing and I am neither root nor able to use sudo:
    ${names[*]}
  Install them as root:  apt-get install --no-install-recommends ${names[*]}
  then run this script again."
  fi
  [ "$(id -u)" = 0 ] || say "system libraries: asking sudo to install them"

  local log
  log=$(mktemp "${TMPDIR:-/tmp}/sotay-apt.XXXXXX")
  say "system libraries: updating the package lists…"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "apt-get update failed (no network?). Missing packages: ${missing[*]}"
  fi
  names=()
  for p in "${missing[@]}"; do names+=("$(pkg_resolve "$p")"); done
  say "system libraries: installing ${names[*]}…"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
       "${names[@]}" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "apt-get install failed; install these packages by hand: ${names[*]}"
  fi
  rm -f "$log"
  say "system libraries: ok"
}

# ---------------------------------------------------------------- .venv and the package

# Hash of what decides the install: pyproject.toml, the extras and the venv's Python.
install_stamp() {
  local extras=$1
  { cat pyproject.toml; echo "extras=$extras"; "$VENV/bin/python" -V; } | sha256sum | cut -d' ' -f1
}

ensure_venv_and_package() {
  local want_test=$1
  if venv_ok; then
    local out
    out=$(py_probe "$VENV/bin/python")
    say "Python ${out%% *} in .venv"
  else
    find_python
    say "Python $PY_VERSION at $PY${VENV_PKG:+ (its venv support, $VENV_PKG, is missing)}"
    ensure_system_packages
    SYSTEM_CHECKED=1
    if [ -n "$VENV_PKG" ] && ! py_has_venv "$PY"; then
      die "$PY still cannot create a virtual environment after installing $VENV_PKG"
    fi
    if [ -e "$VENV" ]; then
      say "removing the old .venv (its Python is older than 3.$MIN_MINOR or broken)"
      rm -rf "$VENV"
    fi
    say "creating .venv…"
    "$PY" -m venv "$VENV" || die "could not create .venv with $PY"
  fi
  [ "${SYSTEM_CHECKED:-0}" = 1 ] || ensure_system_packages

  local stamp_file=$VENV/.sotay-installed extras="" done_stamps=""
  if [ "$want_test" = 1 ]; then extras="test"; fi
  [ -f "$stamp_file" ] && done_stamps=$(cat "$stamp_file")
  # the test install includes the plain one, so either stamp is good enough for `run`
  local entry=$VENV/bin/sotay
  [ -n "$extras" ] && entry=$VENV/bin/pytest
  if [ -x "$entry" ] && { grep -qx "$(install_stamp "$extras")" <<<"$done_stamps" \
     || { [ -z "$extras" ] && grep -qx "$(install_stamp test)" <<<"$done_stamps"; }; }; then
    say "package: already installed${extras:+ (with test extras)}"
  else
    local spec=.
    [ -n "$extras" ] && spec=".[test]"
    say "installing the package${extras:+ with test extras} (the first time downloads about 400 MB)…"
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    "$VENV/bin/python" -m pip install -q --upgrade pip || die "could not upgrade pip in .venv"
    # (hides only setuptools' "Editable installation" notice; errors still show)
    PYTHONWARNINGS="ignore:Editable installation${PYTHONWARNINGS:+,$PYTHONWARNINGS}" \
      "$VENV/bin/python" -m pip install -q -e "$spec" || die "pip install -e '$spec' failed"
    { [ -n "$extras" ] && install_stamp ""; install_stamp "$extras"; } >"$stamp_file"
    say "package: installed"
  fi
}

compile_translations() {
  local ts qm n=0
  shopt -s nullglob
  local files=(resources/translations/*.ts)
  shopt -u nullglob
  [ ${#files[@]} -gt 0 ] || return 0
  [ -x "$VENV/bin/pyside6-lrelease" ] || die ".venv/bin/pyside6-lrelease is missing (is PySide6 installed?)"
  for ts in "${files[@]}"; do
    qm=${ts%.ts}.qm
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" || die "pyside6-lrelease failed on $ts"
      n=$((n + 1))
    fi
  done
  say "translations: ${#files[@]} file(s), $n compiled"
}

install_all() {
  ensure_venv_and_package "$1"
  compile_translations
}

# ---------------------------------------------------------------- commands

[ $# -ge 1 ] || usage
cmd=$1; shift
case "$cmd" in
  run)
    install_all 0
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      say "no screen here; the app is installed; starting it offscreen to check it starts"
      rc=0
      QT_QPA_PLATFORM=offscreen timeout 120 "$VENV/bin/sotay" "$@" --quit-after 3 || rc=$?
      if [ "$rc" = 0 ]; then say "the app started and quit cleanly"
      elif [ "$rc" = 124 ]; then warn "the app did not quit within 120 seconds"
      else warn "the app exited with status $rc"
      fi
      exit "$rc"
    fi
    exec "$VENV/bin/sotay" "$@"
    ;;
  test)
    install_all 1
    say "running the tests…"
    rc=0
    "$VENV/bin/python" -m pytest "$@" || rc=$?
    if [ "$rc" = 5 ]; then
      warn "pytest collected no tests: counted as a failure"
      exit 1
    fi
    exit "$rc"
    ;;
  install)
    case "${1:-}" in
      "") install_all 0 ;;
      --test) install_all 1 ;;
      *) usage ;;
    esac
    say "done"
    ;;
  -h|--help|help) usage ;;
  *) usage ;;
esac
