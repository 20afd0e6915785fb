#!/usr/bin/env bash
# Sets up a fresh machine and runs the whole test suite (README's test command; .ci/run calls it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
