#!/usr/bin/env bash
# Installs what Nexus needs on a fresh Debian machine. Idempotent: skips what is already there.
#   scripts/setup.sh          what the main job needs (the .NET SDK is expected on the machine):
#                             Node.js and npm, the web UI's npm packages, and the built web UI
#   scripts/setup.sh --test   also what the test suite needs (PostgreSQL, Chromium, networkx)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
missing() { ! dpkg -s "$1" >/dev/null 2>&1; }
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ "${1:-}" = "--test" ]; then
  for pkg in postgresql python3-networkx chromium; do missing "$pkg" && need+=("$pkg"); done
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing ${need[*]} ..." >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The web UI: npm packages exactly as locked, then the bundle in src/Nexus.Web/wwwroot, which the
# Nexus.Web build embeds. Each step runs only when its inputs changed since it last ran.
client=src/Nexus.Web/ClientApp
bundle=src/Nexus.Web/wwwroot/app.js
if ! cmp -s "$client/package-lock.json" "$client/node_modules/.nexus-installed-lock"; then
  echo "Installing the web UI's npm packages ..." >&2
  (cd "$client" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$client/package-lock.json" "$client/node_modules/.nexus-installed-lock"
fi
if [ ! -f "$bundle" ] || [ -n "$(find "$client/src" "$client/build.mjs" "$client/package-lock.json" -newer "$bundle" -print -quit)" ]; then
  echo "Building the web UI ..." >&2
  (cd "$client" && npm run --silent build)
fi
