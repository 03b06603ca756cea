#!/usr/bin/env python3
"""Reference logits from Hugging Face transformers, for RelEx Curator's parity test.

Loads a BertForSequenceClassification model folder (config.json, model.safetensors, tokenizer
files) with transformers and writes a JSON fixture: for each test sentence its token ids, tokens
and logits, one by one and as one padded batch of unequal lengths. The Java test
ParityWithTransformersTest runs the same sentences through the DJL engine and compares.

model.safetensors is read by this script itself when the `safetensors` package is missing (the
format is an 8-byte little-endian header length, a JSON header, then raw little-endian data).
The fast tokenizer is used when the `tokenizers` package is present, else the slow BertTokenizer;
the fixture records which.

Usage:
  python3 reference_logits.py --model DIR --out FIXTURE.json [--device cpu|cuda]
                              [--torchscript OUT.pt]
"""
import argparse
import hashlib
import json
import platform
import struct
import sys

import numpy as np
import torch
import transformers
from transformers import BertConfig, BertForSequenceClassification

# Sentences the fixture covers: several lengths, all four markers, upper case, accents, Greek
# letters, symbols, a character outside the Basic Multilingual Plane, entities in either order.
SENTENCES = [
    "[E1]Aspirin[/E1] reduces [E2]fever[/E2].",
    "[E1]Paclitaxel[/E1] is a common chemotherapy used for [E2]lung cancer[/E2].",
    "[E2]BRCA1[/E2] mutations are associated with an increased risk of [E1]breast cancer[/E1] "
    "in women carrying pathogenic variants.",
    "Treatment with [E1]TNF-α inhibitors[/E1] (e.g. infliximab, 5 mg/kg) reduced "
    "[E2]Crohn's disease[/E2] activity by ≥ 50% in 12 of 20 patients (p < 0.001).",
    "[E1]Interleukin-6[/E1] UPREGULATES [E2]C-REACTIVE PROTEIN[/E2] IN HEPATOCYTES.",
    "Naïve T cells from Münster expressed [E1]IFN-γ[/E1] and [E2]IL-17A[/E2] after "
    "stimulation with β-glucan at 37 °C.",
    "The 𝛼-subunit of [E1]PI3K[/E1] binds [E2]p85[/E2] – see Fig. 2.",
    "In a randomized, double-blind, placebo-controlled trial involving 1,204 adults with "
    "type 2 diabetes and established cardiovascular disease, [E1]empagliflozin[/E1], a "
    "sodium-glucose cotransporter 2 inhibitor, reduced the composite outcome of death from "
    "cardiovascular causes, nonfatal myocardial infarction or nonfatal stroke, and it also "
    "lowered the rate of hospitalization for [E2]heart failure[/E2] compared with placebo "
    "over a median follow-up of 3.1 years.",
]

# The padded batch: unequal lengths, in an order that is not sorted by length.
BATCH = [SENTENCES[1], SENTENCES[0], SENTENCES[3], SENTENCES[4], SENTENCES[2]]

DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}


def read_safetensors(path):
    """Tensors of a .safetensors file as a state dict (F32, F16, BF16)."""
    with open(path, "rb") as f:
        data = f.read()
    (header_length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_length])
    start = 8 + header_length
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        raw = data[start + begin : start + end]
        dtype = entry["dtype"]
        if dtype == "F32":
            array = np.frombuffer(raw, dtype="<f4").copy()
            tensor = torch.from_numpy(array)
        elif dtype == "F16":
            tensor = torch.from_numpy(np.frombuffer(raw, dtype="<f2").copy())
        elif dtype == "BF16":
            bits = np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16
            tensor = torch.from_numpy(bits.view(np.float32).copy()).to(torch.bfloat16)
        else:
            raise SystemExit(f"{path}: tensor {name} has dtype {dtype}; expected F32, F16, BF16")
        tensors[name] = tensor.reshape(entry["shape"])
    return tensors


def load_model(folder, device):
    try:
        import safetensors  # noqa: F401  (transformers reads the file itself when present)

        model = BertForSequenceClassification.from_pretrained(folder)
        loader = "from_pretrained"
    except ImportError:
        config = BertConfig.from_pretrained(folder)
        model = BertForSequenceClassification(config)
        state = read_safetensors(f"{folder}/model.safetensors")
        missing, unexpected = model.load_state_dict(state, strict=False)
        missing = [k for k in missing if not k.endswith("position_ids")]
        if missing or unexpected:
            raise SystemExit(f"state dict mismatch: missing {missing}, unexpected {unexpected}")
        loader = "own safetensors reader + load_state_dict"
    model.eval()
    return model.to(device), loader


def load_tokenizer(folder):
    try:
        import tokenizers  # noqa: F401
        from transformers import BertTokenizerFast

        return BertTokenizerFast.from_pretrained(folder), "BertTokenizerFast (tokenizers)"
    except ImportError:
        from transformers import BertTokenizer

        return BertTokenizer.from_pretrained(folder), "BertTokenizer (slow, pure Python)"


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="model folder")
    parser.add_argument("--out", required=True, help="fixture JSON to write")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--torchscript", help="also write a traced TorchScript module here")
    args = parser.parse_args()

    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    model, loader = load_model(args.model, args.device)
    tokenizer, tokenizer_kind = load_tokenizer(args.model)

    singles = []
    with torch.no_grad():
        for text in SENTENCES:
            encoded = tokenizer(text, return_tensors="pt")
            ids = encoded["input_ids"].to(args.device)
            mask = encoded["attention_mask"].to(args.device)
            logits = model(input_ids=ids, attention_mask=mask).logits[0]
            singles.append({
                "text": text,
                "token_ids": ids[0].tolist(),
                "tokens": tokenizer.convert_ids_to_tokens(ids[0].tolist()),
                "logits": logits.double().cpu().tolist(),
            })
        encoded = tokenizer(BATCH, padding=True, return_tensors="pt")
        ids = encoded["input_ids"].to(args.device)
        mask = encoded["attention_mask"].to(args.device)
        batch_logits = model(input_ids=ids, attention_mask=mask).logits

        if args.torchscript:
            traced_model = BertForSequenceClassification.from_pretrained(
                args.model, torchscript=True) if loader == "from_pretrained" else model
            traced_model.config.torchscript = True
            traced = torch.jit.trace(traced_model, (ids, mask), strict=False)
            torch.jit.save(traced, args.torchscript)

    fixture = {
        "description": "transformers reference logits for RelEx Curator's parity test",
        "generator": {
            "script": "src/test/python/reference_logits.py",
            "command": " ".join(["reference_logits.py"] + sys.argv[1:]),
            "transformers": transformers.__version__,
            "torch": torch.__version__,
            "python": platform.python_version(),
            "tokenizer": tokenizer_kind,
            "weights_loader": loader,
            "device": args.device,
        },
        "model": {
            "safetensors_sha256": sha256(f"{args.model}/model.safetensors"),
            "config": json.load(open(f"{args.model}/config.json")),
        },
        "singles": singles,
        "batch": {
            "texts": BATCH,
            "token_ids": [
                [t for t, m in zip(row, row_mask) if m]
                for row, row_mask in zip(ids.tolist(), mask.tolist())
            ],
            "padded_length": ids.shape[1],
            "logits": batch_logits.double().cpu().tolist(),
        },
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(fixture, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
