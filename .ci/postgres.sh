#!/usr/bin/env bash
# Installs (when missing) and starts a throwaway PostgreSQL server on loopback for the tests, creates the test user and
# database, and prints the connection string the tests read from $CROSSCURRENTS_TEST_POSTGRES.
# Usage: eval "$(.ci/postgres.sh)"  (used by .ci/run; also handy by hand). Needs root for apt-get, or an installed server.
set -euo pipefail

port=${CROSSCURRENTS_PG_PORT:-55432}
data=${CROSSCURRENTS_PG_DATA:-/tmp/crosscurrents-ci-pg}
db=crosscurrents_test
user=crosscurrents

log() { echo "postgres: $*" >&2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  log "installing Debian's postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -E"
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
log "server binaries in $bindir"

# The server refuses to run as root: run it as the postgres user Debian's package creates (or create one).
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if ! as_pg "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  if [ ! -s "$data/PG_VERSION" ]; then
    log "initdb $data"
    rm -rf "$data"
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
    as_pg "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi

  log "starting on 127.0.0.1:$port"
  # A private socket directory: nothing depends on /var/run/postgresql existing.
  as_pg "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
fi

psql_pg() { as_pg psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -p "$port" -U postgres "$@"; }
if [ "$(psql_pg -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
  psql_pg -d postgres -c "CREATE ROLE $user LOGIN PASSWORD '$user'" >&2
fi
if [ "$(psql_pg -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  psql_pg -d postgres -c "CREATE DATABASE $db OWNER $user" >&2
fi
log "ready: database $db, user $user"

echo "export CROSSCURRENTS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Database=$db;Username=$user;Password=$user'"
