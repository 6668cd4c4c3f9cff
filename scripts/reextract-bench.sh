#!/usr/bin/env bash
# Measures re-extraction of a synthetic archive against a batch import of the same archive (docs/benchmarks.md):
#  1. database "edited": batch import of the archive (POST /api/v1/articles/batch, 500 per request): articles/s;
#     then editors correct titles of 20 events and hide 5 (through the API, with If-Match);
#  2. every article is marked as extracted by an older version, and POST /api/v1/admin/reextract starts the job;
#     halfway the API is killed with kill -9, started again, and the job resumes and completes: articles/s;
#  3. database "fresh": a batch import of the same archive into an empty database;
#  4. the events of both are compared: the same groups of sources with the same machine values, and every correction.
#
#   scripts/reextract-bench.sh [--articles 20000] [--runs 1] [--keep-going]
#
# Prints one row per run and the ratio of the two rates. Everything runs in a throwaway PostgreSQL and API
# processes that are stopped on exit. The machine is shared: compare medians of several runs.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLES=20000 RUNS=1
log() { printf '[reextract-bench] %s\n' "$*" >&2; }
die() { printf '[reextract-bench] error: %s\n' "$*" >&2; exit 1; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

PGBIN=$("$REPO_ROOT/scripts/postgres.sh" bindir 2>/dev/null | tail -n 1) || die "PostgreSQL binaries not found (scripts/postgres.sh install)"
PSQL="$PGBIN/psql"; [[ -x "$PSQL" ]] || PSQL=$(command -v psql)
WORK=$(mktemp -d -t timeline-reextract.XXXXXX); chmod 755 "$WORK"
PGDIR=$WORK/pg API_PID=""
cleanup() {
  local code=$?
  [[ -n "$API_PID" ]] && { kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; }
  "$REPO_ROOT/scripts/postgres.sh" stop "$PGDIR" >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$code"
}
trap cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM

cd "$REPO_ROOT"
log "building (Release)"
for project in src/Timeline.Api tools/Timeline.Bench tools/Timeline.Import; do
  dotnet build "$project" -c Release -nologo -v quiet >/dev/null || die "building $project failed"
done
BENCH=(dotnet tools/Timeline.Bench/bin/Release/net10.0/Timeline.Bench.dll)
IMPORT=(dotnet tools/Timeline.Import/bin/Release/net10.0/Timeline.Import.dll)
CONNECTION=$("$REPO_ROOT/scripts/postgres.sh" start "$PGDIR" 2>/dev/null | tail -n 1)
[[ "$CONNECTION" == Host=* ]] || die "could not start PostgreSQL"
PGPORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$CONNECTION"); export PGPASSWORD=$(sed -E 's/.*Password=([^;]*).*/\1/' <<<"$CONNECTION")
sql() { "$PSQL" -h 127.0.0.1 -p "$PGPORT" -U timeline -v ON_ERROR_STOP=1 -qAt "$@"; }
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
PORT=$(free_port 47480) API="http://127.0.0.1:$PORT" EDITOR=bench-editor-key-0001

start_api() {
  ConnectionStrings__Timeline="${CONNECTION/Database=timeline/Database=$1}" Ingestion__ApiKeys__0=bench \
    Editing__Keys__0__Name=bench-desk Editing__Keys__0__Key=$EDITOR \
    RateLimiting__WritesPerMinute=0 Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/Timeline.Api/bin/Release/net10.0/Timeline.Api.dll --urls "$API" >>"$WORK/api-$1.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$API/health/ready" && return 0; sleep 1; done
  tail -n 20 "$WORK/api-$1.log" >&2; die "the API did not become ready"
}
stop_api() { kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=""; }
import() { "${IMPORT[@]}" "$WORK/archive.ndjson" --api "$API" --key bench --batch 500 --quiet --restart; }
field() { grep -o "\"$1\":[^,}]*" | head -n 1 | cut -d: -f2- | tr -d '"'; }
job() { curl -fsS -H "X-Api-Key: $EDITOR" "$API$LOCATION"; }

# The events as sets of source urls with the machine's values, one line each, sorted: equal text means equal events.
describe() {
  sql -c "SELECT coalesce((SELECT string_agg(coalesce(a.url, a.content_hash), ' ' ORDER BY coalesce(a.url, a.content_hash))
                           FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id), '-')
                  || ' | ' || coalesce(e.machine - 'sources', '{}')::text
           FROM events e WHERE e.origin = 'extracted' ORDER BY 1" "$1"
}

