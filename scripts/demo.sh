#!/usr/bin/env bash
# Builds simdeploy (release) and bootstraps a complete local install into ./demo:
# simdeploy.yaml, .env with fresh OpenSSL secrets (mode 0600) and docker-compose.prod.yml.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"

scripts/install-deps.sh
swift build -c release --product simdeploy
rm -rf demo
.build/release/simdeploy init --non-interactive --dir demo "$@"
.build/release/simdeploy generate --dir demo
