#!/usr/bin/env bash
# A throw-away PostgreSQL server for the JDBC tests (Debian's `postgresql` package; scripts/setup.sh
# installs it when missing).
#
#   eval "$(scripts/postgres.sh start)"   # initdb into a temp dir, start on a free 127.0.0.1 port,
#                                         # create the database; prints `export REACTIVATOR_TEST_JDBC_URL=…`
#   scripts/postgres.sh stop              # stop the server and delete its directory
#
# The URL carries a random password of this cluster only (host connections need it; the Unix socket,
# in the cluster's own directory, is trusted). As root the server runs as the `postgres` user, since
# initdb refuses root. The state (directory, port) is kept in $REACTIVATOR_PG_STATE
# (default: ${TMPDIR:-/tmp}/reactivator-postgres.env), so `stop` finds what `start` made.
set -euo pipefail

STATE="${REACTIVATOR_PG_STATE:-${TMPDIR:-/tmp}/reactivator-postgres.env}"
DB=reactivator
DB_USER=reactivator

bindir() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server found (looked for /usr/lib/postgresql/*/bin/initdb)." >&2
    echo "postgres.sh: install it with 'apt-get install -y postgresql' (scripts/setup.sh does)." >&2
    exit 1
  fi
  echo "$d"
}

# Runs a server command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local p tries=0
  while [ $tries -lt 200 ]; do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
    tries=$((tries + 1))
  done
  echo "postgres.sh: no free port found" >&2
  exit 1
}

start() {
  if [ -f "$STATE" ]; then
    echo "postgres.sh: a server is already recorded in $STATE; run 'scripts/postgres.sh stop' first." >&2
    exit 1
  fi
  local bin dir port password
  bin="$(bindir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/reactivator-pg.XXXXXX")"
  chmod 755 "$dir"
  # recorded at once, so that `stop` cleans up after a start that failed half-way
  echo "export REACTIVATOR_PG_DIR='$dir'" >"$STATE"
  password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" >"$dir/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U "$DB_USER" --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  port="$(free_port)"
  echo "export REACTIVATOR_PG_PORT='$port'" >>"$STATE"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h "$dir" -p "$port" -U "$DB_USER" "$DB"
  local url="jdbc:postgresql://127.0.0.1:$port/$DB?user=$DB_USER&password=$password"
  echo "export REACTIVATOR_TEST_JDBC_URL='$url'" >>"$STATE"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
  cat "$STATE"
}

stop() {
  if [ ! -f "$STATE" ]; then
    echo "postgres.sh: no server recorded in $STATE" >&2
    return 0
  fi
  # shellcheck disable=SC1090
  . "$STATE"
  local bin
  bin="$(bindir)"
  if [ -d "$REACTIVATOR_PG_DIR/data" ]; then
    as_owner "$bin/pg_ctl" -D "$REACTIVATOR_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$REACTIVATOR_PG_DIR"
  rm -f "$STATE"
  echo "postgres.sh: stopped the server on port ${REACTIVATOR_PG_PORT:-?}" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: scripts/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
