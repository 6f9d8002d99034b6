#!/usr/bin/env bash
# Install the Debian packages the app (run) or the test suite (test) needs, if missing.
# Needs root and apt-get; elsewhere it prints what to install and carries on.
set -euo pipefail
group=${1:-test}
run_pkgs=(fonts-wqy-zenhei fonts-arphic-uming libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3)
test_pkgs=("${run_pkgs[@]}" fonts-arphic-ukai fonts-droid-fallback xvfb xauth poppler-utils minisign age zip binutils postgresql chromium)
case "$group" in
  run) wanted=("${run_pkgs[@]}") ;;
  test) wanted=("${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; skipped"; exit 0; }
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: please install: ${missing[*]}" >&2
  [ "$group" = test ] && exit 1 || exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
