#!/usr/bin/env bash
# Installs what building simdeploy needs on Debian 12: libyaml-dev, libssl-dev, pkg-config; and
# graphviz, whose `dot` the tests use to render `simdeploy graph --format dot`.
# Idempotent: apt runs only when a package is missing. Needs root or sudo for that step.
set -euo pipefail

missing=()
for pkg in libyaml-dev libssl-dev pkg-config graphviz; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  sudo=()
  [[ $(id -u) == 0 ]] || sudo=(sudo)
  echo "install-deps: apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  for dir in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
    [[ -x $dir/swift ]] && { echo "install-deps: add $dir to PATH" >&2; break; }
  done
  echo "install-deps: the Swift 6 toolchain is required: https://www.swift.org/install/linux/debian/12/" >&2
  exit 1
fi
echo "install-deps: ok ($(swift --version 2>&1 | head -n 1); libyaml $(pkg-config --modversion yaml-0.1); OpenSSL $(pkg-config --modversion openssl))"
