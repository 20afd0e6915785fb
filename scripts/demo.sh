#!/usr/bin/env bash
# Sets up a fresh machine and runs the whole pipeline on the bundled sample project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
out="${1:-assay-results}"
rm -rf "$out"
node bin/assay.js pipeline --path sample --output-dir "$out"
echo
echo "Results written to $(cd "$out" && pwd):"
find "$out" -type f | sort | sed 's/^/  /'
