#!/usr/bin/env bash
# A PostgreSQL cluster of the project's own, for local runs and tests.
#
#   scripts/postgres.sh start   [DATA_DIR]   init (first time) + start; last stdout line = connection string
#   scripts/postgres.sh stop    [DATA_DIR]   stop it (fast shutdown)
#   scripts/postgres.sh url     [DATA_DIR]   print the connection string
#   scripts/postgres.sh status  [DATA_DIR]   exit 0 when running, 3 when not
#   scripts/postgres.sh install              make sure the PostgreSQL server binaries are installed
#   scripts/postgres.sh bindir               print the folder of the server binaries (initdb, pg_ctl, postgres)
#
# DATA_DIR defaults to .data/postgres in the repository (git-ignored) and holds:
#   pgdata/  the cluster   port  the remembered port   password  the superuser's password   postgres.log
# The cluster listens on 127.0.0.1 only (no Unix socket) with password (scram) authentication.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly DB_NAME=timeline
readonly DB_USER=timeline
readonly FIRST_PORT=54329

log() { printf '[postgres] %s\n' "$*" >&2; }
die() { printf '[postgres] error: %s\n' "$*" >&2; exit 1; }

find_bindir() {
  local dir
  # Newest versioned Debian/Ubuntu layout first, then whatever is on PATH. (Version folder names are plain numbers.)
  # shellcheck disable=SC2012
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

install_server() {
  if find_bindir >/dev/null; then return 0; fi
  if [[ $(id -u) -ne 0 ]]; then
    die "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them (e.g. 'sudo apt-get install postgresql') or run this as root."
  fi
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL server binaries not found and apt-get is not available to install them."
  log "installing the PostgreSQL server with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  find_bindir >/dev/null || die "apt-get installed postgresql but initdb/pg_ctl are still missing."
}

# Runs a PostgreSQL binary as the cluster's owner: initdb and postgres refuse to run as root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  # A successful connect means something listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_free_port() {
  local port=$FIRST_PORT
  while port_in_use "$port"; do
    port=$((port + 1))
    [[ $port -lt 65000 ]] || die "no free port found on 127.0.0.1"
  done
  echo "$port"
}

resolve_data_dir() {
  local dir="${1:-$REPO_ROOT/.data/postgres}"
  mkdir -p "$dir"
  cd "$dir" && pwd
}

is_running() {
  [[ -f "$PGDATA/PG_VERSION" ]] && as_owner "$BINDIR/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1
}

running_port() {
  # Line 4 of postmaster.pid is the port the server actually listens on.
  sed -n 4p "$PGDATA/postmaster.pid"
}

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' \
    "$1" "$DB_NAME" "$DB_USER" "$(cat "$DATA_DIR/password")"
}

init_cluster() {
  [[ -f "$PGDATA/PG_VERSION" ]] && return 0
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (created by the postgresql package)."
  fi
  log "creating a new cluster in $PGDATA"
  rm -rf "$PGDATA"
  mkdir -p "$PGDATA"
  if [[ ! -s "$DATA_DIR/password" ]]; then
    (umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DATA_DIR/password")
  fi
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres: "$DATA_DIR"
    as_owner test -w "$DATA_DIR" ||
      die "user postgres cannot write to $DATA_DIR (a parent folder is not accessible); pass a DATA_DIR elsewhere."
  fi
  chmod 700 "$PGDATA"
  as_owner "$BINDIR/initdb" -D "$PGDATA" -U "$DB_USER" --pwfile="$DATA_DIR/password" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-instructions >/dev/null
  cat >>"$PGDATA/postgresql.conf" <<'EOF'

# scripts/postgres.sh: loopback TCP only; the port is given at start-up.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
EOF
}

create_database() {
  local port=$1 exists
  exists=$(PGPASSWORD="$(cat "$DATA_DIR/password")" "$BINDIR/psql" -h 127.0.0.1 -p "$port" -U "$DB_USER" \
    -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")
  if [[ "$exists" != 1 ]]; then
    log "creating database $DB_NAME"
    PGPASSWORD="$(cat "$DATA_DIR/password")" "$BINDIR/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DB_NAME"
  fi
}

start() {
  install_server
  BINDIR=$(find_bindir)
  init_cluster
  if is_running; then
    local port; port=$(running_port)
    log "already running on 127.0.0.1:$port"
    create_database "$port"
    connection_string "$port"
    return 0
  fi
  local port attempt
  for attempt in 1 2 3; do
    port=$(cat "$DATA_DIR/port" 2>/dev/null || true)
    if [[ -z "$port" ]] || port_in_use "$port"; then
      port=$(pick_free_port)
      echo "$port" >"$DATA_DIR/port"
    fi
    log "starting on 127.0.0.1:$port (data: $PGDATA, log: $DATA_DIR/postgres.log)"
    if as_owner "$BINDIR/pg_ctl" start -w -t 60 -D "$PGDATA" -l "$DATA_DIR/postgres.log" -o "-p $port" >&2; then
      create_database "$port"
      connection_string "$port"
      return 0
    fi
    # Lost a race for the port, most likely; forget it and pick another.
    log "start attempt $attempt failed; last log lines:"
    tail -n 5 "$DATA_DIR/postgres.log" >&2 || true
    rm -f "$DATA_DIR/port"
  done
  die "could not start PostgreSQL; see $DATA_DIR/postgres.log"
}

stop() {
  BINDIR=$(find_bindir) || die "PostgreSQL binaries not found"
  if is_running; then
    as_owner "$BINDIR/pg_ctl" stop -w -m fast -D "$PGDATA" >&2
  else
    log "not running"
  fi
}

url() {
  [[ -s "$DATA_DIR/password" ]] || die "no cluster in $DATA_DIR yet; run: scripts/postgres.sh start"
  BINDIR=$(find_bindir) || die "PostgreSQL binaries not found"
  if is_running; then
    connection_string "$(running_port)"
  else
    connection_string "$(cat "$DATA_DIR/port")"
  fi
}

status() {
  BINDIR=$(find_bindir) || exit 3
  if is_running; then log "running on 127.0.0.1:$(running_port)"; exit 0; fi
  log "not running"; exit 3
}

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

command=${1:-}
[[ -n "$command" ]] || usage
case "$command" in
  install) install_server; exit 0 ;;
  bindir) find_bindir || die "PostgreSQL server binaries not found"; exit 0 ;;
esac
DATA_DIR=$(resolve_data_dir "${2:-}")
PGDATA="$DATA_DIR/pgdata"
case "$command" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  status) status ;;
  *) usage ;;
esac
