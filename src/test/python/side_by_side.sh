#!/usr/bin/env bash
# relex against Hugging Face transformers on the same model folder and sentences, interleaved in one
# run (python, relex, python, relex, ...) so that both see the same machine load; prints pairs/s of
# each, their ratio per batch size and round, and the load average before each round.
#
#   src/test/python/side_by_side.sh --model DIR --sentences FILE --pythonpath PATHS
#       [--rounds 3] [--batch-sizes 1,8,32] [--threads 2] [-- MORE RELEX BENCH OPTIONS]
#
# PATHS holds transformers (4.29.2 is the reference) and huggingface_hub, e.g.
# /tmp/tf/src:/tmp/hh/src. Python is /usr/bin/python3 with Debian's python3-torch. Both sides run
# with OMP_WAIT_POLICY=PASSIVE (relex's launcher default) and the same thread count.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
rounds=3
batch_sizes=1,8,32
threads=2
model="" sentences="" pythonpath=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) model="$2"; shift 2 ;;
    --sentences) sentences="$2"; shift 2 ;;
    --pythonpath) pythonpath="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --batch-sizes) batch_sizes="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "side_by_side.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$model" || -z "$sentences" || -z "$pythonpath" ]]; then
  echo "side_by_side.sh: --model, --sentences and --pythonpath are required" >&2
  exit 2
fi
export OMP_WAIT_POLICY=PASSIVE
export MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=2147483648

declare -A python_rate relex_rate
for round in $(seq 1 "$rounds"); do
  echo "round $round: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  while read -r _ batch rate _; do
    python_rate[$round,$batch]=$rate
  done < <(PYTHONPATH="$pythonpath" /usr/bin/python3 "$here/bench_transformers.py" \
    --model "$model" --sentences "$sentences" --batch-sizes "$batch_sizes" --threads "$threads")
  # relex bench's table rows: batch, pairs/s, then six more columns.
  while read -r batch rate; do
    relex_rate[$round,$batch]=$rate
  done < <("$root/relex" bench --model "$model" --sentences "$sentences" \
    --batch-sizes "$batch_sizes" --threads "$threads" --rounds 1 --min-seconds 0 "$@" \
    | awk 'NF == 8 && $1 ~ /^[0-9]+$/ { print $1, $2 }')
  for batch in ${batch_sizes//,/ }; do
    printf 'round %d  batch %3d  python %7.2f  relex %7.2f pairs/s  relex/python %.2f\n' \
      "$round" "$batch" "${python_rate[$round,$batch]}" "${relex_rate[$round,$batch]}" \
      "$(echo "${relex_rate[$round,$batch]} / ${python_rate[$round,$batch]}" | bc -l)"
  done
done
echo "after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
