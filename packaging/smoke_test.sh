#!/usr/bin/env bash
# Smoke test of the BUILT program (the PyInstaller folder), not of the source checkout.
#
#   packaging/smoke_test.sh [DIST_DIR]          default DIST_DIR: dist/sotay
#
# Steps, each in fresh temporary data folders (the user's own data is never touched):
#   1. `sotay --version`                       prints "sotay <version>" (SOTAY_EXPECT_VERSION if set)
#   2. `sotay init` + `sotay demo`             a commune (Xã Thanh Bình, 30130) with a year of demo data
#   3. `sotay library add FILE.pdf` + `search` the PDF's text is read in the bounded child process
#                                              (multiprocessing in the frozen program) and found
#   4. `sotay export --to DIR`                 writes one .sotay bundle
#   5. `sotay import BUNDLE --trust --json`    into a second folder initialised as the aggregator
#                                              (Tỉnh Đồng Tháp, P82, --role aggregator): applied, ok
#   6. the window: QT_QPA_PLATFORM=offscreen <gui> --demo --quit-after 3
#                                              must reach its main window, stay up and exit 0
# Exits non-zero on the first failure and says which step failed. Runs on Linux and, under Git
# Bash, on Windows (there the commands use sotay.exe and the window SotayTuyenTruyen.exe).
# Set SOTAY_SMOKE_KEEP=1 to keep the temporary folder for a look afterwards. SOTAY_SMOKE_LAUNCHER names a
# program that starts the built ones (packaging/windows/build_under_wine.sh runs the Windows build
# through Wine this way).
set -uo pipefail

DIST=${1:-dist/sotay}
[ -d "$DIST" ] || { echo "✗ smoke test: no built program at $DIST (run the build first)" >&2; exit 2; }
DIST=$(cd "$DIST" && pwd)

LAUNCHER=()
[ -n "${SOTAY_SMOKE_LAUNCHER:-}" ] && LAUNCHER=("$SOTAY_SMOKE_LAUNCHER")
if [ -f "$DIST/sotay.exe" ]; then
  CLI=$DIST/sotay.exe
  GUI=$DIST/SotayTuyenTruyen.exe
  [ -f "$GUI" ] || GUI=$CLI
else
  CLI=$DIST/sotay
  GUI=$DIST/sotay
