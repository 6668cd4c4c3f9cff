#!/usr/bin/env bash
# Measures the service at archive scale on this machine and prints two tables (docs/benchmarks.md explains them):
#  1. ingestion: a synthetic archive (tools/Timeline.Bench: gazetteer officials, dates 2018-2026, reprints across
#     outlets) is loaded with the batch endpoint up to each checkpoint; at each checkpoint a window of articles is
#     POSTed one by one by concurrent writers: articles/s, p50/p99 POST, API processor time per article, peak RSS.
#  2. reads: a timeline of --events events is bulk-loaded (COPY) and ANALYZEd; each query runs through the API with
#     wrk, and the exact SQL the API sent for it (taken from PostgreSQL's statement log) runs through pgbench.
#
#   scripts/bench.sh [--articles 100000] [--window 2000] [--writers 4] [--events 1000000] [--duration 20]
#                    [--only ingest|reads] [--plans FILE] [--keep DIR]
#
# --keep DIR keeps the PostgreSQL cluster in DIR after the run (stopped) and reuses it next time: the reads part then
# skips the bulk load when DIR already holds a timeline of --events events (seeding a million takes minutes).
#
# Everything runs in a throwaway PostgreSQL and API processes that are stopped on exit. Needs the .NET SDK, curl,
# wrk (installed with apt-get when missing and root) and pgbench (shipped with the PostgreSQL server binaries).
# The machine is shared: run it when `uptime` shows little load, and compare medians of several runs.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLES=100000 WINDOW=2000 WRITERS=4 EVENTS=1000000 DURATION=20 ONLY="" PLANS="" KEEP=""
log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --writers) WRITERS=$2; shift 2 ;;
    --events) EVENTS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --plans) PLANS=$(realpath -m "$2"); shift 2 ;;
    --keep) KEEP=$(realpath -m "$2"); shift 2 ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

command -v dotnet >/dev/null || die "the .NET SDK is missing"
command -v curl >/dev/null || die "curl is required"
if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] || die "wrk is required (apt-get install wrk)"
  log "installing wrk"; apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null; apt-get install -y -qq wrk >/dev/null; }
fi
PGBIN=$("$REPO_ROOT/scripts/postgres.sh" bindir 2>/dev/null | tail -n 1) || die "PostgreSQL binaries not found (scripts/postgres.sh install)"
PGBENCH="$PGBIN/pgbench"; [[ -x "$PGBENCH" ]] || PGBENCH=$(command -v pgbench) || die "pgbench not found"
PSQL="$PGBIN/psql"; [[ -x "$PSQL" ]] || PSQL=$(command -v psql)

WORK=$(mktemp -d -t timeline-bench.XXXXXX); chmod 755 "$WORK"
PGDIR=${KEEP:-$WORK/pg}
PIDS=()
cleanup() {
  local code=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
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
PGLOG="$PGDIR/postgres.log"
sql() { "$PSQL" -h 127.0.0.1 -p "$PGPORT" -U timeline -v ON_ERROR_STOP=1 -qAt "$@"; }

# start_api DATABASE PORT: runs the API's dll directly (so $! is the process measured) and waits for /health/ready.
start_api() {
  ConnectionStrings__Timeline="${CONNECTION/Database=timeline/Database=$1}" Ingestion__ApiKeys__0=bench \
    RateLimiting__WritesPerMinute=0 Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/Timeline.Api/bin/Release/net10.0/Timeline.Api.dll --urls "http://127.0.0.1:$2" >"$WORK/api-$1.log" 2>&1 &
  API_PID=$!; PIDS+=("$API_PID")
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$2/health/ready" && return 0; sleep 1; done
  tail -n 20 "$WORK/api-$1.log" >&2; die "the API did not become ready"
}
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }

ingest() {
  local port; port=$(free_port 47380)
  sql -c "DROP DATABASE IF EXISTS ingest" -c "CREATE DATABASE ingest" postgres
  start_api ingest "$port"
  log "generating $((ARTICLES + 4 * WINDOW)) articles"
  "${BENCH[@]}" generate --count $((ARTICLES + 4 * WINDOW)) --out "$WORK/archive.ndjson"
  head -n "$ARTICLES" "$WORK/archive.ndjson" >"$WORK/fill.ndjson"
  tail -n +"$((ARTICLES + 1))" "$WORK/archive.ndjson" >"$WORK/windows.ndjson"
  local rows="" batches="" stored=0 i=0
  for checkpoint in 0 $((ARTICLES / 10)) $((ARTICLES * 3 / 10)) "$ARTICLES"; do
    if [[ $checkpoint -gt $stored ]]; then
      sed -n "$((stored + 1)),${checkpoint}p" "$WORK/fill.ndjson" >"$WORK/part.ndjson"
      log "batch import up to $checkpoint stored articles"
      local batch; batch=$("${IMPORT[@]}" "$WORK/part.ndjson" --api "http://127.0.0.1:$port" --key bench --batch 500 --quiet --restart)
      log "$batch (load average $(cut -d' ' -f1-3 /proc/loadavg))"; batches+="$batch"$'\n'
      stored=$checkpoint
    fi
    sed -n "$((i * WINDOW + 1)),$(((i + 1) * WINDOW))p" "$WORK/windows.ndjson" >"$WORK/window.ndjson"
    log "POST window of $WINDOW articles with $WRITERS writers at $stored stored"
    local row; row=$("${BENCH[@]}" ingest --api "http://127.0.0.1:$port" --key bench --file "$WORK/window.ndjson" --writers "$WRITERS" --pid "$API_PID" | sed "s/^| 0 |/| $stored |/")
    log "$row (load average $(cut -d' ' -f1-3 /proc/loadavg))"; rows+="$row"$'\n'
    i=$((i + 1))
  done
  kill "$API_PID"; wait "$API_PID" 2>/dev/null || true
  echo
  echo "Ingestion, $WRITERS writers POSTing $WINDOW articles at each size (stored = articles loaded before the window):"
  echo
  echo "| stored articles | articles/s | p50 POST (ms) | p99 POST (ms) | API CPU per article (ms) | API peak RSS (MB) | failures |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "Batch import (POST /api/v1/articles/batch, 500 per request) between the windows:"
  printf '%s' "$batches" | sed 's/^/    /'
}

