#!/usr/bin/env bash
# Leave one part out, through the service: for each part of the annotated data (dev_, ca_, cb_, cc_ of dev; na_, nb_,
# nc_ of dev-new; and the seeds as an eighth part), train the models on every other part (scripts/train.sh --without),
# then score the part left out with scripts/evaluate.sh using those models, with the known-events stage on and off.
# Prints each part, the mean over the seven dev parts (the number that counts), the worst part, and beside them the
# in-sample scores of the committed models (which count for nothing).
#
#   scripts/crossval.sh [--parts "dev_ ca_ ..."] [--keep DIR]
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
eval_root="$REPO_ROOT/../shared/eval"
parts=(dev_ ca_ cb_ cc_ na_ nb_ nc_ seeds)
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --help | -h) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --parts) read -r -a parts <<<"$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "[crossval] unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -d "$eval_root/dev" && -d "$eval_root/dev-new" ]] || { echo "[crossval] the annotated articles are not at $eval_root" >&2; exit 2; }
work=${keep:-$(mktemp -d -t timeline-crossval.XXXXXX)}
mkdir -p "$work"
[[ -n "$keep" ]] || trap 'rm -rf "$work"' EXIT
log() { printf '[crossval] %s\n' "$*" >&2; }

# A folder per part, of links to its annotated files (named by the part, so reports name it).
part_folder() {
  local part=$1 folder="$work/parts/$1"
  mkdir -p "$folder"
  if [[ $part == seeds ]]; then
    ln -sf "$eval_root"/seeds/*.json "$folder/"
  else
    for file in "$eval_root"/dev/"$part"*.json "$eval_root"/dev-new/"$part"*.json; do
      [[ -e "$file" ]] && ln -sf "$file" "$folder/"
    done
  fi
  echo "$folder"
}

log "building the service, the evaluation and the training tools once"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build src/Timeline.Api -c Release -nologo -v quiet >&2
dotnet build tools/Timeline.Evaluation -c Release -nologo -v quiet >&2
dotnet build tools/Timeline.Training -c Release -nologo -v quiet >&2
export TIMELINE_BUILT=1

for part in "${parts[@]}"; do
  folder=$(part_folder "$part")
  models="$work/models-$part"
  log "$part: training without it"
  scripts/train.sh --out "$models" --without "$part" >&2
  for known in on off; do
    log "$part: scoring it (known events $known)"
    scripts/evaluate.sh --models "$models" --known-events "$known" --json "$work/$part-$known.json" "$folder" >&2
  done
  log "$part: in-sample scores of the committed models"
  scripts/evaluate.sh --json "$work/$part-insample.json" "$folder" >&2
done

python3 - "$work" "${parts[@]}" <<'PY'
import json, sys
work, parts = sys.argv[1], sys.argv[2:]
metrics = ["headlineRecall", "recall", "precision", "dateAccuracy", "mergeAccuracy"]
def row(path):
    scope = json.load(open(path))[-1]  # the overall row of a one-folder run
    return {m: scope[m] for m in metrics} | {"falseMerges": scope["falseMerges"], "notInTable": scope.get("notInKnownEvents")}
def value(ratio):
    return None if ratio is None or ratio.get("total", 0) == 0 else ratio["hits"] / ratio["total"]
def cell(ratio):
    v = value(ratio)
    return "n/a" if v is None else f"{v:.2f} ({ratio['hits']}/{ratio['total']})"
rows = {(p, k): row(f"{work}/{p}-{k}.json") for p in parts for k in ("on", "off", "insample")}
header = f"{'part':<7}{'headline recall':<18}{'recall':<16}{'precision':<16}{'date accuracy':<16}{'merge accuracy':<16}{'false merges':<13}{'KE off: headline':<18}{'in-sample headline'}"
print(header)
for p in parts:
    on, off, ins = rows[(p, "on")], rows[(p, "off")], rows[(p, "insample")]
    print(f"{p:<7}" + "".join(f"{cell(on[m]):<16}" if m != "headlineRecall" else f"{cell(on[m]):<18}" for m in metrics)
          + f"{on['falseMerges']:<13}{cell(off['headlineRecall']):<18}{cell(ins['headlineRecall'])}")
dev = [p for p in parts if p != "seeds"]
def mean(kind, metric):
    values = [value(rows[(p, kind)][metric]) for p in dev]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else float("nan")
if dev:
    print(f"mean of {len(dev)} parts left out: " + ", ".join(f"{m} {mean('on', m):.2f}" for m in metrics)
          + f"; worst headline recall {min(value(rows[(p, 'on')]['headlineRecall']) or 0 for p in dev):.2f}"
          + f"; false merges {sum(rows[(p, 'on')]['falseMerges'] for p in dev)}")
    print(f"  known events off: headline recall {mean('off', 'headlineRecall'):.2f}, recall {mean('off', 'recall'):.2f}")
    not_in = [rows[(p, k)]["notInTable"] for p in dev for k in ("on", "off")]
    if all(n is not None for n in not_in):
        for k in ("on", "off"):
            hits = sum(rows[(p, k)]["notInTable"]["hits"] for p in dev); total = sum(rows[(p, k)]["notInTable"]["total"] for p in dev)
            print(f"  recall on gold events the known-events table does not hold (known events {k}): {hits / max(total, 1):.2f} ({hits}/{total})")
    print(f"  in sample (counts for nothing): headline recall {mean('insample', 'headlineRecall'):.2f}, recall {mean('insample', 'recall'):.2f}, precision {mean('insample', 'precision'):.2f}")
PY