fi
[ -f "$CLI" ] && { [ ${#LAUNCHER[@]} -gt 0 ] || [ -x "$CLI" ]; } \
  || { echo "✗ smoke test: $CLI is missing or not executable" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sotay-smoke.XXXXXX")
cleanup() { if [ "${SOTAY_SMOKE_KEEP:-0}" = 1 ]; then echo "(kept $WORK)"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

# The built program must not find anything from a checkout or a venv by accident.
unset PYTHONPATH PYTHONHOME SOTAY_DATA_DIR SOTAY_QM_DIR VIRTUAL_ENV
export PYTHONIOENCODING=utf-8
cd "$WORK" || exit 2

TIMEOUT=()
if command -v timeout >/dev/null 2>&1; then TIMEOUT=(timeout 180); fi

STEP=0
step() { STEP=$((STEP + 1)); printf '• [%d] %s\n' "$STEP" "$*"; }
fail() {
  printf '✗ smoke test FAILED at step %d: %s\n' "$STEP" "$1" >&2
  for f in "${@:2}"; do
    [ -s "$f" ] && { printf -- '--- %s\n' "$(basename "$f")" >&2; tail -n 40 "$f" >&2; }
  done
  exit 1
}
# run NAME CMD...: runs CMD with stdout/stderr in $WORK/NAME.out / NAME.err; fails the step on non-zero
run() {
  local name=$1; shift
  "${TIMEOUT[@]}" "${LAUNCHER[@]}" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
  local rc=$?
  [ $rc = 0 ] || fail "'$(basename "$1") ${*:2}' exited with status $rc" "$WORK/$name.out" "$WORK/$name.err"
  if grep -q "Traceback (most recent call last)" "$WORK/$name.err"; then
    fail "'$(basename "$1") ${*:2}' printed a Python traceback" "$WORK/$name.err"
  fi
}

step "version: $(basename "$CLI") --version"
run version "$CLI" --version
got=$(tr -d '\r' <"$WORK/version.out")
case "$got" in
  "sotay "[0-9]*) ;;
  *) fail "unexpected --version output: '$got'" ;;
esac
if [ -n "${SOTAY_EXPECT_VERSION:-}" ] && [ "$got" != "sotay $SOTAY_EXPECT_VERSION" ]; then
  fail "--version says '$got', expected 'sotay $SOTAY_EXPECT_VERSION'"
fi
echo "    $got"

step "commune: init --unit 30130, then demo"
run init "$CLI" --data-dir "$WORK/commune" init --unit 30130 --name "Kiểm thử"
run demo "$CLI" --data-dir "$WORK/commune" demo
sed 's/^/    /' "$WORK/demo.out"

# write_pdf FILE: a one-page PDF whose text is "Chi thi ba muoi ve tuyen truyen mieng" (ASCII, exact offsets)
write_pdf() {
  local LC_ALL=C stream='BT /F1 18 Tf 72 720 Td (Chi thi ba muoi ve tuyen truyen mieng) Tj ET'
  local objs=(
    '<< /Type /Catalog /Pages 2 0 R >>'
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'
    "<< /Length ${#stream} >>
stream
$stream
endstream"
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  )
  local out=$'%PDF-1.4\n' xref=$'xref\n0 6\n0000000000 65535 f \n' n
  for n in 0 1 2 3 4; do
    xref+=$(printf '%010d 00000 n ' "${#out}")$'\n'
    out+="$((n + 1)) 0 obj ${objs[$n]} endobj"$'\n'
  done
  printf '%s%strailer << /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' "$out" "$xref" "${#out}" >"$1"
}

step "library add a PDF: its text is read in the bounded child process, then found"
write_pdf "$WORK/chi-thi.pdf"
run libadd "$CLI" --data-dir "$WORK/commune" library add "$WORK/chi-thi.pdf" --title "Chỉ thị thử" --json
grep -q "Không đọc được chữ" "$WORK/libadd.err" && fail "the PDF's text was not read" "$WORK/libadd.err"
run search "$CLI" --data-dir "$WORK/commune" search "tuyen truyen mieng" --json
grep -q "Chỉ thị thử" <(tr -d '\r' <"$WORK/search.out") || fail "search does not find the PDF's text" "$WORK/search.out"
echo "    the PDF's text was read and is found by search"

step "export a bundle"
run export "$CLI" --data-dir "$WORK/commune" export --to "$WORK/outbox"
bundles=("$WORK"/outbox/*.sotay)
[ -f "${bundles[0]}" ] || fail "export wrote no .sotay file into $WORK/outbox" "$WORK/export.out" "$WORK/export.err"
[ ${#bundles[@]} = 1 ] || fail "export wrote ${#bundles[@]} files, expected 1"
echo "    $(basename "${bundles[0]}") ($(wc -c <"${bundles[0]}" | tr -d ' ') bytes)"

step "aggregator: init --unit P82 --role aggregator, import the bundle with --trust"
run init2 "$CLI" --data-dir "$WORK/province" init --unit P82 --role aggregator --name "Ban Tuyên giáo"
run import "$CLI" --data-dir "$WORK/province" import "${bundles[0]}" --trust --json
tr -d '\r' <"$WORK/import.out" >"$WORK/import.json"
grep -Eq '"ok": *true' "$WORK/import.json" || fail "import did not report ok" "$WORK/import.json"
grep -Eq '"applied": *1' "$WORK/import.json" || fail "the bundle was not applied" "$WORK/import.json"
new=$(grep -Eo '"new": *[0-9]+' "$WORK/import.json" | head -n1 | grep -Eo '[0-9]+$')
[ "${new:-0}" -gt 0 ] || fail "import applied no new records" "$WORK/import.json"
echo "    applied: $new new records"
run ledger "$CLI" --data-dir "$WORK/province" ledger
grep -q "30130" "$WORK/ledger.out" || fail "the aggregator's ledger does not list commune 30130" "$WORK/ledger.out"

step "window: $(basename "$GUI") --demo --quit-after 3 (offscreen)"
start=$(date +%s)
QT_QPA_PLATFORM=offscreen run gui "$GUI" --data-dir "$WORK/gui" --demo --quit-after 3
took=$(( $(date +%s) - start ))
# --quit-after counts from the start of the event loop: a window that never came up returns at once.
[ "$took" -ge 3 ] || fail "the window exited after ${took}s, before --quit-after 3 fired" "$WORK/gui.out" "$WORK/gui.err"
[ -n "$(find "$WORK/gui" -name '*.db' -print -quit 2>/dev/null)" ] \
  || fail "the window left no demo database in $WORK/gui" "$WORK/gui.err"
if grep -Eiq "qt.qpa.plugin|could not (load|find) the qt platform plugin|ModuleNotFoundError|ImportError" \
     "$WORK/gui.err"; then
  fail "the window printed a Qt plugin or import error" "$WORK/gui.err"
fi
echo "    opened and closed after ${took}s"

echo "✓ smoke test passed: $STEP steps, built program at $DIST"
