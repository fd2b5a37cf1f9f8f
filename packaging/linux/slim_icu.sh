#!/usr/bin/env bash
# Replaces the bundle's libicudata.so.73 (30.6 MB: every language's ICU data) with one carrying only what Qt can ask
# of ICU in this app (about 4 MB; the list and its reasons are in icu_keep.py): the data is cut out of the stock
# library, repacked with ICU's own icupkg, and linked back into a library of the same name and symbol, then checked
# by icu_check.py (Korean collation, time-zone names, the CP949 codec) against the stock library's answers.
# Usage: slim_icu.sh BUNDLE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lib=$(find "$1" -name 'libicudata.so.*' -type f | head -n 1)
version=${lib##*.so.}
symbol="icudt${version}_dat"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stock="$work/stock"
mkdir -p "$stock" "$work/slim"
cp "$lib" "$stock/"
# the library holds one symbol, the common data package, in .rodata
nm -D --defined-only "$lib" | grep -q " $symbol$" || { echo "slim_icu: $lib has no $symbol" >&2; exit 1; }
objcopy -O binary --only-section=.rodata "$lib" "$work/icudt${version}l.dat"
icupkg -l "$work/icudt${version}l.dat" > "$work/items.txt"
python3 "$here/icu_keep.py" "$work/items.txt" > "$work/remove.txt"
# icupkg names the items after the output file, so the slim package keeps the stock name in its own folder
icupkg -r "$work/remove.txt" "$work/icudt${version}l.dat" "$work/slim/icudt${version}l.dat"
cat > "$work/data.S" <<ASM
    .section .rodata
    .globl $symbol
    .type $symbol, @object
    .balign 16
$symbol:
    .incbin "$work/slim/icudt${version}l.dat"
    .size $symbol, . - $symbol
    .section .note.GNU-stack,"",@progbits
ASM
gcc -shared -nostdlib -Wl,-soname,"libicudata.so.$version" -Wl,-z,noexecstack -o "$work/libicudata.so.$version" \
    "$work/data.S"
# the same questions to the stock data and to the slim data must get the same answers
python=${PYTHON:-.venv/bin/python}
expected=$(LD_LIBRARY_PATH="$stock" QT_QPA_PLATFORM=offscreen "$python" "$here/icu_check.py")
got=$(LD_LIBRARY_PATH="$work" QT_QPA_PLATFORM=offscreen "$python" "$here/icu_check.py")
if [ "$expected" != "$got" ]; then
    echo "slim_icu: the slim ICU data answers differently:" >&2
    diff <(echo "$expected") <(echo "$got") >&2 || true
    exit 1
fi
before=$(stat -c %s "$lib")
cp "$work/libicudata.so.$version" "$lib"
echo "ICU data: $((before / 1048576)) MB -> $(( $(stat -c %s "$lib") / 1048576 )) MB, $(wc -l < "$work/remove.txt") of $(wc -l < "$work/items.txt") items left out"
