#!/usr/bin/env bash
# Loads an archive of articles (NDJSON file, JSON file or folder) through POST /api/v1/articles/batch, with a
# progress bar; an interrupted import continues where it stopped. Run with --help for the options.
#
#   scripts/import.sh archive.ndjson                       # to http://127.0.0.1:5080 with the dev key
#   TIMELINE_URL=http://host:8080 TIMELINE_API_KEY=k scripts/import.sh samples/articles
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v dotnet >/dev/null 2>&1 || { echo "import: the .NET SDK is missing ('dotnet' not on PATH)." >&2; exit 2; }
dotnet build "$REPO_ROOT/tools/Timeline.Import" -c Release -nologo -v quiet >/dev/null \
  || { echo "import: building tools/Timeline.Import failed." >&2; exit 1; }
exec dotnet "$REPO_ROOT/tools/Timeline.Import/bin/Release/net10.0/Timeline.Import.dll" "$@"
