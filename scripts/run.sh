#!/usr/bin/env bash
# README command 1: runs the Timeline service with a database and the sample data.
#
#   scripts/run.sh [--help]
#
# Environment (all optional):
#   ConnectionStrings__Timeline  use this database instead of the local cluster (scripts/postgres.sh)
#   TIMELINE_URL                 listening address (default http://127.0.0.1:5080, or a free port when 5080 is taken)
#   TIMELINE_API_KEY             writer key for POST /api/v1/articles (default: a development key, printed)
#   TIMELINE_DATA_DIR            where the local cluster lives (default .data/postgres)
#   TIMELINE_LOAD_SAMPLES        set to 0 to skip loading samples/articles
#   ASPNETCORE_ENVIRONMENT       default Development
# Ctrl-C (or SIGTERM) stops the API and the local cluster.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly DEFAULT_DEV_KEY=timeline-dev-key
readonly DEFAULT_PORT=5080
readonly READY_TIMEOUT_SECONDS=120

log() { printf '[run] %s\n' "$*" >&2; }
die() { printf '[run] error: %s\n' "$*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port_from() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

usage() {
  cat <<'EOF'
usage: scripts/run.sh [--help]

Runs the Timeline service with a database and the sample data:
  1. starts the project's own PostgreSQL cluster in .data/postgres (unless ConnectionStrings__Timeline is set),
  2. builds and starts the API on http://127.0.0.1:5080 (the next free port if taken; TIMELINE_URL chooses),
  3. waits for /health/ready, loads samples/articles and prints the timeline page and Swagger UI addresses.
Ctrl-C (or SIGTERM) stops the API and the database.

Environment (all optional):
  ConnectionStrings__Timeline  use this database instead of the local cluster
  TIMELINE_URL                 listening address (default http://127.0.0.1:5080)
  TIMELINE_API_KEY             writer key for POST/DELETE (default timeline-dev-key)
  TIMELINE_EDITOR_KEY          editor key for corrections (default timeline-dev-editor-key)
  TIMELINE_EDITOR_NAME         the name the history shows for it (default dev-editor)
  TIMELINE_DATA_DIR            folder of the local cluster (default .data/postgres)
  TIMELINE_LOAD_SAMPLES        0 skips loading the sample articles
  ASPNETCORE_ENVIRONMENT       default Development
EOF
}

case "${1:-}" in
  "") ;;
  --help | -h) usage; exit 0 ;;
  *) printf '[run] error: unknown argument %s\n' "$1" >&2; usage >&2; exit 2 ;;
esac

command -v dotnet >/dev/null 2>&1 ||
  die "the .NET SDK is missing ('dotnet' not on PATH); install .NET SDK 10 from https://dot.net and retry."
sdk_version=$(dotnet --version 2>/dev/null) || die "'dotnet --version' failed; is a .NET 10 SDK installed?"
[[ "${sdk_version%%.*}" -ge 10 ]] || die "found .NET SDK $sdk_version; this project needs .NET SDK 10 or newer."
command -v curl >/dev/null 2>&1 || die "curl is required."

cd "$REPO_ROOT"
data_dir="${TIMELINE_DATA_DIR:-$REPO_ROOT/.data/postgres}"
api_pid=""
stop_database=false

# shellcheck disable=SC2317  # invoked by the traps below
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    log "stopping the API (pid $api_pid)"
    # The API runs in its own process group (setsid): signal the whole group, dotnet run and the app.
    kill -TERM -- "-$api_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$api_pid" 2>/dev/null; then
      log "the API did not stop within 15 s; killing it"
      kill -KILL -- "-$api_pid" 2>/dev/null || true
    fi
    wait "$api_pid" 2>/dev/null || true
  fi
  if $stop_database; then
    log "stopping the local PostgreSQL cluster"
    "$REPO_ROOT/scripts/postgres.sh" stop "$data_dir" || true
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -z "${ConnectionStrings__Timeline:-}" ]]; then
  if ! "$REPO_ROOT/scripts/postgres.sh" status "$data_dir" 2>/dev/null; then
    stop_database=true
  fi
  ConnectionStrings__Timeline=$("$REPO_ROOT/scripts/postgres.sh" start "$data_dir" | tail -n 1)
  [[ "$ConnectionStrings__Timeline" == Host=* ]] || die "scripts/postgres.sh did not print a connection string."
else
  log "using the database from ConnectionStrings__Timeline"
fi
export ConnectionStrings__Timeline

if [[ -n "${TIMELINE_URL:-}" ]]; then
  url="${TIMELINE_URL%/}"
else
  url="http://127.0.0.1:$(free_port_from "$DEFAULT_PORT")"
fi

api_key="${TIMELINE_API_KEY:-$DEFAULT_DEV_KEY}"
export Ingestion__ApiKeys__0="$api_key"
editor_key="${TIMELINE_EDITOR_KEY:-timeline-dev-editor-key}"
export Editing__Keys__0__Name="${TIMELINE_EDITOR_NAME:-dev-editor}" Editing__Keys__0__Key="$editor_key"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__MigrateOnStartup="${Database__MigrateOnStartup:-true}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log "building src/Timeline.Api (Release)"
dotnet build src/Timeline.Api -c Release -nologo -v quiet >&2

log "starting the API on $url (writer key: $api_key)"
# setsid: the API gets its own process group, so the trap can stop dotnet run together with the app.
setsid dotnet run --project src/Timeline.Api -c Release --no-build --no-launch-profile -- --urls "$url" &
api_pid=$!

deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
until curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
  kill -0 "$api_pid" 2>/dev/null || { wait "$api_pid" || true; api_pid=""; die "the API exited during start-up (see its log above)."; }
  [[ $SECONDS -lt $deadline ]] || die "the API was not ready within ${READY_TIMEOUT_SECONDS}s ($url/health/ready)."
  sleep 1
done
log "the API is ready"

if [[ "${TIMELINE_LOAD_SAMPLES:-1}" != 0 ]]; then
  TIMELINE_API_KEY="$api_key" "$REPO_ROOT/scripts/load-samples.sh" "$url" >&2
fi

cat >&2 <<EOF

  Timeline is running.
    Timeline   : $url/timeline
    Swagger UI : $url/swagger
    Events     : $url/api/v1/events
    Writer key : X-Api-Key: $api_key
    Editor key : X-Api-Key: $editor_key (as ${Editing__Keys__0__Name})
  Press Ctrl-C to stop the API and the database.

EOF
echo "$url/swagger"

# Waiting in the background keeps the shell responsive to the INT/TERM traps.
set +e
wait "$api_pid"
api_code=$?
set -e
api_pid=""
log "the API exited with code $api_code"
exit "$api_code"
