#!/usr/bin/env bash
# Refresh the .ts sources from the window's code, the enum labels of core/labels.py and the chart words
# of reports/charts.py
# (pyside6-lupdate needs the .py files named).
# The .qm files are built by bootstrap.sh with pyside6-lrelease, never committed.
set -eu
cd "$(dirname "$0")/../.."
bin=${VENV:-.venv}/bin
files="$(find desktop_app/ui -name '*.py' | sort) desktop_app/core/labels.py desktop_app/reports/charts.py"
for lang in vi en; do
  "$bin/pyside6-lupdate" -no-obsolete -source-language vi -target-language "$lang" $files \
    -ts "resources/translations/sotay_$lang.ts"
done
