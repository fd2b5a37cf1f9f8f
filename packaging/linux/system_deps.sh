#!/usr/bin/env bash
# Installs the Debian packages given as arguments when they are missing (as root), otherwise prints the one
# apt-get line to run. Also checks that Python can make a virtual environment (python3-venv on Debian).
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian or Ubuntu: nothing we can check here
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
"${PYTHON:-python3}" -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
((${#missing[@]})) || exit 0
if [[ $(id -u) == 0 ]]; then
  echo "Installing the system libraries Qt needs: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Qt needs some system libraries. Please run this once, then try again:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
