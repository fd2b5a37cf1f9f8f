#!/usr/bin/env bash
# Every shared library and Qt plugin in the bundle must find the libraries it needs — in the bundle or on the system
# the Makefile prepares (QT_DEBS). A plugin that cannot load fails silently at run time, so the build fails here.
set -euo pipefail
bundle=${1:-dist/danggol}
search=$(find "$bundle" -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)
missing=0
while IFS= read -r lib; do
    holes=$(LD_LIBRARY_PATH="$search" ldd "$lib" 2>/dev/null | grep "not found" || true)
    if [ -n "$holes" ]; then
        echo "missing for ${lib#"$bundle"/}:"; echo "$holes"
        missing=1
    fi
done < <(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \))
if [ "$missing" -ne 0 ]; then
    echo "the bundle has libraries that cannot load (install them through the Makefile's QT_DEBS, or drop the plugin)"
    exit 1
fi
echo "every library in the bundle finds what it needs"
