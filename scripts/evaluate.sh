#!/usr/bin/env bash
# Scores annotated articles end to end: a throwaway database, the real API, then the evaluation command.
#
#   scripts/evaluate.sh [--verbose] [--json OUT.json] [FOLDER...]
#
# FOLDER defaults to ../shared/eval/seeds and ../shared/eval/dev (relative to the repository root).
# All folders are ingested into the same fresh service, so merging across them is scored too.
# The database (in a temporary folder) and the API are stopped and removed on exit, whatever happens.
# Exit code: the evaluation command's.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly READY_TIMEOUT_SECONDS=180

log() { printf '[evaluate] %s\n' "$*" >&2; }
die() { printf '[evaluate] error: %s\n' "$*" >&2; exit 1; }

options=()
folders=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --verbose | -v) options+=(--verbose); shift ;;
    --json) [[ $# -ge 2 ]] || die "--json needs a file"; options+=(--json "$(realpath -m "$2")"); shift 2 ;;
    -*) die "unknown option $1" ;;
    *) [[ -d "$1" ]] || die "not a folder: $1"; folders+=("$(cd "$1" && pwd)"); shift ;;
  esac
done
if [[ ${#folders[@]} -eq 0 ]]; then
  folders=("$REPO_ROOT/../shared/eval/seeds" "$REPO_ROOT/../shared/eval/dev")
fi

command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is missing ('dotnet' not on PATH)."
command -v curl >/dev/null 2>&1 || die "curl is required."
cd "$REPO_ROOT"

work_dir=$(mktemp -d -t timeline-eval.XXXXXX)
chmod 755 "$work_dir"
data_dir="$work_dir/postgres"
api_pid=""
database_started=false

# shellcheck disable=SC2317  # invoked by the traps below
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [[ $code -ne 0 && -s "$work_dir/api.log" ]]; then
    log "the last lines of the API's log:"
    tail -n 40 "$work_dir/api.log" >&2 || true
  fi
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    # The API runs in its own process group (setsid): signal the group, so dotnet run and the app both stop.
    kill -TERM -- "-$api_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  if $database_started; then
    "$REPO_ROOT/scripts/postgres.sh" stop "$data_dir" >/dev/null 2>&1 || log "could not stop the database in $data_dir"
  fi
  rm -rf "$work_dir"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting a throwaway database in $data_dir"
database_started=true
connection=$("$REPO_ROOT/scripts/postgres.sh" start "$data_dir" | tail -n 1)
[[ "$connection" == Host=* ]] || die "scripts/postgres.sh did not print a connection string."

api_key="eval-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
log "building the API and the evaluation command (Release)"
dotnet build src/Timeline.Api -c Release -nologo -v quiet >&2
dotnet build tools/Timeline.Evaluation -c Release -nologo -v quiet >&2

# Port 0: the API binds a free port itself and logs it. Choosing one here could race with another run
# that picked the same port, and then our health check would be answered by the other run's API.
log "starting the API (log: $work_dir/api.log)"
ConnectionStrings__Timeline="$connection" Ingestion__ApiKeys__0="$api_key" Database__MigrateOnStartup=true \
  setsid dotnet run --project src/Timeline.Api -c Release --no-build --no-launch-profile -- --urls "http://127.0.0.1:0" \
  >"$work_dir/api.log" 2>&1 &
api_pid=$!

deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
url=""
until [[ -n "$url" ]] && curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
  if ! kill -0 "$api_pid" 2>/dev/null; then
    api_pid=""
    die "the API exited during start-up."
  fi
  [[ $SECONDS -lt $deadline ]] || die "the API was not ready within ${READY_TIMEOUT_SECONDS}s."
  sleep 1
  url=$(grep -m 1 'Now listening on' "$work_dir/api.log" | grep -oE 'http://127\.0\.0\.1:[0-9]+' | head -n 1 || true)
done
log "the API is ready on $url; evaluating ${folders[*]}"

set +e
dotnet run --project tools/Timeline.Evaluation -c Release --no-build -- \
  --api "$url" --key "$api_key" "${options[@]}" "${folders[@]}"
code=$?
set -e
exit "$code"
