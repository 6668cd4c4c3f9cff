#!/usr/bin/env bash
# Loads samples/articles/*.json into a running Timeline service through its public API.
#
#   scripts/load-samples.sh [BASE_URL]
#
# BASE_URL defaults to $TIMELINE_URL, else http://127.0.0.1:5080. The writer key comes from
# $TIMELINE_API_KEY (default: the development key scripts/run.sh uses). Prints one line per article
# (201 = stored now, 200 = already stored unchanged) and exits non-zero on any other status.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly DEFAULT_DEV_KEY=timeline-dev-key
base_url="${1:-${TIMELINE_URL:-http://127.0.0.1:5080}}"
base_url="${base_url%/}"
api_key="${TIMELINE_API_KEY:-$DEFAULT_DEV_KEY}"

command -v curl >/dev/null 2>&1 || { echo "load-samples: curl is required" >&2; exit 1; }

# Pulls a top-level string or number field out of a JSON answer without needing jq.
field() {
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg name "$1" '.[$name] // empty | tostring' "$2" 2>/dev/null || true
  else
    grep -o "\"$1\":[[:space:]]*\"[^\"]*\"" "$2" | head -n 1 | sed 's/.*:[[:space:]]*"\(.*\)"/\1/' || true
  fi
}

event_count() {
  if command -v jq >/dev/null 2>&1; then
    jq -r '(.events // []) | length' "$1" 2>/dev/null || echo "?"
  else
    echo "?"
  fi
}

shopt -s nullglob
files=("$REPO_ROOT"/samples/articles/*.json)
[[ ${#files[@]} -gt 0 ]] || { echo "load-samples: no files in samples/articles" >&2; exit 1; }

answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
failures=0
for file in "${files[@]}"; do
  name=$(basename "$file")
  status=$(curl -sS -o "$answer" -w '%{http_code}' -X POST "$base_url/api/v1/articles" \
    -H 'Content-Type: application/json' -H "X-Api-Key: $api_key" --data-binary "@$file") || status=000
  case "$status" in
    201 | 200)
      label=$([[ $status == 201 ]] && echo created || echo unchanged)
      printf '%s %-9s %s  id=%s events=%s\n' "$status" "$label" "$name" "$(field id "$answer")" "$(event_count "$answer")"
      ;;
    *)
      printf '%s FAILED    %s\n' "$status" "$name" >&2
      [[ -s "$answer" ]] && { cat "$answer" >&2; echo >&2; }
      failures=$((failures + 1))
      ;;
  esac
done

if [[ $failures -gt 0 ]]; then
  echo "load-samples: $failures of ${#files[@]} articles failed" >&2
  exit 1
fi
echo "load-samples: ${#files[@]} articles loaded into $base_url"