log "generating $ARTICLES articles"
"${BENCH[@]}" generate --count "$ARTICLES" --out "$WORK/archive.ndjson" >/dev/null
echo "| run | batch import (articles/s) | re-extraction (articles/s, job) | re-extraction (articles/s, wall incl. kill) | ratio (job) | killed at | same events | corrections kept |"
echo "|---|---|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  sql -c "DROP DATABASE IF EXISTS edited" -c "CREATE DATABASE edited" -c "DROP DATABASE IF EXISTS fresh" -c "CREATE DATABASE fresh" postgres
  start_api edited
  log "run $run: batch import into 'edited' (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  imported=$(import); log "$imported"
  import_rate=$(sed -E 's/.*\(([0-9]+)\/s\).*/\1/' <<<"$imported")

  log "editors correct 20 titles and hide 5 events"
  ids=$(curl -fsS "$API/api/v1/events?limit=25&order=desc" | grep -o '"id":"[^"]*","date"' | cut -d'"' -f4)
  n=0
  for id in $ids; do
    etag=$(curl -fsS -D - -o /dev/null "$API/api/v1/events/$id" | grep -i '^etag:' | tr -d '\r' | cut -d' ' -f2)
    if [[ $n -lt 20 ]]; then
      curl -fsS -o /dev/null -X PATCH -H "X-Api-Key: $EDITOR" -H "If-Match: $etag" -H 'Content-Type: application/merge-patch+json' \
        -d "{\"title\":\"Editor title $n\",\"reason\":\"benchmark\"}" "$API/api/v1/events/$id"
    else
      curl -fsS -o /dev/null -X POST -H "X-Api-Key: $EDITOR" -H 'Content-Type: application/json' -d '{"reason":"benchmark"}' "$API/api/v1/events/$id/hide"
    fi
    n=$((n + 1))
  done

  # A new extractor version in effect: every stored article was extracted by an older one.
  sql -c "UPDATE articles SET extractor_version = 'older'" edited
  started=$(date +%s.%N)
  LOCATION=$(curl -fsS -D - -o /dev/null -X POST -H "X-Api-Key: $EDITOR" "$API/api/v1/admin/reextract" | grep -i '^location:' | tr -d '\r' | awk '{print $2}')
  LOCATION=${LOCATION#http://127.0.0.1:$PORT}
  while [[ $(job | field done) -lt $((ARTICLES / 2)) ]]; do sleep 0.5; done
  killed_at=$(job | field done)
  kill -9 "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=""
  down=$(date +%s.%N)
  log "killed -9 at $killed_at/$ARTICLES; starting again"
  start_api edited
  up=$(date +%s.%N)
  while [[ $(job | field state) == running ]]; do sleep 0.5; done
  finished=$(date +%s.%N)
  final=$(job); log "job: $final"
  [[ $(field state <<<"$final") == completed ]] || die "the job did not complete"
  job_rate=$(field rate <<<"$final")
  wall_rate=$(awk -v n="$ARTICLES" -v a="$started" -v d="$down" -v u="$up" -v f="$finished" 'BEGIN { printf "%.0f", n / ((d - a) + (f - u)) }')
  kept=$(sql -c "SELECT count(*) FROM events WHERE corrections ? 'title' AND title = corrections->>'title'" edited)
  hidden=$(sql -c "SELECT count(*) FROM events WHERE hidden" edited)
  stop_api

  start_api fresh
  log "batch import into 'fresh'"
  import >/dev/null
  stop_api
  describe edited >"$WORK/edited.txt"; describe fresh >"$WORK/fresh.txt"
  if diff -q "$WORK/edited.txt" "$WORK/fresh.txt" >/dev/null; then same="yes ($(wc -l <"$WORK/fresh.txt") events)"; else
    same="NO: $(diff "$WORK/edited.txt" "$WORK/fresh.txt" | grep -c '^[<>]') lines differ of $(wc -l <"$WORK/fresh.txt")"; fi
  ratio=$(awk -v a="$job_rate" -v b="$import_rate" 'BEGIN { printf "%.2f", a / b }')
  echo "| $run | $import_rate | $job_rate | $wall_rate | $ratio | $killed_at | $same | $kept/20 titles, $hidden/5 hidden |"
done
