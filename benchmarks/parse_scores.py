"""Score the parse stage end to end and time it.

- UD English-EWT test, from raw text through newsaudit's own parse stage (paragraph chunking included),
  scored with the CoNLL 2018 shared-task scorer that ships with Stanza: Tokens, Sentences, Words, UPOS,
  XPOS, UFeats, Lemmas, UAS, LAS.
- UNER English-EWT test: entity-level exact-match F1 of the NER model on the gold tokens (PER, ORG, LOC:
  the test split annotates no OTH).
- Throughput: words/s of the full pipeline on 2 cores on the seed article repeated to ~5,000 words.

    python benchmarks/parse_scores.py [--models compact|official|DIR] [--ud ../shared/data/ud] [--json out.json]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def raw_text_from_conllu(path: Path) -> str:
    paras, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") or line.startswith("# newpar"):
            if cur:
                paras.append(" ".join(cur))
                cur = []
        elif line.startswith("# text = "):
            cur.append(line[len("# text = "):])
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def to_conllu(doc) -> str:
    out = []
    for s in doc.sentences:
        words = doc.words[s.first:s.last]
        first_root = next((w.index for w in words if w.head < 0), words[0].index)
        lines = []
        k = 0
        while k < len(words):
            w = words[k]
            group = [w]
            while k + len(group) < len(words) and words[k + len(group)].token == w.token:
                group.append(words[k + len(group)])
            if len(group) > 1:
                a = k + 1
                surface = doc.text[w.start:group[-1].end]
                lines.append(f"{a}-{a + len(group) - 1}\t{surface}\t_\t_\t_\t_\t_\t_\t_\t_")
            for g in group:
                i = g.index - s.first + 1
                head = 0 if g.head < 0 else g.head - s.first + 1
                deprel = g.deprel
                if g.head < 0 and g.index != first_root:
                    # a sentence the parse stage re-joined has two roots: the later one hangs off the first
                    head, deprel = first_root - s.first + 1, "parataxis"
                lines.append(f"{i}\t{g.text}\t{g.lemma}\t{g.upos}\t{g.xpos or '_'}\t{g.feats or '_'}\t{head}\t{deprel}\t_\t_")
            k += len(group)
        out.append("\n".join(lines) + "\n")
    return "\n".join(out) + "\n"


def ud_scores(parser, ud: Path) -> dict:
    from stanza.models.common.utils import ud_scores as conll18_scores  # the CoNLL 2018 scorer (udtools)

    gold_path = ud / "UD_English-EWT" / "en_ewt-ud-test.conllu"
    text = raw_text_from_conllu(gold_path)
    t0 = time.perf_counter()
    doc = parser.parse([text])[0]
    secs = time.perf_counter() - t0
    with open(gold_path, encoding="utf-8") as gold:
        ev = conll18_scores(gold, io.StringIO(to_conllu(doc)))
    scores = {k: round(100 * ev[k].f1, 2) for k in ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats",
                                                     "Lemmas", "UAS", "LAS")}
    scores["seconds"] = round(secs, 1)
    return scores


def read_iob2(path: Path):
    """UNER sentences as (word, tag) pairs, read the same way the training recipe reads them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_models import _read_iob2

    return [[(t["text"], t["ner"]) for t in sent] for sent in _read_iob2(path, None)]


def spans(tags):
    out, start, typ = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if start is not None and (t == "O" or t.startswith(("B-", "S-")) or t[2:] != typ):
            out.add((start, i, typ))
            start = None
        if t.startswith(("B-", "S-")) or (t.startswith(("I-", "E-")) and start is None):
            start, typ = i, t[2:]
    return out


def ner_scores(models, ud: Path) -> dict:
    import stanza

    sents = read_iob2(ud / "UNER_English-EWT" / "en_ewt-ud-test.iob2")
    kw = dict(models.pipeline_kwargs)
    kw["processors"] = "tokenize,ner"
    kw["tokenize_pretokenized"] = True
    for k in list(kw):
        if k.startswith(("mwt_", "pos_", "lemma_", "depparse_")):
            kw.pop(k)
    nlp = stanza.Pipeline(**kw, logging_level="WARN")
    doc = nlp([[w for w, _ in s] for s in sents])
    tp = fp = fn = 0
    for s, ps in zip(sents, doc.sentences):
        gold = spans([t for _, t in s])
        pred = spans([tok.ner for tok in ps.tokens])
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2),
            "f1": round(100 * 2 * p * r / (p + r), 2) if p + r else 0.0, "entities": tp + fn}


def throughput(models) -> dict:
    from audit.parse import Parser

    seed = (ROOT / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    n = len(seed.split())
    reps = max(1, round(5000 / n))
    texts = [seed.replace("Zelensky", f"Zelensky{k}" if k else "Zelensky") for k in range(reps)]  # distinct texts
    p = Parser(models, use_cache=False)
    p.parse(["Warm-up sentence."])
    t0 = time.perf_counter()
    docs = p.parse(texts)
    secs = time.perf_counter() - t0
    words = sum(len(d.words) for d in docs)
    return {"articles": reps, "words": words, "seconds": round(secs, 2), "words_per_s": round(words / secs, 1),
            "threads": os.cpu_count()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="compact")
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--skip", nargs="*", default=[], choices=["ud", "ner", "speed"])
    a = ap.parse_args()
    from audit.models import resolve_models
    from audit.parse import Parser

    models = resolve_models(a.models)
    print(f"models: {models.source} ({models.model_id})")
    res = {"models": models.model_id, "versions": models.versions}
    if "ud" not in a.skip:
        res["ewt_test_end_to_end"] = ud_scores(Parser(models, use_cache=False), a.ud)
        print("EWT test, raw text end to end (CoNLL 2018 scorer):", res["ewt_test_end_to_end"])
    if "ner" not in a.skip:
        res["uner_test"] = ner_scores(models, a.ud)
        print("UNER test, entity F1 on gold tokens:", res["uner_test"])
    if "speed" not in a.skip:
        res["throughput"] = throughput(models)
        print("throughput:", res["throughput"])
    if a.json:
        a.json.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
