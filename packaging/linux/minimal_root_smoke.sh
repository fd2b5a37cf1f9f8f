#!/usr/bin/env bash
# The bundle on a bare Debian 12 (debootstrap --variant=minbase, packages from the Debian registry):
#  1. with nothing added: it prints the apt-get line naming the missing packages, exits 4, no Python traceback;
#  2. with the README's packages (packaging/linux/runtime-packages) added: the offscreen smoke test, a shop,
#     a QR poster and a report PDF.
# Both roots are kept in build/minroot, so a second run costs seconds. Needs root (chroot); otherwise says so and
# skips. usage: bash packaging/linux/minimal_root_smoke.sh dist/danggol
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=${1:-dist/danggol}
cache=build/minroot
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ "$(id -u)" -ne 0 ]; then
    echo "minimal Debian smoke test skipped: chroot needs root (run 'sudo make package' to include it)" >&2
    exit 0
fi
mkdir -p "$cache"
started=$(date +%s)
if [ ! -d "$cache/bare" ]; then
    rm -rf "$cache/bare.partial"
    if ! debootstrap --variant=minbase bookworm "$cache/bare.partial" "$mirror" >"$cache/debootstrap.log" 2>&1; then
        tail -20 "$cache/debootstrap.log" >&2
        echo "debootstrap failed (log: $cache/debootstrap.log)" >&2
        exit 1
    fi
    mv "$cache/bare.partial" "$cache/bare"
fi
packages=$(tr -s ' \n' ' ' < packaging/linux/runtime-packages)
stamp="$cache/ready/.packages"
if [ ! -d "$cache/ready" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$packages" ]; then
    rm -rf "$cache/ready" "$cache/ready.partial"
    cp -a "$cache/bare" "$cache/ready.partial"
    cp /etc/resolv.conf "$cache/ready.partial/etc/resolv.conf"
    # shellcheck disable=SC2086
    chroot "$cache/ready.partial" apt-get install -y -q --no-install-recommends $packages >"$cache/apt.log" 2>&1 \
        || { tail -20 "$cache/apt.log" >&2; echo "apt-get install failed in the minimal root" >&2; exit 1; }
    echo "$packages" > "$cache/ready.partial/.packages"
    mv "$cache/ready.partial" "$cache/ready"
fi
prepared=$(date +%s)

place() {  # a fresh copy of the bundle and an empty data folder in the root $1
    rm -rf "$1/opt/danggol" "$1/tmp/smoke"
    cp -a "$bundle" "$1/opt/danggol"
    mkdir -p "$1/tmp/smoke"
}
in_root() {  # run a command in the root $1 as a shop PC with no screen would
    local root=$1; shift
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}

# 1. nothing added
place "$cache/bare"
set +e
in_root "$cache/bare" /opt/danggol/danggol --data-dir /tmp/smoke/data --smoke-test >"$cache/bare.out" 2>&1
code=$?
set -e
if [ "$code" -ne 4 ] || grep -q Traceback "$cache/bare.out" || ! grep -q "sudo apt-get install" "$cache/bare.out"; then
    cat "$cache/bare.out" >&2
    echo "on a bare Debian the bundle must print the install line and exit 4 (it exited $code)" >&2
    exit 1
fi
said=$(grep -m1 "sudo apt-get install" "$cache/bare.out" | sed 's/^ *//')
grep -q "sudo apt-get install" "$cache/bare/tmp/smoke/data/logs/danggol.log" \
    || { echo "the install line did not reach the log" >&2; exit 1; }
for package in ${said#sudo apt-get install }; do
    grep -qw -- "$package" packaging/linux/runtime-packages \
        || { echo "the bundle asks for $package, which packaging/linux/runtime-packages (the README's list) lacks" >&2; exit 1; }
done
echo "bare Debian 12 (minbase), no screen: exit 4, it says: $said"
set +e  # with an X display named, the X11 library is asked for too (the check runs before any connection is made)
chroot "$cache/bare" /usr/bin/env -i PATH=/usr/bin:/bin DISPLAY=:0 /opt/danggol/danggol --data-dir /tmp/smoke/data \
    >"$cache/bare-x11.out" 2>&1
code=$?
set -e
grep -q "sudo apt-get install .*libxcb1" "$cache/bare-x11.out" && [ "$code" -eq 4 ] \
    || { cat "$cache/bare-x11.out" >&2; echo "on X11 the bare root must ask for libxcb1 too (exit $code)" >&2; exit 1; }
echo "bare Debian 12 (minbase), on X11: exit 4, it says: $(grep -m1 "sudo apt-get install" "$cache/bare-x11.out" | sed 's/^ *//')"
rm -rf "$cache/bare/opt/danggol" "$cache/bare/tmp/smoke"

# 2. the README's packages added
place "$cache/ready"
root="$cache/ready"
echo "first paint in the minimal root (ms): $(in_root "$root" /opt/danggol/danggol --data-dir /tmp/smoke/data --smoke-test)"
in_root "$root" /opt/danggol/danggol --data-dir /tmp/smoke/data shops add --name 해남채소 --market 신영시장 --new-market \
    --channel pf.kakao.com/_AbCdE >/dev/null
in_root "$root" /opt/danggol/danggol --data-dir /tmp/smoke/data friends record --shop 해남채소 --count 12 >/dev/null
in_root "$root" /opt/danggol/danggol --data-dir /tmp/smoke/data poster --shop 해남채소 --out /tmp/smoke/poster.pdf >/dev/null
in_root "$root" /opt/danggol/danggol --data-dir /tmp/smoke/data report --format pdf --out /tmp/smoke/report.pdf >/dev/null
for made in poster.pdf report.pdf; do
    head -c 5 "$root/tmp/smoke/$made" | grep -q '%PDF-' || { echo "$made was not written in the minimal root" >&2; exit 1; }
done
if command -v pdftotext >/dev/null; then
    pdftotext "$root/tmp/smoke/report.pdf" - | grep -q 해남채소 || { echo "the report has no shop in it" >&2; exit 1; }
fi
rm -rf "$root/opt/danggol" "$root/tmp/smoke"
echo "minimal Debian smoke test: passed (roots ready in $((prepared - started)) s, tests $(( $(date +%s) - prepared )) s)"
