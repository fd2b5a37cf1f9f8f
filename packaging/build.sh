#!/usr/bin/env bash
# Builds the one-folder bundle with PyInstaller, then smoke-tests the frozen binary: start-up to the first screen
# offscreen, a shop, a poster PDF read back, the holiday calendar; then on a bare Debian 12 root (minimal_root_smoke.sh). Prints the bundle's size and the build time.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
started=$(date +%s)
"$BIN/python" -m pip install --quiet "pyinstaller>=6.10"
rm -rf build/pyinstaller dist/danggol
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/danggol.spec
PYTHON="$BIN/python" bash packaging/linux/slim_icu.sh dist/danggol
python3 packaging/linux/prune_orphans.py dist/danggol
built=$(date +%s)
bash packaging/linux/check_libraries.sh dist/danggol
python3 packaging/linux/system_libraries.py dist/danggol  # what the launcher checks before Qt loads

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
if command -v xvfb-run >/dev/null; then  # the real X11 platform plugin too, as a shop PC's desktop runs it
    echo "home screen on X11 (ms): $(QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
        "$app" --data-dir "$smoke/data" --smoke-test)"
else
    echo "xvfb-run is missing: the X11 smoke test needs 'make package' to install it" >&2
    exit 1
fi
if command -v weston >/dev/null; then  # and Wayland, the default session of GNOME and KDE desktops
    export XDG_RUNTIME_DIR="$smoke/run"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    weston --backend=headless-backend.so --socket=danggol-smoke --width=1366 --height=768 >"$smoke/weston.log" 2>&1 &
    weston_pid=$!
    for _ in $(seq 50); do [ -S "$XDG_RUNTIME_DIR/danggol-smoke" ] && break; sleep 0.1; done
    echo "home screen on Wayland (ms): $(WAYLAND_DISPLAY=danggol-smoke QT_QPA_PLATFORM=wayland timeout 60 \
        "$app" --data-dir "$smoke/data" --smoke-test)"
    kill "$weston_pid"
else
    echo "weston is missing: the Wayland smoke test needs 'make package' to install it" >&2
    exit 1
fi
# what the spec and prune_orphans.py leave out must stay out
for gone in libcups.so libpulse.so libcrypto.so libssl.so libgnutls.so libQt6OpenGL.so libqxcb-glx-integration.so \
            libqtexttospeech_mock.so libQt6Quick.so libQt6Svg.so _imagingft _imagingcms libharfbuzz- liblcms2-; do
    if [ -n "$(find dist/danggol -name "$gone*" -print -quit)" ]; then
        echo "$gone is in the bundle although the spec leaves it out" >&2
        exit 1
    fi
done
analysis=build/pyinstaller/danggol/Analysis-00.toc  # what PyInstaller collected, run-time hooks included
if [ ! -f "$analysis" ]; then
    echo "$analysis is missing: cannot check which run-time hooks the bundle carries" >&2
    exit 1
fi
if grep -q pyi_rth_multiprocessing "$analysis"; then
    echo "multiprocessing is in the bundle again (its run-time hook cost every start ~15 ms)" >&2
    exit 1
fi
if [ "$(stat -c %s "$(find dist/danggol -name 'libicudata.so.*' -type f)")" -gt $((8 * 1048576)) ]; then
    echo "the bundle carries the full ICU data: slim_icu.sh did not run" >&2
    exit 1
fi
echo "smoke test of the frozen build: passed"
bash packaging/linux/minimal_root_smoke.sh dist/danggol

on_disk=$(du -sm dist/danggol | cut -f1)
compressed=$(tar -C dist -czf - danggol | wc -c)
echo "bundle: ${on_disk} MB on disk, $((compressed / 1024 / 1024)) MB as .tar.gz; built in $((built - started)) s"

# What takes the room: the 20 largest files and folders, so every change to the bundle is seen in its figures.
echo "largest files:"
find dist/danggol -type f -printf '%s\t%P\n' | sort -rn | sed -n '1,20p' | awk -F'\t' '{printf "  %7.1f MB  %s\n", $1/1048576, $2}'
echo "largest folders:"
du -m --max-depth=3 dist/danggol | sort -rn | sed -n '2,21p' | awk '{printf "  %7d MB  %s\n", $1, $2}'
