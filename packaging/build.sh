#!/usr/bin/env bash
# Builds the one-folder bundle with PyInstaller, then smoke-tests the frozen binary: start-up to the first screen
# offscreen, a shop, a poster PDF read back, the holiday calendar. Prints the bundle's size and the build time.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
started=$(date +%s)
"$BIN/python" -m pip install --quiet "pyinstaller>=6.10"
rm -rf build/pyinstaller dist/danggol
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/danggol.spec
built=$(date +%s)

app=dist/danggol/danggol
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export QT_QPA_PLATFORM=offscreen
"$app" --version
echo "first paint (ms): $("$app" --data-dir "$smoke/data" --smoke-test)"
"$app" --data-dir "$smoke/data" shops add --name 해남채소 --market 신영시장 --channel pf.kakao.com/_AbCdE
echo "home screen (ms): $("$app" --data-dir "$smoke/data" --smoke-test)"
"$app" --data-dir "$smoke/data" poster --shop 해남채소 --out "$smoke/a4.pdf"
test -s "$smoke/a4.pdf"
"$app" --data-dir "$smoke/data" occasions --from 2027-01-28 | grep -q seollal
"$app" --data-dir "$smoke/data" friends record --shop 해남채소 --count 12
echo "smoke test of the frozen build: passed"

on_disk=$(du -sm dist/danggol | cut -f1)
compressed=$(tar -C dist -czf - danggol | wc -c)
echo "bundle: ${on_disk} MB on disk, $((compressed / 1024 / 1024)) MB as .tar.gz; built in $((built - started)) s"
