#!/usr/bin/env bash
# bootstrap-bench.sh: times `simdeploy init` (fresh secrets, every file written) and `simdeploy
# generate` on a current install (plan, merge, nothing written), release build, whole process.
#   bench/bootstrap-bench.sh            # 50 runs each
#   RUNS=200 bench/bootstrap-bench.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"
runs="${RUNS:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bin="$(scripts/build-release.sh)"

# median of $runs wall times (ms) of the command in "$@"
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

init_once() { rm -rf "$work/install"; "$bin" init --non-interactive --domain sim.example.com --dir "$work/install"; }
"$bin" init --non-interactive --domain sim.example.com --dir "$work/current" >/dev/null
echo "simdeploy $("$bin" --version), $runs runs each, median wall time"
echo "  init (compose + Caddy, 6 secrets):   $(median_ms init_once) ms"
echo "  generate (current install):          $(median_ms "$bin" generate --dir "$work/current") ms"
echo "  generate --check:                    $(median_ms "$bin" generate --check --dir "$work/current") ms"
echo "  --version:                           $(median_ms "$bin" --version) ms"
