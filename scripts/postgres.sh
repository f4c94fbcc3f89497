# Sourced by test.sh: a throwaway PostgreSQL cluster for the PostgreSQL store's contract tests.
# Exports NEXUS_TEST_POSTGRES (an Npgsql connection string) when the server is up.

start_test_postgres() {
  local dir=$1
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed; scripts/setup.sh --test installs it." >&2
    return 1
  fi
  mkdir -p "$dir"
  chown -R postgres:postgres "$dir" 2>/dev/null || true
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U nexus --no-sync >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p 55432 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  export NEXUS_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=nexus;Database=postgres"
  PG_TEST_DIR=$dir PG_TEST_BIN=$bin
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
