#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need, starts the servers they
# use, runs every test project and ends with the line "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/test-output"
rm -rf "$out" && mkdir -p "$out"

scripts/setup.sh --test

# PostgreSQL: a throwaway cluster on a private port, removed when the suite ends.
. scripts/postgres.sh
start_test_postgres "$out/postgres"
trap stop_test_postgres EXIT

dotnet build Nexus.slnx -c Release --nologo -v q -clp:ErrorsOnly

# One run per test project, each with its own results file, so that no two results collide.
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$out/trx" || status=$?
done

passed=0 failed=0 skipped=0
for trx in "$out"/trx/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