# wrk_run URL CONNECTIONS: prints "p50_ms p99_ms requests_per_second"
wrk_run() {
  wrk -t2 -c"$2" -d"${DURATION}s" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    END { printf "%.1f %.1f %.0f\n", p50, p99, rps }'
}

# pgbench_run SCRIPT CLIENTS: prints "p50_ms p99_ms transactions_per_second"
pgbench_run() {
  rm -f "$WORK"/pgb.*
  local tps
  tps=$(cd "$WORK" && "$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U timeline -n -M extended -f "$1" -c "$2" -j 2 -T "$DURATION" -l --log-prefix=pgb reads 2>/dev/null \
    | awk '/^tps/ { printf "%.0f", $3 }')
  echo "$("${BENCH[@]}" percentiles "$WORK"/pgb.*) $tps"
}

reads() {
  local port seeded; port=$(free_port 47390)
  seeded=$(sql -c "SELECT 1 FROM pg_database WHERE datname = 'reads'" postgres)
  [[ -n "$seeded" ]] && seeded=$(sql -c "SELECT count(*) FROM events" reads)
  [[ "$seeded" == "$EVENTS" ]] || sql -c "DROP DATABASE IF EXISTS reads" -c "CREATE DATABASE reads" postgres
  start_api reads "$port"
  if [[ "$seeded" == "$EVENTS" ]]; then
    log "reusing the timeline of $EVENTS events in $PGDIR"
  else
    log "bulk-loading $EVENTS events"
    "${BENCH[@]}" seed-events --connection "${CONNECTION/Database=timeline/Database=reads}" --count "$EVENTS"
  fi
  local api="http://127.0.0.1:$port/api/v1/events"
  local id cursor
  id=$(curl -fs "$api?limit=1" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  cursor=$(curl -fs "$api?from=2024-06-01&limit=1" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
  local names=("first page limit=50" "from=2025-05&to=2025-06" "type=call&actor=wang-yi" "q=tariff" "a deep page by cursor" "/events/{id}")
  local urls=("$api?limit=50" "$api?from=2025-05&to=2025-06" "$api?type=call&actor=wang-yi" "$api?q=tariff" "$api?cursor=$cursor" "$api/$id")

  # The SQL of each query exactly as the API sends it, from the statement log.
  sql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" postgres >/dev/null
  sleep 1
  for i in "${!urls[@]}"; do
    local offset; offset=$(stat -c %s "$PGLOG")
    curl -fs -o /dev/null "${urls[$i]}"; sleep 1
    "${BENCH[@]}" sql-from-log --log "$PGLOG" --offset "$offset" >"$WORK/query$i.sql"
  done
  sql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" postgres >/dev/null
  if [[ -n "$PLANS" ]]; then
    : >"$PLANS"
    for i in "${!urls[@]}"; do
      { echo "### ${names[$i]}"; echo; while IFS= read -r statement; do
          echo '```'; echo "$statement"; echo; sql -c "EXPLAIN (ANALYZE, BUFFERS) ${statement%;}" reads; echo '```'; echo
        done <"$WORK/query$i.sql"; } >>"$PLANS"
    done
    log "plans written to $PLANS"
  fi

  local rows=""
  for i in "${!urls[@]}"; do
    log "measuring ${names[$i]}"
    # Unrecorded warm-up: the JIT's tiering and the caches settle before the measured runs.
    wrk -t2 -c4 -d"$(( DURATION < 5 ? DURATION : 5 ))s" "${urls[$i]}" >/dev/null
    read -r a50 a99 a4 <<<"$(wrk_run "${urls[$i]}" 4)"
    read -r _ _ a16 <<<"$(wrk_run "${urls[$i]}" 16)"
    read -r p50 p99 p4 <<<"$(pgbench_run "$WORK/query$i.sql" 4)"
    read -r _ _ p16 <<<"$(pgbench_run "$WORK/query$i.sql" 16)"
    rows+="| \`${names[$i]}\` | $a50 | $a99 | $p50 | $p99 | $a16 | $p16 | $(awk -v a="$a16" -v p="$p16" 'BEGIN { printf "%.2f", (p > 0 ? a / p : 0) }') | $(wc -l <"$WORK/query$i.sql") |"$'\n'
  done
  echo
  echo "Reads over $EVENTS events: p50/p99 with 4 concurrent clients, throughput with 16 (wrk against the API, pgbench running the same SQL):"
  echo
  echo "| query | API p50 (ms) | API p99 (ms) | SQL p50 (ms) | SQL p99 (ms) | API req/s (16) | pgbench tx/s (16) | API/pgbench | statements |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
}

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[[ "$ONLY" == reads ]] || ingest
[[ "$ONLY" == ingest ]] || reads
