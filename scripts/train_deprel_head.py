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
    """From the frozen parser, on every sentence of a CoNLL-U file: the (dependent, head) states and gold label at
    each gold arc, and the states at each arc the parser's decoder keeps (its predicted tree), the arcs where labels
    are read at run time."""
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse.data import DataLoader
    from stanza.models.depparse.trainer import unpack_batch
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_file=str(conllu))
    loader = DataLoader(doc, batch_size, trainer.args, pretrain, vocab=trainer.vocab, evaluation=True,
                        sort_during_eval=True)
    gold = ([], [], [])
    pred = ([], [])
    model = trainer.model
    with torch.no_grad():
        for batch in loader:
            inputs, _, word_orig_idx, sentlens, wordlens, text = unpack_batch(batch, "cpu")
            word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel = inputs
            args = (word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel,
                    word_orig_idx, sentlens, wordlens, text)
            out = model.embed(*args)
            valid = ~word_mask[:, 1:]
            b, i = valid.nonzero(as_tuple=True)
            gold[0].append(out[b, i + 1])
            gold[1].append(out[b, head[b, i]])
            gold[2].append(deprel[b, i] - VOCAB_PREFIX_SIZE)
            unlabeled = model.forward_scores(*args)[0]
            arcs = F.log_softmax(unlabeled, 2).numpy()
            for k, n in enumerate(sentlens):
                tree = chuliu_edmonds_one_root(arcs[k][:n, :n])[1:]
                pred[0].append(out[k, 1:n])
                pred[1].append(out[k, torch.as_tensor(tree, dtype=torch.long)])
    return tuple(torch.cat(x) for x in gold), tuple(torch.cat(x) for x in pred)


def pair_scores(scorer, dep: torch.Tensor, hd: torch.Tensor) -> torch.Tensor:
    """The scorer's label scores for (dependent, head) pairs only: what its pairwise form gives at those arcs."""
    a = scorer.dropout(scorer.hidden_func(scorer.W1(dep)))
    b = scorer.dropout(scorer.hidden_func(scorer.W2(hd)))
    a = torch.cat([a, a.new_ones(a.size(0), 1)], 1)
    b = torch.cat([b, b.new_ones(b.size(0), 1)], 1)
    bil = scorer.scorer.W_bilin
    return torch.einsum("ni,ijo,nj->no", a, bil.weight, b) + bil.bias


def predict(scorer, dep, hd) -> torch.Tensor:
    scorer.eval()
    with torch.no_grad():
        return torch.cat([pair_scores(scorer, dep[k:k + 8192], hd[k:k + 8192]) for k in range(0, len(dep), 8192)])


def train(dep, hd, gold, soft, n_labels: int, hidden: int, epochs: int, seed: int = 0):
    """Fit a scorer of ``hidden`` units to the shipped scorer's label distribution at every arc (``soft``: its
    log-probabilities), with the gold label at the gold arcs (``gold``, -1 at the decoder's arcs) as a second term."""
    from stanza.models.common.biaffine import DeepBiaffineScorer

    torch.manual_seed(seed)
    scorer = DeepBiaffineScorer(dep.size(1), hd.size(1), hidden, n_labels, pairwise=True, dropout=0.33)
    opt = torch.optim.Adam(scorer.parameters(), lr=2e-3, betas=(0.9, 0.95))
    steps = epochs * ((len(dep) + 1023) // 1024)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    drop = torch.nn.Dropout(0.2)
    for epoch in range(epochs):
        scorer.train()
        order = torch.randperm(len(dep))
        total = 0.0
        for k in range(0, len(dep), 1024):
            idx = order[k:k + 1024]
            logp = F.log_softmax(pair_scores(scorer, drop(dep[idx]), drop(hd[idx])), 1)
            loss = F.kl_div(logp, soft[idx], log_target=True, reduction="batchmean") \
                + 0.5 * F.nll_loss(logp, gold[idx], ignore_index=-1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        print(f"epoch {epoch + 1}: loss {total / len(dep):.4f}", flush=True)
    return scorer.eval()


def report(name: str, scorer, dev, shipped_pred) -> None:
    (gdep, ghd, glab), (pdep, phd) = dev
    gacc = 100.0 * (predict(scorer, gdep, ghd).argmax(1) == glab).float().mean().item()
    agree = 100.0 * (predict(scorer, pdep, phd).argmax(1) == shipped_pred).float().mean().item()
    print(f"{name}: EWT dev label accuracy at gold arcs {gacc:.2f}; the same label as the shipped scorer at the "
          f"decoder's arcs {agree:.2f}%", flush=True)


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
    print(f"states: {len(tr[0][2])} gold and {len(tr[1][0])} decoded train arcs, {len(dv[0][2])} dev arcs in "
          f"{time.time() - t0:.0f}s", flush=True)
    shipped = trainer.model.deprel
    shipped_labels = predict(shipped, *dv[1]).argmax(1)  # at the decoder's arcs of EWT dev
    report(f"shipped scorer ({shipped.W1.out_features} hidden)", shipped, dv, shipped_labels)
    dep = torch.cat([tr[0][0], tr[1][0]])
    hd = torch.cat([tr[0][1], tr[1][1]])
    gold = torch.cat([tr[0][2], torch.full((len(tr[1][0]),), -1, dtype=torch.long)])
    soft = F.log_softmax(predict(shipped, dep, hd), 1)
    t0 = time.time()
    scorer = train(dep, hd, gold, soft, n_labels=shipped.scorer.W_bilin.output_size, hidden=a.hidden,
                   epochs=a.epochs)
    print(f"trained in {time.time() - t0:.0f}s", flush=True)
    report(f"new scorer ({a.hidden} hidden)", scorer, dv, shipped_labels)
    out = a.out or a.models / "en_parser_deprel.pt"
    torch.save({"hidden": a.hidden, "input": dep.size(1), "labels": shipped.scorer.W_bilin.output_size,
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
