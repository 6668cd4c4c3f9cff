#!/usr/bin/env bash
# Re-extracts the stored archive of a running Timeline service with its current extractor, and follows the job.
#
#   scripts/reextract.sh [BASE_URL]
#
# BASE_URL defaults to $TIMELINE_URL, else http://127.0.0.1:5080. The editor key comes from $TIMELINE_EDITOR_KEY
# (default: the development editor key scripts/run.sh configures). Starts POST /api/v1/admin/reextract (or joins the
# job already running), then prints done/total, rate and ETA every few seconds until the job is completed (exit 0)
# or failed (exit 1). Stopping this script does not stop the job; the service goes on with it, and resumes it after
# a restart.
set -euo pipefail

base_url="${1:-${TIMELINE_URL:-http://127.0.0.1:5080}}"
base_url="${base_url%/}"
key="${TIMELINE_EDITOR_KEY:-timeline-dev-editor-key}"
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }
command -v curl >/dev/null 2>&1 || { echo "reextract: curl is required" >&2; exit 1; }

body=$(mktemp); headers=$(mktemp); trap 'rm -f "$body" "$headers"' EXIT
status=$(curl -sS -o "$body" -D "$headers" -w '%{http_code}' -X POST -H "X-Api-Key: $key" "$base_url/api/v1/admin/reextract")
[[ "$status" == 202 ]] || { echo "reextract: the service answered $status: $(cat "$body")" >&2; exit 1; }
location=$(grep -i '^location:' "$headers" | tr -d '\r' | awk '{print $2}')
[[ "$location" == http* ]] || location="$base_url$location"
echo "reextract: job $location"

value() { grep -o "\"$1\":[^,}]*" "$body" | head -n 1 | cut -d: -f2- | tr -d '"'; }
while true; do
  status=$(curl -sS -o "$body" -w '%{http_code}' -H "X-Api-Key: $key" "$location")
  [[ "$status" == 200 ]] || { echo "reextract: reading the job answered $status: $(cat "$body")" >&2; exit 1; }
  state=$(value state)
  printf 'reextract: %s %s/%s articles, %s changed, %s articles/s, ETA %s s\n' \
    "$state" "$(value done)" "$(value total)" "$(value changed)" "$(value rate)" "$(value etaSeconds)"
  case "$state" in
    completed) exit 0 ;;
    failed) echo "reextract: failed: $(value error)" >&2; exit 1 ;;
  esac
  sleep "${REEXTRACT_POLL_SECONDS:-5}"
done
