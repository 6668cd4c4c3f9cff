#!/usr/bin/env bash
# Scores annotated articles end to end: a throwaway database, the real API, then the evaluation command.
#
#   scripts/evaluate.sh [--verbose] [--json OUT.json] [--min [FOLDER:]METRIC=N]... [--max [FOLDER:]COUNT=N]... [FOLDER...]
#
# FOLDER defaults to ../shared/eval/seeds and ../shared/eval/dev (relative to the repository root).
# All folders are ingested into the same fresh service, so merging across them is scored too.
# The folders are checked before anything starts; the database (in a temporary folder) and the API are
# stopped and removed on exit, whatever happens.
# Exit code: 0 scored and every bound respected, 3 a score is below its --min (or above its --max),
# 2 bad arguments or folders, 1 anything else.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly READY_TIMEOUT_SECONDS=180

log() { printf '[evaluate] %s\n' "$*" >&2; }
die() { printf '[evaluate] error: %s\n' "$*" >&2; exit 1; }
bad_usage() { printf '[evaluate] error: %s\n' "$*" >&2; echo "run scripts/evaluate.sh --help for usage" >&2; exit 2; }

usage() {
  cat <<'EOF'
usage: scripts/evaluate.sh [OPTIONS] [FOLDER...]

Starts a throwaway PostgreSQL and the real API, posts every annotated article (*.json in each FOLDER) through
the public API, reads the events back and scores them (see docs/evaluation.md). FOLDER defaults to
../shared/eval/seeds and ../shared/eval/dev beside the repository.

Options:
  --verbose, -v            also list every missed and extra event
  --json FILE              write the scores as JSON
  --models DIR             extract with the trained models in DIR instead of those inside the library
  --known-events on|off    run the optional known-events linking stage (default on)
  --judge learned|rules    the same-event decision when merging across articles (default learned)
  --min [FOLDER:]METRIC=N  fail (exit 3) when METRIC is below N; METRIC is one of headline-recall, recall,
                           precision, date-accuracy, merge-accuracy. Without FOLDER: the overall score.
  --max [FOLDER:]COUNT=N   fail (exit 3) when COUNT is above N; COUNT is false-merges or duplicates.
  --help, -h               show this help

Exit code: 0 scored and every bound respected; 3 a bound missed; 2 bad arguments or folders; 1 other failures.
Example: scripts/evaluate.sh --min recall=0.9 --max false-merges=0 ../shared/eval/dev
EOF
}

options=()
folders=()
models_dir=""
known_events=on
judge=learned
while [[ $# -gt 0 ]]; do
  case "$1" in
    --help | -h) usage; exit 0 ;;
    --verbose | -v) options+=(--verbose); shift ;;
    --json) [[ $# -ge 2 ]] || bad_usage "--json needs a file"; options+=(--json "$(realpath -m "$2")"); shift 2 ;;
    --models) [[ $# -ge 2 && -d "$2" ]] || bad_usage "--models needs a folder of trained models"; models_dir="$(realpath "$2")"; shift 2 ;;
    --known-events) [[ "${2:-}" == on || "${2:-}" == off ]] || bad_usage "--known-events takes on or off"; known_events="$2"; shift 2 ;;
    --judge) [[ "${2:-}" == learned || "${2:-}" == rules ]] || bad_usage "--judge takes learned or rules"; judge="$2"; shift 2 ;;
    --min | --max)
      [[ $# -ge 2 && "$2" == *=* ]] || bad_usage "$1 needs [FOLDER:]METRIC=NUMBER"
      options+=("$1" "$2"); shift 2 ;;
    -*) bad_usage "unknown option $1" ;;
    *) folders+=("$1"); shift ;;
  esac
done
if [[ ${#folders[@]} -eq 0 ]]; then
  folders=("$REPO_ROOT/../shared/eval/seeds" "$REPO_ROOT/../shared/eval/dev")
fi

# Every folder must exist and hold annotated files before a database or a build is started.
checked=()
for folder in "${folders[@]}"; do
  [[ -d "$folder" ]] || bad_usage "not a folder: $folder (the annotated articles are not part of the repository; see docs/evaluation.md)"
  compgen -G "$folder/*.json" >/dev/null || bad_usage "no annotated articles (*.json) in $folder"
  checked+=("$(cd "$folder" && pwd)")
done
folders=("${checked[@]}")

command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is missing ('dotnet' not on PATH)."
command -v curl >/dev/null 2>&1 || die "curl is required."
cd "$REPO_ROOT"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
log "building the API and the evaluation command (Release)"
# TIMELINE_BUILT=1: the caller has built both already (scripts/crossval.sh runs this many times).
if [[ "${TIMELINE_BUILT:-0}" != 1 ]]; then
  dotnet build src/Timeline.Api -c Release -nologo -v quiet >&2
  dotnet build tools/Timeline.Evaluation -c Release -nologo -v quiet >&2
fi

# Every annotation file must parse before a database is started for it.
dotnet run --project tools/Timeline.Evaluation -c Release --no-build -- --check "${folders[@]}" ||
  bad_usage "the annotated articles cannot be read (see above)"

work_dir=$(mktemp -d -t timeline-eval.XXXXXX)
chmod 755 "$work_dir"
data_dir="$work_dir/postgres"
api_pid=""
database_started=false

# shellcheck disable=SC2317  # invoked by the traps below
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  # A missed floor (3) is a verdict on the scores, not a failure of the service: no log then.
  if [[ $code -ne 0 && $code -ne 3 && -s "$work_dir/api.log" ]]; then
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

# Port 0: the API binds a free port itself and logs it. Choosing one here could race with another run
# that picked the same port, and then our health check would be answered by the other run's API.
log "starting the API (log: $work_dir/api.log)"
extraction_env=(Extraction__KnownEvents="$([[ $known_events == on ]] && echo true || echo false)" Merging__Judge="$judge")
[[ -n "$models_dir" ]] && extraction_env+=(Extraction__ModelDirectory="$models_dir")
env "${extraction_env[@]}" ConnectionStrings__Timeline="$connection" Ingestion__ApiKeys__0="$api_key" Database__MigrateOnStartup=true \
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
