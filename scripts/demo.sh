#!/usr/bin/env bash
# The main job on a fresh machine: sets up, builds the nexus command, ingests the example articles
# into ./nexus.db (again and again without duplicates), and serves the web UI and HTTP API on
# http://127.0.0.1:5080 until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
echo "Building nexus ..." >&2
dotnet build src/Nexus.Cli -c Release --nologo -v q -clp:ErrorsOnly -o artifacts/nexus

inputs=(examples)
# The shared examples are input data like any user folder: read when present, never required.
[ -d ../shared/examples ] && inputs+=(../shared/examples)
status=0
artifacts/nexus/nexus ingest "${inputs[@]}" --store nexus.db || status=$?
# 3: some files were rejected (each said why above); the rest went in.
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"

exec artifacts/nexus/nexus serve --store nexus.db --urls http://127.0.0.1:5080
