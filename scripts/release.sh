#!/usr/bin/env bash
# Builds the release artefacts into dist/: the binary of scripts/build-release.sh (Swift runtime,
# libyaml and OpenSSL linked in; only glibc shared), its man page and shell completions. Then `scripts/release.sh install [PREFIX]` copies them under PREFIX
# (default /usr/local): bin/simdeploy, share/man/man1/simdeploy.1 and the bash, zsh and fish
# completion folders.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"

if [[ ${1:-} == install ]]; then
  prefix="${2:-/usr/local}"
  [[ -x dist/simdeploy ]] || { echo "release: run scripts/release.sh first" >&2; exit 1; }
  install -D -m 0755 dist/simdeploy "$prefix/bin/simdeploy"
  install -D -m 0644 dist/man/simdeploy.1 "$prefix/share/man/man1/simdeploy.1"
  install -D -m 0644 dist/completions/simdeploy.bash "$prefix/share/bash-completion/completions/simdeploy"
  install -D -m 0644 dist/completions/_simdeploy "$prefix/share/zsh/site-functions/_simdeploy"
  install -D -m 0644 dist/completions/simdeploy.fish "$prefix/share/fish/vendor_completions.d/simdeploy.fish"
  echo "release: installed simdeploy under $prefix"
  exit 0
fi

scripts/install-deps.sh
binary="$(scripts/build-release.sh)"
rm -rf dist && mkdir -p dist/man dist/completions
cp "$binary" dist/simdeploy
dist/simdeploy --generate-completion-script bash >dist/completions/simdeploy.bash
dist/simdeploy --generate-completion-script zsh >dist/completions/_simdeploy
dist/simdeploy --generate-completion-script fish >dist/completions/simdeploy.fish
# The man page comes from argument-parser's generate-manual plugin, dated for reproducible output.
swift package --allow-writing-to-package-directory generate-manual \
  --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" --authors "simdeploy developers" \
  --output-directory "$PWD/dist/man" >/dev/null
echo "release: dist/simdeploy ($(du -h dist/simdeploy | cut -f1)), links: $(ldd dist/simdeploy | awk '{print $1}' | tr '\n' ' ')"
