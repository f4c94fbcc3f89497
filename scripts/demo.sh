#!/usr/bin/env bash
# The main job on a fresh machine: set up (including the web UI), ingest the example articles (and the
# shared reference article when ../shared is beside the checkout) into ./nexus.db, then serve the web
# UI and the HTTP API on http://127.0.0.1:5080 until Ctrl+C. Running it again adds no duplicates.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
inputs=(examples)
[ -d ../shared/examples ] && inputs+=(../shared/examples)
status=0
./nexus ingest "${inputs[@]}" || status=$?
# 3: some files were rejected (each said why above); the rest went in.
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
exec ./nexus serve --urls http://127.0.0.1:5080
