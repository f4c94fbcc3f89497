#!/usr/bin/env bash
# The main job on a fresh machine: set up, ingest the example articles (and the shared reference
# article when ../shared is beside the checkout) into ./nexus.db, and show what Nexus found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
inputs=(examples)
[ -d ../shared/examples ] && inputs+=(../shared/examples)
./nexus ingest "${inputs[@]}"
./nexus entities --limit 15
./nexus show Mengal
