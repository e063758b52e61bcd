#!/usr/bin/env bash
# What the browser and sign-in tests need beyond Python: Debian's Chromium and the test IdP's npm
# packages. Installs only what is missing; apt needs root.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' (Debian's package)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ -f tests/idp/package-lock.json ] && [ ! -d tests/idp/node_modules ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: install Node.js 20+ (the sign-in tests run a real OpenID provider)" >&2
    exit 1
  fi
  (cd tests/idp && npm ci --no-audit --no-fund --loglevel=error)
fi
