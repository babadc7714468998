"""Train a smaller relation scorer (the parser's deprel head) for the bundled parser, the rest of it frozen.

    python scripts/train_deprel_head.py --work /tmp/newsaudit-train [--hidden 64] [--epochs 12] [--out FILE]

The compact parser scores every relation label for every pair of words with a deep biaffine of 192 hidden units:
193 × 193 × 51 multiply-adds per word and label set, about a quarter of all parse time (benchmarks/parse_levers.py).
Labels are only read at the arcs the decoder keeps, and a smaller biaffine on the same frozen LSTM states does that
job nearly as well. This trains one on EWT train with the tags the shipped tagger predicts (``train_models.py
retag``), at the gold arcs, and saves it beside the parser as ``en_parser_deprel.pt`` (float16), which
``audit.parse`` puts in place of the parser's own scorer when the file is there. It prints the label accuracy at
the gold arcs of EWT dev for the shipped scorer and the new one; benchmarks/parse_scores.py gives end-to-end LAS.

Needs ``train_models.py prepare`` and ``retag`` run in the same --work folder first (a few minutes on 2 cores);
the training itself takes a few minutes on CPU.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "audit" / "models" / "en_compact"


def load_parser(models: Path):
    from stanza.models.common.foundation_cache import FoundationCache
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.depparse.trainer import Trainer

    pretrain = Pretrain(str(models / "en_glove100k.pretrain.pt"))
    trainer = Trainer.load(str(models / "en_parser.pt"), pretrain=pretrain, device="cpu",
                           foundation_cache=FoundationCache())
    trainer.model.float().eval()
    return trainer, pretrain


def states(trainer, pretrain, conllu: Path, batch_size: int = 3000):
    """(dependent state, head state, label) at every gold arc of a CoNLL-U file, from the frozen parser."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse.data import DataLoader
    from stanza.models.depparse.trainer import unpack_batch
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_file=str(conllu))
    loader = DataLoader(doc, batch_size, trainer.args, pretrain, vocab=trainer.vocab, evaluation=True,
                        sort_during_eval=True)
    deps, heads, labels = [], [], []
    model = trainer.model
    with torch.no_grad():
        for batch in loader:
            inputs, _, word_orig_idx, sentlens, wordlens, text = unpack_batch(batch, "cpu")
            word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel = inputs
            out = model.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head,
                              deprel, word_orig_idx, sentlens, wordlens, text)
            valid = ~word_mask[:, 1:]
            b, i = valid.nonzero(as_tuple=True)
            deps.append(out[b, i + 1])
            heads.append(out[b, head[b, i]])
            labels.append(deprel[b, i] - VOCAB_PREFIX_SIZE)
    return torch.cat(deps), torch.cat(heads), torch.cat(labels)


def pair_scores(scorer, dep: torch.Tensor, hd: torch.Tensor) -> torch.Tensor:
    """The scorer's label scores for (dependent, head) pairs only: what its pairwise form gives at those arcs."""
    a = scorer.dropout(scorer.hidden_func(scorer.W1(dep)))
    b = scorer.dropout(scorer.hidden_func(scorer.W2(hd)))
    a = torch.cat([a, a.new_ones(a.size(0), 1)], 1)
    b = torch.cat([b, b.new_ones(b.size(0), 1)], 1)
    bil = scorer.scorer.W_bilin
    return torch.einsum("ni,ijo,nj->no", a, bil.weight, b) + bil.bias


def accuracy(scorer, dep, hd, lab) -> float:
    scorer.eval()
    with torch.no_grad():
        hits = sum((pair_scores(scorer, dep[k:k + 8192], hd[k:k + 8192]).argmax(1) == lab[k:k + 8192]).sum().item()
                   for k in range(0, len(lab), 8192))
    return 100.0 * hits / len(lab)


def train(dep, hd, lab, n_labels: int, hidden: int, epochs: int, seed: int = 0):
    from stanza.models.common.biaffine import DeepBiaffineScorer

    torch.manual_seed(seed)
    scorer = DeepBiaffineScorer(dep.size(1), hd.size(1), hidden, n_labels, pairwise=True, dropout=0.33)
    opt = torch.optim.Adam(scorer.parameters(), lr=2e-3, betas=(0.9, 0.95))
    steps = epochs * ((len(lab) + 1023) // 1024)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    drop = torch.nn.Dropout(0.33)
    for epoch in range(epochs):
        scorer.train()
        order = torch.randperm(len(lab))
        total = 0.0
        for k in range(0, len(lab), 1024):
            idx = order[k:k + 1024]
            loss = F.cross_entropy(pair_scores(scorer, drop(dep[idx]), drop(hd[idx])), lab[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        print(f"epoch {epoch + 1}: loss {total / len(lab):.4f}", flush=True)
    return scorer.eval()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=Path("/tmp/newsaudit-train"))
    ap.add_argument("--models", type=Path, default=MODELS)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None, help="default: en_parser_deprel.pt in --models")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    trainer, pretrain = load_parser(a.models)
    t0 = time.time()
    tr = states(trainer, pretrain, a.work / "depparse.train.retagged.conllu")
    dv = states(trainer, pretrain, a.work / "depparse.dev.retagged.conllu")
    print(f"states: {len(tr[2])} train arcs, {len(dv[2])} dev arcs in {time.time() - t0:.0f}s", flush=True)
    shipped = trainer.model.deprel
    print(f"shipped scorer ({shipped.W1.out_features} hidden): dev label accuracy at gold arcs "
          f"{accuracy(shipped, *dv):.2f}", flush=True)
    t0 = time.time()
    scorer = train(*tr, n_labels=shipped.scorer.W_bilin.output_size, hidden=a.hidden, epochs=a.epochs)
    print(f"new scorer ({a.hidden} hidden), {time.time() - t0:.0f}s: dev label accuracy at gold arcs "
          f"{accuracy(scorer, *dv):.2f}", flush=True)
    out = a.out or a.models / "en_parser_deprel.pt"
    torch.save({"hidden": a.hidden, "input": tr[0].size(1), "labels": shipped.scorer.W_bilin.output_size,
                "state": {k: v.half() for k, v in scorer.state_dict().items()}}, out)
    print(f"saved {out}")
    if out.parent == a.models and (a.models / "manifest.json").is_file():
        record(a.models, out)


def record(models: Path, head: Path) -> None:
    """List the scorer in the model folder's manifest (its files name the models in every cache key)."""
    import hashlib
    import json

    path = models / "manifest.json"
    manifest = json.loads(path.read_text())
    data = head.read_bytes()
    manifest["files"][head.name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    manifest["total_bytes"] = sum(f["bytes"] for f in manifest["files"].values())
    path.write_text(json.dumps(manifest, indent=1))
    print(f"listed {head.name} in {path}")


if __name__ == "__main__":
    sys.exit(main())
