#!/usr/bin/env bash
# Scores the extraction pipeline alone, in process: no database, no service, no cross-article merging.
# For quick feedback while working on extraction; scripts/evaluate.sh scores the whole service.
#
#   scripts/eval-fast.sh [--verbose] [FOLDER...]     (default: ../shared/eval/seeds and ../shared/eval/dev)
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
options=()
folders=()
for argument in "$@"; do
  case "$argument" in
    -*) options+=("$argument") ;;
    *) folders+=("$argument") ;;
  esac
done
[[ ${#folders[@]} -gt 0 ]] || folders=("$REPO_ROOT/../shared/eval/seeds" "$REPO_ROOT/../shared/eval/dev")
for folder in "${folders[@]}"; do
  [[ -d "$folder" ]] || { echo "[eval-fast] error: not a folder: $folder" >&2; exit 2; }
done
dotnet build "$REPO_ROOT/tools/Timeline.Evaluation" -c Release -nologo -v quiet >&2
exec dotnet "$REPO_ROOT/tools/Timeline.Evaluation/bin/Release/net10.0/Timeline.Evaluation.dll" --in-process "${options[@]}" "${folders[@]}"
