#!/usr/bin/env bash
# Builds the wheel, installs it into a brand-new virtual environment and runs the installed `danggol` there:
# proof that `pip install .` gives a working app with its fonts, data and translations inside.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$work/dist" .
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work"/dist/danggol_desktop-*.whl
cd "$work"  # away from the checkout, so nothing is found there by accident
export QT_QPA_PLATFORM=offscreen
"$work/venv/bin/danggol" --version
"$work/venv/bin/danggol" --data-dir "$work/data" shops add --name 해남채소 --market 신영시장 --channel _AbCdE
echo "installed wheel, first paint (ms): $("$work/venv/bin/danggol" --data-dir "$work/data" --smoke-test)"
"$work/venv/bin/danggol" --data-dir "$work/data" poster --shop 해남채소 --layout card --out "$work/card.pdf"
"$work/venv/bin/python" -c "from danggol_desktop import resources; p = resources.translations_dir(); \
assert 'site-packages' in str(p) and (p / 'danggol_ko.qm').exists(), p; print('translations from', p)"
echo "wheel check: passed ($(du -k "$work"/dist/*.whl | cut -f1) KB)"
