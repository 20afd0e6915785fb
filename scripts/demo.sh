#!/usr/bin/env bash
# Sets up a fresh machine and runs the whole pipeline on the bundled sample project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
out="${1:-assay-results}"
rm -rf "$out"
# Offline advisories: the OSV records beside the project when present (the OSV API otherwise).
osv=()
[ -d ../shared/fixtures/osv ] && osv=(--osv-database ../shared/fixtures/osv)
node bin/assay.js pipeline --path sample --output-dir "$out" "${osv[@]}"
echo
echo "Results written to $(cd "$out" && pwd):"
find "$out" -type f | sort | sed 's/^/  /'
