#!/usr/bin/env bash
# relex against Hugging Face transformers on the same model folder and sentences, interleaved in one
# run (python, relex, python, relex, ...) so that both see the same machine load; prints pairs/s and
# pairs per CPU-second of each (the second moves less with other programs' load), their ratios per
# batch size and round, and the load average before each round.
#
#   src/test/python/side_by_side.sh --model DIR --sentences FILE --pythonpath PATHS
#       [--rounds 3] [--batch-sizes 1,8,32] [--threads 2] [--fast bf16]
#       [-- MORE RELEX BENCH OPTIONS]
#
# With --fast PRECISION each round also runs relex in that precision and prints its speed-up over
# relex in float32.
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
model="" sentences="" pythonpath="" fast=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) model="$2"; shift 2 ;;
    --sentences) sentences="$2"; shift 2 ;;
    --pythonpath) pythonpath="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --batch-sizes) batch_sizes="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --fast) fast="$2"; shift 2 ;;
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

declare -A python_rate relex_rate python_cpu relex_cpu fast_rate fast_cpu

# relex bench's table rows: batch, pairs/s, pairs/cpu-s, then six more columns.
relex_bench() {
  "$root/relex" bench --model "$model" --sentences "$sentences" --batch-sizes "$batch_sizes" \
    --threads "$threads" --rounds 1 --min-seconds 0 "$@" \
    | awk 'NF == 9 && $1 ~ /^[0-9]+$/ { print $1, $2, $3 }'
}
ratio() { echo "$1 / $2" | bc -l; }
for round in $(seq 1 "$rounds"); do
  echo "round $round: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  while read -r _ batch rate cpu _; do
    python_rate[$round,$batch]=$rate
    python_cpu[$round,$batch]=$cpu
  done < <(PYTHONPATH="$pythonpath" /usr/bin/python3 "$here/bench_transformers.py" \
    --model "$model" --sentences "$sentences" --batch-sizes "$batch_sizes" --threads "$threads")
  while read -r batch rate cpu; do
    relex_rate[$round,$batch]=$rate
    relex_cpu[$round,$batch]=$cpu
  done < <(relex_bench "$@")
  if [[ -n "$fast" ]]; then
    while read -r batch rate cpu; do
      fast_rate[$round,$batch]=$rate
      fast_cpu[$round,$batch]=$cpu
    done < <(relex_bench --precision "$fast" "$@")
  fi
  for batch in ${batch_sizes//,/ }; do
    printf 'round %d  batch %3d  pairs/s python %7.2f relex %7.2f ratio %.2f' \
      "$round" "$batch" "${python_rate[$round,$batch]}" "${relex_rate[$round,$batch]}" \
      "$(ratio "${relex_rate[$round,$batch]}" "${python_rate[$round,$batch]}")"
    printf '  pairs/cpu-s python %6.2f relex %6.2f ratio %.2f' \
      "${python_cpu[$round,$batch]}" "${relex_cpu[$round,$batch]}" \
      "$(ratio "${relex_cpu[$round,$batch]}" "${python_cpu[$round,$batch]}")"
    if [[ -n "$fast" ]]; then
      printf '  %s pairs/s %7.2f (x%.2f) pairs/cpu-s %6.2f (x%.2f)' "$fast" \
        "${fast_rate[$round,$batch]}" \
        "$(ratio "${fast_rate[$round,$batch]}" "${relex_rate[$round,$batch]}")" \
        "${fast_cpu[$round,$batch]}" \
        "$(ratio "${fast_cpu[$round,$batch]}" "${relex_cpu[$round,$batch]}")"
    fi
    echo
  done
done
echo "after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
