#!/usr/bin/env bash
# A throw-away local PostgreSQL for the tests (never used by the main run, which is on SQLite).
#
#   deploy/postgres/pg.sh start   install Debian's postgresql if missing (as root), init a cluster in
#                                 PG_DATA_DIR, start it on 127.0.0.1:PG_PORT, print its URL
#   deploy/postgres/pg.sh stop
#
# Environment: PG_PORT (25432), PG_DATA_DIR (.cache/test-pg: not under var/, which `make up` keeps private
# to its owner, so that the postgres user a root caller runs the server as can reach it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${PG_PORT:-25432}"
data="${PG_DATA_DIR:-$root/.cache/test-pg}"

die() { echo "pg.sh: $*" >&2; exit 1; }

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

install_pg() {
  [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed and this is not root: install Debian's 'postgresql' package, or set TEST_DATABASE_URL to a PostgreSQL you run"
  echo "pg.sh: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2 || die "apt-get install postgresql failed"
}

# initdb and postgres refuse to run as root: run them as the 'postgres' system user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin; bin=$(pg_bin) || { install_pg; bin=$(pg_bin) || die "no initdb found after installing postgresql"; }
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data" 2>/dev/null || true
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$data"; then
    die "the postgres user cannot reach $data (a folder above it is private); choose a PG_DATA_DIR it can reach"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
      || die "initdb failed in $data"
  fi
  if ! as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB" \
      start >/dev/null || die "PostgreSQL did not start; see $data/server.log"
  fi
  echo "postgresql+asyncpg://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local bin; bin=$(pg_bin) || return 0
  [ -f "$data/PG_VERSION" ] || return 0
  as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
