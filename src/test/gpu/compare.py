import json, os
out = os.environ["OUT"]
fixture = json.load(open("src/test/resources/parity/tiny-gelu.json"))
def load(name):
    p = os.path.join(out, name)
    return json.load(open(p)) if os.path.exists(p) else None
def maxdiff(a, b):
    return max(abs(x - y) for r1, r2 in zip(a, b) for x, y in zip(r1, r2))
local = [s["logits"] for s in fixture["singles"]]
ids_local = [s["token_ids"] for s in fixture["singles"]]
for name in ["ref-cpu.json", "ref-cuda.json"]:
    ref = load(name)
    if ref:
        print(name, ref["generator"].get("transformers"), ref["generator"].get("tokenizer"), ref["generator"].get("device"),
              "ids equal to fixture:", [s["token_ids"] for s in ref["singles"]] == ids_local,
              "max|dlogit| vs fixture (4.29.2 cpu): %.2e" % maxdiff([s["logits"] for s in ref["singles"]], local),
              "batch max|d|: %.2e" % maxdiff(ref["batch"]["logits"], fixture["batch"]["logits"]))
cuda = load("ref-cuda.json")
for dev in ["gpu", "cpu"]:
    p = os.path.join(out, "java-%s.jsonl" % dev)
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        print("java", dev, "no output"); continue
    rows = [json.loads(l) for l in open(p)]
    logits = [r["prediction"]["logits"] for r in rows]
    print("java", dev, rows[0]["model"]["device"], "vs fixture: %.2e" % maxdiff(logits, local),
          ("vs transformers cuda: %.2e" % maxdiff(logits, [s["logits"] for s in cuda["singles"]])) if cuda else "")
