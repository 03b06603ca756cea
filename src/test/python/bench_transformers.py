#!/usr/bin/env python3
"""The Python anchor for `relex bench`: Hugging Face transformers on the same model and sentences.

Runs BertForSequenceClassification from `transformers` (4.29.2 is the reference) on a model folder
made for RelEx Curator (config.json, model.safetensors, tokenizer files) over marked sentences, one
a line, as `relex bench --sentences FILE` does: sentences sorted by token count, cut into batches
padded only to their longest member, each batch size timed as passes over all sentences, the best
pass of each round counting. Tokenizing happens once before timing (the anchor's best case);
relex's figure includes its tokenizer.

Prints one line per batch size, `python  BATCH  PAIRS_PER_SECOND  PAIRS_PER_CPU_SECOND  P50_MS`
(CPU time of the whole process, which moves less with other programs' load), which
`src/test/python/side_by_side.sh` reads.

Debian's python3-torch does its float32 matrix products in whatever libblas.so.3 points to; with
only the reference BLAS (libblas3) installed the anchor is several times slower than a user's
Python would be. Install libopenblas0-openmp first; the script prints the BLAS it found.

Set OMP_WAIT_POLICY=PASSIVE (and, as PyTorch's CPU tuning guide suggests, glibc's
MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_) in the environment before starting: OpenMP reads it
once, when torch loads. transformers and huggingface_hub come from PYTHONPATH.

Usage:
  python3 bench_transformers.py --model DIR --sentences FILE [--batch-sizes 1,8,32]
                                [--rounds 1] [--min-seconds 0] [--threads N]
  python3 bench_transformers.py --model DIR --pick PAIRS.jsonl --count 256 --min-tokens 16
                                --max-tokens 192 --write FILE
"""
import argparse
import json
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_logits import load_model, load_tokenizer  # noqa: E402


def blas_library():
    """The BLAS library torch loaded: Debian's torch calls whatever libblas.so.3 points to."""
    with open("/proc/self/maps", encoding="utf-8") as maps:
        paths = {line.split()[-1] for line in maps if "libblas" in line or "openblas" in line}
    return ", ".join(sorted(paths)) or "none found"


def token_ids(tokenizer, texts):
    return [tokenizer(text)["input_ids"] for text in texts]


def pick(tokenizer, pairs_file, count, min_tokens, max_tokens, out):
    """Every n-th pair of `relex pairs` output whose token count is in range, in file order."""
    with open(pairs_file, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    lengths = [len(ids) for ids in token_ids(tokenizer, texts)]
    fitting = [t for t, n in zip(texts, lengths) if min_tokens <= n <= max_tokens]
    if len(fitting) < count:
        raise SystemExit(f"{pairs_file}: {len(fitting)} pairs of {min_tokens}-{max_tokens} tokens;"
                         f" {count} wanted")
    step = len(fitting) / count
    chosen = [fitting[int(i * step)] for i in range(count)]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(chosen) + "\n")
    chosen_lengths = sorted(len(ids) for ids in token_ids(tokenizer, chosen))
    print(f"wrote {count} sentences to {out}: tokens min {chosen_lengths[0]}, median"
          f" {chosen_lengths[count // 2]}, max {chosen_lengths[-1]}", file=sys.stderr)


def padded_batches(ids, batch_size, pad_id):
    ordered = sorted(ids, key=len)
    batches = []
    for start in range(0, len(ordered), batch_size):
        rows = ordered[start:start + batch_size]
        length = max(len(r) for r in rows)
        input_ids = torch.full((len(rows), length), pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), length), dtype=torch.long)
        for i, row in enumerate(rows):
            input_ids[i, :len(row)] = torch.tensor(row)
            mask[i, :len(row)] = 1
        batches.append((input_ids, mask))
    return batches


def measure(model, batches, count, rounds, min_seconds):
    with torch.inference_mode():
        model(input_ids=batches[len(batches) // 2][0], attention_mask=batches[len(batches) // 2][1])
        best = float("inf")
        best_cpu = float("inf")
        latencies = []
        for _ in range(rounds):
            round_start = time.perf_counter()
            while True:
                pass_start = time.perf_counter()
                pass_cpu_start = time.process_time()
                for input_ids, mask in batches:
                    t0 = time.perf_counter()
                    model(input_ids=input_ids, attention_mask=mask)
                    latencies.append((time.perf_counter() - t0) * 1000)
                best = min(best, time.perf_counter() - pass_start)
                best_cpu = min(best_cpu, time.process_time() - pass_cpu_start)
                if time.perf_counter() - round_start >= min_seconds / rounds:
                    break
    return count / best, count / best_cpu, statistics.median(latencies)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="model folder")
    parser.add_argument("--sentences", help="marked sentences, one a line")
    parser.add_argument("--batch-sizes", default="1,8,32")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--min-seconds", type=float, default=0)
    parser.add_argument("--threads", type=int, default=0, help="intra-op threads (0: torch's)")
    parser.add_argument("--pick", help="relex pairs JSONL to choose sentences from")
    parser.add_argument("--count", type=int, default=256)
    parser.add_argument("--min-tokens", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=192)
    parser.add_argument("--write", help="where --pick writes the chosen sentences")
    args = parser.parse_args()

    tokenizer, _ = load_tokenizer(args.model)
    if args.pick:
        pick(tokenizer, args.pick, args.count, args.min_tokens, args.max_tokens, args.write)
        return
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    model, _ = load_model(args.model, "cpu")
    with open(args.sentences, encoding="utf-8") as f:
        texts = [line.strip() for line in f if line.strip()]
    ids = token_ids(tokenizer, texts)
    print(f"python  transformers {__import__('transformers').__version__}, torch"
          f" {torch.__version__}, {torch.get_num_threads()} threads, OMP_WAIT_POLICY="
          f"{os.environ.get('OMP_WAIT_POLICY', 'unset')}, {len(texts)} sentences, BLAS"
          f" {blas_library()}", file=sys.stderr)
    for batch_size in (int(b) for b in args.batch_sizes.split(",")):
        batches = padded_batches(ids, batch_size, model.config.pad_token_id or 0)
        pairs_per_second, per_cpu_second, p50 = measure(
            model, batches, len(ids), args.rounds, args.min_seconds)
        print(f"python  {batch_size}  {pairs_per_second:.2f}  {per_cpu_second:.2f}  {p50:.1f}",
              flush=True)


if __name__ == "__main__":
    main()
