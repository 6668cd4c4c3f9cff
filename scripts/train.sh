#!/usr/bin/env bash
# Trains the extraction models from the labels in training/labels and the annotated articles they point into, and
# writes them where the library embeds them (src/Timeline.Extraction/Data/models). Deterministic: ML.NET's L-BFGS with
# one thread and seed 1, examples in file order; the same labels give byte-identical model files.
#
#   scripts/train.sh [--out DIR] [--without PART...] [--eval-root DIR]
#
# PART is a prefix of the annotated files (dev_, ca_, cb_, cc_, na_, nb_, nc_) or seeds: train without it, to score it.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
out="src/Timeline.Extraction/Data/models"
eval_root="$REPO_ROOT/../shared/eval"
without=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --help | -h) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --out) out="$2"; shift 2 ;;
    --eval-root) eval_root="$2"; shift 2 ;;
    --without) shift; while [[ $# -gt 0 && "$1" != --* ]]; do without+=("$1"); shift; done ;;
    *) echo "[train] unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -d "$eval_root" ]] || { echo "[train] the annotated articles are not at $eval_root (they are kept outside the repository)" >&2; exit 2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
[[ "${TIMELINE_BUILT:-0}" == 1 ]] || dotnet build tools/Timeline.Training -c Release -nologo -v quiet >&2
args=(train "$eval_root" training/labels "$out")
[[ ${#without[@]} -gt 0 ]] && args+=(--without "${without[@]}")
exec dotnet tools/Timeline.Training/bin/Release/net10.0/Timeline.Training.dll "${args[@]}"
