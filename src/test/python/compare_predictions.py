#!/usr/bin/env python3
"""Agreement of two `relex predict FILE --out X.jsonl` runs of one model (e.g. fp32 and bf16).

Pairs are matched by their key; the first --count pairs of the first file are compared. Prints
how many pairs the top label agrees on, the largest change of any label's score, and how the
first run's top labels spread over the labels (a model that gives one label everywhere agrees
trivially).

Usage: python3 compare_predictions.py EXACT.jsonl FAST.jsonl [--count 2000]
"""
import argparse
import collections
import json


def read(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {row["pair"]: row for row in rows}, [row["pair"] for row in rows]


def scores(row):
    return row["prediction"]["scores"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exact")
    parser.add_argument("fast")
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    exact, order = read(args.exact)
    fast, _ = read(args.fast)
    keys = [k for k in order if k in fast][: args.count]
    agree = 0
    largest = 0.0
    spread = collections.Counter()
    for key in keys:
        a, b = scores(exact[key]), scores(fast[key])
        top_a, top_b = max(a, key=a.get), max(b, key=b.get)
        agree += top_a == top_b
        spread[top_a] += 1
        largest = max(largest, max(abs(a[label] - b[label]) for label in a))
    print(f"{len(keys)} pairs: top label agrees on {agree} ({100 * agree / len(keys):.2f}%),"
          f" largest score change {largest:.4f}")
    print(f"top labels of the first run: {len(spread)} labels, {dict(spread.most_common())}")


if __name__ == "__main__":
    main()
