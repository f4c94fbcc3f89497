# A throwaway PostgreSQL cluster for the PostgreSQL store's contract tests.
#
# Sourced by test.sh:   . scripts/postgres.sh; start_test_postgres DIR; trap stop_test_postgres EXIT
#   exports NEXUS_TEST_POSTGRES (an Npgsql connection string) once the server answers.
# Run by hand:          eval "$(scripts/postgres.sh start DIR)"   then dotnet test …;   scripts/postgres.sh stop DIR
#
# The server listens on 127.0.0.1 only, on the first free port from 55432 (several checkouts may run
# their suites on one machine at once), trusts local connections and runs without fsync: it holds
# nothing worth keeping. Each test class makes and drops a database of its own in it.

_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

_pg_as_owner() {
  # initdb and pg_ctl refuse to run as root: as root they run as the postgres user.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_pg_free_port() {
  local port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start_test_postgres() {
  local dir=$1 bin port
  bin=$(_pg_bin)
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed; scripts/setup.sh --test installs it." >&2
    return 1
  fi
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    # A checkout under a private home folder is out of the postgres user's reach: use /tmp then.
    if ! runuser -u postgres -- test -w "$dir"; then
      dir=$(mktemp -d /tmp/nexus-postgres.XXXXXX)
      chown postgres:postgres "$dir"
      PG_TEST_TEMP=$dir
    fi
  fi
  port=$(_pg_free_port)
  _pg_as_owner "$bin/initdb" -D "$dir/data" -A trust -U nexus -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { echo "initdb failed; see $dir/initdb.log" >&2; return 1; }
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { echo "PostgreSQL did not start; see $dir/server.log" >&2; return 1; }
  export NEXUS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=nexus;Database=postgres"
  PG_TEST_DIR=$dir PG_TEST_BIN=$bin
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  _pg_as_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
  [ -z "${PG_TEST_TEMP:-}" ] || rm -rf "$PG_TEST_TEMP"
  PG_TEST_DIR=
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    start)
      start_test_postgres "${2:?usage: scripts/postgres.sh start DIR}"
      echo "export NEXUS_TEST_POSTGRES='$NEXUS_TEST_POSTGRES'"
      ;;
    stop)
      PG_TEST_DIR=${2:?usage: scripts/postgres.sh stop DIR} PG_TEST_BIN=$(_pg_bin) stop_test_postgres
      ;;
    *)
      echo "usage: scripts/postgres.sh start DIR | stop DIR" >&2
      exit 2
      ;;
  esac
fi
