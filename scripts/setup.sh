#!/usr/bin/env bash
# Installs what Nexus needs on a fresh Debian machine. Idempotent: skips what is already there.
#   scripts/setup.sh          what the main job needs (the .NET SDK is expected on the machine)
#   scripts/setup.sh --test   also what the test suite needs (PostgreSQL, Chromium, networkx)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
missing() { ! dpkg -s "$1" >/dev/null 2>&1; }
if [ "${1:-}" = "--test" ]; then
  for pkg in postgresql python3-networkx; do missing "$pkg" && need+=("$pkg"); done
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing ${need[*]} ..." >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
