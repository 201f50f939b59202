#!/usr/bin/env bash
# lint-bench.sh: times `simdeploy lint` (release build, all default rules) against the peers a user
# would pick, on deterministic corpora of 100, 10,000 and 1,000,000 lines, and prints the ratios.
#
#   bench/lint-bench.sh                 # all three sizes
#   SIZES="100 10000" bench/lint-bench.sh
#
# Peers: wemake-services dotenv-linter 0.9.0 and python-dotenv 1.2.4 (PyPI, from the validators'
# venv: ../shared/validators/install.sh), and godotenv (Debian's golang-github-joho-godotenv-dev
# through bench/godotenv-read.go). A peer that cannot be found or installed is skipped with a note.
# Timing: hyperfine (Debian's, installed with apt when missing and root), whole process, output
# discarded; otherwise a loop over `date +%s%N` taking the median. A run longer than BENCH_TIMEOUT
# seconds (default 120) is stopped and reported as "> N s". Nothing here is a pass/fail test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"

sizes=(${SIZES:-100 10000 1000000})
limit="${BENCH_TIMEOUT:-120}"
work="${BENCH_DIR:-.build/bench}"
venv="${VALIDATE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/simdeploy-validate}/venv"
mkdir -p "$work"
note() { echo "bench: $*" >&2; }

apt_install() {
  [[ $(id -u) == 0 ]] || { note "not root: cannot apt-get install $*"; return 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1; }
}

# simdeploy, as users get it (scripts/build-release.sh: static Swift runtime, OpenSSL and libyaml).
simdeploy="$(scripts/build-release.sh)"
note "simdeploy links: $(ldd "$simdeploy" | awk '{print $1}' | grep -v '^linux-vdso' | tr '\n' ' ')"

# Peers.
names=("simdeploy lint")
commands=("$simdeploy lint {file}")
if [[ -x $venv/bin/dotenv-linter ]]; then
  names+=("dotenv-linter 0.9.0 (wemake, Python)")
  commands+=("$venv/bin/dotenv-linter {file}")
else
  note "skipped wemake dotenv-linter: $venv/bin/dotenv-linter not found (run ../shared/validators/install.sh)"
fi
if [[ -x $venv/bin/python ]] && "$venv/bin/python" -c 'import dotenv' 2>/dev/null; then
  names+=("python-dotenv 1.2.4 (parse only)")
  commands+=("$venv/bin/python -c 'import sys; from dotenv import dotenv_values; dotenv_values(sys.argv[1])' {file}")
else
  note "skipped python-dotenv: not importable from $venv"
fi
godotenv_src=/usr/share/gocode/src/github.com/joho/godotenv
if ! command -v go >/dev/null 2>&1 || [[ ! -d $godotenv_src ]]; then
  apt_install golang-go golang-github-joho-godotenv-dev || true
fi
if command -v go >/dev/null 2>&1 && [[ -d $godotenv_src ]]; then
  mkdir -p "$work/go"
  cp bench/godotenv-read.go "$work/go/"
  if (cd "$work/go" && GOPATH=/usr/share/gocode GO111MODULE=off GOCACHE="$PWD/cache" \
    go build -o godotenv-read godotenv-read.go) >"$work/go/build.log" 2>&1; then
    names+=("godotenv $(dpkg-query -W -f='${Version}' golang-github-joho-godotenv-dev 2>/dev/null) (Go, parse only)")
    commands+=("$work/go/godotenv-read {file}")
  else
    note "skipped godotenv: build failed ($work/go/build.log)"
  fi
else
  note "skipped godotenv: golang-go or golang-github-joho-godotenv-dev unavailable"
fi
command -v hyperfine >/dev/null 2>&1 || apt_install hyperfine || true

# Median wall time in ms of `runs` runs of a command, output discarded.
time_loop() {
  local command="$1" runs="$2" samples=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    bash -c "$command" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    samples+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f\n", a[int((NR+1)/2)]/1000}'
}

results="$work/results.tsv"
: >"$results"
for size in "${sizes[@]}"; do
  file="$work/corpus-$size.env"
  awk -v LINES="$size" -f bench/corpus.awk >"$file"
  for i in "${!names[@]}"; do
    command="${commands[$i]//\{file\}/$file}"
    # Only the largest corpus needs a time limit; `timeout` would add its own start-up to small ones.
    ((size >= 1000000)) && command="timeout $limit $command"
    # Slow peers on the largest corpus get a single run.
    runs=20
    ((size >= 1000000)) && runs=3
    [[ $i != 0 && $size -ge 1000000 && ${names[$i]} == *Python* ]] && runs=1
    [[ $i != 0 && $size -ge 1000000 && ${names[$i]} == *python-dotenv* ]] && runs=1
    if command -v hyperfine >/dev/null 2>&1; then
      hyperfine -N -i --warmup $((runs > 1 ? 1 : 0)) --runs "$runs" --export-json "$work/run.json" "$command" \
        >/dev/null 2>&1 || hyperfine -i --runs "$runs" --export-json "$work/run.json" "$command" >/dev/null 2>&1
      ms=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f" % (r["median"]*1000))' "$work/run.json")
    else
      ms=$(time_loop "$command" "$runs")
    fi
    # `timeout` exits 124 when it stops a run: report the limit instead of a time.
    if python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]) * 990)' "$ms" "$limit"; then
      ms="timeout"
    fi
    printf '%s\t%s\t%s\t%s\n' "$size" "$i" "$ms" "$runs" >>"$results"
    note "$size lines: ${names[$i]}: $ms ms ($runs run(s))"
  done
done

# The table: median ms per tool and size, and how many times slower each peer is than simdeploy.
LIMIT="$limit" python3 - "$results" "${names[@]}" <<'PY'
import os, sys
LIMIT = os.environ["LIMIT"]
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
names = sys.argv[2:]
sizes = sorted({int(r[0]) for r in rows})
ms = {(int(r[0]), int(r[1])): (None if r[2] == "timeout" else float(r[2])) for r in rows}
print("| tool | " + " | ".join(f"{s:,} lines" for s in sizes) + " |")
print("| --- |" + " --- |" * len(sizes))
for i, name in enumerate(names):
    cells = []
    for s in sizes:
        if (s, i) not in ms:
            cells.append("-")
            continue
        t = ms[(s, i)]
        if t is None:
            cells.append(f"> {LIMIT} s (stopped)")
        elif i == 0:
            cells.append(f"{t:,.1f} ms")
        else:
            cells.append(f"{t:,.1f} ms ({t / ms[(s, 0)]:.1f}x)")
    print(f"| {name} | " + " | ".join(cells) + " |")
print()
for s in sizes:
    t = ms[(s, 0)]
    print(f"simdeploy lint, {s:,} lines: {s / t * 1000:,.0f} lines/s")
print("(median wall time of the whole process; (Nx) = how many times longer than simdeploy lint)")
PY
