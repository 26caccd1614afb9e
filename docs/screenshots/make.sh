#!/usr/bin/env bash
# Screenshots of every page of the real app, in Vietnamese and English, on the demo data, at
# 1366x768 (the cadres' laptops), under Xvfb. Writes docs/screenshots/<lang>-<page>.png.
# usage: docs/screenshots/make.sh            (needs: xvfb x11-apps imagemagick)
set -eu
cd "$(dirname "$0")/../.."
out=docs/screenshots
py=${VENV:-.venv}/bin/python
for t in Xvfb xwd convert; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install xvfb x11-apps imagemagick" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'kill $xpid 2>/dev/null || true; rm -rf "$work"' EXIT
disp=:$((70 + RANDOM % 20))
Xvfb $disp -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
sleep 1
export DISPLAY=$disp QT_QPA_PLATFORM=xcb SOTAY_QM_DIR="$work/qm"
mkdir -p "$work/qm"
for ts in resources/translations/sotay_*.ts; do
  ${VENV:-.venv}/bin/pyside6-lrelease -silent "$ts" -qm "$work/qm/$(basename "${ts%.ts}").qm"
done
# the demo database, built once
QT_QPA_PLATFORM=offscreen "$py" -m desktop_app --data-dir "$work" --demo --quit-after 0.1 >/dev/null 2>&1

shot() {  # shot NAME: the whole screen
  xwd -root -silent | convert xwd:- "$out/$1.png"
  echo "$out/$1.png"
}
set_page() {
  "$py" - "$work/demo" "$1" <<'PY'
import sys
from pathlib import Path
from desktop_app.services import Services
s = Services.open(Path(sys.argv[1]))
s.set_preference("ui.page", sys.argv[2])
s.set_preference("ui.geometry", None)
s.close()
PY
}
for lang in vi en; do
  for page in home library talks groups exchange reports settings; do
    set_page "$page"
    "$py" -m desktop_app --data-dir "$work" --demo --lang "$lang" >"$work/app.log" 2>&1 & app=$!
    sleep "${SHOT_WAIT:-4}"
    shot "$lang-$page"
    kill $app 2>/dev/null; wait $app 2>/dev/null || true
  done
  # the first-run wizard, on its unit step
  rm -rf "$work/fresh"
  "$py" -m desktop_app --data-dir "$work/fresh" --lang "$lang" >"$work/app.log" 2>&1 & app=$!
  sleep "${SHOT_WAIT:-4}"
  shot "$lang-wizard"
  kill $app 2>/dev/null; wait $app 2>/dev/null || true
done
